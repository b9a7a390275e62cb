// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "populationrepository.h"

#include "database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace Tickmark::Core {

namespace {

QString columnsJson(const QStringList &columns)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(columns)).toJson(QJsonDocument::Compact));
}

QStringList columnsFromJson(const QString &json)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out << v.toString();
    return out;
}

const QString kSelectPopulation = QStringLiteral(
    "SELECT p.id, p.name, COALESCE(c.ref, ''), p.source_name, p.source_sha256, p.encoding, p.sheet, p.columns,"
    " p.row_count, p.imported_at, p.imported_by FROM population p LEFT JOIN control c ON c.id = p.control_id");

PopulationInfo populationFromRow(const QSqlQuery &q)
{
    PopulationInfo p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.controlId = q.value(2).toString();
    p.sourceName = q.value(3).toString();
    p.sha256 = q.value(4).toString().toLatin1();
    p.encoding = q.value(5).toString();
    p.sheet = q.value(6).toString();
    p.columns = columnsFromJson(q.value(7).toString());
    p.rowCount = q.value(8).toLongLong();
    p.importedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODate);
    p.importedBy = q.value(10).toString();
    return p;
}

} // namespace

PopulationRowWriter::~PopulationRowWriter()
{
    sqlite3_finalize(m_stmt);
}

Result<void> PopulationRowWriter::add(qint64 rowNo, QByteArrayView encoded)
{
    sqlite3_bind_int64(m_stmt, 1, m_populationId);
    sqlite3_bind_int64(m_stmt, 2, rowNo);
    // SQLITE_STATIC: the bytes stay valid until step() has copied them into the page.
    // A null pointer would bind SQL NULL; a row always has at least one (possibly empty) field.
    static const char kEmpty = 0;
    const char *bytes = encoded.data() ? encoded.data() : &kEmpty;
    sqlite3_bind_blob64(m_stmt, 3, bytes, static_cast<sqlite3_uint64>(encoded.size()), SQLITE_STATIC);
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    if (rc != SQLITE_DONE)
        return fail(ErrorCode::Database, QString::fromUtf8(sqlite3_errstr(rc)));
    return {};
}

Result<qint64> PopulationRepository::insert(const PopulationInfo &info)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO population (name, control_id, source_name, source_sha256, encoding, sheet,"
                             " columns, row_count, imported_at, imported_by)"
                             " VALUES (?, (SELECT id FROM control WHERE ref = ?), ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(info.name), QVariant(info.controlId), QVariant(notNull(info.sourceName)),
                              QVariant(QString::fromLatin1(info.sha256)), QVariant(notNull(info.encoding)),
                              QVariant(notNull(info.sheet)), QVariant(columnsJson(info.columns)),
                              QVariant(info.rowCount), QVariant(info.importedAt.toUTC().toString(Qt::ISODate)),
                              QVariant(notNull(info.importedBy))})
        q.addBindValue(v);
    if (!q.exec())
        return dbError(q);
    return q.lastInsertId().toLongLong();
}

Result<void> PopulationRepository::setRowCount(qint64 id, qint64 rows)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE population SET row_count = ? WHERE id = ?"));
    q.addBindValue(rows);
    q.addBindValue(id);
    if (!q.exec())
        return dbError(q);
    return {};
}

Result<std::unique_ptr<PopulationRowWriter>> PopulationRepository::rowWriter(qint64 populationId)
{
    sqlite3 *handle = nativeHandle(m_db.connection());
    if (!handle)
        return fail(ErrorCode::Database, QStringLiteral("the SQLite handle is not available"));
    sqlite3_stmt *stmt = nullptr;
    const char *sql = "INSERT INTO population_row (population_id, row_no, data) VALUES (?, ?, ?)";
    if (const int rc = sqlite3_prepare_v2(handle, sql, -1, &stmt, nullptr); rc != SQLITE_OK)
        return fail(ErrorCode::Database, QString::fromUtf8(sqlite3_errmsg(handle)));
    return std::unique_ptr<PopulationRowWriter>(new PopulationRowWriter(stmt, populationId));
}

Result<QList<PopulationInfo>> PopulationRepository::select(const QString &where, const QVariantList &binds) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelectPopulation + where + QStringLiteral(" ORDER BY p.id"));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return dbError(q);
    QList<PopulationInfo> out;
    while (q.next())
        out.append(populationFromRow(q));
    return out;
}

Result<QList<PopulationInfo>> PopulationRepository::list() const
{
    return select({}, {});
}

Result<std::optional<PopulationInfo>> PopulationRepository::find(const QString &name) const
{
    const auto found = select(QStringLiteral(" WHERE p.name = ?"), {name});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<PopulationInfo>();
    return std::optional<PopulationInfo>(found->first());
}

Result<QStringList> PopulationRepository::namesForControl(const QString &controlId) const
{
    const auto found = select(QStringLiteral(" WHERE c.ref = ?"), {controlId});
    if (!found)
        return found.error();
    QStringList names;
    for (const PopulationInfo &p : *found)
        names << p.name;
    return names;
}

Result<QList<QByteArray>> PopulationRepository::rows(qint64 populationId, qint64 first, int count) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT data FROM population_row WHERE population_id = ? AND row_no >= ? AND row_no < ?"
                             " ORDER BY row_no"));
    q.addBindValue(populationId);
    q.addBindValue(first);
    q.addBindValue(first + count);
    if (!q.exec())
        return dbError(q);
    QList<QByteArray> out;
    out.reserve(count);
    while (q.next())
        out.append(q.value(0).toByteArray());
    return out;
}

Result<QList<QByteArray>> PopulationRepository::rowsByNumber(qint64 populationId, const QList<qint64> &numbers) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT data FROM population_row WHERE population_id = ? AND row_no = ?"));
    QList<QByteArray> out;
    out.reserve(numbers.size());
    for (const qint64 n : numbers) {
        q.addBindValue(populationId);
        q.addBindValue(n);
        if (!q.exec())
            return dbError(q);
        if (!q.next())
            return fail(ErrorCode::NotFound, QStringLiteral("row %1 does not exist").arg(n));
        out.append(q.value(0).toByteArray());
    }
    return out;
}

Result<void> PopulationRepository::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM population WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return dbError(q);
    return {};
}

Result<std::optional<SampleRecord>> SampleRepository::find(qint64 populationId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, method, seed, basis, drawn_at, drawn_by FROM sample WHERE population_id = ?"));
    q.addBindValue(populationId);
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return std::optional<SampleRecord>();
    SampleRecord s{q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), {},
                   q.value(4).toString(), q.value(5).toString()};
    QSqlQuery items(m_db.connection());
    items.prepare(QStringLiteral("SELECT row_no FROM sample_item WHERE sample_id = ? ORDER BY position"));
    items.addBindValue(q.value(0));
    if (!items.exec())
        return dbError(items);
    while (items.next())
        s.rows.append(items.value(0).toLongLong());
    return std::optional<SampleRecord>(s);
}

Result<void> SampleRepository::save(qint64 populationId, const SampleRecord &sample)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM sample WHERE population_id = ?"));
    q.addBindValue(populationId);
    if (!q.exec())
        return dbError(q);
    q.prepare(QStringLiteral("INSERT INTO sample (population_id, method, seed, basis, drawn_at, drawn_by)"
                             " VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(populationId), QVariant(sample.method), QVariant(sample.seed),
                              QVariant(notNull(sample.basis)), QVariant(sample.drawnAt), QVariant(notNull(sample.drawnBy))})
        q.addBindValue(v);
    if (!q.exec())
        return dbError(q);
    const qint64 sampleId = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral("INSERT INTO sample_item (sample_id, position, row_no) VALUES (?, ?, ?)"));
    for (qsizetype i = 0; i < sample.rows.size(); ++i) {
        q.addBindValue(sampleId);
        q.addBindValue(i + 1);
        q.addBindValue(sample.rows.at(i));
        if (!q.exec())
            return dbError(q);
    }
    return {};
}

Result<void> SampleRepository::append(qint64 populationId, const QList<qint64> &rows)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT s.id, (SELECT COALESCE(MAX(position), 0) FROM sample_item i"
                             " WHERE i.sample_id = s.id) FROM sample s WHERE s.population_id = ?"));
    q.addBindValue(populationId);
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return fail(ErrorCode::NotFound, QStringLiteral("population %1 has no sample").arg(populationId));
    const qint64 sampleId = q.value(0).toLongLong();
    const qint64 last = q.value(1).toLongLong();
    q.prepare(QStringLiteral("INSERT INTO sample_item (sample_id, position, row_no) VALUES (?, ?, ?)"));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        q.addBindValue(sampleId);
        q.addBindValue(last + i + 1);
        q.addBindValue(rows.at(i));
        if (!q.exec())
            return dbError(q);
    }
    return {};
}

Result<QString> SampleRepository::setting(const QString &key) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return dbError(q);
    return q.next() ? q.value(0).toString() : QString();
}

Result<void> SampleRepository::setSetting(const QString &key, const QString &value)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return dbError(q);
    return {};
}

} // namespace Tickmark::Core
