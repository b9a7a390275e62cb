// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestlistmodel.h"

#include "workpaper/workpaper.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QLocale>

#include <limits>

namespace Tickmark::Core {

QString requestStatusName(RequestStatus status)
{
    switch (status) {
    case RequestStatus::Open:
        return QCoreApplication::translate("Tickmark::Core", "Open");
    case RequestStatus::Received:
        return QCoreApplication::translate("Tickmark::Core", "Received");
    case RequestStatus::Accepted:
        return QCoreApplication::translate("Tickmark::Core", "Accepted");
    case RequestStatus::Rejected:
        return QCoreApplication::translate("Tickmark::Core", "Rejected");
    }
    return {};
}

QColor RequestListModel::warningText()
{
    return QColor(0x6b, 0x47, 0x00);
}

QColor RequestListModel::warningBackground()
{
    return QColor(0xff, 0xf0, 0xc8);
}

RequestListModel::RequestListModel(Workpaper &workpaper, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workpaper(workpaper)
{
    connect(&workpaper, &Workpaper::changed, this, [this](const QString &object) {
        if (object.startsWith(QLatin1String("request")) || object.startsWith(QLatin1String("evidence")))
            reload();
    });
    m_today = workpaper.clock().now().toLocalTime().date();
    if (auto rows = workpaper.requests().list())
        m_rows = std::move(*rows);
}

RequestListModel::~RequestListModel() = default;

void RequestListModel::reload()
{
    beginResetModel();
    m_today = m_workpaper.clock().now().toLocalTime().date();
    auto rows = m_workpaper.requests().list();
    if (rows)
        m_rows = std::move(*rows);
    else
        m_rows.clear();
    endResetModel();
    if (!rows)
        Q_EMIT loadFailed(rows.error().detail);
}

int RequestListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RequestListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const EvidenceRequest &RequestListModel::requestAt(int row) const
{
    return m_rows.at(row);
}

int RequestListModel::rowOf(const QString &ref) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).ref == ref)
            return i;
    }
    return -1;
}

QVariant RequestListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const EvidenceRequest &r = m_rows.at(index.row());
    const bool overdue = r.overdue(m_today);
    switch (role) {
    case Qt::DisplayRole:
        return displayData(r, index.column());
    case Qt::ToolTipRole:
        if (overdue)
            return tr("Overdue: due %1, still open.").arg(QLocale().toString(r.due, QLocale::ShortFormat));
        return index.column() == DescriptionColumn ? QVariant(r.description) : QVariant();
    case Qt::ForegroundRole:
        return overdue ? QVariant(QBrush(warningText())) : QVariant();
    case Qt::BackgroundRole:
        return overdue ? QVariant(QBrush(warningBackground())) : QVariant();
    case Qt::FontRole:
        if (overdue) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case RefRole:
        return r.ref;
    case StatusKeyRole:
        return requestStatusKey(r.status);
    case OverdueRole:
        return overdue;
    case SortRole:
        if (index.column() == DueColumn)
            return r.due.isValid() ? r.due.toJulianDay() : std::numeric_limits<qint64>::max();
        if (index.column() == StatusColumn)
            return static_cast<int>(r.status);
        return displayData(r, index.column()).toString().toLower();
    default:
        return {};
    }
}

QVariant RequestListModel::displayData(const EvidenceRequest &r, int column) const
{
    switch (column) {
    case RefColumn:
        return r.ref;
    case DescriptionColumn:
        return r.description;
    case ControlsColumn:
        return r.controls.join(QStringLiteral(", "));
    case OwnerColumn:
        return r.owner;
    case DueColumn:
        return r.due.isValid() ? QLocale().toString(r.due, QLocale::ShortFormat) : QString();
    case StatusColumn:
        return r.overdue(m_today) ? tr("%1 (overdue)").arg(requestStatusName(r.status)) : requestStatusName(r.status);
    case PackagesColumn:
        return r.packages.join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant RequestListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RefColumn:
        return tr("Ref");
    case DescriptionColumn:
        return tr("Description");
    case ControlsColumn:
        return tr("Controls");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case PackagesColumn:
        return tr("Packages");
    default:
        return {};
    }
}

} // namespace Tickmark::Core
