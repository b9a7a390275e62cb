// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controlrepository.h"

#include "criteria/criterion.h"
#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Tickmark::Core {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT c.ref, c.description, c.frequency, c.type, c.owner, c.key_control,"
    " (SELECT group_concat(criterion_id) FROM control_criterion cc WHERE cc.control_id = c.id)"
    " FROM control c");

Control controlFromRow(const QSqlQuery &q)
{
    Control c;
    c.id = q.value(0).toString();
    c.description = q.value(1).toString();
    c.frequency = frequencyFromText(q.value(2).toString()).value_or(Frequency::AdHoc);
    c.type = controlTypeFromText(q.value(3).toString()).value_or(ControlType::Manual);
    c.owner = q.value(4).toString();
    c.key = q.value(5).toBool();
    c.criteria = CriteriaCatalog::sorted(q.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts));
    return c;
}

void bindFields(QSqlQuery &q, const Control &c)
{
    q.addBindValue(notNull(c.id));
    q.addBindValue(notNull(c.description));
    q.addBindValue(frequencyKey(c.frequency));
    q.addBindValue(controlTypeKey(c.type));
    q.addBindValue(notNull(c.owner));
    q.addBindValue(c.key ? 1 : 0);
}

} // namespace

Result<QList<Control>> ControlRepository::list() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(kSelect + QStringLiteral(" ORDER BY c.position")))
        return dbError(q);
    QList<Control> out;
    while (q.next())
        out.append(controlFromRow(q));
    return out;
}

Result<std::optional<Control>> ControlRepository::find(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE c.ref = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return std::optional<Control>();
    return std::optional<Control>(controlFromRow(q));
}

Result<int> ControlRepository::count() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM control")) || !q.next())
        return dbError(q);
    return q.value(0).toInt();
}

Result<qint64> ControlRepository::rowId(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM control WHERE ref = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return fail(ErrorCode::NotFound, QStringLiteral("control %1 does not exist").arg(id));
    return q.value(0).toLongLong();
}

Result<int> ControlRepository::position(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT position FROM control WHERE ref = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return fail(ErrorCode::NotFound, QStringLiteral("control %1 does not exist").arg(id));
    return q.value(0).toInt();
}

Result<void> ControlRepository::writeCriteria(qint64 rowId, const QStringList &criteria)
{
    QSqlQuery del(m_db.connection());
    del.prepare(QStringLiteral("DELETE FROM control_criterion WHERE control_id = ?"));
    del.addBindValue(rowId);
    if (!del.exec())
        return dbError(del);
    QSqlQuery ins(m_db.connection());
    ins.prepare(QStringLiteral("INSERT OR IGNORE INTO control_criterion (control_id, criterion_id) VALUES (?, ?)"));
    for (const QString &c : criteria) {
        ins.addBindValue(rowId);
        ins.addBindValue(c);
        if (!ins.exec())
            return dbError(ins);
    }
    return {};
}

Result<void> ControlRepository::insert(const Control &control, std::optional<int> position)
{
    QSqlQuery q(m_db.connection());
    if (position) {
        // Make room so that an undone delete returns the control to its old place.
        q.prepare(QStringLiteral("UPDATE control SET position = position + 1 WHERE position >= ?"));
        q.addBindValue(*position);
        if (!q.exec())
            return dbError(q);
    }
    q.prepare(QStringLiteral("INSERT INTO control (ref, description, frequency, type, owner, key_control, position)"
                             " VALUES (?, ?, ?, ?, ?, ?, %1)")
                  .arg(position ? QString::number(*position)
                                : QStringLiteral("(SELECT COALESCE(MAX(position), 0) + 1 FROM control)")));
    bindFields(q, control);
    if (!q.exec()) {
        if (q.lastError().nativeErrorCode() == QLatin1String("2067"))
            return fail(ErrorCode::AlreadyExists, QStringLiteral("control %1 already exists").arg(control.id));
        return dbError(q);
    }
    return writeCriteria(q.lastInsertId().toLongLong(), control.criteria);
}

Result<void> ControlRepository::update(const QString &id, const Control &control)
{
    const auto row = rowId(id);
    if (!row)
        return row.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE control SET ref = ?, description = ?, frequency = ?, type = ?, owner = ?,"
                             " key_control = ? WHERE id = ?"));
    bindFields(q, control);
    q.addBindValue(*row);
    if (!q.exec()) {
        if (q.lastError().nativeErrorCode() == QLatin1String("2067"))
            return fail(ErrorCode::AlreadyExists, QStringLiteral("control %1 already exists").arg(control.id));
        return dbError(q);
    }
    return writeCriteria(*row, control.criteria);
}

Result<void> ControlRepository::remove(const QString &id)
{
    const auto row = rowId(id);
    if (!row)
        return row.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM control WHERE id = ?"));
    q.addBindValue(*row);
    if (!q.exec())
        return dbError(q);
    return {};
}

Result<QHash<QString, QStringList>> ControlRepository::controlsByCriterion() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT cc.criterion_id, c.ref FROM control_criterion cc"
                               " JOIN control c ON c.id = cc.control_id ORDER BY c.position")))
        return dbError(q);
    QHash<QString, QStringList> out;
    while (q.next())
        out[q.value(0).toString()].append(q.value(1).toString());
    return out;
}

} // namespace Tickmark::Core
