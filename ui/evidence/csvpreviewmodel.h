// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace Tickmark::Ui {

/// A parsed CSV file for the evidence preview: the first record names the columns, the others are rows.
class CsvPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvPreviewModel)

public:
    explicit CsvPreviewModel(QObject *parent = nullptr);

    /// Replaces the table: @p records[0] is the header (empty records: an empty table).
    void setRecords(QList<QStringList> records);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
    int m_columns = 0;
};

} // namespace Tickmark::Ui
