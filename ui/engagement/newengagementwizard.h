// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/actor.h"
#include "common/clock.h"

#include <QWizard>

#include <memory>

class QLineEdit;

namespace Tickmark::Core {
class Workpaper;
} // namespace Tickmark::Core

namespace Tickmark::Ui {

class EngagementFields;
class FileChooser;

/// File ▸ New Engagement: client and system, report type and period, trust services categories, the service
/// auditor, then where to save the workpaper. Each page checks its fields with Core::validateEngagement and names
/// the field in the message; Finish creates the workpaper (Workpaper::create) and keeps it for the caller.
class NewEngagementWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewEngagementWizard)

public:
    enum PageId { ClientPage, ReportTypePage, CategoriesPage, AuditorPage, FilePage };

    /// @p actor is stamped on the creating audit event; @p files answers "Browse…"; a null @p clock means the
    /// system clock. @p files must outlive the wizard.
    NewEngagementWizard(const Core::Actor &actor, FileChooser &files, std::shared_ptr<const Core::Clock> clock = {},
                        QWidget *parent = nullptr);
    ~NewEngagementWizard() override;

    EngagementFields &fields() { return *m_fields; }
    /// The workpaper path entered on the last page.
    QString filePath() const;
    void setFilePath(const QString &path);
    /// The workpaper created by Finish, or null (before Finish, or after it was taken). Ownership passes.
    std::unique_ptr<Core::Workpaper> takeWorkpaper();

    /// ~/Documents/<client>.tickmark (home when there is no Documents folder), with characters that are not
    /// allowed in file names replaced.
    static QString defaultFilePath(const QString &client);

private:
    friend class WizardFilePage;
    /// Validates the path and creates the workpaper; on failure returns the message to show.
    std::optional<QString> createWorkpaper();
    void browse();

    Core::Actor m_actor;
    FileChooser &m_files;
    std::shared_ptr<const Core::Clock> m_clock;
    EngagementFields *m_fields = nullptr;
    QLineEdit *m_path = nullptr;
    bool m_pathEdited = false;
    std::unique_ptr<Core::Workpaper> m_workpaper;
};

} // namespace Tickmark::Ui
