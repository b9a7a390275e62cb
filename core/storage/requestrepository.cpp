// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestrepository.h"

#include "database.h"

#include <QSqlQuery>

namespace Tickmark::Core {

namespace {

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

RequestStatus statusOf(const QVariant &value)
{
    return requestStatusFromKey(value.toString()).value_or(RequestStatus::Open);
}

} // namespace

Result<std::optional<qint64>> RequestRepository::idOf(const QString &ref) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM request WHERE ref = ?"));
    q.addBindValue(ref);
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<QStringList> RequestRepository::refs() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ref FROM request")))
        return dbError(q);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<qint64> RequestRepository::insert(const EvidenceRequest &request)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO request (ref, description, owner, due, status) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(request.ref);
    q.addBindValue(notNull(request.description));
    q.addBindValue(notNull(request.owner));
    q.addBindValue(dateValue(request.due));
    q.addBindValue(requestStatusKey(request.status));
    if (!q.exec())
        return dbError(q);
    return q.lastInsertId().toLongLong();
}

Result<void> RequestRepository::update(qint64 id, const EvidenceRequest &request)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE request SET description = ?, owner = ?, due = ? WHERE id = ?"));
    q.addBindValue(notNull(request.description));
    q.addBindValue(notNull(request.owner));
    q.addBindValue(dateValue(request.due));
    q.addBindValue(id);
    if (!q.exec())
        return dbError(q);
    return {};
}

Result<void> RequestRepository::setStatus(qint64 id, RequestStatus status)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE request SET status = ? WHERE id = ?"));
    q.addBindValue(requestStatusKey(status));
    q.addBindValue(id);
    if (!q.exec())
        return dbError(q);
    return {};
}

Result<void> RequestRepository::setControls(qint64 id, const QStringList &controls)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM request_control WHERE request_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return dbError(q);
    for (int i = 0; i < controls.size(); ++i) {
        QSqlQuery insert(m_db.connection());
        insert.prepare(QStringLiteral("INSERT OR IGNORE INTO request_control (request_id, control_id, position)"
                                      " SELECT ?, id, ? FROM control WHERE ref = ?"));
        insert.addBindValue(id);
        insert.addBindValue(i);
        insert.addBindValue(controls.at(i));
        if (!insert.exec())
            return dbError(insert);
        if (insert.numRowsAffected() == 0 && controls.indexOf(controls.at(i)) == i)
            return fail(ErrorCode::NotFound, QStringLiteral("control %1").arg(controls.at(i)));
    }
    return {};
}

Result<void> RequestRepository::addHistory(qint64 id, const RequestStatusChange &change)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO request_status_history (request_id, status, note, changed_by, changed_at)"
                             " VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(requestStatusKey(change.status));
    q.addBindValue(notNull(change.note));
    q.addBindValue(notNull(change.by));
    q.addBindValue(change.at.toUTC().toString(Qt::ISODate));
    if (!q.exec())
        return dbError(q);
    return {};
}

Result<void> RequestRepository::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM request WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return dbError(q);
    return {};
}

Result<QList<EvidenceRequest>> RequestRepository::list(const QString &ref) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const QString where = ref.isNull() ? QString() : QStringLiteral(" WHERE ref = ?");
    q.prepare(QStringLiteral("SELECT id, ref, description, owner, due, status FROM request") + where +
              QStringLiteral(" ORDER BY ref"));
    if (!ref.isNull())
        q.addBindValue(ref);
    if (!q.exec())
        return dbError(q);
    QList<std::pair<qint64, EvidenceRequest>> rows;
    while (q.next()) {
        EvidenceRequest r;
        r.ref = q.value(1).toString();
        r.description = q.value(2).toString();
        r.owner = q.value(3).toString();
        r.due = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        r.status = statusOf(q.value(5));
        rows.append({q.value(0).toLongLong(), r});
    }
    QList<EvidenceRequest> out;
    for (auto &[id, request] : rows) {
        if (auto ok = fillDetails(id, request); !ok)
            return ok.error();
        out.append(request);
    }
    return out;
}

Result<void> RequestRepository::fillDetails(qint64 id, EvidenceRequest &request) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.ref FROM request_control rc JOIN control c ON c.id = rc.control_id"
                             " WHERE rc.request_id = ? ORDER BY rc.position"));
    q.addBindValue(id);
    if (!q.exec())
        return dbError(q);
    while (q.next())
        request.controls << q.value(0).toString();
    q.prepare(QStringLiteral("SELECT status, note, changed_by, changed_at FROM request_status_history"
                             " WHERE request_id = ? ORDER BY id"));
    q.addBindValue(id);
    if (!q.exec())
        return dbError(q);
    while (q.next())
        request.history.append({statusOf(q.value(0)), q.value(1).toString(), q.value(2).toString(),
                                QDateTime::fromString(q.value(3).toString(), Qt::ISODate)});
    q.prepare(QStringLiteral("SELECT name FROM evidence_package WHERE request_ref = ? ORDER BY id"));
    q.addBindValue(request.ref);
    if (!q.exec())
        return dbError(q);
    while (q.next())
        request.packages << q.value(0).toString();
    return {};
}

Result<void> RequestRepository::setPackageRequest(const QString &packageName, const QString &ref)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE evidence_package SET request_ref = ? WHERE name = ?"));
    q.addBindValue(ref);
    q.addBindValue(packageName);
    if (!q.exec())
        return dbError(q);
    if (q.numRowsAffected() == 0)
        return fail(ErrorCode::NotFound, QStringLiteral("package %1").arg(packageName));
    return {};
}

} // namespace Tickmark::Core
