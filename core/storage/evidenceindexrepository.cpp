// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// EvidenceRepository, schema v5 part: control links, effective dates and the full-text index.
#include "database.h"
#include "evidencerepository.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Tickmark::Core {

namespace {

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

Result<std::optional<EvidenceItem>> firstOf(Result<QList<EvidenceItem>> items)
{
    if (!items)
        return items.error();
    if (items->isEmpty())
        return std::optional<EvidenceItem>();
    return std::optional<EvidenceItem>(items->constFirst());
}

// FTS5 reports a malformed query as an SQL error; tell it apart from a real database failure.
bool isQueryError(const QString &text)
{
    static const char *const kMarkers[] = {"fts5", "syntax error", "no such column", "unterminated string",
                                           "unknown special query"};
    for (const char *marker : kMarkers) {
        if (text.contains(QLatin1String(marker), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// A malformed query is the user's error (InvalidArgument, with FTS5's words); anything else is the database's.
Error searchError(const QSqlQuery &q)
{
    const QString reason = q.lastError().databaseText();
    if (isQueryError(reason))
        return fail(ErrorCode::InvalidArgument, reason);
    return dbError(q);
}

} // namespace

Result<std::optional<EvidenceItem>> EvidenceRepository::itemById(qint64 id) const
{
    return firstOf(selectItems(QStringLiteral(" WHERE i.id = ?"), {id}));
}

Result<std::optional<EvidenceItem>> EvidenceRepository::itemByPath(const QString &package, const QString &path) const
{
    return firstOf(selectItems(QStringLiteral(" WHERE p.name = ? AND i.path = ?"), {package, path}));
}

Result<QList<EvidenceItem>> EvidenceRepository::itemsForControl(const QString &controlId) const
{
    return selectItems(QStringLiteral(" WHERE i.id IN (SELECT l.item_id FROM evidence_control_link l"
                                      " JOIN control c ON c.id = l.control_id WHERE c.ref = ?)"),
                       {controlId});
}

Result<QHash<qint64, QStringList>> EvidenceRepository::controlsByItem() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT l.item_id, c.ref FROM evidence_control_link l"
                               " JOIN control c ON c.id = l.control_id ORDER BY c.position, c.ref")))
        return dbError(q);
    QHash<qint64, QStringList> out;
    while (q.next())
        out[q.value(0).toLongLong()].append(q.value(1).toString());
    return out;
}

Result<bool> EvidenceRepository::addLink(qint64 itemId, const QString &controlId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO evidence_control_link (item_id, control_id)"
                             " SELECT ?, id FROM control WHERE ref = ?"));
    q.addBindValue(itemId);
    q.addBindValue(controlId);
    if (!q.exec())
        return dbError(q);
    return q.numRowsAffected() > 0;
}

Result<bool> EvidenceRepository::removeLink(qint64 itemId, const QString &controlId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM evidence_control_link WHERE item_id = ?"
                             " AND control_id = (SELECT id FROM control WHERE ref = ?)"));
    q.addBindValue(itemId);
    q.addBindValue(controlId);
    if (!q.exec())
        return dbError(q);
    return q.numRowsAffected() > 0;
}

Result<void> EvidenceRepository::setEffectiveDate(qint64 itemId, const QDate &date)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE evidence_item SET effective_date = ? WHERE id = ?"));
    q.addBindValue(dateValue(date));
    q.addBindValue(itemId);
    if (!q.exec())
        return dbError(q);
    return {};
}

Result<void> EvidenceRepository::setEffectiveDates(qint64 packageId, const QHash<QByteArray, QDate> &byRawPath)
{
    if (byRawPath.isEmpty())
        return {};
    QSqlQuery select(m_db.connection());
    select.setForwardOnly(true);
    select.prepare(QStringLiteral("SELECT id, raw_path FROM evidence_item WHERE package_id = ?"));
    select.addBindValue(packageId);
    if (!select.exec())
        return dbError(select);
    QList<std::pair<qint64, QDate>> updates;
    while (select.next()) {
        const auto it = byRawPath.constFind(select.value(1).toByteArray());
        if (it != byRawPath.constEnd())
            updates.append({select.value(0).toLongLong(), *it});
    }
    QSqlQuery update(m_db.connection());
    update.prepare(QStringLiteral("UPDATE evidence_item SET effective_date = ? WHERE id = ?"));
    for (const auto &[id, date] : updates) {
        update.bindValue(0, dateValue(date));
        update.bindValue(1, id);
        if (!update.exec())
            return dbError(update);
    }
    return {};
}

Result<QList<UnindexedContent>> EvidenceRepository::unindexedContents() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT b.sha256, b.size,"
            " (SELECT i.media_type FROM evidence_item i WHERE i.sha256 = b.sha256 ORDER BY i.id LIMIT 1),"
            " (SELECT p.name || '/' || i.path FROM evidence_item i JOIN evidence_package p ON p.id = i.package_id"
            "  WHERE i.sha256 = b.sha256 ORDER BY i.id LIMIT 1)"
            " FROM evidence_blob b WHERE NOT EXISTS (SELECT 1 FROM evidence_text_state s WHERE s.sha256 = b.sha256)"
            " AND EXISTS (SELECT 1 FROM evidence_item i WHERE i.sha256 = b.sha256) ORDER BY b.sha256")))
        return dbError(q);
    QList<UnindexedContent> out;
    while (q.next())
        out.append(
            {q.value(0).toString().toLatin1(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()});
    return out;
}

Result<void> EvidenceRepository::markIndexed(const QByteArray &sha256, const QString &status, int pages,
                                             const QString &detail, const QDateTime &at)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO evidence_text_state (sha256, status, pages, detail, indexed_at)"
                             " VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(QString::fromLatin1(sha256));
    q.addBindValue(status);
    q.addBindValue(pages);
    q.addBindValue(notNull(detail));
    q.addBindValue(at.toUTC().toString(Qt::ISODate));
    if (!q.exec())
        return dbError(q);
    return {};
}

// Ranks first, then makes snippets for the best row of each content and page only: a snippet re-reads its row's text,
// and a common word matches thousands of rows of a large log.
Result<QList<EvidenceTextHit>> EvidenceRepository::searchText(const QString &query, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT rowid, sha256, page, bm25(evidence_text) AS score FROM evidence_text"
                             " WHERE evidence_text MATCH ? ORDER BY score, sha256, page LIMIT ?"));
    q.addBindValue(query);
    q.addBindValue(std::max(1, limit) * 8);
    if (!q.exec())
        return searchError(q);
    QList<std::pair<qint64, EvidenceTextHit>> best;
    QSet<std::pair<QByteArray, int>> seen;
    while (q.next() && best.size() < limit) {
        EvidenceTextHit hit{q.value(1).toString().toLatin1(), q.value(2).toInt(), {}, q.value(3).toDouble()};
        if (!seen.contains({hit.sha256, hit.page})) {
            seen.insert({hit.sha256, hit.page});
            best.append({q.value(0).toLongLong(), hit});
        }
    }
    if (q.lastError().isValid())
        return searchError(q);
    QSqlQuery snippet(m_db.connection());
    snippet.prepare(QStringLiteral("SELECT snippet(evidence_text, 2, '[', ']', '…', 16) FROM evidence_text"
                                   " WHERE evidence_text MATCH ? AND rowid = ?"));
    QList<EvidenceTextHit> out;
    for (auto &[rowid, hit] : best) {
        snippet.addBindValue(query);
        snippet.addBindValue(rowid);
        if (!snippet.exec())
            return searchError(snippet);
        hit.snippet = snippet.next() ? snippet.value(0).toString() : QString();
        out.append(hit);
    }
    return out;
}

} // namespace Tickmark::Core
