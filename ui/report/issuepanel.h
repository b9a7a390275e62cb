// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/auditevent.h"
#include "report/reportservice.h"

#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

namespace Tickmark::Core {
class Workpaper;
} // namespace Tickmark::Core

namespace Tickmark::Ui {

class Prompter;

/// The audit trail's record of the last issue of the report, when the engagement is locked (issued) now.
std::optional<Core::AuditEvent> currentIssueEvent(Core::Workpaper &workpaper);

/// Issuing the report: what still blocks it (open review notes, missing and stale sign-offs, the acting user's
/// role, an earlier issue) as a list; when nothing does, a confirmation that the engagement will be locked, then
/// ReportService::issue() and the reference archive's path. Object names: "issueState", "issueBlockersList",
/// "checkIssueButton", "issueNowButton", "archivePathLabel".
class IssuePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IssuePanel)

public:
    /// @p workpaper outlives the panel; @p prompter asks the final confirmation (never null).
    IssuePanel(Core::Workpaper &workpaper, std::shared_ptr<Prompter> prompter, QWidget *parent = nullptr);

    void setPrompter(std::shared_ptr<Prompter> prompter);
    /// What stands between the workpaper and an issued report, one sentence each; empty when it can be issued.
    QStringList blockers() const;
    /// Shows the blockers again.
    void refresh();
    /// Issues the report with @p pdf's options after the checks and the confirmation; returns whether it was issued.
    bool issueReport(const Core::ReportExportOptions &pdf);
    QString archivePath() const { return m_archivePath; }

Q_SIGNALS:
    void issued(const QString &archivePath);
    void errorOccurred(const QString &text);
    void statusMessage(const QString &text);

private:
    Core::Workpaper &m_workpaper;
    std::shared_ptr<Prompter> m_prompter;
    Core::ReportExportOptions m_pdf;
    QString m_archivePath;
    QLabel *m_state = nullptr;
    QListWidget *m_blockers = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_issue = nullptr;
    QLabel *m_archive = nullptr;
};

} // namespace Tickmark::Ui
