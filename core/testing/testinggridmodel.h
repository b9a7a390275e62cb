// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "testingservice.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace Tickmark::Core {

class Workpaper;

/// One cell of the testing grid as stored: a result (none yet when unset) and its note.
struct GridCell
{
    std::optional<AttributeResult> result;
    QString note;
    QList<EvidenceReference> references; ///< the evidence the result rests on (needs a result)

    bool operator==(const GridCell &) const = default;
};

/// A change to one cell of the grid: sample item @c row of population @c population, attribute @c letter.
struct GridCellChange
{
    QString controlId;
    QString population;
    qint64 row = 0; ///< 1-based population row
    QString letter;
    GridCell before;
    GridCell after;
};

/// The testing grid of one control: rows are the items of the sample of one of the control's populations, in draw
/// order, with a few of their population values; columns are the item number, the population row, up to
/// kValueColumns population values, then one column per test attribute (A, B, C…). An attribute cell holds the
/// recorded result, its note and its evidence references.
///
/// Edits through setData() (a result key on ResultRole or Qt::EditRole, a note on NoteRole) are handed to the
/// recorder, by default TestingService::record, so a UI can route them through undo commands. The model follows
/// Workpaper::changed for the control and its populations and re-reads what is shown. Thread affinity: the
/// workpaper's thread.
class TestingGridModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestingGridModel)

public:
    static constexpr int kValueColumns = 3; ///< population values shown before the attributes, at most

    enum Column { ItemColumn, RowColumn, FirstValueColumn };

    enum Role {
        ResultRole = Qt::UserRole + 1, ///< QString: attributeResultKey() or "" when none (attribute cells)
        NoteRole,                      ///< QString: the cell's note (attribute cells)
        RowNumberRole,                 ///< qint64: the 1-based population row (any column)
        LetterRole,                    ///< QString: the attribute letter (attribute cells)
        AttributeCellRole,             ///< bool: whether the cell is an attribute cell (any column)
        RecordedRole,                  ///< QString: "Name (INITIALS), 2026-03-01 09:00" of the stored result
        EvidenceCountRole,             ///< int: how many evidence references the cell has (attribute cells)
        EvidenceRole,                  ///< QStringList: the references as "package/path, p. 3" (attribute cells)
    };
    Q_ENUM(Role)

    /// Applies a cell change; returns the refusal, if any.
    using Recorder = std::function<Result<void>(const GridCellChange &change)>;

    /// @p workpaper outlives the model. The model starts empty (no control).
    explicit TestingGridModel(Workpaper &workpaper, QObject *parent = nullptr);
    ~TestingGridModel() override;

    /// Shows control @p controlId's grid on population @p population (empty: the control's first population).
    void setControl(const QString &controlId, const QString &population = {});
    QString controlId() const { return m_controlId; }
    QString population() const { return m_population; }
    /// The names of the control's populations, in stored order.
    QStringList populations() const { return m_populations; }
    /// Whether the chosen population has a drawn sample.
    bool hasSample() const { return m_hasSample; }
    /// The chosen population's row count (0 also when the control has no population).
    qint64 populationSize() const { return m_populationSize; }
    /// Re-reads design, sample, values and results.
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// ResultRole / Qt::EditRole: a result key ("pass", "deviation", "na"); NoteRole: the note (a note needs a
    /// result, which it keeps). On a refusal emits editFailed() and returns false. An unchanged cell returns true.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// Routes edits made through setData() and setCell(); an empty function restores TestingService::record.
    void setRecorder(Recorder recorder);

    int firstAttributeColumn() const { return FirstValueColumn + static_cast<int>(m_valueColumns.size()); }
    bool isAttributeColumn(int column) const;
    /// The attribute letter of @p column, or empty for a non-attribute column.
    QString letterAt(int column) const;
    const QList<TestAttribute> &attributes() const { return m_attributes; }
    /// The 1-based population row of grid row @p row.
    qint64 rowNumberAt(int row) const;
    /// The stored cell at (@p row, @p column); empty for a non-attribute cell.
    GridCell cellAt(int row, int column) const;
    /// The evidence references of (@p row, @p column), with the items they name.
    QList<CellEvidenceReference> referencesAt(int row, int column) const;
    /// Describes changing (@p row, @p column) to @p after, for the recorder; nullopt for a non-attribute cell.
    std::optional<GridCellChange> change(int row, int column, const GridCell &after) const;
    /// Hands the change of (@p row, @p column) to @p after to the recorder (nothing when unchanged).
    Result<void> setCell(int row, int column, const GridCell &after);

    /// Sample items with a result for every attribute.
    int itemsDone() const;
    /// Items with at least one deviation.
    int deviationItems() const;

Q_SIGNALS:
    /// An edit was refused; @p message is the service's reason.
    void editFailed(const QString &message);
    /// Reading failed; @p message is the service's reason.
    void loadFailed(const QString &message);

private:
    void onChanged(const QString &object);
    Result<void> loadStructure();
    Result<void> loadResults();
    static QString key(qint64 row, const QString &letter);
    QVariant toolTip(int row, int column, const GridCell &cell) const;

    Workpaper &m_workpaper;
    Recorder m_recorder;
    QString m_controlId;
    QString m_requestedPopulation;
    QString m_population;
    QStringList m_populations;
    bool m_hasSample = false;
    qint64 m_populationSize = 0;
    QList<int> m_valueColumns;        ///< indexes into the population's columns
    QStringList m_valueHeaders;
    QList<TestAttribute> m_attributes;
    QList<qint64> m_rows;             ///< population rows in draw order
    QList<QStringList> m_values;      ///< the shown values of each row
    QHash<QString, RecordedResult> m_results; ///< by key(row, letter)
    QHash<QString, QList<CellEvidenceReference>> m_references; ///< by key(row, letter)
};

} // namespace Tickmark::Core
