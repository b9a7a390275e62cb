// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "coveragemodel.h"

#include "criteriaservice.h"
#include "workpaper/workpaper.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

namespace Tickmark::Core {

namespace {

// Light amber with near-black text: readable in light and dark themes alike, because both are set.
const QColor kUncoveredBackground(0xFF, 0xE8, 0xC2);
const QColor kUncoveredText(0x3A, 0x2A, 0x10);
const QColor kNoControlText(0xA3, 0x1F, 0x12);

} // namespace

CoverageModel::CoverageModel(Workpaper &workpaper, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workpaper(workpaper)
{
    connect(&workpaper, &Workpaper::changed, this, &CoverageModel::onChanged);
    if (auto rows = workpaper.criteria().coverage())
        m_rows = std::move(*rows);
}

CoverageModel::~CoverageModel() = default;

int CoverageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CoverageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CoverageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const CoverageRow &r = m_rows.at(index.row());
    const bool uncovered = r.controls.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(r, index.column());
    case Qt::ToolTipRole:
        return toolTip(r);
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::BackgroundRole:
        return uncovered ? QVariant(QBrush(kUncoveredBackground)) : QVariant();
    case Qt::ForegroundRole:
        if (!uncovered)
            return {};
        return QBrush(index.column() == ControlsColumn ? kNoControlText : kUncoveredText);
    case Qt::FontRole:
        if (uncovered && (index.column() == ControlsColumn || index.column() == CriterionColumn)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case CriterionIdRole:
        return r.criterion.id;
    case CategoryKeyRole:
        return categoryKey(r.criterion.category);
    case SeriesRole:
        return r.criterion.series;
    case TitleRole:
        return r.criterion.title;
    case ControlIdsRole:
        return r.controls;
    case UncoveredRole:
        return uncovered;
    case SortRole:
        return sortData(r, index.column());
    default:
        return {};
    }
}

QVariant CoverageModel::displayData(const CoverageRow &r, int column) const
{
    switch (column) {
    case CriterionColumn:
        return r.criterion.id;
    case CategoryColumn:
        return categoryName(r.criterion.category);
    case TitleColumn:
        return r.criterion.title;
    case CountColumn:
        return static_cast<int>(r.controls.size());
    case ControlsColumn:
        return r.controls.isEmpty() ? tr("No control") : r.controls.join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant CoverageModel::sortData(const CoverageRow &r, int column) const
{
    switch (column) {
    case CriterionColumn:
    case TitleColumn:
        return CriteriaCatalog::indexOf(r.criterion.id);
    case CategoryColumn:
        return static_cast<int>(r.criterion.category);
    case CountColumn:
        return static_cast<int>(r.controls.size());
    case ControlsColumn:
        return r.controls.join(QLatin1Char(' '));
    default:
        return {};
    }
}

QVariant CoverageModel::toolTip(const CoverageRow &r) const
{
    const QString head = tr("%1 — %2\n%3").arg(r.criterion.id, r.criterion.title, r.criterion.series);
    if (r.controls.isEmpty())
        return tr("%1\nNo control is mapped to this criterion.").arg(head);
    return tr("%1\nControls: %2").arg(head, r.controls.join(QStringLiteral(", ")));
}

QVariant CoverageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == CountColumn)
        return tr("Number of controls mapped to the criterion");
    if (role == Qt::TextAlignmentRole && section == CountColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CriterionColumn:
        return tr("Criterion");
    case CategoryColumn:
        return tr("Category");
    case TitleColumn:
        return tr("Title");
    case CountColumn:
        return tr("Controls");
    case ControlsColumn:
        return tr("Control ids");
    default:
        return {};
    }
}

Qt::ItemFlags CoverageModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

const CoverageRow &CoverageModel::rowAt(int row) const
{
    return m_rows.at(row);
}

int CoverageModel::rowOf(const QString &id) const
{
    const auto it =
        std::find_if(m_rows.cbegin(), m_rows.cend(), [&](const CoverageRow &r) { return r.criterion.id == id; });
    return it == m_rows.cend() ? -1 : static_cast<int>(it - m_rows.cbegin());
}

int CoverageModel::uncoveredCount() const
{
    return static_cast<int>(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const CoverageRow &r) { return r.controls.isEmpty(); }));
}

QList<Category> CoverageModel::categories() const
{
    QList<Category> out;
    for (Category c : allCategories()) {
        const auto in = [c](const CoverageRow &r) { return r.criterion.category == c; };
        if (std::any_of(m_rows.cbegin(), m_rows.cend(), in))
            out << c;
    }
    return out;
}

void CoverageModel::onChanged(const QString &object)
{
    // Controls change the mapping; the engagement's categories change which criteria are in scope.
    if (object.startsWith(QLatin1String("control")) || object == QLatin1String("engagement"))
        reload();
}

void CoverageModel::reload()
{
    auto rows = m_workpaper.criteria().coverage();
    if (!rows) {
        Q_EMIT loadFailed(rows.error().detail);
        return;
    }
    beginResetModel();
    m_rows = std::move(*rows);
    endResetModel();
}

} // namespace Tickmark::Core
