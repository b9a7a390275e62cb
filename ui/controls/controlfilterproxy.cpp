// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controlfilterproxy.h"

#include "controls/controltablemodel.h"

#include <algorithm>

namespace Tickmark::Ui {

using Core::ControlTableModel;

ControlFilterProxy::ControlFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ControlTableModel::SortRole);
    setDynamicSortFilter(true);
}

void ControlFilterProxy::setFilterText(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void ControlFilterProxy::setFrequencyFilter(const QString &key)
{
    if (key == m_frequency)
        return;
    m_frequency = key;
    invalidateFilter();
}

bool ControlFilterProxy::isFiltering() const
{
    return !m_words.isEmpty() || !m_frequency.isEmpty();
}

bool ControlFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_frequency.isEmpty() && index.data(ControlTableModel::FrequencyKeyRole).toString() != m_frequency)
        return false;
    const QString text = index.data(ControlTableModel::SearchTextRole).toString();
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&](const QString &word) { return text.contains(word, Qt::CaseInsensitive); });
}

} // namespace Tickmark::Ui
