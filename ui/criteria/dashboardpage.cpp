// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardpage.h"

#include "common/errortext.h"
#include "common/pageheader.h"
#include "criteria/criterion.h"
#include "settings/appearance.h"
#include "testing/exceptionservice.h"
#include "testing/testingtext.h"
#include "workpaper/workpaper.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Tickmark::Ui {

namespace {

using Core::CriterionStatus;

const QList<CriterionStatus> kStatuses{CriterionStatus::Clean, CriterionStatus::ExceptionsNoted,
                                       CriterionStatus::NotMet, CriterionStatus::NotTested,
                                       CriterionStatus::NotCovered};

QString seriesOf(const QString &id)
{
    const qsizetype dot = id.indexOf(QLatin1Char('.'));
    return dot < 0 ? id : id.left(dot);
}

QString tileStyle(CriterionStatus status, const QPalette &palette)
{
    const QColor fill = CriteriaDashboardPage::statusColor(status, palette);
    const bool plain = status == CriterionStatus::NotCovered || status == CriterionStatus::NotTested;
    const QColor border = status == CriterionStatus::NotCovered ? palette.color(QPalette::Mid) : fill.darker(135);
    // The coloured tiles keep their own ink; the plain ones (white or grey, or the palette's greys) take the text's.
    QColor text = status == CriterionStatus::NotMet ? QColor(Qt::white) : QColor(0x1F, 0x1F, 0x1F);
    if (plain && isDarkPalette(palette))
        text = palette.color(QPalette::Text);
    return QStringLiteral("QToolButton { background: %1; border: 1px %4 %2; border-radius: 4px; color: %3;"
                          " font-weight: bold; padding: 4px; }"
                          "QToolButton:checked { border: 3px solid %5; }")
        .arg(fill.name(), border.name(), text.name(),
             status == CriterionStatus::NotCovered ? QStringLiteral("dashed") : QStringLiteral("solid"),
             palette.color(QPalette::Highlight).name());
}

} // namespace

CriteriaDashboardPage::CriteriaDashboardPage(Core::Workpaper &workpaper, QWidget *parent)
    : QWidget(parent)
    , m_workpaper(workpaper)
{
    auto *layout = new QVBoxLayout(this);
    applyPageMargins(layout);
    layout->addWidget(new PageHeader(tr("Criteria Dashboard"),
                                     tr("Every in-scope criterion at a glance, coloured by the results of its"
                                        " controls. Click a criterion to see its controls and exceptions."),
                                     this));

    auto *legendRow = new QHBoxLayout;
    legendRow->setSpacing(16);
    for (CriterionStatus status : kStatuses) {
        auto *swatch = new QLabel(this);
        swatch->setFixedSize(14, 14);
        swatch->setStyleSheet(QStringLiteral("QLabel { background: %1; border: 1px solid %2; }")
                                  .arg(statusColor(status, palette()).name(),
                                       statusColor(status, palette()).darker(140).name()));
        auto *label = new QLabel(this);
        label->setObjectName(QStringLiteral("legend-%1").arg(Core::criterionStatusKey(status)));
        m_legend.insert(status, label);
        auto *entry = new QHBoxLayout;
        entry->setSpacing(5);
        entry->addWidget(swatch);
        entry->addWidget(label);
        legendRow->addLayout(entry);
    }
    legendRow->addStretch(1);
    layout->addLayout(legendRow);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_map = new QWidget(scroll);
    m_grid = new QGridLayout(m_map);
    m_grid->setSpacing(6);
    m_grid->setContentsMargins(0, 4, 0, 4);
    scroll->setWidget(m_map);
    splitter->addWidget(scroll);

    auto *detail = new QWidget(splitter);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 6, 0, 0);
    m_detailTitle = new QLabel(tr("Choose a criterion above."), detail);
    m_detailTitle->setObjectName(QStringLiteral("criterionTitle"));
    m_detailTitle->setWordWrap(true);
    m_detail = new QTreeWidget(detail);
    m_detail->setObjectName(QStringLiteral("criterionDetail"));
    m_detail->setAccessibleName(tr("Controls and exceptions of the criterion"));
    m_detail->setHeaderLabels({tr("Control / exception"), tr("Status"), tr("Details")});
    m_detail->setRootIsDecorated(true);
    m_detail->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_detail->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_detail, 1);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    m_scroll = scroll;
    layout->addWidget(splitter, 1);

    connect(&workpaper, &Core::Workpaper::changed, this, [this](const QString &object) {
        if (object.startsWith(QStringLiteral("control")) || object.startsWith(QStringLiteral("exception")) ||
            object.startsWith(QStringLiteral("sample:")) || object.startsWith(QStringLiteral("population:")) ||
            object == QStringLiteral("engagement"))
            reload();
    });
    reload();
}

CriteriaDashboardPage::~CriteriaDashboardPage() = default;

QColor CriteriaDashboardPage::statusColor(CriterionStatus status)
{
    switch (status) {
    case CriterionStatus::Clean:
        return {0x8F, 0xD1, 0x9E};
    case CriterionStatus::ExceptionsNoted:
        return {0xFF, 0xD5, 0x6B};
    case CriterionStatus::NotMet:
        return {0xD3, 0x2F, 0x2F};
    case CriterionStatus::NotTested:
        return {0xE3, 0xE6, 0xEA};
    case CriterionStatus::NotCovered:
        return {0xFF, 0xFF, 0xFF};
    }
    return Qt::white;
}

QColor CriteriaDashboardPage::statusColor(CriterionStatus status, const QPalette &palette)
{
    if (isDarkPalette(palette)) {
        if (status == CriterionStatus::NotTested)
            return palette.color(QPalette::Button).lighter(125);
        if (status == CriterionStatus::NotCovered)
            return palette.color(QPalette::Base);
    }
    return statusColor(status);
}

void CriteriaDashboardPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_criteria.isEmpty())
        reload();
}

void CriteriaDashboardPage::reload()
{
    const auto criteria = m_workpaper.evaluation().criteria();
    if (!criteria) {
        Q_EMIT errorOccurred(tr("The criteria could not be evaluated. %1").arg(errorSentence(criteria.error().detail)));
        return;
    }
    m_criteria = *criteria;
    // One row per series in catalog order, whatever order the evaluation lists them in.
    std::stable_sort(m_criteria.begin(), m_criteria.end(),
                     [](const Core::CriterionEvaluation &a, const Core::CriterionEvaluation &b) {
                         return Core::CriteriaCatalog::indexOf(a.criterionId) <
                                Core::CriteriaCatalog::indexOf(b.criterionId);
                     });
    rebuildTiles();
    for (CriterionStatus status : kStatuses)
        m_legend.value(status)->setText(tr("%1: %2").arg(criterionStatusName(status)).arg(count(status)));
    if (!m_shown.isEmpty())
        showCriterion(m_shown);
}

void CriteriaDashboardPage::rebuildTiles()
{
    qDeleteAll(m_tiles);
    m_tiles.clear();
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QString series;
    int row = -1;
    int column = 0;
    for (const Core::CriterionEvaluation &c : std::as_const(m_criteria)) {
        if (seriesOf(c.criterionId) != series) {
            series = seriesOf(c.criterionId);
            ++row;
            column = 1;
            auto *label = new QLabel(series, m_map);
            label->setStyleSheet(QStringLiteral("QLabel { color: palette(placeholder-text); font-weight: bold; }"));
            m_grid->addWidget(label, row, 0);
        }
        auto *tile = new QToolButton(m_map);
        tile->setObjectName(QStringLiteral("tile-%1").arg(c.criterionId));
        tile->setProperty("criterionStatus", Core::criterionStatusKey(c.status));
        tile->setText(c.criterionId);
        tile->setCheckable(true);
        tile->setChecked(c.criterionId == m_shown);
        tile->setMinimumSize(fontMetrics().averageCharWidth() * 10, fontMetrics().height() + 14);
        tile->setStyleSheet(tileStyle(c.status, palette()));
        const auto criterion = Core::CriteriaCatalog::find(c.criterionId);
        tile->setToolTip(tr("%1 %2\n%3 · %n control(s), %4 exception(s)", "", static_cast<int>(c.controls.size()))
                             .arg(c.criterionId, criterion ? criterion->title : QString(),
                                  criterionStatusName(c.status))
                             .arg(c.exceptions));
        connect(tile, &QToolButton::clicked, this, [this, id = c.criterionId] { showCriterion(id); });
        m_grid->addWidget(tile, row, column++);
        m_tiles.insert(c.criterionId, tile);
    }
    m_grid->setColumnStretch(m_grid->columnCount(), 1);
    m_grid->setRowStretch(row + 1, 1);
    // The whole map should show without scrolling where the window allows: it is the point of the page.
    m_scroll->setMinimumHeight(std::min(m_map->sizeHint().height() + 4, fontMetrics().height() * 24));
}

int CriteriaDashboardPage::count(CriterionStatus status) const
{
    return static_cast<int>(std::count_if(m_criteria.cbegin(), m_criteria.cend(),
                                          [status](const Core::CriterionEvaluation &c) { return c.status == status; }));
}

void CriteriaDashboardPage::showCriterion(const QString &id)
{
    m_shown = id;
    for (auto it = m_tiles.cbegin(); it != m_tiles.cend(); ++it)
        it.value()->setChecked(it.key() == id);
    m_detail->clear();
    const auto found = std::find_if(m_criteria.cbegin(), m_criteria.cend(),
                                    [&](const Core::CriterionEvaluation &c) { return c.criterionId == id; });
    if (found == m_criteria.cend())
        return;
    const auto criterion = Core::CriteriaCatalog::find(id);
    m_detailTitle->setText(tr("<b>%1</b> %2 — %3")
                               .arg(id, criterion ? criterion->title.toHtmlEscaped() : QString(),
                                    criterionStatusName(found->status)));
    if (found->controls.isEmpty())
        new QTreeWidgetItem(m_detail, {tr("No control is mapped to this criterion.")});
    for (const QString &controlId : found->controls) {
        auto *item = new QTreeWidgetItem(m_detail);
        item->setText(0, controlId);
        if (const auto e = m_workpaper.evaluation().control(controlId)) {
            item->setText(1, conclusionName(e->conclusion));
            item->setText(2, evaluationLine(*e));
        }
        const auto exceptions = m_workpaper.exceptions().forControl(controlId);
        if (!exceptions)
            continue;
        for (const Core::ControlException &x : *exceptions) {
            if (!x.criteria.contains(id))
                continue;
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, tr("Exception %1").arg(x.id));
            child->setText(1, !x.criterionMet.has_value() ? tr("Not concluded")
                              : *x.criterionMet         ? tr("Criterion met")
                                                        : tr("Criterion not met"));
            child->setText(2, x.kind == Core::ExceptionKind::Operating
                                  ? tr("%1 of %2 — %3").arg(x.deviations).arg(x.sampleSize).arg(x.description)
                                  : x.description);
            if (x.criterionMet == false)
                child->setForeground(1, toneText(Tone::Bad, palette()));
        }
        item->setExpanded(true);
    }
}

} // namespace Tickmark::Ui
