// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QFrame>

#include <functional>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace Tickmark::Core {
class Workpaper;
}

namespace Tickmark::Ui {

/// Asks why the engagement is reopened: a required, multi-line reason (OK stays disabled while it is blank).
///
/// Object names: "reopenDialog", "reopenReason".
class ReopenDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReopenDialog)

public:
    explicit ReopenDialog(QWidget *parent = nullptr);
    QString reason() const;
    void setReason(const QString &text);
    /// Whether OK can be pressed (the reason is not blank).
    bool canAccept() const;

private:
    QPlainTextEdit *m_reason = nullptr;
    QPushButton *m_ok = nullptr;
};

/// The lock state on the Review page: while the engagement is locked (its report issued), a banner "Locked since …
/// by …" with Reopen…, which asks for a reason and calls ReviewService::reopen (a reviewer or partner only; a
/// preparer is shown the role the action needs, without being asked for a reason); under it the lock history —
/// who locked and reopened it, when and why. Hidden while the engagement was never locked.
///
/// Object names: "lockPanel", "lockStatus", "reopenButton", "lockError", "lockHistory".
class LockPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockPanel)

public:
    /// Asks for the reason; nullopt when cancelled. Tests replace the dialog with one that answers by itself.
    using ReasonPrompter = std::function<std::optional<QString>(QWidget *parent)>;

    /// @p workpaper outlives the panel.
    explicit LockPanel(Core::Workpaper &workpaper, QWidget *parent = nullptr);

    void setReasonPrompter(ReasonPrompter prompter);
    /// Reads the lock state and history again.
    void reload();
    /// Reopens with @p reason; false when refused (the reason is shown in the panel and through errorOccurred()).
    bool reopen(const QString &reason);
    /// Reopen…: asks a reviewer or partner for the reason, then reopens; a preparer sees the refusal at once.
    void askAndReopen();

    QString statusText() const;
    QString errorText() const;
    /// Rows of the lock history as shown: "when | what | who | reason".
    QStringList historyRows() const;

Q_SIGNALS:
    void statusMessage(const QString &text);
    void errorOccurred(const QString &text);

private:
    void showError(const QString &text);

    Core::Workpaper &m_workpaper;
    ReasonPrompter m_prompter;
    QFrame *m_banner = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_reopen = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_historyTitle = nullptr;
    QTreeWidget *m_history = nullptr;
};

} // namespace Tickmark::Ui
