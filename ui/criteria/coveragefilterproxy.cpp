// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "coveragefilterproxy.h"

#include "criteria/coveragemodel.h"

namespace Tickmark::Ui {

using Core::CoverageModel;

CoverageFilterProxy::CoverageFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CoverageModel::SortRole);
    setDynamicSortFilter(true);
}

void CoverageFilterProxy::setUncoveredOnly(bool on)
{
    if (on == m_uncoveredOnly)
        return;
    m_uncoveredOnly = on;
    invalidateFilter();
}

void CoverageFilterProxy::setCategoryFilter(const QString &key)
{
    if (key == m_category)
        return;
    m_category = key;
    invalidateFilter();
}

bool CoverageFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_uncoveredOnly && !index.data(CoverageModel::UncoveredRole).toBool())
        return false;
    return m_category.isEmpty() || index.data(CoverageModel::CategoryKeyRole).toString() == m_category;
}

} // namespace Tickmark::Ui
