// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditrepository.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Tickmark::Core {

namespace {

AuditEvent eventFromRow(const QSqlQuery &q)
{
    AuditEvent e;
    e.seq = q.value(0).toLongLong();
    e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.user = q.value(2).toString();
    e.initials = q.value(3).toString();
    e.role = q.value(4).toString();
    e.object = q.value(5).toString();
    e.action = q.value(6).toString();
    e.summary = q.value(7).toString();
    e.prevHash = q.value(8).toString().toLatin1();
    e.hash = q.value(9).toString().toLatin1();
    return e;
}

const QString kColumns = QStringLiteral("seq, at, user_name, initials, role, object, action, summary, prev_hash, hash");

} // namespace

Result<std::pair<qint64, QByteArray>> AuditRepository::recordedHead() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'audit_head'")))
        return dbError(q);
    if (!q.next())
        return std::pair<qint64, QByteArray>{0, {}};
    const QString value = q.value(0).toString();
    const qsizetype colon = value.indexOf(QLatin1Char(':'));
    return std::pair<qint64, QByteArray>{value.left(colon).toLongLong(), value.mid(colon + 1).toLatin1()};
}

Result<AuditEvent> AuditRepository::append(AuditEvent event)
{
    // The chain continues from the last stored row, not from meta, so a damaged head cannot be laundered.
    QSqlQuery last(m_db.connection());
    if (!last.exec(QStringLiteral("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1")))
        return dbError(last);
    event.seq = last.next() ? last.value(0).toLongLong() + 1 : 1;
    event.prevHash = event.seq > 1 ? last.value(1).toString().toLatin1() : QByteArray();
    event.hash = auditEventHash(event);

    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO audit_event (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(kColumns));
    for (const QVariant &v : {QVariant(event.seq), QVariant(event.at.toUTC().toString(Qt::ISODateWithMs)),
                              QVariant(event.user), QVariant(event.initials), QVariant(event.role),
                              QVariant(event.object), QVariant(event.action), QVariant(event.summary),
                              QVariant(QString::fromLatin1(event.prevHash.isEmpty() ? QByteArray("") : event.prevHash)),
                              QVariant(QString::fromLatin1(event.hash))})
        q.addBindValue(v);
    if (!q.exec())
        return dbError(q);

    QSqlQuery head(m_db.connection());
    head.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('audit_head', ?)"
                                " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    head.addBindValue(QStringLiteral("%1:%2").arg(event.seq).arg(QString::fromLatin1(event.hash)));
    if (!head.exec())
        return dbError(head);
    return event;
}

Result<void> AuditRepository::forEach(const std::function<bool(const AuditEvent &)> &visit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM audit_event ORDER BY seq").arg(kColumns)))
        return dbError(q);
    while (q.next()) {
        if (!visit(eventFromRow(q)))
            break;
    }
    return {};
}

Result<QList<AuditEvent>> AuditRepository::list(const AuditFilter &filter) const
{
    QString sql = QStringLiteral("SELECT %1 FROM audit_event WHERE 1 = 1").arg(kColumns);
    QVariantList binds;
    if (!filter.objectPrefix.isEmpty()) {
        sql += QStringLiteral(" AND substr(object, 1, length(?)) = ?");
        binds << filter.objectPrefix << filter.objectPrefix;
    }
    if (!filter.user.isEmpty()) {
        sql += QStringLiteral(" AND (user_name = ? OR initials = ?)");
        binds << filter.user << filter.user;
    }
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND at >= ?");
        binds << filter.from.toUTC().toString(Qt::ISODateWithMs);
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND at <= ?");
        binds << filter.to.toUTC().toString(Qt::ISODateWithMs);
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql + QStringLiteral(" ORDER BY seq"));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec())
        return dbError(q);
    QList<AuditEvent> events;
    while (q.next())
        events.append(eventFromRow(q));
    return events;
}

} // namespace Tickmark::Core
