// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewpage.h"

#include "audit/audittrail.h"
#include "common/errortext.h"
#include "common/messagebanner.h"
#include "common/pageheader.h"
#include "controls/controlservice.h"
#include "criteria/criteriaservice.h"
#include "engagement/engagementservice.h"
#include "engagementtext.h"
#include "settings/appearance.h"
#include "workpaper/workpaper.h"

#include <QDir>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Tickmark::Ui {

namespace {

QLabel *valueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text;
}

} // namespace

OverviewPage::OverviewPage(Core::Workpaper &workpaper, QWidget *parent)
    : QWidget(parent)
    , m_workpaper(workpaper)
{
    setObjectName(QStringLiteral("overviewPage"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    applyPageMargins(layout);
    layout->setSpacing(16);
    layout->addWidget(new PageHeader(
        tr("Overview"), tr("The engagement at a glance: facts, progress, advice and the audit trail's integrity."),
        content));
    m_banner = new MessageBanner(content);
    layout->addWidget(m_banner);
    layout->addWidget(createFigures());

    auto *columns = new QHBoxLayout;
    columns->setSpacing(16);
    auto *left = new QVBoxLayout;
    left->setSpacing(16);
    left->addWidget(createFactsGroup());
    left->addWidget(createActivityGroup());
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(createStatusColumn());
    right->addStretch(1);
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    layout->addLayout(columns, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    outer->addWidget(scroll);

    // Imports and undo of many steps emit many changes; one refresh afterwards is enough.
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &OverviewPage::refresh);
    connect(&m_workpaper, &Core::Workpaper::changed, m_refreshTimer, qOverload<>(&QTimer::start));
    refresh();
}

OverviewPage::~OverviewPage() = default;

QLabel *OverviewPage::addFact(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *value = valueLabel(objectName, form->parentWidget());
    form->addRow(label, value);
    return value;
}

QWidget *OverviewPage::createFactsGroup()
{
    auto *box = new QGroupBox(tr("Engagement"), this);
    auto *form = new QFormLayout(box);
    form->setContentsMargins(14, 12, 14, 14);
    form->setHorizontalSpacing(18);
    form->setVerticalSpacing(9);
    // QLabel's size policy is Preferred: only AllNonFixedFieldsGrow lets the values use the group's width.
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft);
    m_client = addFact(form, tr("Service organization"), QStringLiteral("clientValue"));
    QFont strong = m_client->font();
    strong.setWeight(QFont::DemiBold);
    m_client->setFont(strong);
    m_system = addFact(form, tr("System"), QStringLiteral("systemValue"));
    m_type = addFact(form, tr("Report"), QStringLiteral("reportTypeValue"));
    m_period = addFact(form, tr("Period"), QStringLiteral("periodValue"));
    m_categories = addFact(form, tr("Categories"), QStringLiteral("categoriesValue"));
    m_firm = addFact(form, tr("Service auditor"), QStringLiteral("firmValue"));
    m_partner = addFact(form, tr("Engagement partner"), QStringLiteral("partnerValue"));
    m_scopeLists = addFact(form, tr("Scope lists"), QStringLiteral("scopeListsValue"));
    m_file = addFact(form, tr("Workpaper"), QStringLiteral("fileValue"));
    return box;
}

QLabel *OverviewPage::addFigure(QLayout *row, const QString &caption, const QString &objectName)
{
    auto *tile = new QFrame(this);
    tile->setObjectName(QStringLiteral("figureTile"));
    tile->setStyleSheet(QStringLiteral("QFrame#figureTile { background: palette(base); border: 1px solid "
                                       "palette(mid); border-radius: 6px; }"));
    auto *layout = new QVBoxLayout(tile);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(2);
    auto *number = new QLabel(QStringLiteral("–"), tile);
    number->setObjectName(objectName);
    QFont big = number->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setWeight(QFont::DemiBold);
    number->setFont(big);
    auto *text = new QLabel(caption, tile);
    text->setObjectName(objectName + QStringLiteral("Caption"));
    text->setWordWrap(true);
    QPalette pal = text->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    text->setPalette(pal);
    layout->addWidget(number);
    layout->addWidget(text);
    row->addWidget(tile);
    return number;
}

QWidget *OverviewPage::createFigures()
{
    auto *strip = new QWidget(this);
    auto *row = new QHBoxLayout(strip);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(12);
    m_controls = addFigure(row, tr("Controls in the matrix"), QStringLiteral("controlsCount"));
    m_criteria = addFigure(row, tr("Criteria in scope"), QStringLiteral("criteriaCount"));
    m_uncovered = addFigure(row, tr("Criteria without a control"), QStringLiteral("uncoveredCount"));
    m_uncoveredCaption = strip->findChild<QLabel *>(QStringLiteral("uncoveredCountCaption"));
    m_uncoveredCaption->setTextFormat(Qt::RichText);
    connect(m_uncoveredCaption, &QLabel::linkActivated, this, &OverviewPage::coverageRequested);
    return strip;
}

QWidget *OverviewPage::createStatusColumn()
{
    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);

    auto *trail = new QGroupBox(tr("Audit trail"), column);
    auto *trailRow = new QHBoxLayout(trail);
    trailRow->setContentsMargins(14, 12, 14, 14);
    trailRow->setSpacing(10);
    m_auditIcon = new QLabel(trail);
    m_auditStatus = valueLabel(QStringLiteral("auditTrailStatus"), trail);
    trailRow->addWidget(m_auditIcon, 0, Qt::AlignTop);
    trailRow->addWidget(m_auditStatus, 1);
    layout->addWidget(trail);

    auto *advice = new QGroupBox(tr("Advice"), column);
    m_warnings = new QVBoxLayout(advice);
    m_warnings->setContentsMargins(14, 12, 14, 14);
    m_warningsList = new QWidget(advice);
    m_warningsList->setObjectName(QStringLiteral("warningsList"));
    m_warnings->addWidget(m_warningsList);
    layout->addWidget(advice);
    return column;
}

QWidget *OverviewPage::createActivityGroup()
{
    auto *box = new QGroupBox(tr("Recent activity"), this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(14, 12, 14, 14);
    m_activity = new QTreeWidget(box);
    m_activity->setObjectName(QStringLiteral("recentActivity"));
    m_activity->setAccessibleName(tr("Recent activity"));
    m_activity->setRootIsDecorated(false);
    m_activity->setUniformRowHeights(true);
    m_activity->setSelectionMode(QAbstractItemView::NoSelection);
    m_activity->setFocusPolicy(Qt::NoFocus);
    m_activity->setHeaderLabels({tr("When"), tr("Who"), tr("Action"), tr("Object")});
    m_activity->setFrameShape(QFrame::NoFrame);
    m_activity->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_activity->setStyleSheet(QStringLiteral("QTreeWidget::item { padding: 3px 0; }"));
    layout->addWidget(m_activity);
    return box;
}

void OverviewPage::refresh()
{
    m_banner->clear();
    refreshFacts();
    refreshFigures();
    refreshWarnings();
    refreshAuditTrail();
    refreshActivity();
}

void OverviewPage::refreshActivity()
{
    m_activity->clear();
    const auto events = m_workpaper.auditTrail().events();
    if (!events)
        return;
    const QLocale locale;
    for (qsizetype i = events->size() - 1; i >= 0 && i >= events->size() - kActivityRows; --i) {
        const Core::AuditEvent &e = events->at(i);
        auto *item = new QTreeWidgetItem(m_activity);
        item->setText(0, locale.toString(e.at.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm")));
        item->setText(1, e.initials);
        item->setToolTip(1, QStringLiteral("%1 (%2)").arg(e.user, e.role));
        item->setText(2, e.action);
        item->setText(3, e.object);
    }
    for (int c = 0; c < 3; ++c) {
        m_activity->resizeColumnToContents(c);
        m_activity->setColumnWidth(c, m_activity->columnWidth(c) + 18);
    }
    const int rowHeight =
        m_activity->topLevelItemCount() > 0 ? m_activity->sizeHintForRow(0) : m_activity->fontMetrics().height() + 6;
    m_activity->setFixedHeight(m_activity->header()->sizeHint().height() + rowHeight * kActivityRows + 4);
}

void OverviewPage::refreshFacts()
{
    const auto details = m_workpaper.engagement().details();
    if (!details) {
        m_banner->showMessage(MessageBanner::Kind::Error, describeError(details.error()));
        return;
    }
    const Core::EngagementDetails &d = *details;
    m_client->setText(orDash(d.client));
    m_system->setText(orDash(d.system));
    m_type->setText(d.type == Core::ReportType::TypeI ? tr("Type I: design of controls")
                                                      : tr("Type II: design and operating effectiveness"));
    auto *form = qobject_cast<QFormLayout *>(m_period->parentWidget()->layout());
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(m_period)))
        label->setText(d.type == Core::ReportType::TypeI ? tr("As of") : tr("Period"));
    QString period = d.type == Core::ReportType::TypeI ? engagementDate(d.asOf) : reportPeriodText(d);
    m_period->setText(orDash(period));
    m_categories->setText(categoryListText(d));
    QStringList firm{d.firm, d.firmCity};
    firm.removeAll(QString());
    m_firm->setText(orDash(firm.join(QStringLiteral(", "))));
    m_partner->setText(orDash(d.partner));
    m_file->setText(QDir::toNativeSeparators(m_workpaper.path()));

    const auto orgs = m_workpaper.engagement().subserviceOrgs();
    const auto cuecs = m_workpaper.engagement().cuecs();
    if (orgs && cuecs) {
        m_scopeLists->setText(tr("%n subservice organization(s)", "", static_cast<int>(orgs->size())) +
                              QStringLiteral(" · ") + tr("%n CUEC(s)", "", static_cast<int>(cuecs->size())));
    }
}

void OverviewPage::refreshFigures()
{
    const auto controls = m_workpaper.controls().count();
    m_controls->setText(controls ? QString::number(*controls) : QStringLiteral("–"));
    const auto coverage = m_workpaper.criteria().coverage();
    if (!coverage) {
        m_criteria->setText(QStringLiteral("–"));
        m_uncovered->setText(QStringLiteral("–"));
        m_banner->showMessage(MessageBanner::Kind::Error, describeError(coverage.error()));
        return;
    }
    const int uncovered = static_cast<int>(std::count_if(
        coverage->cbegin(), coverage->cend(), [](const Core::CoverageRow &r) { return r.controls.isEmpty(); }));
    m_criteria->setText(QString::number(coverage->size()));
    m_uncovered->setText(QString::number(uncovered));
    QPalette pal = m_uncovered->palette();
    pal.setColor(QPalette::WindowText, toneText(uncovered > 0 ? Tone::Bad : Tone::Good, palette()));
    m_uncovered->setPalette(pal);
    const QString caption = tr("Criteria without a control");
    m_uncoveredCaption->setText(uncovered > 0 ? QStringLiteral("%1 · <a href=\"coverage\">%2</a>")
                                                    .arg(caption.toHtmlEscaped(), tr("Review coverage").toHtmlEscaped())
                                              : caption.toHtmlEscaped());
}

void OverviewPage::refreshWarnings()
{
    qDeleteAll(m_warningsList->findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
    delete m_warningsList->layout();
    auto *list = new QVBoxLayout(m_warningsList);
    list->setContentsMargins(0, 0, 0, 0);
    list->setSpacing(8);
    QStringList warnings = m_workpaper.engagement().warnings();
    if (m_workpaper.isLocked())
        warnings.prepend(tr("The report is issued; the workpaper is locked against changes."));
    if (warnings.isEmpty()) {
        auto *none = new QLabel(tr("No advice for this engagement."), m_warningsList);
        none->setEnabled(false);
        list->addWidget(none);
        return;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const QPixmap icon = style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size);
    for (const QString &text : std::as_const(warnings)) {
        auto *row = new QHBoxLayout;
        row->setSpacing(8);
        auto *iconLabel = new QLabel(m_warningsList);
        iconLabel->setPixmap(icon);
        auto *label = valueLabel(QStringLiteral("warningText"), m_warningsList);
        label->setText(text);
        row->addWidget(iconLabel, 0, Qt::AlignTop);
        row->addWidget(label, 1);
        list->addLayout(row);
    }
}

void OverviewPage::refreshAuditTrail()
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const auto report = m_workpaper.auditTrail().verify();
    QPalette pal = m_auditStatus->palette();
    if (report && report->ok) {
        m_auditStatus->setText(tr("Audit trail intact (%n event(s))", "", static_cast<int>(report->events)));
        pal.setColor(QPalette::WindowText, toneText(Tone::Good, palette()));
        m_auditIcon->setPixmap(style()->standardIcon(QStyle::SP_DialogApplyButton, nullptr, this).pixmap(size, size));
    } else {
        const QString problem =
            report
                ? tr("Audit trail broken at event %1: %2").arg(report->firstBroken).arg(errorSentence(report->problem))
                : tr("Audit trail cannot be checked: %1").arg(errorSentence(report.error().detail));
        m_auditStatus->setText(problem);
        pal.setColor(QPalette::WindowText, toneText(Tone::Bad, palette()));
        m_auditIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this).pixmap(size, size));
    }
    m_auditStatus->setPalette(pal);
}

} // namespace Tickmark::Ui
