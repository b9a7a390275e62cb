// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testingrepository.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Tickmark::Core {

namespace {

// Binds @p values in order and runs the prepared query.
bool execWith(QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

Result<std::optional<qint64>> optionalId(QSqlQuery &q, const QVariantList &values)
{
    if (!execWith(q, values))
        return dbError(q);
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

} // namespace

Result<std::optional<qint64>> TestingRepository::controlRowId(const QString &controlRef) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM control WHERE ref = ?"));
    return optionalId(q, {controlRef});
}

Result<void> TestingRepository::addProcedure(qint64 controlRowId, const QString &kind, const QString &text)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO test_procedure (control_id, kind, text, position)"
                             " VALUES (?, ?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM test_procedure"
                             " WHERE control_id = ?))"));
    if (!execWith(q, {controlRowId, kind, notNull(text), controlRowId}))
        return dbError(q);
    return {};
}

Result<QList<ProcedureRecord>> TestingRepository::procedures(qint64 controlRowId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT kind, text FROM test_procedure WHERE control_id = ? ORDER BY position, id"));
    if (!execWith(q, {controlRowId}))
        return dbError(q);
    QList<ProcedureRecord> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
}

Result<void> TestingRepository::addAttribute(qint64 controlRowId, const QString &letter, const QString &text)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM test_attribute WHERE control_id = ? AND letter = ?"));
    if (!execWith(q, {controlRowId, letter}))
        return dbError(q);
    if (q.next())
        return fail(ErrorCode::AlreadyExists, QStringLiteral("attribute %1 exists").arg(letter));
    q.prepare(QStringLiteral("INSERT INTO test_attribute (control_id, letter, text) VALUES (?, ?, ?)"));
    if (!execWith(q, {controlRowId, letter, notNull(text)}))
        return dbError(q);
    return {};
}

Result<QList<AttributeRecord>> TestingRepository::attributes(qint64 controlRowId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, letter, text FROM test_attribute WHERE control_id = ?"
                             " ORDER BY length(letter), letter"));
    if (!execWith(q, {controlRowId}))
        return dbError(q);
    QList<AttributeRecord> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

Result<std::optional<qint64>> TestingRepository::sampleId(qint64 populationId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM sample WHERE population_id = ?"));
    return optionalId(q, {populationId});
}

Result<QString> TestingRepository::record(qint64 sampleId, qint64 row, qint64 attributeId, const QString &result,
                                          const QString &note, const QString &recordedAt, const QString &recordedBy)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT result FROM test_result WHERE sample_id = ? AND row_no = ? AND attribute_id = ?"));
    if (!execWith(q, {sampleId, row, attributeId}))
        return dbError(q);
    const QString before = q.next() ? q.value(0).toString() : QString();
    q.prepare(QStringLiteral("INSERT INTO test_result (sample_id, row_no, attribute_id, result, note, recorded_at,"
                             " recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)"
                             " ON CONFLICT (sample_id, row_no, attribute_id) DO UPDATE SET result = excluded.result,"
                             " note = excluded.note, recorded_at = excluded.recorded_at,"
                             " recorded_by = excluded.recorded_by"));
    if (!execWith(q, {sampleId, row, attributeId, result, notNull(note), recordedAt, notNull(recordedBy)}))
        return dbError(q);
    return before;
}

Result<QString> TestingRepository::clearResult(qint64 sampleId, qint64 row, qint64 attributeId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT result FROM test_result WHERE sample_id = ? AND row_no = ? AND attribute_id = ?"));
    if (!execWith(q, {sampleId, row, attributeId}))
        return dbError(q);
    const QString before = q.next() ? q.value(0).toString() : QString();
    q.prepare(QStringLiteral("DELETE FROM test_result WHERE sample_id = ? AND row_no = ? AND attribute_id = ?"));
    if (!execWith(q, {sampleId, row, attributeId}))
        return dbError(q);
    return before;
}

Result<QList<ResultRecord>> TestingRepository::results(qint64 controlRowId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT p.name, r.row_no, a.letter, r.result, r.note, r.recorded_at, r.recorded_by"
                             " FROM test_result r"
                             " JOIN test_attribute a ON a.id = r.attribute_id"
                             " JOIN sample s ON s.id = r.sample_id"
                             " JOIN population p ON p.id = s.population_id"
                             " WHERE a.control_id = ?"
                             " ORDER BY p.name, r.row_no, length(a.letter), a.letter"));
    if (!execWith(q, {controlRowId}))
        return dbError(q);
    QList<ResultRecord> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString(), q.value(6).toString()});
    return out;
}

Result<qint64> TestingRepository::resultCount(qint64 populationId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM test_result r JOIN sample s ON s.id = r.sample_id"
                             " WHERE s.population_id = ?"));
    if (!execWith(q, {populationId}) || !q.next())
        return dbError(q);
    return q.value(0).toLongLong();
}

} // namespace Tickmark::Core
