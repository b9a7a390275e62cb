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
    q.prepare(QStringLiteral("SELECT id, kind, text FROM test_procedure WHERE control_id = ? ORDER BY position, id"));
    if (!execWith(q, {controlRowId}))
        return dbError(q);
    QList<ProcedureRecord> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

Result<void> TestingRepository::updateProcedure(qint64 procedureId, const QString &kind, const QString &text)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE test_procedure SET kind = ?, text = ? WHERE id = ?"));
    if (!execWith(q, {kind, notNull(text), procedureId}))
        return dbError(q);
    return {};
}

Result<void> TestingRepository::removeProcedure(qint64 procedureId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM test_procedure WHERE id = ?"));
    if (!execWith(q, {procedureId}))
        return dbError(q);
    return {};
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

Result<void> TestingRepository::updateAttribute(qint64 attributeId, const QString &text)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE test_attribute SET text = ? WHERE id = ?"));
    if (!execWith(q, {notNull(text), attributeId}))
        return dbError(q);
    return {};
}

Result<void> TestingRepository::removeAttribute(qint64 attributeId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM test_attribute WHERE id = ?"));
    if (!execWith(q, {attributeId}))
        return dbError(q);
    return {};
}

Result<std::pair<qint64, qint64>> TestingRepository::attributeUsage(qint64 attributeId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM test_result WHERE attribute_id = ?),"
                             " (SELECT COUNT(*) FROM test_result_evidence WHERE attribute_id = ?)"));
    if (!execWith(q, {attributeId, attributeId}) || !q.next())
        return dbError(q);
    return std::pair<qint64, qint64>(q.value(0).toLongLong(), q.value(1).toLongLong());
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

Result<QString> TestingRepository::resultOf(qint64 sampleId, qint64 row, qint64 attributeId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT result FROM test_result WHERE sample_id = ? AND row_no = ? AND attribute_id = ?"));
    if (!execWith(q, {sampleId, row, attributeId}))
        return dbError(q);
    return q.next() ? q.value(0).toString() : QString();
}

Result<bool> TestingRepository::addReference(qint64 sampleId, qint64 row, qint64 attributeId,
                                             const EvidenceReferenceRecord &ref)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO test_result_evidence (sample_id, row_no, attribute_id, evidence_id, page,"
                             " label, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                             " ON CONFLICT (sample_id, row_no, attribute_id, evidence_id, page) DO NOTHING"));
    if (!execWith(q, {sampleId, row, attributeId, ref.evidenceId, ref.page, notNull(ref.label), ref.addedAt,
                      notNull(ref.addedBy)}))
        return dbError(q);
    return q.numRowsAffected() > 0;
}

Result<bool> TestingRepository::removeReference(qint64 sampleId, qint64 row, qint64 attributeId, qint64 evidenceId,
                                                int page)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM test_result_evidence WHERE sample_id = ? AND row_no = ? AND attribute_id = ?"
                             " AND evidence_id = ? AND page = ?"));
    if (!execWith(q, {sampleId, row, attributeId, evidenceId, page}))
        return dbError(q);
    return q.numRowsAffected() > 0;
}

Result<void> TestingRepository::clearReferences(qint64 sampleId, qint64 row, qint64 attributeId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM test_result_evidence WHERE sample_id = ? AND row_no = ? AND attribute_id = ?"));
    if (!execWith(q, {sampleId, row, attributeId}))
        return dbError(q);
    return {};
}

namespace {

// The columns of a reference with its item, after "SELECT p.name, r.row_no, a.letter, " (indexes 3…).
const QString kReferenceColumns = QStringLiteral(
    "e.evidence_id, e.page, e.label, e.added_at, e.added_by, k.name, i.path, i.sha256, i.media_type"
    " FROM test_result_evidence e"
    " JOIN evidence_item i ON i.id = e.evidence_id"
    " JOIN evidence_package k ON k.id = i.package_id"
    " JOIN test_attribute a ON a.id = e.attribute_id"
    " JOIN sample s ON s.id = e.sample_id"
    " JOIN population p ON p.id = s.population_id");

EvidenceReferenceRecord referenceAt(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toLongLong(),
            q.value(4).toInt(),    q.value(5).toString(),   q.value(6).toString(), q.value(7).toString(),
            q.value(8).toString(), q.value(9).toString(),   q.value(10).toByteArray(), q.value(11).toString()};
}

} // namespace

Result<QList<EvidenceReferenceRecord>> TestingRepository::cellReferences(qint64 sampleId, qint64 row,
                                                                         qint64 attributeId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT p.name, e.row_no, a.letter, ") + kReferenceColumns +
              QStringLiteral(" WHERE e.sample_id = ? AND e.row_no = ? AND e.attribute_id = ?"
                             " ORDER BY k.name, i.path, e.page"));
    if (!execWith(q, {sampleId, row, attributeId}))
        return dbError(q);
    QList<EvidenceReferenceRecord> out;
    while (q.next())
        out.append(referenceAt(q));
    return out;
}

Result<QList<EvidenceReferenceRecord>> TestingRepository::references(qint64 controlRowId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT p.name, e.row_no, a.letter, ") + kReferenceColumns +
              QStringLiteral(" WHERE a.control_id = ?"
                             " ORDER BY p.name, e.row_no, length(a.letter), a.letter, k.name, i.path, e.page"));
    if (!execWith(q, {controlRowId}))
        return dbError(q);
    QList<EvidenceReferenceRecord> out;
    while (q.next())
        out.append(referenceAt(q));
    return out;
}

Result<std::optional<int>> TestingRepository::evidencePageCount(qint64 evidenceId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT t.pages FROM evidence_item i JOIN evidence_text_state t ON t.sha256 = i.sha256"
                             " WHERE i.id = ? AND i.media_type = 'application/pdf'"
                             " AND t.status IN ('indexed', 'skipped') AND t.pages > 0"));
    if (!execWith(q, {evidenceId}))
        return dbError(q);
    if (!q.next())
        return std::optional<int>();
    return std::optional<int>(q.value(0).toInt());
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
