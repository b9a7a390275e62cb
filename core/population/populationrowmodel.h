// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "population.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace Tickmark::Core {

class Workpaper;

/// One population's rows as a table, read lazily: rowCount() is the population's row count straight away, and
/// data() fetches the rows around the one asked for in pages of kPageSize through PopulationService::rows(),
/// keeping the kMaxCachedPages most recently used pages. A million-row population therefore opens at once and
/// scrolls with a few small queries. Columns are the population's header names; the vertical header is the
/// 1-based population row number. Read-only.
///
/// Follows Workpaper::changed for "population:NAME" of the population shown: a deleted or replaced population
/// resets the model (to empty, or to the new rows). Thread affinity: the workpaper's thread.
class PopulationRowModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PopulationRowModel)

public:
    static constexpr int kPageSize = 256;      ///< rows fetched per query
    static constexpr int kMaxCachedPages = 64; ///< pages kept (16,384 rows at most)

    enum Role {
        RowNumberRole = Qt::UserRole + 1, ///< qint64: the 1-based population row (any column)
        RowFieldsRole,                    ///< QStringList: every field of the row (any column)
    };
    Q_ENUM(Role)

    /// @p workpaper outlives the model. The model starts empty (no population).
    explicit PopulationRowModel(Workpaper &workpaper, QObject *parent = nullptr);
    ~PopulationRowModel() override;

    /// Shows @p info's rows (resets the model and drops the cache).
    void setPopulation(const PopulationInfo &info);
    /// Shows nothing.
    void clear();
    /// The population shown, if any.
    const std::optional<PopulationInfo> &population() const { return m_info; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Pages held in the cache now (at most kMaxCachedPages).
    int cachedPageCount() const { return static_cast<int>(m_pages.size()); }
    /// Queries made since the population was set, for tests of the paging.
    int fetchCount() const { return m_fetches; }

Q_SIGNALS:
    /// Reading rows failed; @p message is the service's detail. Emitted once per population shown.
    void loadFailed(const QString &message);

private:
    void onChanged(const QString &object);
    /// The cached page @p pageIndex (0-based), fetched when missing; empty when the read failed.
    const QList<QStringList> &page(qint64 pageIndex) const;
    void dropCache();

    Workpaper &m_workpaper;
    std::optional<PopulationInfo> m_info;
    // The cache is filled from const data(): views only read, and a miss is an implementation detail.
    mutable QHash<qint64, QList<QStringList>> m_pages;
    mutable QList<qint64> m_recent; ///< page indexes, least recently used first
    mutable int m_fetches = 0;
    mutable bool m_reportedFailure = false;
};

} // namespace Tickmark::Core
