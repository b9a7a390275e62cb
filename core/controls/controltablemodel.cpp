// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controltablemodel.h"

#include "controlservice.h"
#include "criteria/criterion.h"
#include "workpaper/workpaper.h"

#include <QRegularExpression>

#include <algorithm>

namespace Tickmark::Core {

namespace {

/// "CTL-7" -> "ctl-00000007", so that ids sort naturally (CTL-7 before CTL-10).
QString naturalKey(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    QString key;
    qsizetype last = 0;
    for (auto it = digits.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        key += text.mid(last, m.capturedStart() - last).toLower();
        key += m.captured().rightJustified(8, QLatin1Char('0'));
        last = m.capturedEnd();
    }
    return key + text.mid(last).toLower();
}

/// Criteria as zero-padded catalog positions ("003.017"), so a string compare sorts them in catalog order.
QString criteriaKey(const QStringList &criteria)
{
    QStringList parts;
    for (const QString &id : criteria) {
        const int i = CriteriaCatalog::indexOf(id);
        parts << QString::number(i < 0 ? 999 : i).rightJustified(3, QLatin1Char('0'));
    }
    return parts.join(QLatin1Char('.'));
}

} // namespace

ControlTableModel::ControlTableModel(Workpaper &workpaper, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workpaper(workpaper)
{
    setUpdater({});
    connect(&workpaper, &Workpaper::changed, this, &ControlTableModel::onChanged);
    if (auto rows = workpaper.controls().list())
        m_rows = std::move(*rows);
}

ControlTableModel::~ControlTableModel() = default;

int ControlTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ControlTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ControlTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Control &c = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(c, column);
    case Qt::EditRole:
        return editData(c, column);
    case Qt::ToolTipRole:
        return toolTip(c, column);
    case Qt::CheckStateRole:
        return column == KeyColumn ? QVariant(c.key ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::TextAlignmentRole:
        return column == KeyColumn ? QVariant(Qt::AlignCenter) : QVariant();
    case ControlIdRole:
        return c.id;
    case FrequencyKeyRole:
        return frequencyKey(c.frequency);
    case TypeKeyRole:
        return controlTypeKey(c.type);
    case CriteriaListRole:
        return c.criteria;
    case KeyControlRole:
        return c.key;
    case SortRole:
        return sortData(c, column);
    case SearchTextRole:
        return QStringList{c.id, c.description, c.owner, c.criteria.join(QLatin1Char(' '))}.join(QLatin1Char('\n'));
    default:
        return {};
    }
}

QVariant ControlTableModel::displayData(const Control &c, int column) const
{
    switch (column) {
    case IdColumn:
        return c.id;
    case DescriptionColumn:
        return c.description.simplified();
    case CriteriaColumn:
        return c.criteria.join(QStringLiteral(", "));
    case FrequencyColumn:
        return frequencyName(c.frequency);
    case TypeColumn:
        return controlTypeName(c.type);
    case OwnerColumn:
        return c.owner;
    default:
        return {}; // the key column shows only its check box
    }
}

QVariant ControlTableModel::editData(const Control &c, int column) const
{
    switch (column) {
    case CriteriaColumn:
        return c.criteria.join(QStringLiteral(", "));
    case FrequencyColumn:
        return frequencyKey(c.frequency);
    case TypeColumn:
        return controlTypeKey(c.type);
    case KeyColumn:
        return c.key;
    case DescriptionColumn:
        return c.description;
    default:
        return displayData(c, column);
    }
}

QVariant ControlTableModel::sortData(const Control &c, int column) const
{
    switch (column) {
    case IdColumn:
        return naturalKey(c.id);
    case DescriptionColumn:
        return c.description.toLower();
    case CriteriaColumn:
        return criteriaKey(c.criteria);
    case FrequencyColumn:
        return static_cast<int>(allFrequencies().indexOf(c.frequency));
    case TypeColumn:
        return controlTypeName(c.type).toLower();
    case OwnerColumn:
        return c.owner.toLower();
    case KeyColumn:
        return c.key ? 1 : 0;
    default:
        return {};
    }
}

QVariant ControlTableModel::toolTip(const Control &c, int column) const
{
    if (column != CriteriaColumn)
        return c.description;
    QStringList lines;
    for (const QString &id : c.criteria) {
        const auto criterion = CriteriaCatalog::find(id);
        lines << (criterion ? tr("%1 — %2").arg(id, criterion->title) : id);
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant ControlTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == KeyColumn)
        return tr("Key control");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Id");
    case DescriptionColumn:
        return tr("Description");
    case CriteriaColumn:
        return tr("Criteria");
    case FrequencyColumn:
        return tr("Frequency");
    case TypeColumn:
        return tr("Type");
    case OwnerColumn:
        return tr("Owner");
    case KeyColumn:
        return tr("Key");
    default:
        return {};
    }
}

Qt::ItemFlags ControlTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    return index.column() == KeyColumn ? base | Qt::ItemIsUserCheckable : base | Qt::ItemIsEditable;
}

bool ControlTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return false;
    const bool keyEdit = index.column() == KeyColumn && (role == Qt::CheckStateRole || role == Qt::EditRole);
    if (role != Qt::EditRole && !keyEdit)
        return false;
    // A copy: the updater reloads the rows, which invalidates references into m_rows.
    const Control before = m_rows.at(index.row());
    QVariant input = value;
    if (role == Qt::CheckStateRole)
        input = value.toInt() == Qt::Checked;
    const auto after = edited(before, index.column(), input);
    if (!after) {
        Q_EMIT editFailed(after.error().detail);
        return false;
    }
    if (*after == before)
        return true;
    if (auto ok = m_updater(before, *after); !ok) {
        Q_EMIT editFailed(ok.error().detail);
        return false;
    }
    return true;
}

Result<Control> ControlTableModel::edited(const Control &control, int column, const QVariant &value) const
{
    Control c = control;
    const QString text =
        value.typeId() == QMetaType::QStringList ? value.toStringList().join(QLatin1Char(',')) : value.toString();
    switch (column) {
    case IdColumn:
        c.id = text.trimmed();
        if (c.id.isEmpty())
            return fail(ErrorCode::InvalidArgument, tr("control id: required"));
        break;
    case DescriptionColumn:
        c.description = text.trimmed();
        if (c.description.isEmpty())
            return fail(ErrorCode::InvalidArgument, tr("description: control %1 needs a description").arg(c.id));
        break;
    case CriteriaColumn: {
        const QStringList ids = splitCriteriaList(text);
        if (ids.isEmpty())
            return fail(ErrorCode::InvalidArgument,
                        tr("criteria: control %1 must be mapped to at least one criterion").arg(c.id));
        for (const QString &id : ids) {
            if (CriteriaCatalog::indexOf(id) < 0)
                return fail(ErrorCode::InvalidArgument,
                            tr("criteria: %1 is not a trust services criterion (control %2)").arg(id, c.id));
        }
        c.criteria = CriteriaCatalog::sorted(ids);
        break;
    }
    case FrequencyColumn: {
        const auto f = frequencyFromText(text);
        if (!f)
            return fail(ErrorCode::InvalidArgument, tr("frequency: \"%1\" is not a known frequency").arg(text));
        c.frequency = *f;
        break;
    }
    case TypeColumn: {
        const auto t = controlTypeFromText(text);
        if (!t)
            return fail(ErrorCode::InvalidArgument, tr("type: \"%1\" is neither manual nor automated").arg(text));
        c.type = *t;
        break;
    }
    case OwnerColumn:
        c.owner = text.trimmed();
        break;
    case KeyColumn:
        c.key = value.toBool();
        break;
    default:
        return fail(ErrorCode::InvalidArgument, tr("column %1 cannot be edited").arg(column));
    }
    return c;
}

void ControlTableModel::setUpdater(Updater updater)
{
    if (updater) {
        m_updater = std::move(updater);
        return;
    }
    m_updater = [this](const Control &before, const Control &after) {
        return m_workpaper.controls().update(before.id, after);
    };
}

const Control &ControlTableModel::controlAt(int row) const
{
    return m_rows.at(row);
}

int ControlTableModel::rowOf(const QString &id) const
{
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(), [&](const Control &c) { return c.id == id; });
    return it == m_rows.cend() ? -1 : static_cast<int>(it - m_rows.cbegin());
}

void ControlTableModel::onChanged(const QString &object)
{
    // "control:CTL-01" for one control, "controls" for an import.
    if (object.startsWith(QLatin1String("control")))
        reload();
}

void ControlTableModel::reload()
{
    auto rows = m_workpaper.controls().list();
    if (!rows) {
        Q_EMIT loadFailed(rows.error().detail);
        return;
    }
    applyRows(std::move(*rows));
}

void ControlTableModel::applyRows(QList<Control> rows)
{
    const int oldCount = static_cast<int>(m_rows.size());
    const int newCount = static_cast<int>(rows.size());
    const int common = std::min(oldCount, newCount);
    int prefix = 0;
    while (prefix < common && m_rows.at(prefix).id == rows.at(prefix).id)
        ++prefix;
    int suffix = 0;
    while (suffix < common - prefix && m_rows.at(oldCount - 1 - suffix).id == rows.at(newCount - 1 - suffix).id)
        ++suffix;
    const int oldMiddle = oldCount - prefix - suffix;
    const int newMiddle = newCount - prefix - suffix;

    if (oldMiddle != newMiddle && oldMiddle != 0 && newMiddle != 0) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    const QList<Control> old = m_rows; // shared, not copied: the rows stay visible until begin…Rows()
    if (oldMiddle > newMiddle) {
        beginRemoveRows({}, prefix, prefix + oldMiddle - 1);
        m_rows = std::move(rows);
        endRemoveRows();
    } else if (newMiddle > oldMiddle) {
        beginInsertRows({}, prefix, prefix + newMiddle - 1);
        m_rows = std::move(rows);
        endInsertRows();
    } else {
        m_rows = std::move(rows);
    }
    // Rows kept across the change may still differ in content (an edit, or a rename in place).
    int first = -1;
    int last = -1;
    for (int row = 0; row < newCount; ++row) {
        const bool middle = row >= prefix && row < prefix + newMiddle;
        if (middle && oldMiddle == 0)
            continue; // inserted: announced by beginInsertRows
        const int oldRow = row < prefix || middle ? row : row - newMiddle + oldMiddle;
        if (m_rows.at(row) == old.at(oldRow))
            continue;
        first = first < 0 ? row : first;
        last = row;
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

} // namespace Tickmark::Core
