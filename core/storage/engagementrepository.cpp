// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engagementrepository.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Tickmark::Core {

namespace {

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QString categoriesText(const QList<Category> &categories)
{
    QStringList keys;
    for (Category c : categories)
        keys << categoryKey(c);
    return keys.join(QLatin1Char(','));
}

QList<Category> categoriesFromText(const QString &text)
{
    QList<Category> out;
    for (const QString &k : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (auto c = categoryFromKey(k))
            out << *c;
    }
    return out;
}

QString methodKey(SubserviceMethod m)
{
    return m == SubserviceMethod::Inclusive ? QStringLiteral("inclusive") : QStringLiteral("carve-out");
}

Result<qint64> nextPosition(const Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(position), 0) + 1 FROM %1").arg(table)) || !q.next())
        return dbError(q);
    return q.value(0).toLongLong();
}

Result<void> execDelete(const Database &db, const QString &sql, qint64 id, const QString &what)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    q.addBindValue(id);
    if (!q.exec())
        return dbError(q);
    if (q.numRowsAffected() == 0)
        return fail(ErrorCode::NotFound, what);
    return {};
}

} // namespace

Result<EngagementDetails> EngagementRepository::details() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT client, system, report_type, as_of, period_from, period_to, categories,"
                               " firm, firm_city, partner FROM engagement WHERE id = 1")))
        return dbError(q);
    if (!q.next())
        return fail(ErrorCode::Corrupt, QStringLiteral("the workpaper has no engagement record"));
    EngagementDetails d;
    d.client = q.value(0).toString();
    d.system = q.value(1).toString();
    d.type = q.value(2).toInt() == 1 ? ReportType::TypeI : ReportType::TypeII;
    d.asOf = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    d.periodFrom = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    d.periodTo = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    d.categories = categoriesFromText(q.value(6).toString());
    d.firm = q.value(7).toString();
    d.firmCity = q.value(8).toString();
    d.partner = q.value(9).toString();
    return d;
}

Result<void> EngagementRepository::saveDetails(const EngagementDetails &d, const QDateTime &now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO engagement (id, client, system, report_type, as_of, period_from, period_to, categories,"
        " firm, firm_city, partner, created_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET client = excluded.client, system = excluded.system,"
        " report_type = excluded.report_type, as_of = excluded.as_of, period_from = excluded.period_from,"
        " period_to = excluded.period_to, categories = excluded.categories, firm = excluded.firm,"
        " firm_city = excluded.firm_city, partner = excluded.partner"));
    const bool typeI = d.type == ReportType::TypeI;
    for (const QVariant &v :
         {QVariant(notNull(d.client)), QVariant(notNull(d.system)), QVariant(static_cast<int>(d.type)), dateValue(typeI ? d.asOf : QDate()),
          dateValue(typeI ? QDate() : d.periodFrom), dateValue(typeI ? QDate() : d.periodTo),
          QVariant(categoriesText(d.categories)), QVariant(notNull(d.firm)), QVariant(notNull(d.firmCity)), QVariant(notNull(d.partner)),
          QVariant(now.toUTC().toString(Qt::ISODate))})
        q.addBindValue(v);
    if (!q.exec())
        return dbError(q);
    return {};
}

Result<QDateTime> EngagementRepository::issuedAt() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT issued_at FROM engagement WHERE id = 1")))
        return dbError(q);
    if (!q.next() || q.value(0).isNull())
        return QDateTime();
    return QDateTime::fromString(q.value(0).toString(), Qt::ISODate);
}

Result<void> EngagementRepository::setIssuedAt(const QDateTime &at)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE engagement SET issued_at = ? WHERE id = 1"));
    q.addBindValue(at.isValid() ? QVariant(at.toUTC().toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>()));
    if (!q.exec())
        return dbError(q);
    return {};
}

Result<QList<SubserviceOrg>> EngagementRepository::subserviceOrgs() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, name, services, method, csocs FROM subservice_org ORDER BY position")))
        return dbError(q);
    QList<SubserviceOrg> out;
    while (q.next()) {
        const bool inclusive = q.value(3).toString() == QLatin1String("inclusive");
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    inclusive ? SubserviceMethod::Inclusive : SubserviceMethod::CarveOut, q.value(4).toString()});
    }
    return out;
}

Result<qint64> EngagementRepository::insertSubservice(const SubserviceOrg &org)
{
    const auto pos = nextPosition(m_db, QStringLiteral("subservice_org"));
    if (!pos)
        return pos.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO subservice_org (name, services, method, csocs, position) VALUES (?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(notNull(org.name)), QVariant(notNull(org.services)), QVariant(methodKey(org.method)),
                              QVariant(notNull(org.csocs)), QVariant(*pos)})
        q.addBindValue(v);
    if (!q.exec())
        return dbError(q);
    return q.lastInsertId().toLongLong();
}

Result<void> EngagementRepository::updateSubservice(const SubserviceOrg &org)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE subservice_org SET name = ?, services = ?, method = ?, csocs = ? WHERE id = ?"));
    for (const QVariant &v : {QVariant(notNull(org.name)), QVariant(notNull(org.services)), QVariant(methodKey(org.method)),
                              QVariant(notNull(org.csocs)), QVariant(org.id)})
        q.addBindValue(v);
    if (!q.exec())
        return dbError(q);
    if (q.numRowsAffected() == 0)
        return fail(ErrorCode::NotFound, QStringLiteral("subservice organization %1 does not exist").arg(org.id));
    return {};
}

Result<void> EngagementRepository::removeSubservice(qint64 id)
{
    return execDelete(m_db, QStringLiteral("DELETE FROM subservice_org WHERE id = ?"), id,
                      QStringLiteral("subservice organization %1 does not exist").arg(id));
}

Result<QList<Cuec>> EngagementRepository::cuecs() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT c.id, c.text, group_concat(cc.criterion_id) FROM cuec c"
                               " LEFT JOIN cuec_criterion cc ON cc.cuec_id = c.id GROUP BY c.id ORDER BY c.position")))
        return dbError(q);
    QList<Cuec> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(),
                    q.value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)});
    return out;
}

Result<void> EngagementRepository::writeCuecCriteria(qint64 id, const QStringList &criteria)
{
    QSqlQuery del(m_db.connection());
    del.prepare(QStringLiteral("DELETE FROM cuec_criterion WHERE cuec_id = ?"));
    del.addBindValue(id);
    if (!del.exec())
        return dbError(del);
    QSqlQuery ins(m_db.connection());
    ins.prepare(QStringLiteral("INSERT OR IGNORE INTO cuec_criterion (cuec_id, criterion_id) VALUES (?, ?)"));
    for (const QString &c : criteria) {
        ins.addBindValue(id);
        ins.addBindValue(c);
        if (!ins.exec())
            return dbError(ins);
    }
    return {};
}

Result<qint64> EngagementRepository::insertCuec(const Cuec &cuec)
{
    const auto pos = nextPosition(m_db, QStringLiteral("cuec"));
    if (!pos)
        return pos.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO cuec (text, position) VALUES (?, ?)"));
    q.addBindValue(notNull(cuec.text));
    q.addBindValue(*pos);
    if (!q.exec())
        return dbError(q);
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto ok = writeCuecCriteria(id, cuec.criteria); !ok)
        return ok.error();
    return id;
}

Result<void> EngagementRepository::updateCuec(const Cuec &cuec)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE cuec SET text = ? WHERE id = ?"));
    q.addBindValue(notNull(cuec.text));
    q.addBindValue(cuec.id);
    if (!q.exec())
        return dbError(q);
    if (q.numRowsAffected() == 0)
        return fail(ErrorCode::NotFound, QStringLiteral("CUEC %1 does not exist").arg(cuec.id));
    return writeCuecCriteria(cuec.id, cuec.criteria);
}

Result<void> EngagementRepository::removeCuec(qint64 id)
{
    return execDelete(m_db, QStringLiteral("DELETE FROM cuec WHERE id = ?"), id,
                      QStringLiteral("CUEC %1 does not exist").arg(id));
}

} // namespace Tickmark::Core
