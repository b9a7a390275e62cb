// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "effectivedatedialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace Tickmark::Ui {

EffectiveDateDialog::EffectiveDateDialog(const QString &fileName, const QDate &current, const QDate &fallback,
                                         QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("effectiveDateDialog"));
    setWindowTitle(tr("Effective Date"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The date <b>%1</b> speaks to (e.g. the day a report was run). Evidence dated"
                                " outside the engagement period is flagged.")
                                 .arg(fileName.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_has = new QCheckBox(tr("&Effective date:"), this);
    m_has->setObjectName(QStringLiteral("effectiveDateCheck"));
    m_edit = new QDateEdit(current.isValid() ? current : fallback, this);
    m_edit->setObjectName(QStringLiteral("effectiveDateEdit"));
    m_edit->setAccessibleName(tr("Effective date"));
    m_edit->setCalendarPopup(true);
    m_has->setChecked(current.isValid());
    m_edit->setEnabled(current.isValid());
    connect(m_has, &QCheckBox::toggled, m_edit, &QDateEdit::setEnabled);
    auto *row = new QHBoxLayout;
    row->addWidget(m_has);
    row->addWidget(m_edit, 1);
    layout->addLayout(row);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);
}

QDate EffectiveDateDialog::date() const
{
    return m_has->isChecked() ? m_edit->date() : QDate();
}

void EffectiveDateDialog::setDate(const QDate &date)
{
    m_has->setChecked(date.isValid());
    if (date.isValid())
        m_edit->setDate(date);
}

} // namespace Tickmark::Ui
