// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "control.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>

namespace Tickmark::Core {

class Workpaper;

/// The engagement's controls as a table, one row per control in stored order.
///
/// Reads through ControlService::list() and follows Workpaper::changed for "control…" objects, turning the
/// difference into row inserts, removals or dataChanged so views keep their selection. Every column is editable;
/// setData() builds the changed control and hands it to the updater (by default ControlService::update), so a
/// UI can route edits through undo commands. Thread affinity: the workpaper's thread.
class ControlTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlTableModel)

public:
    enum Column {
        IdColumn,
        DescriptionColumn,
        CriteriaColumn,
        FrequencyColumn,
        TypeColumn,
        OwnerColumn,
        KeyColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        ControlIdRole = Qt::UserRole + 1, ///< QString: the control's id (any column)
        FrequencyKeyRole,                 ///< QString: frequencyKey(), e.g. "multiple-daily" (any column)
        TypeKeyRole,                      ///< QString: controlTypeKey() (any column)
        CriteriaListRole,                 ///< QStringList: criterion ids in catalog order (any column)
        KeyControlRole,                   ///< bool: a key control (any column)
        SortRole,                         ///< per column: natural id key, catalog order, frequency order…
        SearchTextRole,                   ///< QString: id, description, owner and criteria, for text filters
    };
    Q_ENUM(Role)

    /// Applies an edit: @p before is the stored control, @p after its replacement. Returns the refusal, if any.
    using Updater = std::function<Result<void>(const Control &before, const Control &after)>;

    /// @p workpaper outlives the model. Loads the controls immediately.
    explicit ControlTableModel(Workpaper &workpaper, QObject *parent = nullptr);
    ~ControlTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Validates @p value for the column and passes the changed control to the updater. On a refusal emits
    /// editFailed() and returns false; the stored control is then unchanged. An unchanged value returns true.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// Routes edits made through setData(); an empty function restores ControlService::update.
    void setUpdater(Updater updater);

    /// The control shown in @p row (0 <= row < rowCount()).
    const Control &controlAt(int row) const;
    /// The row of control @p id, or -1.
    int rowOf(const QString &id) const;
    /// Re-reads every control; views see the smallest change that turns the old rows into the new ones.
    void reload();

Q_SIGNALS:
    /// An edit was refused; @p message is the service's field-named reason.
    void editFailed(const QString &message);
    /// Reading the controls failed; the model keeps the rows it had.
    void loadFailed(const QString &message);

private:
    void onChanged(const QString &object);
    void applyRows(QList<Control> rows);
    Result<Control> edited(const Control &control, int column, const QVariant &value) const;
    QVariant displayData(const Control &control, int column) const;
    QVariant editData(const Control &control, int column) const;
    QVariant sortData(const Control &control, int column) const;
    QVariant toolTip(const Control &control, int column) const;

    Workpaper &m_workpaper;
    Updater m_updater;
    QList<Control> m_rows;
};

} // namespace Tickmark::Core
