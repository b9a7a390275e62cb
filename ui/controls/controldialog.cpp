// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controldialog.h"

#include "common/tonestyle.h"
#include "criteriaedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Tickmark::Ui {

ControlDialog::ControlDialog(QWidget *parent)
    : QDialog(parent)
    , m_id(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_criteria(new CriteriaEdit(this))
    , m_frequency(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_owner(new QLineEdit(this))
    , m_key(new QCheckBox(tr("Key control"), this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Add Control"));
    m_id->setPlaceholderText(tr("e.g. CTL-48"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What the control does, who performs it and how often"));
    m_description->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    for (Core::Frequency f : Core::allFrequencies())
        m_frequency->addItem(Core::frequencyName(f), Core::frequencyKey(f));
    m_frequency->setCurrentIndex(m_frequency->findData(Core::frequencyKey(Core::Frequency::AdHoc)));
    for (Core::ControlType t : {Core::ControlType::Manual, Core::ControlType::Automated})
        m_type->addItem(Core::controlTypeName(t), Core::controlTypeKey(t));
    m_owner->setPlaceholderText(tr("Team or role responsible"));
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    setToneTextStyle(m_problem, Tone::Bad, QColor(0xB0, 0x20, 0x10));
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Criteria:"), m_criteria);
    form->addRow(tr("&Frequency:"), m_frequency);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(QString(), m_key);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ControlDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ControlDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void ControlDialog::setControl(const Core::Control &control)
{
    m_id->setText(control.id);
    m_description->setPlainText(control.description);
    m_criteria->setIds(control.criteria);
    m_frequency->setCurrentIndex(std::max(0, m_frequency->findData(Core::frequencyKey(control.frequency))));
    m_type->setCurrentIndex(std::max(0, m_type->findData(Core::controlTypeKey(control.type))));
    m_owner->setText(control.owner);
    m_key->setChecked(control.key);
}

Core::Control ControlDialog::control() const
{
    Core::Control c;
    c.id = m_id->text().trimmed();
    c.description = m_description->toPlainText().trimmed();
    c.criteria = m_criteria->ids();
    c.frequency = Core::frequencyFromText(m_frequency->currentData().toString()).value_or(Core::Frequency::AdHoc);
    c.type = Core::controlTypeFromText(m_type->currentData().toString()).value_or(Core::ControlType::Manual);
    c.owner = m_owner->text().trimmed();
    c.key = m_key->isChecked();
    return c;
}

void ControlDialog::setCheck(Check check)
{
    m_check = std::move(check);
}

std::optional<QString> ControlDialog::problem() const
{
    const auto found = findProblem();
    return found ? std::optional<QString>(found->message) : std::nullopt;
}

std::optional<ControlDialog::Problem> ControlDialog::findProblem() const
{
    const Core::Control c = control();
    if (c.id.isEmpty())
        return Problem{m_id, tr("Id: enter the client's control reference, e.g. CTL-48.")};
    if (c.description.isEmpty())
        return Problem{m_description, tr("Description: describe what the control does.")};
    if (const auto why = m_criteria->problem())
        return Problem{m_criteria, *why};
    if (const auto why = m_check ? m_check(c) : std::nullopt)
        return Problem{m_id, *why};
    return std::nullopt;
}

void ControlDialog::accept()
{
    if (const auto found = findProblem()) {
        m_problem->setText(found->message);
        m_problem->show();
        found->field->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace Tickmark::Ui
