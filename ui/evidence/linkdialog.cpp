// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkdialog.h"

#include "common/errortext.h"
#include "common/tonestyle.h"
#include "common/widgets.h"
#include "controls/controlservice.h"
#include "evidence/evidenceservice.h"
#include "workpaper/workpaper.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace Tickmark::Ui {

LinkDialog::LinkDialog(Core::Workpaper &workpaper, const Core::EvidenceItem &item, QWidget *parent)
    : QDialog(parent)
    , m_workpaper(workpaper)
    , m_item(item)
{
    setObjectName(QStringLiteral("linkDialog"));
    setWindowTitle(tr("Link to Controls"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Controls that <b>%1</b> is evidence for:").arg(item.path.toHtmlEscaped()), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("linkFilter"));
    m_filter->setPlaceholderText(tr("Filter controls by id or description"));
    m_filter->setAccessibleName(tr("Filter controls"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("linkControlList"));
    m_list->setAccessibleName(tr("Controls"));
    m_list->setUniformItemSizes(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_list, 1);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("linkError"));
    m_error->setWordWrap(true);
    setToneTextStyle(m_error, Tone::Bad, QColor(0xB4, 0x23, 0x18));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &LinkDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LinkDialog::reject);
    layout->addWidget(buttons);

    if (auto controls = workpaper.controls().list()) {
        for (const Core::Control &c : std::as_const(*controls)) {
            auto *row = new QListWidgetItem(QStringLiteral("%1 — %2").arg(c.id, c.description), m_list);
            row->setData(Qt::UserRole, c.id);
            row->setToolTip(c.description);
            row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            row->setCheckState(item.controls.contains(c.id) ? Qt::Checked : Qt::Unchecked);
        }
    } else {
        m_error->setText(errorSentence(controls.error().detail));
        m_error->show();
    }
    connect(m_filter, &QLineEdit::textChanged, this, &LinkDialog::setFilter);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 30);
}

QStringList LinkDialog::checkedControls() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids << m_list->item(i)->data(Qt::UserRole).toString();
    }
    return ids;
}

bool LinkDialog::setControlChecked(const QString &id, bool checked)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == id) {
            m_list->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

void LinkDialog::setFilter(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    const QString needle = text.trimmed();
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setHidden(!needle.isEmpty() && !m_list->item(i)->text().contains(needle, Qt::CaseInsensitive));
}

void LinkDialog::accept()
{
    const QStringList checked = checkedControls();
    const QString itemPath = m_item.packageName + QLatin1Char('/') + m_item.path;
    auto &evidence = m_workpaper.evidence();
    for (const QString &id : checked) {
        if (m_item.controls.contains(id))
            continue;
        if (auto ok = evidence.link(m_item.sha256, id, itemPath); !ok) {
            m_error->setText(tr("%1 was not linked to %2. %3").arg(m_item.path, id, errorSentence(ok.error().detail)));
            m_error->show();
            return;
        }
        m_item.controls << id;
    }
    for (const QString &id : QStringList(m_item.controls)) {
        if (checked.contains(id))
            continue;
        if (auto ok = evidence.unlink(m_item.sha256, id, itemPath); !ok) {
            m_error->setText(
                tr("%1 was not unlinked from %2. %3").arg(m_item.path, id, errorSentence(ok.error().detail)));
            m_error->show();
            return;
        }
        m_item.controls.removeAll(id);
    }
    QDialog::accept();
}

PackageLinkOutcome linkPackagesToControl(Core::Workpaper &workpaper, const QStringList &packages,
                                         const QString &controlId)
{
    PackageLinkOutcome outcome;
    if (packages.isEmpty() || controlId.isEmpty())
        return outcome;
    auto &evidence = workpaper.evidence();
    const auto items = evidence.list();
    if (!items) {
        outcome.failures << LinkDialog::tr("The imported files were not linked to %1. %2")
                                .arg(controlId, errorSentence(items.error().detail));
        return outcome;
    }
    for (const Core::EvidenceItem &item : *items) {
        if (!packages.contains(item.packageName) || item.controls.contains(controlId))
            continue;
        const QString key = item.packageName + QLatin1Char('/') + item.path;
        if (auto ok = evidence.link(item.sha256, controlId, key); !ok) {
            outcome.failures << LinkDialog::tr("%1 was not linked to %2. %3")
                                    .arg(key, controlId, errorSentence(ok.error().detail));
            continue;
        }
        ++outcome.linked;
    }
    return outcome;
}

} // namespace Tickmark::Ui
