// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "criterion.h"

#include <QAbstractTableModel>
#include <QList>

namespace Tickmark::Core {

class Workpaper;

/// The engagement's in-scope criteria with the controls mapped to each (CriteriaService::coverage()):
/// criteria without a control first, then the rest, each in catalog order.
///
/// Follows Workpaper::changed for controls and the engagement (whose categories decide the scope) and resets.
/// Uncovered rows carry UncoveredRole plus a light amber background, dark text and a bold "No control" so any
/// view shows them without a delegate. Thread affinity: the workpaper's thread.
class CoverageModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageModel)

public:
    enum Column { CriterionColumn, CategoryColumn, TitleColumn, CountColumn, ControlsColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        CriterionIdRole = Qt::UserRole + 1, ///< QString: "CC6.1" (any column)
        CategoryKeyRole,                    ///< QString: categoryKey(), e.g. "availability" (any column)
        SeriesRole,                         ///< QString: "CC6 Logical and Physical Access Controls" (any column)
        TitleRole,                          ///< QString: the criterion's short title (any column)
        ControlIdsRole,                     ///< QStringList: mapped control ids in control order (any column)
        UncoveredRole,                      ///< bool: no control is mapped (any column)
        SortRole,                           ///< per column: catalog order, counts as numbers…
    };
    Q_ENUM(Role)

    /// @p workpaper outlives the model. Loads the coverage immediately.
    explicit CoverageModel(Workpaper &workpaper, QObject *parent = nullptr);
    ~CoverageModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// The row @p row (0 <= row < rowCount()).
    const CoverageRow &rowAt(int row) const;
    /// The row of criterion @p id, or -1.
    int rowOf(const QString &id) const;
    /// In-scope criteria without any control.
    int uncoveredCount() const;
    /// The categories of the in-scope criteria, in catalog order.
    QList<Category> categories() const;
    /// Re-reads the coverage (one query for the scope, one for the mapping) and resets.
    void reload();

Q_SIGNALS:
    /// Reading the coverage failed; the model keeps the rows it had.
    void loadFailed(const QString &message);

private:
    void onChanged(const QString &object);
    QVariant displayData(const CoverageRow &row, int column) const;
    QVariant sortData(const CoverageRow &row, int column) const;
    QVariant toolTip(const CoverageRow &row) const;

    Workpaper &m_workpaper;
    QList<CoverageRow> m_rows;
};

} // namespace Tickmark::Core
