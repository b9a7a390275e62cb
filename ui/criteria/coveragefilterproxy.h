// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Tickmark::Ui {

/// Sorts a CoverageModel by its SortRole and filters it to uncovered criteria and/or one category.
class CoverageFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageFilterProxy)

public:
    explicit CoverageFilterProxy(QObject *parent = nullptr);

    void setUncoveredOnly(bool on);
    /// A categoryKey() such as "availability"; empty shows every category.
    void setCategoryFilter(const QString &key);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_uncoveredOnly = false;
    QString m_category;
};

} // namespace Tickmark::Ui
