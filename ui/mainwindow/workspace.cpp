// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include "audit/audittrailpage.h"
#include "common/icons.h"
#include "common/messagebanner.h"
#include "common/prompter.h"
#include "common/tonestyle.h"
#include "controls/controlspage.h"
#include "criteria/coveragepage.h"
#include "criteria/dashboardpage.h"
#include "engagement/engagementservice.h"
#include "engagement/overviewpage.h"
#include "engagement/scopepage.h"
#include "evidence/evidencepage.h"
#include "evidence/requestspage.h"
#include "population/populationspage.h"
#include "report/reportpage.h"
#include "review/reviewstatuspage.h"
#include "sampling/samplingpage.h"
#include "settings/appsettings.h"
#include "testing/exceptionspage.h"
#include "testing/testingpage.h"
#include "workpaper/workpaper.h"

#include <QCoreApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Tickmark::Ui {

namespace {

constexpr Section kSections[] = {Section::Overview, Section::Scope,       Section::Coverage,
                                 Section::Controls, Section::Populations, Section::Sampling,
                                 Section::Evidence, Section::Requests,    Section::Testing,
                                 Section::Exceptions, Section::Dashboard, Section::Review,
                                 Section::AuditTrail, Section::Report};

QString iconName(Section section)
{
    return sectionKey(section);
}

} // namespace

QString sectionKey(Section section)
{
    switch (section) {
    case Section::Overview:
        return QStringLiteral("overview");
    case Section::Scope:
        return QStringLiteral("scope");
    case Section::Coverage:
        return QStringLiteral("coverage");
    case Section::Controls:
        return QStringLiteral("controls");
    case Section::Populations:
        return QStringLiteral("populations");
    case Section::Sampling:
        return QStringLiteral("sampling");
    case Section::Evidence:
        return QStringLiteral("evidence");
    case Section::Requests:
        return QStringLiteral("requests");
    case Section::Testing:
        return QStringLiteral("testing");
    case Section::Exceptions:
        return QStringLiteral("exceptions");
    case Section::Dashboard:
        return QStringLiteral("dashboard");
    case Section::Review:
        return QStringLiteral("review");
    case Section::AuditTrail:
        return QStringLiteral("audit");
    case Section::Report:
        return QStringLiteral("report");
    }
    return QStringLiteral("overview");
}

QStringList sectionKeys()
{
    QStringList keys;
    for (Section s : kSections)
        keys << sectionKey(s);
    return keys;
}

std::optional<Section> sectionFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (Section s : kSections) {
        if (sectionKey(s) == k)
            return s;
    }
    return std::nullopt;
}

QString sectionTitle(Section section)
{
    switch (section) {
    case Section::Overview:
        return Workspace::tr("Overview");
    case Section::Scope:
        return Workspace::tr("Scope");
    case Section::Coverage:
        return Workspace::tr("Criteria & Coverage");
    case Section::Controls:
        return Workspace::tr("Controls");
    case Section::Populations:
        return Workspace::tr("Populations");
    case Section::Sampling:
        return Workspace::tr("Sampling");
    case Section::Evidence:
        return Workspace::tr("Evidence");
    case Section::Requests:
        return Workspace::tr("Requests");
    case Section::Testing:
        return Workspace::tr("Testing");
    case Section::Exceptions:
        return Workspace::tr("Exceptions");
    case Section::Dashboard:
        return Workspace::tr("Criteria Results");
    case Section::Review:
        return Workspace::tr("Review");
    case Section::AuditTrail:
        return Workspace::tr("Audit Trail");
    case Section::Report:
        return Workspace::tr("Report");
    }
    return {};
}

Workspace::Workspace(Core::Workpaper &workpaper, QUndoStack *undoStack, ScopeEditor &scopeEditor,
                     std::shared_ptr<Prompter> prompter, QWidget *parent)
    : QWidget(parent)
    , m_workpaper(workpaper)
{
    setObjectName(QStringLiteral("workspace"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createNavigatorPanel());
    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    layout->addWidget(separator);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    m_banner = new MessageBanner(right);
    m_banner->setObjectName(QStringLiteral("workspaceBanner"));
    auto *bannerRow = new QHBoxLayout;
    bannerRow->setContentsMargins(24, 12, 24, 0);
    bannerRow->addWidget(m_banner);
    rightLayout->addLayout(bannerRow);
    m_stack = new QStackedWidget(right);
    m_stack->setObjectName(QStringLiteral("pageStack"));
    rightLayout->addWidget(m_stack, 1);
    layout->addWidget(right, 1);

    m_overview = new OverviewPage(workpaper, this);
    m_scope = new ScopePage(workpaper, undoStack, scopeEditor, *prompter, this);
    m_coverage = new CoveragePage(workpaper, this);
    m_coverage->setObjectName(QStringLiteral("coveragePage"));
    m_controls = new ControlsPage(workpaper, undoStack, this);
    m_controls->setObjectName(QStringLiteral("controlsPage"));
    m_controls->setPrompter(prompter);
    m_populations = new PopulationsPage(workpaper, this);
    m_populations->setPrompter(prompter);
    m_sampling = new SamplingPage(workpaper, this);
    m_sampling->setPrompter(prompter);
    m_evidence = new EvidencePage(workpaper, this);
    m_requests = new RequestsPage(workpaper, this);
    createReviewPages(workpaper, undoStack, std::move(prompter));

    // In navigator order: the stack's index is the Section's value.
    for (Section s : kSections)
        m_stack->addWidget(page(s));

    connect(m_navigator, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_stack->setCurrentIndex(row);
        m_banner->clear();
        Q_EMIT sectionChanged(static_cast<Section>(row));
    });
    connect(m_overview, &OverviewPage::coverageRequested, this, [this] { showSection(Section::Coverage); });
    connect(m_coverage, &CoveragePage::controlActivated, this, [this](const QString &id) {
        showSection(Section::Controls);
        m_controls->showControl(id);
    });
    connect(m_controls, &ControlsPage::statusMessage, this, &Workspace::statusMessage);
    connect(m_controls, &ControlsPage::errorOccurred, this, &Workspace::showError);
    connect(m_controls, &ControlsPage::warningOccurred, this, &Workspace::showWarning);
    connect(m_scope, &ScopePage::statusMessage, this, &Workspace::statusMessage);
    connect(m_populations, &PopulationsPage::statusMessage, this, &Workspace::statusMessage);
    connect(m_populations, &PopulationsPage::errorOccurred, this, &Workspace::showError);
    connect(m_sampling, &SamplingPage::statusMessage, this, &Workspace::statusMessage);
    connect(m_sampling, &SamplingPage::errorOccurred, this, &Workspace::showError);
    connect(m_evidence, &EvidencePage::statusMessage, this, &Workspace::statusMessage);
    connect(m_evidence, &EvidencePage::errorOccurred, this, &Workspace::showError);
    connect(m_requests, &RequestsPage::statusMessage, this, &Workspace::statusMessage);
    connect(m_requests, &RequestsPage::errorOccurred, this, &Workspace::showError);
    connectReviewPages();
    connectEvidenceLinks();
    connect(&m_workpaper, &Core::Workpaper::changed, this, [this](const QString &object) {
        if (object == QLatin1String("engagement"))
            refreshEngagementCard();
    });
    refreshEngagementCard();
    m_navigator->setCurrentRow(0);
}

Workspace::~Workspace() = default;

void Workspace::createReviewPages(Core::Workpaper &workpaper, QUndoStack *undoStack, std::shared_ptr<Prompter> prompter)
{
    m_testing = new TestingPage(workpaper, undoStack, this);
    m_exceptions = new ExceptionsPage(workpaper, this);
    m_dashboard = new CriteriaDashboardPage(workpaper, this);
    m_review = new ReviewStatusPage(workpaper, this);
    m_audit = new AuditTrailPage(workpaper, this);
    m_report = new ReportPage(workpaper, this);
    m_report->setPrompter(std::move(prompter));
    m_testing->setObjectName(QStringLiteral("testingPage"));
    m_exceptions->setObjectName(QStringLiteral("exceptionsPage"));
    m_dashboard->setObjectName(QStringLiteral("dashboardPage"));
    m_review->setObjectName(QStringLiteral("reviewStatusPage"));
    m_audit->setObjectName(QStringLiteral("auditTrailPage"));
}

void Workspace::connectReviewPages()
{
    connect(m_testing, &TestingPage::statusMessage, this, &Workspace::statusMessage);
    connect(m_testing, &TestingPage::errorOccurred, this, &Workspace::showError);
    connect(m_exceptions, &ExceptionsPage::statusMessage, this, &Workspace::statusMessage);
    connect(m_exceptions, &ExceptionsPage::errorOccurred, this, &Workspace::showError);
    connect(m_dashboard, &CriteriaDashboardPage::errorOccurred, this, &Workspace::showError);
    connect(m_review, &ReviewStatusPage::statusMessage, this, &Workspace::statusMessage);
    connect(m_review, &ReviewStatusPage::errorOccurred, this, &Workspace::showError);
    connect(m_audit, &AuditTrailPage::statusMessage, this, &Workspace::statusMessage);
    connect(m_audit, &AuditTrailPage::errorOccurred, this, &Workspace::showError);
    connect(m_report, &ReportPage::statusMessage, this, &Workspace::statusMessage);
}

void Workspace::connectEvidenceLinks()
{
    // Evidence opened from a control's evidence panel or a grid cell's reference shows on the Evidence page.
    const auto openEvidence = [this](qint64 itemId, int page) {
        showSection(Section::Evidence);
        m_evidence->openItemById(itemId, page);
    };
    connect(m_controls, &ControlsPage::openEvidence, this, openEvidence);
    connect(m_testing, &TestingPage::openEvidence, this, openEvidence);
    // Files dropped on a control row are imported as a package and linked to that control.
    connect(m_controls, &ControlsPage::evidenceDropped, this,
            [this](const QStringList &paths, const QString &controlId) {
                m_evidence->importPaths(paths, {}, controlId);
            });
}

void Workspace::setSettings(QSettings *settings)
{
    m_testing->setSettings(settings);
    m_evidence->setLimitsProvider([settings] { return AppSettings(*settings).evidenceLimits(); });
}

QWidget *Workspace::createNavigatorPanel()
{
    m_navigatorPanel = new QWidget(this);
    m_navigatorPanel->setObjectName(QStringLiteral("navigatorPanel"));
    // A shade under the alternate base colour, re-read when the palette changes (light or dark appearance).
    setPaletteStyleSheet(m_navigatorPanel, [](const QPalette &palette) {
        return QStringLiteral("QWidget#navigatorPanel { background: %1; }")
            .arg(palette.color(QPalette::AlternateBase).darker(103).name());
    });
    m_navigatorPanel->setFixedWidth(232);

    auto *layout = new QVBoxLayout(m_navigatorPanel);
    layout->setContentsMargins(0, 18, 0, 12);
    layout->setSpacing(4);

    auto *card = new QVBoxLayout;
    card->setContentsMargins(18, 0, 14, 10);
    card->setSpacing(2);
    m_cardClient = new QLabel(m_navigatorPanel);
    m_cardClient->setObjectName(QStringLiteral("navigatorClient"));
    m_cardClient->setWordWrap(true);
    QFont bold = m_cardClient->font();
    bold.setWeight(QFont::DemiBold);
    m_cardClient->setFont(bold);
    m_cardSystem = new QLabel(m_navigatorPanel);
    m_cardSystem->setObjectName(QStringLiteral("navigatorSystem"));
    m_cardSystem->setWordWrap(true);
    QPalette muted = m_cardSystem->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_cardSystem->setPalette(muted);
    card->addWidget(m_cardClient);
    card->addWidget(m_cardSystem);
    layout->addLayout(card);

    m_navigator = new QListWidget(m_navigatorPanel);
    m_navigator->setObjectName(QStringLiteral("navigator"));
    m_navigator->setAccessibleName(tr("Sections"));
    m_navigator->setFrameShape(QFrame::NoFrame);
    m_navigator->setIconSize(QSize(20, 20));
    m_navigator->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigator->setStyleSheet(QStringLiteral(
        "QListWidget#navigator { background: transparent; border: none; outline: 0; }"
        "QListWidget#navigator::item { padding: 7px 8px; margin: 1px 10px; border-radius: 5px; }"
        "QListWidget#navigator::item:hover:!selected { background: rgba(0, 0, 0, 0.05); }"
        "QListWidget#navigator::item:selected { background: palette(highlight); color: palette(highlighted-text); }"));
    for (Section s : kSections) {
        auto *item = new QListWidgetItem(tickmarkIcon(iconName(s)), sectionTitle(s), m_navigator);
        item->setData(Qt::UserRole, sectionKey(s));
        item->setToolTip(sectionTitle(s));
    }
    layout->addWidget(m_navigator, 1);
    return m_navigatorPanel;
}

void Workspace::refreshEngagementCard()
{
    const auto details = m_workpaper.engagement().details();
    if (!details)
        return;
    m_cardClient->setText(details->client);
    m_cardSystem->setText(details->system);
}

void Workspace::showSection(Section section)
{
    m_navigator->setCurrentRow(static_cast<int>(section));
}

Section Workspace::currentSection() const
{
    return static_cast<Section>(qMax(0, m_navigator->currentRow()));
}

QWidget *Workspace::page(Section section) const
{
    switch (section) {
    case Section::Overview:
        return m_overview;
    case Section::Scope:
        return m_scope;
    case Section::Coverage:
        return m_coverage;
    case Section::Controls:
        return m_controls;
    case Section::Populations:
        return m_populations;
    case Section::Sampling:
        return m_sampling;
    case Section::Evidence:
        return m_evidence;
    case Section::Requests:
        return m_requests;
    case Section::Testing:
        return m_testing;
    case Section::Exceptions:
        return m_exceptions;
    case Section::Dashboard:
        return m_dashboard;
    case Section::Review:
        return m_review;
    case Section::AuditTrail:
        return m_audit;
    case Section::Report:
        return m_report;
    }
    return nullptr;
}

void Workspace::setFileChooser(FileChooser *files)
{
    m_populations->setFileChooser(files);
    m_sampling->setFileChooser(files);
    m_evidence->setFileChooser(files);
    m_requests->setFileChooser(files);
    m_audit->setFileChooser(files);
    m_report->setFileChooser(files);
}

void Workspace::setNavigatorVisible(bool visible)
{
    m_navigatorPanel->setVisible(visible);
}

bool Workspace::isNavigatorVisible() const
{
    return !m_navigatorPanel->isHidden();
}

void Workspace::showError(const QString &text)
{
    m_banner->showMessage(MessageBanner::Kind::Error, text);
}

void Workspace::showWarning(const QString &text)
{
    m_banner->showMessage(MessageBanner::Kind::Warning, text);
}

} // namespace Tickmark::Ui
