// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "populationlistmodel.h"

#include "populationservice.h"
#include "workpaper/workpaper.h"

#include <QLocale>

namespace Tickmark::Core {

PopulationListModel::PopulationListModel(Workpaper &workpaper, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workpaper(workpaper)
{
    connect(&workpaper, &Workpaper::changed, this, &PopulationListModel::onChanged);
    if (auto rows = workpaper.populations().list())
        m_rows = std::move(*rows);
}

PopulationListModel::~PopulationListModel() = default;

int PopulationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PopulationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PopulationListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const PopulationInfo &p = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(p, column);
    case Qt::ToolTipRole:
        if (column == Sha256Column)
            return tr("SHA-256 of %1: %2").arg(p.sourceName, QString::fromLatin1(p.sha256));
        if (column == SourceColumn) {
            QString text = p.sheet.isEmpty() ? tr("%1 (%2)").arg(p.sourceName, p.encoding)
                                             : tr("%1, sheet %2").arg(p.sourceName, p.sheet);
            return tr("%1\nColumns: %2").arg(text, p.columns.join(QStringLiteral(", ")));
        }
        if (column == ControlColumn && p.controlId.isEmpty())
            return tr("The control this population belonged to no longer exists.");
        return {};
    case Qt::TextAlignmentRole:
        if (column == RowsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case PopulationIdRole:
        return p.id;
    case PopulationNameRole:
        return p.name;
    case RowCountRole:
        return p.rowCount;
    case Sha256Role:
        return QString::fromLatin1(p.sha256);
    case SortRole:
        switch (column) {
        case RowsColumn:
            return p.rowCount;
        case ImportedAtColumn:
            return p.importedAt;
        case Sha256Column:
            return QString::fromLatin1(p.sha256);
        default:
            return displayData(p, column).toString().toLower();
        }
    default:
        return {};
    }
}

QVariant PopulationListModel::displayData(const PopulationInfo &info, int column) const
{
    switch (column) {
    case NameColumn:
        return info.name;
    case ControlColumn:
        return info.controlId.isEmpty() ? tr("(none)") : info.controlId;
    case RowsColumn:
        return QLocale().toString(info.rowCount);
    case SourceColumn:
        return info.sheet.isEmpty() ? info.sourceName : tr("%1 ▸ %2").arg(info.sourceName, info.sheet);
    case Sha256Column:
        return QString::fromLatin1(info.sha256.left(kShortHashLength)) + QStringLiteral("…");
    case ImportedAtColumn:
        return QLocale().toString(info.importedAt.toLocalTime(), QLocale::ShortFormat);
    case ImportedByColumn:
        return info.importedBy;
    default:
        return {};
    }
}

QVariant PopulationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Population");
    case ControlColumn:
        return tr("Control");
    case RowsColumn:
        return tr("Rows");
    case SourceColumn:
        return tr("Source file");
    case Sha256Column:
        return tr("SHA-256");
    case ImportedAtColumn:
        return tr("Imported");
    case ImportedByColumn:
        return tr("Imported by");
    default:
        return {};
    }
}

const PopulationInfo &PopulationListModel::populationAt(int row) const
{
    return m_rows.at(row);
}

int PopulationListModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).name == name)
            return i;
    }
    return -1;
}

void PopulationListModel::reload()
{
    auto rows = m_workpaper.populations().list();
    if (!rows) {
        Q_EMIT loadFailed(rows.error().detail);
        return;
    }
    beginResetModel();
    m_rows = std::move(*rows);
    endResetModel();
}

void PopulationListModel::onChanged(const QString &object)
{
    if (object.startsWith(QLatin1String("population:")) || object.startsWith(QLatin1String("control")))
        reload();
}

} // namespace Tickmark::Core
