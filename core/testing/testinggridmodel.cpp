// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testinggridmodel.h"

#include "population/populationservice.h"
#include "sampling/samplingservice.h"
#include "workpaper/workpaper.h"


#include <algorithm>

namespace Tickmark::Core {

namespace {

QString defaultGlyph(AttributeResult result)
{
    switch (result) {
    case AttributeResult::Pass:
        return QStringLiteral("✓");
    case AttributeResult::Deviation:
        return QStringLiteral("✗");
    case AttributeResult::NotApplicable:
        return QStringLiteral("N/A");
    }
    return {};
}

} // namespace

TestingGridModel::TestingGridModel(Workpaper &workpaper, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workpaper(workpaper)
{
    connect(&workpaper, &Workpaper::changed, this, &TestingGridModel::onChanged);
}

TestingGridModel::~TestingGridModel() = default;

void TestingGridModel::setControl(const QString &controlId, const QString &population)
{
    m_controlId = controlId;
    m_requestedPopulation = population;
    reload();
}

void TestingGridModel::reload()
{
    beginResetModel();
    auto loaded = loadStructure();
    if (loaded)
        loaded = loadResults();
    endResetModel();
    if (!loaded)
        Q_EMIT loadFailed(loaded.error().detail);
}

Result<void> TestingGridModel::loadStructure()
{
    m_population.clear();
    m_populations.clear();
    m_hasSample = false;
    m_populationSize = 0;
    m_valueColumns.clear();
    m_valueHeaders.clear();
    m_attributes.clear();
    m_rows.clear();
    m_values.clear();
    m_results.clear();
    if (m_controlId.isEmpty())
        return {};

    auto attributes = m_workpaper.testing().attributes(m_controlId);
    if (!attributes)
        return attributes.error();
    m_attributes = *attributes;

    const auto all = m_workpaper.populations().list();
    if (!all)
        return all.error();
    std::optional<PopulationInfo> chosen;
    for (const PopulationInfo &info : *all) {
        if (info.controlId != m_controlId)
            continue;
        m_populations << info.name;
        if (!chosen || info.name == m_requestedPopulation)
            chosen = info;
    }
    if (!chosen)
        return {};
    m_population = chosen->name;
    m_populationSize = chosen->rowCount;
    for (int i = 0; i < chosen->columns.size() && i < kValueColumns; ++i) {
        m_valueColumns << i;
        m_valueHeaders << chosen->columns.at(i);
    }

    const auto sample = m_workpaper.sampling().sample(m_population);
    if (!sample)
        return sample.error();
    if (!sample->has_value())
        return {};
    m_hasSample = true;
    m_rows = (*sample)->rows;
    const auto rows = m_workpaper.populations().rowsByNumber(chosen->id, m_rows);
    if (!rows)
        return rows.error();
    for (const QStringList &fields : *rows) {
        QStringList shown;
        for (int column : std::as_const(m_valueColumns))
            shown << fields.value(column);
        m_values << shown;
    }
    return {};
}

Result<void> TestingGridModel::loadResults()
{
    m_results.clear();
    m_references.clear();
    if (m_controlId.isEmpty() || !m_hasSample)
        return {};
    const auto results = m_workpaper.testing().results(m_controlId);
    if (!results)
        return results.error();
    for (const RecordedResult &r : *results) {
        if (r.population == m_population)
            m_results.insert(key(r.row, r.attribute), r);
    }
    const auto references = m_workpaper.testing().evidenceReferences(m_controlId);
    if (!references)
        return references.error();
    for (const CellEvidenceReference &r : *references) {
        if (r.population == m_population)
            m_references[key(r.row, r.attribute)] << r;
    }
    return {};
}

QString TestingGridModel::key(qint64 row, const QString &letter)
{
    return QString::number(row) + QLatin1Char(':') + letter;
}

void TestingGridModel::onChanged(const QString &object)
{
    if (m_controlId.isEmpty())
        return;
    const bool ours = object == QStringLiteral("control:%1").arg(m_controlId);
    const bool population = object.startsWith(QStringLiteral("population:")) ||
                            object.startsWith(QStringLiteral("sample:")) || object == QStringLiteral("controls");
    if (!ours && !population)
        return;
    const QList<TestAttribute> attributesBefore = m_attributes;
    if (population || [&] {
            const auto now = m_workpaper.testing().attributes(m_controlId);
            return !now || now->size() != attributesBefore.size();
        }()) {
        reload();
        return;
    }
    // Only results (or attribute texts) changed: keep the view's current cell and selection.
    if (auto loaded = loadResults(); !loaded) {
        Q_EMIT loadFailed(loaded.error().detail);
        return;
    }
    if (const auto now = m_workpaper.testing().attributes(m_controlId))
        m_attributes = *now;
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int TestingGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TestingGridModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_controlId.isEmpty())
        return 0;
    return firstAttributeColumn() + static_cast<int>(m_attributes.size());
}

bool TestingGridModel::isAttributeColumn(int column) const
{
    return column >= firstAttributeColumn() && column < columnCount();
}

QString TestingGridModel::letterAt(int column) const
{
    return isAttributeColumn(column) ? m_attributes.at(column - firstAttributeColumn()).letter : QString();
}

qint64 TestingGridModel::rowNumberAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : 0;
}

GridCell TestingGridModel::cellAt(int row, int column) const
{
    if (!isAttributeColumn(column) || row < 0 || row >= m_rows.size())
        return {};
    const QString k = key(m_rows.at(row), letterAt(column));
    const auto it = m_results.constFind(k);
    if (it == m_results.cend())
        return {};
    QList<EvidenceReference> references;
    for (const CellEvidenceReference &r : m_references.value(k))
        references << r.reference;
    return {it->result, it->note, references};
}

QList<CellEvidenceReference> TestingGridModel::referencesAt(int row, int column) const
{
    if (!isAttributeColumn(column) || row < 0 || row >= m_rows.size())
        return {};
    return m_references.value(key(m_rows.at(row), letterAt(column)));
}

QVariant TestingGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    const int column = index.column();
    if (role == RowNumberRole)
        return m_rows.at(row);
    if (role == AttributeCellRole)
        return isAttributeColumn(column);
    if (!isAttributeColumn(column)) {
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        if (column == ItemColumn)
            return row + 1;
        if (column == RowColumn)
            return m_rows.at(row);
        return m_values.at(row).value(column - FirstValueColumn);
    }
    const GridCell cell = cellAt(row, column);
    switch (role) {
    case Qt::DisplayRole:
        return cell.result ? defaultGlyph(*cell.result) : QString();
    case Qt::EditRole:
    case NoteRole:
        return cell.note;
    case ResultRole:
        return cell.result ? attributeResultKey(*cell.result) : QString();
    case LetterRole:
        return letterAt(column);
    case Qt::ToolTipRole:
        return toolTip(row, column, cell);
    case EvidenceCountRole:
        return static_cast<int>(cell.references.size());
    case EvidenceRole: {
        QStringList texts;
        for (const CellEvidenceReference &r : referencesAt(row, column))
            texts << evidenceReferenceText(r);
        return texts;
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case RecordedRole: {
        const auto it = m_results.constFind(key(m_rows.at(row), letterAt(column)));
        if (it == m_results.cend())
            return QString();
        return tr("%1, %2").arg(it->recordedBy, it->recordedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    }
    default:
        return {};
    }
}

QVariant TestingGridModel::toolTip(int row, int column, const GridCell &cell) const
{
    const QList<CellEvidenceReference> references = referencesAt(row, column);
    if (references.isEmpty())
        return cell.note.isEmpty() ? QVariant() : QVariant(cell.note);
    QString html;
    if (!cell.note.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(cell.note.toHtmlEscaped());
    if (!references.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul style=\"margin-left: 12px; -qt-list-indent: 0;\">")
                    .arg(tr("Evidence (%n):", "", static_cast<int>(references.size())).toHtmlEscaped());
        for (const CellEvidenceReference &r : references) {
            QString line = evidenceReferenceText(r).toHtmlEscaped();
            if (!r.reference.label.isEmpty())
                line += QStringLiteral(" — <i>%1</i>").arg(r.reference.label.toHtmlEscaped());
            html += QStringLiteral("<li>%1</li>").arg(line);
        }
        html += QStringLiteral("</ul>");
    }
    return html;
}

QVariant TestingGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && isAttributeColumn(section))
        return m_attributes.at(section - firstAttributeColumn()).text;
    if (role != Qt::DisplayRole)
        return {};
    if (section == ItemColumn)
        return tr("#");
    if (section == RowColumn)
        return tr("Row");
    if (!isAttributeColumn(section))
        return m_valueHeaders.value(section - FirstValueColumn);
    return letterAt(section);
}

Qt::ItemFlags TestingGridModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isAttributeColumn(index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

void TestingGridModel::setRecorder(Recorder recorder)
{
    m_recorder = std::move(recorder);
}

std::optional<GridCellChange> TestingGridModel::change(int row, int column, const GridCell &after) const
{
    if (!isAttributeColumn(column) || row < 0 || row >= m_rows.size())
        return std::nullopt;
    return GridCellChange{m_controlId, m_population, m_rows.at(row), letterAt(column), cellAt(row, column), after};
}

Result<void> TestingGridModel::setCell(int row, int column, const GridCell &after)
{
    const auto c = change(row, column, after);
    if (!c)
        return fail(ErrorCode::InvalidArgument, tr("column %1 is not a test attribute").arg(column));
    if (c->before == c->after)
        return {};
    if (!after.result)
        return fail(ErrorCode::InvalidArgument,
                    tr("sample item %1, attribute %2 needs a result before it can have a note")
                        .arg(QString::number(c->row), c->letter));
    if (m_recorder)
        return m_recorder(*c);
    return m_workpaper.testing().record(c->controlId, c->row, c->letter, *after.result, after.note, c->population);
}

bool TestingGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !isAttributeColumn(index.column()))
        return false;
    GridCell cell = cellAt(index.row(), index.column());
    if (role == ResultRole) {
        const auto result = attributeResultFromKey(value.toString());
        if (!result) {
            Q_EMIT editFailed(tr("“%1” is not a result (pass, deviation or na)").arg(value.toString()));
            return false;
        }
        cell.result = result;
    } else if (role == NoteRole || role == Qt::EditRole) {
        cell.note = value.toString().trimmed();
    } else {
        return false;
    }
    if (auto ok = setCell(index.row(), index.column(), cell); !ok) {
        Q_EMIT editFailed(ok.error().detail);
        return false;
    }
    return true;
}

int TestingGridModel::itemsDone() const
{
    if (m_attributes.isEmpty())
        return 0;
    return static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(), [this](qint64 row) {
        return std::all_of(m_attributes.cbegin(), m_attributes.cend(),
                           [&](const TestAttribute &a) { return m_results.contains(key(row, a.letter)); });
    }));
}

int TestingGridModel::deviationItems() const
{
    return static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(), [this](qint64 row) {
        return std::any_of(m_attributes.cbegin(), m_attributes.cend(), [&](const TestAttribute &a) {
            const auto it = m_results.constFind(key(row, a.letter));
            return it != m_results.cend() && it->result == AttributeResult::Deviation;
        });
    }));
}

} // namespace Tickmark::Core
