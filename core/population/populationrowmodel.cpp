// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "populationrowmodel.h"

#include "populationservice.h"
#include "workpaper/workpaper.h"

#include <limits>

namespace Tickmark::Core {

namespace {

const QString kPopulationPrefix = QStringLiteral("population:");

} // namespace

PopulationRowModel::PopulationRowModel(Workpaper &workpaper, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workpaper(workpaper)
{
    connect(&workpaper, &Workpaper::changed, this, &PopulationRowModel::onChanged);
}

PopulationRowModel::~PopulationRowModel() = default;

void PopulationRowModel::setPopulation(const PopulationInfo &info)
{
    beginResetModel();
    m_info = info;
    dropCache();
    endResetModel();
}

void PopulationRowModel::clear()
{
    if (!m_info)
        return;
    beginResetModel();
    m_info.reset();
    dropCache();
    endResetModel();
}

void PopulationRowModel::dropCache()
{
    m_pages.clear();
    m_recent.clear();
    m_fetches = 0;
    m_reportedFailure = false;
}

int PopulationRowModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_info)
        return 0;
    // Views address rows with int; a population beyond that is shown up to the limit.
    return static_cast<int>(std::min<qint64>(m_info->rowCount, std::numeric_limits<int>::max()));
}

int PopulationRowModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_info)
        return 0;
    return static_cast<int>(m_info->columns.size());
}

QVariant PopulationRowModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == RowNumberRole)
        return qint64(index.row()) + 1;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != RowFieldsRole)
        return {};
    const QList<QStringList> &rows = page(index.row() / kPageSize);
    const int offset = index.row() % kPageSize;
    if (offset >= rows.size())
        return {};
    const QStringList &fields = rows.at(offset);
    if (role == RowFieldsRole)
        return fields;
    const QString value = index.column() < fields.size() ? fields.at(index.column()) : QString();
    if (role == Qt::ToolTipRole) {
        // Long or multi-line cells are cut off in the table; the tooltip shows them whole.
        return value.size() > 40 || value.contains(QLatin1Char('\n')) ? QVariant(value) : QVariant();
    }
    return value;
}

QVariant PopulationRowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_info || section < 0)
        return {};
    if (orientation == Qt::Vertical) {
        if (section >= rowCount())
            return {};
        if (role == Qt::DisplayRole)
            return qint64(section) + 1;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (section >= m_info->columns.size())
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return m_info->columns.at(section);
    return {};
}

const QList<QStringList> &PopulationRowModel::page(qint64 pageIndex) const
{
    if (auto it = m_pages.constFind(pageIndex); it != m_pages.cend()) {
        // Move to the most recently used end; the list is short (kMaxCachedPages).
        if (m_recent.back() != pageIndex) {
            m_recent.removeOne(pageIndex);
            m_recent.append(pageIndex);
        }
        return *it;
    }
    while (m_pages.size() >= kMaxCachedPages && !m_recent.isEmpty())
        m_pages.remove(m_recent.takeFirst());

    QList<QStringList> rows;
    ++m_fetches;
    auto fetched = m_workpaper.populations().rows(m_info->id, pageIndex * kPageSize + 1, kPageSize);
    if (fetched) {
        rows = std::move(*fetched);
    } else if (!m_reportedFailure) {
        // A failed page is cached empty, so a view repainting does not retry (and report) on every paint.
        m_reportedFailure = true;
        Q_EMIT const_cast<PopulationRowModel *>(this)->loadFailed(fetched.error().detail);
    }
    m_recent.append(pageIndex);
    return *m_pages.emplace(pageIndex, std::move(rows));
}

void PopulationRowModel::onChanged(const QString &object)
{
    if (!m_info || !object.startsWith(kPopulationPrefix))
        return;
    if (object.mid(kPopulationPrefix.size()) != m_info->name)
        return;
    auto found = m_workpaper.populations().find(m_info->name);
    if (!found) {
        Q_EMIT loadFailed(found.error().detail);
        return;
    }
    if (!found->has_value()) {
        clear();
        return;
    }
    const PopulationInfo &now = **found;
    if (now.id != m_info->id || now.rowCount != m_info->rowCount || now.columns != m_info->columns)
        setPopulation(now);
}

} // namespace Tickmark::Core
