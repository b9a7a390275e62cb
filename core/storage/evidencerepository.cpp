// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidencerepository.h"

#include "database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <iterator>
#include <memory>

namespace Tickmark::Core {

namespace {

enum Statement {
    BlobExists,
    AddBlob,
    AddChunk,
    NewStore,
    AddStoreChunk,
    NameStore,
    DropStoreChunks,
    DropStore,
    AddItem,
    AddText,
    StatementCount
};

const char *const kSql[] = {
    "SELECT 1 FROM evidence_blob WHERE sha256 = ?",
    "INSERT INTO evidence_blob (sha256, size) VALUES (?, ?)",
    "INSERT INTO evidence_chunk (sha256, seq, data) VALUES (?, ?, ?)",
    "INSERT INTO evidence_store (sha256) VALUES (NULL)",
    "INSERT INTO evidence_store_chunk (store_id, seq, data) VALUES (?, ?, ?)",
    "UPDATE evidence_store SET sha256 = ? WHERE id = ?",
    "DELETE FROM evidence_store_chunk WHERE store_id = ?",
    "DELETE FROM evidence_store WHERE id = ?",
    ("INSERT INTO evidence_item (package_id, path, raw_path, sha256, size, media_type, received_at, imported_by)"
     " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
    "INSERT INTO evidence_text (sha256, page, text) VALUES (?, ?, ?)",
};
static_assert(std::size(kSql) == StatementCount);

// Digests are stored as TEXT (as QSqlQuery binds them), so the C API must bind text too.
void bindText(sqlite3_stmt *stmt, int index, QByteArrayView utf8)
{
    static const char kEmpty = 0;
    sqlite3_bind_text64(stmt, index, utf8.data() ? utf8.data() : &kEmpty, sqlite3_uint64(utf8.size()), SQLITE_STATIC,
                        SQLITE_UTF8);
}

void bindBlob(sqlite3_stmt *stmt, int index, QByteArrayView bytes)
{
    // A null pointer would bind SQL NULL; an empty name or chunk is still a value.
    static const char kEmpty = 0;
    sqlite3_bind_blob64(stmt, index, bytes.data() ? bytes.data() : &kEmpty, sqlite3_uint64(bytes.size()),
                        SQLITE_STATIC);
}

struct StatementFinalizer
{
    void operator()(sqlite3_stmt *stmt) const { sqlite3_finalize(stmt); }
};

// Steps @p sql (one text parameter, @p key; columns seq and data) and hands each row to @p visit until it says stop.
Result<void> visitChunks(sqlite3 *db, const char *sql, QByteArrayView key,
                         const std::function<Result<bool>(qint64, QByteArrayView)> &visit)
{
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &raw, nullptr) != SQLITE_OK)
        return fail(ErrorCode::Database, QString::fromUtf8(sqlite3_errmsg(db)));
    const std::unique_ptr<sqlite3_stmt, StatementFinalizer> stmt(raw);
    bindText(raw, 1, key);
    for (;;) {
        const int rc = sqlite3_step(raw);
        if (rc == SQLITE_DONE)
            return {};
        if (rc != SQLITE_ROW)
            return fail(ErrorCode::Database, QString::fromUtf8(sqlite3_errmsg(db)));
        const auto *data = static_cast<const char *>(sqlite3_column_blob(raw, 1));
        const qsizetype size = sqlite3_column_bytes(raw, 1);
        auto more = visit(sqlite3_column_int64(raw, 0), QByteArrayView(data, size));
        if (!more)
            return more.error();
        if (!*more)
            return {};
    }
}

const QString kSelectItems = QStringLiteral(
    "SELECT i.id, i.package_id, p.name, i.path, i.raw_path, i.sha256, i.size, i.media_type, i.received_at,"
    " i.effective_date, i.imported_by FROM evidence_item i JOIN evidence_package p ON p.id = i.package_id");

const QString kSelectPackages = QStringLiteral(
    "SELECT id, name, sha256, size, format, imported_at, imported_by, request_ref FROM evidence_package");

EvidencePackage packageFromRow(const QSqlQuery &q)
{
    EvidencePackage p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.sha256 = q.value(2).toString().toLatin1();
    p.size = q.value(3).toLongLong();
    p.format = q.value(4).toString();
    p.importedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
    p.importedBy = q.value(6).toString();
    p.requestRef = q.value(7).toString();
    return p;
}

EvidenceItem itemFromRow(const QSqlQuery &q)
{
    EvidenceItem i;
    i.id = q.value(0).toLongLong();
    i.packageId = q.value(1).toLongLong();
    i.packageName = q.value(2).toString();
    i.path = q.value(3).toString();
    i.rawPath = q.value(4).toByteArray();
    i.sha256 = q.value(5).toString().toLatin1();
    i.size = q.value(6).toLongLong();
    i.mediaType = q.value(7).toString();
    i.receivedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODate);
    i.effectiveDate = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    i.importedBy = q.value(10).toString();
    return i;
}

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace

EvidenceWriter::~EvidenceWriter()
{
    for (sqlite3_stmt *stmt : m_statements)
        sqlite3_finalize(stmt);
}

Result<sqlite3_stmt *> EvidenceWriter::statement(int index)
{
    sqlite3_stmt *&stmt = m_statements[index];
    if (!stmt && sqlite3_prepare_v2(m_db, kSql[index], -1, &stmt, nullptr) != SQLITE_OK)
        return fail(ErrorCode::Database, QString::fromUtf8(sqlite3_errmsg(m_db)));
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    return stmt;
}

Result<void> EvidenceWriter::stepDone(sqlite3_stmt *stmt)
{
    const int rc = sqlite3_step(stmt);
    sqlite3_reset(stmt);
    if (rc != SQLITE_DONE)
        return fail(ErrorCode::Database, QString::fromUtf8(sqlite3_errmsg(m_db)));
    return {};
}

Result<bool> EvidenceWriter::blobExists(const QByteArray &sha256)
{
    auto stmt = statement(BlobExists);
    if (!stmt)
        return stmt.error();
    bindText(*stmt, 1, sha256);
    const int rc = sqlite3_step(*stmt);
    sqlite3_reset(*stmt);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return fail(ErrorCode::Database, QString::fromUtf8(sqlite3_errmsg(m_db)));
    return rc == SQLITE_ROW;
}

Result<void> EvidenceWriter::addBlob(const QByteArray &sha256, qint64 size)
{
    auto stmt = statement(AddBlob);
    if (!stmt)
        return stmt.error();
    bindText(*stmt, 1, sha256);
    sqlite3_bind_int64(*stmt, 2, size);
    return stepDone(*stmt);
}

Result<void> EvidenceWriter::addChunk(const QByteArray &sha256, qint64 seq, QByteArrayView data)
{
    if (sha256.isEmpty())
        return addStagedChunk(seq, data);
    auto stmt = statement(AddChunk);
    if (!stmt)
        return stmt.error();
    bindText(*stmt, 1, sha256);
    sqlite3_bind_int64(*stmt, 2, seq);
    bindBlob(*stmt, 3, data);
    return stepDone(*stmt);
}

// The first staged chunk opens a numbered store; the others go to it.
Result<void> EvidenceWriter::addStagedChunk(qint64 seq, QByteArrayView data)
{
    if (m_store == 0) {
        auto open = statement(NewStore);
        if (!open)
            return open.error();
        if (auto ok = stepDone(*open); !ok)
            return ok;
        m_store = sqlite3_last_insert_rowid(m_db);
    }
    auto stmt = statement(AddStoreChunk);
    if (!stmt)
        return stmt.error();
    sqlite3_bind_int64(*stmt, 1, m_store);
    sqlite3_bind_int64(*stmt, 2, seq);
    bindBlob(*stmt, 3, data);
    return stepDone(*stmt);
}

Result<void> EvidenceWriter::addText(const QByteArray &sha256, int page, QByteArrayView utf8)
{
    auto stmt = statement(AddText);
    if (!stmt)
        return stmt.error();
    bindText(*stmt, 1, sha256);
    sqlite3_bind_int(*stmt, 2, page);
    bindText(*stmt, 3, utf8);
    return stepDone(*stmt);
}

Result<void> EvidenceWriter::promoteStaging(const QByteArray &sha256)
{
    auto stmt = statement(NameStore);
    if (!stmt)
        return stmt.error();
    bindText(*stmt, 1, sha256);
    sqlite3_bind_int64(*stmt, 2, m_store);
    m_store = 0;
    return stepDone(*stmt);
}

Result<void> EvidenceWriter::dropStaging()
{
    for (const Statement which : {DropStoreChunks, DropStore}) {
        auto stmt = statement(which);
        if (!stmt)
            return stmt.error();
        sqlite3_bind_int64(*stmt, 1, m_store);
        if (auto ok = stepDone(*stmt); !ok)
            return ok;
    }
    m_store = 0;
    return {};
}

Result<qint64> EvidenceWriter::addItem(const NewEvidenceItem &item)
{
    auto stmt = statement(AddItem);
    if (!stmt)
        return stmt.error();
    const QByteArray path = item.path.toUtf8();
    const QByteArray media = item.mediaType.toUtf8();
    const QByteArray received = isoUtc(item.receivedAt).toUtf8();
    const QByteArray by = item.importedBy.toUtf8();
    sqlite3_bind_int64(*stmt, 1, item.packageId);
    bindText(*stmt, 2, path);
    bindBlob(*stmt, 3, item.rawPath);
    bindText(*stmt, 4, item.sha256);
    sqlite3_bind_int64(*stmt, 5, item.size);
    bindText(*stmt, 6, media);
    bindText(*stmt, 7, received);
    bindText(*stmt, 8, by);
    if (auto ok = stepDone(*stmt); !ok)
        return ok.error();
    return qint64(sqlite3_last_insert_rowid(m_db));
}

Result<qint64> EvidenceRepository::insertPackage(const EvidencePackage &package)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO evidence_package (name, sha256, size, format, imported_at, imported_by,"
                             " request_ref) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(package.name);
    q.addBindValue(notNull(QString::fromLatin1(package.sha256)));
    q.addBindValue(package.size);
    q.addBindValue(notNull(package.format));
    q.addBindValue(isoUtc(package.importedAt));
    q.addBindValue(notNull(package.importedBy));
    // NULL when the package answers no request.
    q.addBindValue(package.requestRef.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                : QVariant(package.requestRef));
    if (!q.exec())
        return dbError(q);
    return q.lastInsertId().toLongLong();
}

Result<void> EvidenceRepository::finishPackage(const EvidencePackage &package)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE evidence_package SET sha256 = ?, size = ?, format = ? WHERE id = ?"));
    q.addBindValue(QString::fromLatin1(package.sha256));
    q.addBindValue(package.size);
    q.addBindValue(package.format);
    q.addBindValue(package.id);
    if (!q.exec())
        return dbError(q);
    return {};
}

Result<qint64> EvidenceRepository::itemCount() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM evidence_item")) || !q.next())
        return dbError(q);
    return q.value(0).toLongLong();
}

Result<std::optional<EvidencePackage>> EvidenceRepository::packageBySha256(const QByteArray &sha256) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelectPackages + QStringLiteral(" WHERE sha256 = ? ORDER BY id LIMIT 1"));
    q.addBindValue(QString::fromLatin1(sha256));
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return std::optional<EvidencePackage>();
    return std::optional<EvidencePackage>(packageFromRow(q));
}

Result<bool> EvidenceRepository::packageNameTaken(const QString &name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM evidence_package WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return dbError(q);
    return q.next();
}

Result<QList<EvidencePackage>> EvidenceRepository::packages() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(kSelectPackages + QStringLiteral(" ORDER BY id")))
        return dbError(q);
    QList<EvidencePackage> out;
    while (q.next())
        out.append(packageFromRow(q));
    return out;
}

Result<QList<EvidenceItem>> EvidenceRepository::selectItems(const QString &where, const QVariantList &binds) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kSelectItems + where + QStringLiteral(" ORDER BY i.package_id, i.path"));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return dbError(q);
    QList<EvidenceItem> out;
    while (q.next())
        out.append(itemFromRow(q));
    return out;
}

Result<QList<EvidenceItem>> EvidenceRepository::items() const
{
    return selectItems({}, {});
}

Result<QList<EvidenceItem>> EvidenceRepository::itemsWithContent(const QByteArray &sha256) const
{
    return selectItems(QStringLiteral(" WHERE i.sha256 = ?"), {QString::fromLatin1(sha256)});
}

Result<QList<std::pair<QByteArray, qint64>>> EvidenceRepository::blobs() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT sha256, size FROM evidence_blob ORDER BY sha256")))
        return dbError(q);
    QList<std::pair<QByteArray, qint64>> out;
    while (q.next())
        out.append({q.value(0).toString().toLatin1(), q.value(1).toLongLong()});
    return out;
}

Result<std::optional<qint64>> EvidenceRepository::blobSize(const QByteArray &sha256) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT size FROM evidence_blob WHERE sha256 = ?"));
    q.addBindValue(QString::fromLatin1(sha256));
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

// A blob's chunks are in evidence_chunk (small contents, and everything written before schema version 10) or in
// the store named by its digest (large contents), never in both.
Result<void> EvidenceRepository::forEachChunk(const QByteArray &sha256,
                                              const std::function<Result<bool>(qint64, QByteArrayView)> &visit) const
{
    sqlite3 *db = nativeHandle(m_db.connection());
    if (!db)
        return fail(ErrorCode::Database, QStringLiteral("the SQLite handle is not available"));
    bool any = false;
    auto visited = visitChunks(db, "SELECT seq, data FROM evidence_chunk WHERE sha256 = ? ORDER BY seq", sha256,
                               [&](qint64 seq, QByteArrayView data) {
                                   any = true;
                                   return visit(seq, data);
                               });
    if (!visited || any)
        return visited;
    return visitChunks(db,
                       "SELECT seq, data FROM evidence_store_chunk"
                       " WHERE store_id = (SELECT id FROM evidence_store WHERE sha256 = ?) ORDER BY seq",
                       sha256, visit);
}

Result<std::unique_ptr<EvidenceWriter>> EvidenceRepository::writer()
{
    sqlite3 *db = nativeHandle(m_db.connection());
    if (!db)
        return fail(ErrorCode::Database, QStringLiteral("the SQLite handle is not available"));
    return std::unique_ptr<EvidenceWriter>(new EvidenceWriter(db));
}

} // namespace Tickmark::Core
