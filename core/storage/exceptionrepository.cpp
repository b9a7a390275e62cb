// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exceptionrepository.h"

#include "database.h"

#include <QSqlQuery>
#include <QVariant>

namespace Tickmark::Core {

namespace {

bool execWith(QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

QVariant optionalBool(const std::optional<bool> &value)
{
    return value ? QVariant(*value ? 1 : 0) : QVariant(QMetaType(QMetaType::Int));
}

std::optional<bool> boolFrom(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt() != 0;
}

const QString kSelect = QStringLiteral(
    "SELECT e.id, c.ref, e.kind, e.description, e.cause, e.management_response, e.assessment, e.criterion_met,"
    " e.reasoning, e.raised_at, e.raised_by,"
    " (SELECT group_concat(criterion_id, ',') FROM (SELECT criterion_id FROM exception_criterion"
    "  WHERE exception_id = e.id ORDER BY criterion_id))"
    " FROM control_exception e JOIN control c ON c.id = e.control_id");

ExceptionRecord recordFrom(const QSqlQuery &q)
{
    ExceptionRecord r;
    r.id = q.value(0).toLongLong();
    r.controlRef = q.value(1).toString();
    r.kind = q.value(2).toString();
    r.description = q.value(3).toString();
    r.cause = q.value(4).toString();
    r.managementResponse = q.value(5).toString();
    r.assessment = q.value(6).toString();
    r.criterionMet = boolFrom(q.value(7));
    r.reasoning = q.value(8).toString();
    r.raisedAt = q.value(9).toString();
    r.raisedBy = q.value(10).toString();
    const QString criteria = q.value(11).toString();
    if (!criteria.isEmpty())
        r.criteria = criteria.split(QLatin1Char(','));
    return r;
}

} // namespace

Result<QList<ExceptionRecord>> ExceptionRepository::list(const QString &controlRef) const
{
    QSqlQuery q(m_db.connection());
    QVariantList binds;
    QString sql = kSelect;
    if (!controlRef.isEmpty()) {
        sql += QStringLiteral(" WHERE c.ref = ?");
        binds << controlRef;
    }
    q.prepare(sql + QStringLiteral(" ORDER BY c.position, e.id"));
    if (!execWith(q, binds))
        return dbError(q);
    QList<ExceptionRecord> out;
    while (q.next())
        out.append(recordFrom(q));
    return out;
}

Result<std::optional<ExceptionRecord>> ExceptionRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE e.id = ?"));
    if (!execWith(q, {id}))
        return dbError(q);
    if (!q.next())
        return std::optional<ExceptionRecord>();
    return std::optional<ExceptionRecord>(recordFrom(q));
}

Result<std::optional<qint64>> ExceptionRepository::operatingFor(qint64 controlRowId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT MIN(id) FROM control_exception WHERE control_id = ? AND kind = 'operating'"));
    if (!execWith(q, {controlRowId}) || !q.next())
        return dbError(q);
    if (q.value(0).isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<qint64> ExceptionRepository::nextId() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM control_exception")) || !q.next())
        return dbError(q);
    return q.value(0).toLongLong();
}

Result<qint64> ExceptionRepository::insert(qint64 controlRowId, const ExceptionRecord &r)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO control_exception (id, control_id, kind, description, cause,"
                             " management_response, assessment, criterion_met, reasoning, raised_at, raised_by)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariant id = r.id > 0 ? QVariant(r.id) : QVariant(QMetaType(QMetaType::LongLong));
    if (!execWith(q, {id, controlRowId, r.kind, notNull(r.description), notNull(r.cause),
                      notNull(r.managementResponse), r.assessment, optionalBool(r.criterionMet), notNull(r.reasoning),
                      r.raisedAt, notNull(r.raisedBy)}))
        return dbError(q);
    const qint64 newId = q.lastInsertId().toLongLong();
    if (auto written = writeCriteria(newId, r.criteria); !written)
        return written.error();
    return newId;
}

Result<void> ExceptionRepository::update(const ExceptionRecord &r)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE control_exception SET description = ?, cause = ?, management_response = ?,"
                             " assessment = ?, criterion_met = ?, reasoning = ? WHERE id = ?"));
    if (!execWith(q, {notNull(r.description), notNull(r.cause), notNull(r.managementResponse), r.assessment,
                      optionalBool(r.criterionMet), notNull(r.reasoning), r.id}))
        return dbError(q);
    return writeCriteria(r.id, r.criteria);
}

Result<void> ExceptionRepository::writeCriteria(qint64 id, const QStringList &criteria)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM exception_criterion WHERE exception_id = ?"));
    if (!execWith(q, {id}))
        return dbError(q);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO exception_criterion (exception_id, criterion_id) VALUES (?, ?)"));
    for (const QString &criterion : criteria) {
        if (!execWith(q, {id, criterion}))
            return dbError(q);
    }
    return {};
}

Result<TestSettingRecord> ExceptionRepository::setting(qint64 controlRowId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT tolerable_rate, risk, not_operated_reason, walkthrough_implemented,"
                             " walkthrough_note, walkthrough_at, walkthrough_by FROM control_test_setting"
                             " WHERE control_id = ?"));
    if (!execWith(q, {controlRowId}))
        return dbError(q);
    TestSettingRecord s;
    if (!q.next())
        return s;
    s.tolerableRate = q.value(0).toDouble();
    s.risk = q.value(1).toDouble();
    if (!q.value(2).isNull())
        s.notOperatedReason = q.value(2).toString();
    s.walkthroughImplemented = boolFrom(q.value(3));
    s.walkthroughNote = q.value(4).toString();
    s.walkthroughAt = q.value(5).toString();
    s.walkthroughBy = q.value(6).toString();
    return s;
}

Result<void> ExceptionRepository::saveSetting(qint64 controlRowId, const TestSettingRecord &s)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO control_test_setting (control_id, tolerable_rate, risk,"
                             " not_operated_reason, walkthrough_implemented, walkthrough_note, walkthrough_at,"
                             " walkthrough_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariant nullText(QMetaType(QMetaType::QString));
    if (!execWith(q, {controlRowId, s.tolerableRate, s.risk,
                      s.notOperatedReason ? QVariant(notNull(*s.notOperatedReason)) : nullText,
                      optionalBool(s.walkthroughImplemented), notNull(s.walkthroughNote),
                      s.walkthroughAt.isEmpty() ? nullText : QVariant(s.walkthroughAt),
                      s.walkthroughBy.isEmpty() ? nullText : QVariant(s.walkthroughBy)}))
        return dbError(q);
    return {};
}

} // namespace Tickmark::Core
