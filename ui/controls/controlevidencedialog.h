// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QLineEdit;
class QListWidget;

namespace Tickmark::Core {
class Workpaper;
}

namespace Tickmark::Ui {

/// Links evidence to one control: a checkable list of every evidence file of the engagement ("PACKAGE/PATH", the
/// media type and effective date beside it) with a filter; the files linked now start checked. On OK the
/// differences are applied through EvidenceService::link/unlink, each file on its own (its package path) and each an
/// audited action; a refusal keeps the dialog open with the reason.
///
/// Object names: "controlEvidenceDialog", "controlEvidenceFilter", "controlEvidenceChoices", "controlEvidenceError".
class ControlEvidenceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlEvidenceDialog)

public:
    ControlEvidenceDialog(Core::Workpaper &workpaper, const QString &controlId, QWidget *parent = nullptr);

    /// The keys ("PACKAGE/PATH") of the files checked now.
    QStringList checkedKeys() const;
    /// Checks or unchecks the file @p key; false when there is no such file.
    bool setChecked(const QString &key, bool checked);
    /// Shows only the files whose package path contains @p text.
    void setFilter(const QString &text);

    void accept() override;

private:
    bool apply(const QString &key, bool link);

    Core::Workpaper &m_workpaper;
    QString m_control;
    QStringList m_linked; ///< keys linked when the dialog opened, updated as links are applied
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Tickmark::Ui
