// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidence/requestservice.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Tickmark::Ui {

/// Adds or edits a PBC request: ref (fixed when editing; empty on add = the next "R-NNN"), description, related
/// controls ("CTL-01, CTL-02"), the client's owner and an optional due date. On OK it hands the request to the
/// saver; a refusal stays in the dialog, shown under the fields.
///
/// Object names: "requestRefEdit", "requestDescriptionEdit", "requestControlsEdit", "requestOwnerEdit",
/// "requestDueCheck", "requestDueEdit", "requestError".
class RequestDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestDialog)

public:
    /// Stores the request; returns the refusal's message or an empty string.
    using Saver = std::function<QString(const Core::EvidenceRequest &)>;

    /// @p initial with an empty ref: a new request.
    RequestDialog(const Core::EvidenceRequest &initial, bool editing, Saver saver, QWidget *parent = nullptr);

    /// The request as the fields say.
    Core::EvidenceRequest request() const;
    void accept() override;

private:
    Core::EvidenceRequest m_initial;
    Saver m_saver;
    QLineEdit *m_ref = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLineEdit *m_controls = nullptr;
    QLineEdit *m_owner = nullptr;
    QCheckBox *m_hasDue = nullptr;
    QDateEdit *m_due = nullptr;
    QLabel *m_error = nullptr;
};

/// Moves a request to another status with a note (kept in its history).
///
/// Object names: "statusCombo", "statusNoteEdit".
class RequestStatusDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestStatusDialog)

public:
    RequestStatusDialog(const Core::EvidenceRequest &request, QWidget *parent = nullptr);

    Core::RequestStatus status() const;
    void setStatus(Core::RequestStatus status);
    QString note() const;
    void setNote(const QString &note);

private:
    QComboBox *m_status = nullptr;
    QLineEdit *m_note = nullptr;
};

} // namespace Tickmark::Ui
