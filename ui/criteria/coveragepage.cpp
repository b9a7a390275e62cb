// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "coveragepage.h"

#include "common/pageheader.h"
#include "coveragefilterproxy.h"
#include "criteria/coveragemodel.h"
#include "settings/appearance.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace Tickmark::Ui {

using Core::CoverageModel;

CoveragePage::CoveragePage(Core::Workpaper &workpaper, QWidget *parent)
    : QWidget(parent)
    , m_model(new CoverageModel(workpaper, this))
    , m_proxy(new CoverageFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    applyPageMargins(layout);
    layout->addWidget(new PageHeader(tr("Criteria & Coverage"),
                                     tr("The trust services criteria in scope and the controls mapped to each."
                                        " Criteria without a control are highlighted; double-click a row to open"
                                        " its first control."),
                                     this));
    buildFilters();
    buildTable();

    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        refreshCategories();
        updateSummary();
        const int row = m_model->rowOf(m_selectedCriterion);
        const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            m_view->selectRow(index.row());
        updateDetails();
    });
    refreshCategories();
    updateSummary();
    updateDetails();
}

CoveragePage::~CoveragePage() = default;

void CoveragePage::buildFilters()
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("coverageSummary"));
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    m_summary->setFont(big);

    m_uncoveredOnly = new QCheckBox(tr("Show only criteria &without controls"), this);
    m_uncoveredOnly->setObjectName(QStringLiteral("uncoveredOnlyCheck"));
    connect(m_uncoveredOnly, &QCheckBox::toggled, m_proxy, &CoverageFilterProxy::setUncoveredOnly);

    m_categoryCombo = new QComboBox(this);
    m_categoryCombo->setObjectName(QStringLiteral("categoryFilterCombo"));
    m_categoryCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_categoryCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setCategoryFilter(m_categoryCombo->currentData().toString()); });
    auto *categoryLabel = new QLabel(tr("&Category:"), this);
    categoryLabel->setBuddy(m_categoryCombo);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_uncoveredOnly);
    filters->addSpacing(16);
    filters->addWidget(categoryLabel);
    filters->addWidget(m_categoryCombo);
    filters->addStretch();

    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    layout->addWidget(m_summary);
    layout->addLayout(filters);
}

void CoveragePage::buildTable()
{
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("coverageView"));
    m_view->setAccessibleName(tr("Criteria and their controls"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);

    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CoverageModel::TitleColumn, QHeaderView::Stretch);
    const int ch = fontMetrics().averageCharWidth();
    header->resizeSection(CoverageModel::CriterionColumn, ch * 11);
    header->resizeSection(CoverageModel::CategoryColumn, ch * 22);
    header->resizeSection(CoverageModel::CountColumn, ch * 11);
    header->resizeSection(CoverageModel::ControlsColumn, ch * 42);
    // Keep the model's order (gaps first) until the user picks a column; a third click returns to it.
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);

    connect(m_view, &QAbstractItemView::doubleClicked, this, &CoveragePage::activate);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &i) {
        m_selectedCriterion = i.data(CoverageModel::CriterionIdRole).toString();
        updateDetails();
    });

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("coverageDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_details->setFrameShape(QFrame::StyledPanel);
    m_details->setMargin(8);
    m_details->setMinimumHeight(fontMetrics().lineSpacing() * 4 + 16);

    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);
}

void CoveragePage::refreshCategories()
{
    const QString current = m_categoryCombo->currentData().toString();
    const QSignalBlocker blocker(m_categoryCombo);
    m_categoryCombo->clear();
    m_categoryCombo->addItem(tr("All categories"), QString());
    for (Core::Category c : m_model->categories())
        m_categoryCombo->addItem(Core::categoryName(c), Core::categoryKey(c));
    const int index = m_categoryCombo->findData(current);
    m_categoryCombo->setCurrentIndex(std::max(0, index));
    m_proxy->setCategoryFilter(m_categoryCombo->currentData().toString());
}

void CoveragePage::updateSummary()
{
    const int total = m_model->rowCount();
    const int uncovered = m_model->uncoveredCount();
    m_summary->setText(
        tr("%1 · %2").arg(tr("%n criteria in scope", "", total), tr("%n without a control", "", uncovered)));
    m_summary->setStyleSheet(uncovered > 0 ? QStringLiteral("color: %1;").arg(toneText(Tone::Bad, palette()).name())
                                           : QString());
}

void CoveragePage::updateDetails()
{
    const int row = m_model->rowOf(m_selectedCriterion);
    if (row < 0) {
        m_details->setText(tr("Select a criterion to see its title and controls;"
                              " double-click it to open its first control."));
        return;
    }
    const Core::CoverageRow &r = m_model->rowAt(row);
    const QString controls = r.controls.isEmpty()
                                 // The translations carry the light palette's red; the palette's own replaces it.
                                 ? tr("<b style='color:#A31F12'>No control</b> is mapped to this criterion.")
                                       .replace(QLatin1String("#A31F12"), toneText(Tone::Bad, palette()).name())
                                 : tr("Controls: %1").arg(r.controls.join(QStringLiteral(", ")).toHtmlEscaped());
    m_details->setText(tr("<b>%1</b> — %2<br><span>%3 · %4</span><br>%5")
                           .arg(r.criterion.id.toHtmlEscaped(), r.criterion.title.toHtmlEscaped(),
                                Core::categoryName(r.criterion.category).toHtmlEscaped(),
                                r.criterion.series.toHtmlEscaped(), controls));
}

void CoveragePage::activate(const QModelIndex &index)
{
    const QStringList controls = index.data(CoverageModel::ControlIdsRole).toStringList();
    if (!controls.isEmpty())
        Q_EMIT controlActivated(controls.first());
}

} // namespace Tickmark::Ui
