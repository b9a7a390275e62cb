// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "requestservice.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace Tickmark::Core {

class Workpaper;

/// The translated name of @p status ("Open", "Received", "Accepted", "Rejected").
QString requestStatusName(RequestStatus status);

/// The PBC request list as a table, one row per request by ref. Overdue requests (open past their due date as of
/// today, from the workpaper's clock) are bold in the amber warning colour. Reads through RequestService::list()
/// and reloads when Workpaper::changed names a "request…" or "evidence…" object. Read-only.
/// Thread affinity: the workpaper's thread.
class RequestListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestListModel)

public:
    enum Column {
        RefColumn,
        DescriptionColumn,
        ControlsColumn,
        OwnerColumn,
        DueColumn,
        StatusColumn,
        PackagesColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        RefRole = Qt::UserRole + 1, ///< QString: the request's ref (any column)
        StatusKeyRole,              ///< QString: requestStatusKey() (any column)
        OverdueRole,                ///< bool: open past its due date (any column)
        SortRole,                   ///< per column: ref, due date, status order…
    };
    Q_ENUM(Role)

    /// Text and background of overdue rows (the warning banner's amber).
    static QColor warningText();
    static QColor warningBackground();

    /// @p workpaper outlives the model. Loads the requests immediately.
    explicit RequestListModel(Workpaper &workpaper, QObject *parent = nullptr);
    ~RequestListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The request in @p row (0 <= row < rowCount()).
    const EvidenceRequest &requestAt(int row) const;
    /// The row of request @p ref, or -1.
    int rowOf(const QString &ref) const;
    /// The date overdue is judged against (the workpaper clock's local date at the last reload).
    QDate today() const { return m_today; }
    /// Re-reads every request (a model reset).
    void reload();

Q_SIGNALS:
    /// Reading the requests failed; the model is then empty.
    void loadFailed(const QString &message);

private:
    QVariant displayData(const EvidenceRequest &request, int column) const;

    Workpaper &m_workpaper;
    QList<EvidenceRequest> m_rows;
    QDate m_today;
};

} // namespace Tickmark::Core
