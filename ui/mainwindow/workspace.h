// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QSettings;
class QListWidget;
class QStackedWidget;
class QUndoStack;

namespace Tickmark::Core {
class Workpaper;
} // namespace Tickmark::Core

namespace Tickmark::Ui {

class AuditTrailPage;
class ControlsPage;
class CriteriaDashboardPage;
class ExceptionsPage;
class CoveragePage;
class EvidencePage;
class MessageBanner;
class FileChooser;
class OverviewPage;
class PopulationsPage;
class ReportPage;
class ReviewStatusPage;
class Prompter;
class RequestsPage;
class SamplingPage;
class TestingPage;
class ScopeEditor;
class ScopePage;

/// The sections of an open workpaper, in navigator order.
enum class Section {
    Overview, Scope, Coverage, Controls, Populations, Sampling, Evidence, Requests,
    Testing, Exceptions, Dashboard, Review, AuditTrail, Report
};

/// "overview", "scope", "coverage", "controls", … "report": used for settings and the --section option.
QString sectionKey(Section section);
std::optional<Section> sectionFromKey(const QString &key);
/// Every section's key, in navigator order.
QStringList sectionKeys();
/// The translated navigator label.
QString sectionTitle(Section section);

/// Everything shown while a workpaper is open: the navigator on the left and one page per section on the right
/// (each page starts with its own PageHeader). Created when a workpaper opens and destroyed
/// when it closes, so pages never see a workpaper change under them.
///
/// Object names: "navigator", "pageStack", "workspaceBanner", and the pages "overviewPage", "scopePage",
/// "coveragePage", "controlsPage", "populationsPage", "samplingPage", "evidencePage", "requestsPage".
class Workspace final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    /// @p workpaper, @p undoStack, @p scopeEditor outlive the workspace; @p prompter is shared with the pages.
    Workspace(Core::Workpaper &workpaper, QUndoStack *undoStack, ScopeEditor &scopeEditor,
              std::shared_ptr<Prompter> prompter, QWidget *parent = nullptr);
    ~Workspace() override;

    void showSection(Section section);
    Section currentSection() const;
    /// The page widget of @p section.
    QWidget *page(Section section) const;
    OverviewPage *overviewPage() const { return m_overview; }
    ScopePage *scopePage() const { return m_scope; }
    ControlsPage *controlsPage() const { return m_controls; }
    CoveragePage *coveragePage() const { return m_coverage; }
    PopulationsPage *populationsPage() const { return m_populations; }
    SamplingPage *samplingPage() const { return m_sampling; }
    EvidencePage *evidencePage() const { return m_evidence; }
    RequestsPage *requestsPage() const { return m_requests; }
    TestingPage *testingPage() const { return m_testing; }
    ExceptionsPage *exceptionsPage() const { return m_exceptions; }
    CriteriaDashboardPage *dashboardPage() const { return m_dashboard; }
    ReviewStatusPage *reviewPage() const { return m_review; }
    AuditTrailPage *auditTrailPage() const { return m_audit; }
    ReportPage *reportPage() const { return m_report; }
    /// Where pages keep their own preferences (the testing page's tickmark legend); not owned.
    void setSettings(QSettings *settings);
    /// Lets the pages ask for file names through @p files (not owned; it must outlive the workspace).
    void setFileChooser(FileChooser *files);
    void setNavigatorVisible(bool visible);
    bool isNavigatorVisible() const;
    /// Shows @p text in the red banner above the pages.
    void showError(const QString &text);
    /// Shows @p text in the amber banner above the pages.
    void showWarning(const QString &text);

Q_SIGNALS:
    void sectionChanged(Tickmark::Ui::Section section);
    void statusMessage(const QString &text);

private:
    QWidget *createNavigatorPanel();
    void createReviewPages(Core::Workpaper &workpaper, QUndoStack *undoStack, std::shared_ptr<Prompter> prompter);
    void connectReviewPages();
    void connectEvidenceLinks();
    void refreshEngagementCard();

    Core::Workpaper &m_workpaper;
    QListWidget *m_navigator = nullptr;
    QWidget *m_navigatorPanel = nullptr;
    QLabel *m_cardClient = nullptr;
    QLabel *m_cardSystem = nullptr;
    QStackedWidget *m_stack = nullptr;
    MessageBanner *m_banner = nullptr;
    OverviewPage *m_overview = nullptr;
    ScopePage *m_scope = nullptr;
    CoveragePage *m_coverage = nullptr;
    ControlsPage *m_controls = nullptr;
    PopulationsPage *m_populations = nullptr;
    SamplingPage *m_sampling = nullptr;
    EvidencePage *m_evidence = nullptr;
    RequestsPage *m_requests = nullptr;
    TestingPage *m_testing = nullptr;
    ExceptionsPage *m_exceptions = nullptr;
    CriteriaDashboardPage *m_dashboard = nullptr;
    ReviewStatusPage *m_review = nullptr;
    AuditTrailPage *m_audit = nullptr;
    ReportPage *m_report = nullptr;
};

} // namespace Tickmark::Ui
