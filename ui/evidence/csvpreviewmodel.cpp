// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvpreviewmodel.h"

#include <algorithm>

namespace Tickmark::Ui {

CsvPreviewModel::CsvPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CsvPreviewModel::setRecords(QList<QStringList> records)
{
    beginResetModel();
    m_header = records.isEmpty() ? QStringList() : records.takeFirst();
    m_rows = std::move(records);
    m_columns = static_cast<int>(m_header.size());
    for (const QStringList &r : std::as_const(m_rows))
        m_columns = std::max(m_columns, static_cast<int>(r.size()));
    endResetModel();
}

int CsvPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CsvPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant CsvPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    return m_rows.at(index.row()).value(index.column());
}

QVariant CsvPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    const QString name = m_header.value(section);
    return name.isEmpty() ? tr("Column %1").arg(section + 1) : name;
}

} // namespace Tickmark::Ui
