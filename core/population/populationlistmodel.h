// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "population.h"

#include <QAbstractTableModel>
#include <QList>

namespace Tickmark::Core {

class Workpaper;

/// The engagement's populations as a table, one row per population in PopulationService::list() order.
/// Reloads on Workpaper::changed for "population:…" and "control…" objects (a control renamed away empties
/// the population's control). Read-only. Thread affinity: the workpaper's thread.
class PopulationListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PopulationListModel)

public:
    enum Column {
        NameColumn,
        ControlColumn,
        RowsColumn,
        SourceColumn,
        Sha256Column,
        ImportedAtColumn,
        ImportedByColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        PopulationIdRole = Qt::UserRole + 1, ///< qint64: storage id (any column)
        PopulationNameRole,                  ///< QString: the population's name (any column)
        RowCountRole,                        ///< qint64: data rows stored (any column)
        Sha256Role,                          ///< QString: full lower-case hex SHA-256 of the file (any column)
        SortRole,                            ///< per column: name, control, row count, source, hash, time, user
    };
    Q_ENUM(Role)

    /// Characters of the SHA-256 shown in the hash column (the tooltip and Sha256Role give all 64).
    static constexpr int kShortHashLength = 12;

    /// @p workpaper outlives the model. Loads the populations immediately.
    explicit PopulationListModel(Workpaper &workpaper, QObject *parent = nullptr);
    ~PopulationListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The population in @p row (0 <= row < rowCount()).
    const PopulationInfo &populationAt(int row) const;
    /// The row of population @p name, or -1.
    int rowOf(const QString &name) const;
    /// Re-reads the list (a model reset). Call it after a change made through another connection.
    void reload();

Q_SIGNALS:
    /// Reading the list failed; the model keeps the rows it had.
    void loadFailed(const QString &message);

private:
    void onChanged(const QString &object);
    QVariant displayData(const PopulationInfo &info, int column) const;

    Workpaper &m_workpaper;
    QList<PopulationInfo> m_rows;
};

} // namespace Tickmark::Core
