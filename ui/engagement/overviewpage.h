// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QTimer;
class QTreeWidget;
class QVBoxLayout;

namespace Tickmark::Core {
class Workpaper;
} // namespace Tickmark::Core

namespace Tickmark::Ui {

class MessageBanner;

/// The Overview page: the engagement's facts, counts (controls, in-scope criteria, criteria without a control),
/// advice from core, and whether the audit trail's hash chain verifies. Refreshes after every committed change.
///
/// Object names for tests: "clientValue", "systemValue", "reportTypeValue", "periodValue", "categoriesValue",
/// "firmValue", "partnerValue", "controlsCount", "criteriaCount", "uncoveredCount", "warningsList",
/// "auditTrailStatus", "recentActivity".
class OverviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)

public:
    /// @p workpaper outlives the page.
    explicit OverviewPage(Core::Workpaper &workpaper, QWidget *parent = nullptr);
    ~OverviewPage() override;

    /// Re-reads everything now (normally done shortly after each change).
    void refresh();

Q_SIGNALS:
    /// The user clicked the "criteria without a control" figure: show the coverage page.
    void coverageRequested();

private:
    QWidget *createFactsGroup();
    QWidget *createFigures();
    QWidget *createStatusColumn();
    QWidget *createActivityGroup();
    QLabel *addFact(QFormLayout *form, const QString &label, const QString &objectName);
    QLabel *addFigure(QLayout *row, const QString &caption, const QString &objectName);
    void refreshFacts();
    void refreshFigures();
    void refreshWarnings();
    void refreshAuditTrail();
    void refreshActivity();

    static constexpr int kActivityRows = 6;

    Core::Workpaper &m_workpaper;
    QTimer *m_refreshTimer = nullptr;
    MessageBanner *m_banner = nullptr;
    QLabel *m_client = nullptr;
    QLabel *m_system = nullptr;
    QLabel *m_type = nullptr;
    QLabel *m_period = nullptr;
    QLabel *m_categories = nullptr;
    QLabel *m_firm = nullptr;
    QLabel *m_partner = nullptr;
    QLabel *m_file = nullptr;
    QLabel *m_controls = nullptr;
    QLabel *m_criteria = nullptr;
    QLabel *m_uncovered = nullptr;
    QLabel *m_uncoveredCaption = nullptr;
    QLabel *m_scopeLists = nullptr;
    QVBoxLayout *m_warnings = nullptr;
    QWidget *m_warningsList = nullptr;
    QLabel *m_auditStatus = nullptr;
    QLabel *m_auditIcon = nullptr;
    QTreeWidget *m_activity = nullptr;
};

} // namespace Tickmark::Ui
