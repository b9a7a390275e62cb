// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestdialog.h"

#include "common/tonestyle.h"
#include "evidence/requestlistmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Tickmark::Ui {

RequestDialog::RequestDialog(const Core::EvidenceRequest &initial, bool editing, Saver saver, QWidget *parent)
    : QDialog(parent)
    , m_initial(initial)
    , m_saver(std::move(saver))
{
    setObjectName(QStringLiteral("requestDialog"));
    setWindowTitle(editing ? tr("Edit Request %1").arg(initial.ref) : tr("Add Request"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_ref = new QLineEdit(initial.ref, this);
    m_ref->setObjectName(QStringLiteral("requestRefEdit"));
    m_ref->setPlaceholderText(tr("Leave empty for the next R-NNN"));
    m_ref->setReadOnly(editing);
    form->addRow(tr("&Ref:"), m_ref);
    m_description = new QPlainTextEdit(initial.description, this);
    m_description->setObjectName(QStringLiteral("requestDescriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What the client is asked to provide"));
    m_description->setFixedHeight(fontMetrics().height() * 5);
    form->addRow(tr("&Description:"), m_description);
    m_controls = new QLineEdit(initial.controls.join(QStringLiteral(", ")), this);
    m_controls->setObjectName(QStringLiteral("requestControlsEdit"));
    m_controls->setPlaceholderText(tr("CTL-01, CTL-02"));
    form->addRow(tr("&Controls:"), m_controls);
    m_owner = new QLineEdit(initial.owner, this);
    m_owner->setObjectName(QStringLiteral("requestOwnerEdit"));
    m_owner->setPlaceholderText(tr("The client's person responsible"));
    form->addRow(tr("&Owner:"), m_owner);
    auto *dueRow = new QHBoxLayout;
    m_hasDue = new QCheckBox(tr("D&ue by"), this);
    m_hasDue->setObjectName(QStringLiteral("requestDueCheck"));
    m_due = new QDateEdit(initial.due.isValid() ? initial.due : QDate::currentDate().addDays(14), this);
    m_due->setObjectName(QStringLiteral("requestDueEdit"));
    m_due->setAccessibleName(tr("Due date"));
    m_due->setCalendarPopup(true);
    m_hasDue->setChecked(initial.due.isValid());
    m_due->setEnabled(initial.due.isValid());
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QDateEdit::setEnabled);
    dueRow->addWidget(m_hasDue);
    dueRow->addWidget(m_due, 1);
    form->addRow(tr("Due:"), dueRow);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("requestError"));
    m_error->setWordWrap(true);
    setToneTextStyle(m_error, Tone::Bad, QColor(0xB4, 0x23, 0x18));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RequestDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RequestDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

Core::EvidenceRequest RequestDialog::request() const
{
    Core::EvidenceRequest r = m_initial;
    r.ref = m_ref->text().trimmed();
    r.description = m_description->toPlainText().trimmed();
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    r.controls = m_controls->text().split(separators, Qt::SkipEmptyParts);
    r.owner = m_owner->text().trimmed();
    r.due = m_hasDue->isChecked() ? m_due->date() : QDate();
    return r;
}

void RequestDialog::accept()
{
    const QString error = m_saver ? m_saver(request()) : QString();
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

RequestStatusDialog::RequestStatusDialog(const Core::EvidenceRequest &request, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("requestStatusDialog"));
    setWindowTitle(tr("Change Status of %1").arg(request.ref));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    for (Core::RequestStatus s : {Core::RequestStatus::Open, Core::RequestStatus::Received,
                                  Core::RequestStatus::Accepted, Core::RequestStatus::Rejected})
        m_status->addItem(Core::requestStatusName(s), static_cast<int>(s));
    setStatus(request.status);
    form->addRow(tr("&Status:"), m_status);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("statusNoteEdit"));
    m_note->setPlaceholderText(tr("Why, e.g. \"Screenshots lack dates; asked again\""));
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

Core::RequestStatus RequestStatusDialog::status() const
{
    return static_cast<Core::RequestStatus>(m_status->currentData().toInt());
}

void RequestStatusDialog::setStatus(Core::RequestStatus status)
{
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(status)));
}

QString RequestStatusDialog::note() const
{
    return m_note->text().trimmed();
}

void RequestStatusDialog::setNote(const QString &note)
{
    m_note->setText(note);
}

} // namespace Tickmark::Ui
