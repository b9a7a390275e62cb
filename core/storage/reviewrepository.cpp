// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewrepository.h"

#include "database.h"

#include <QHash>
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

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

} // namespace

Result<qint64> ReviewRepository::insertNote(const QString &object, const NoteMessageRecord &first)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO review_note (object, status, author) VALUES (?, 'open', ?)"));
    if (!execWith(q, {object, notNull(first.userName)}))
        return dbError(q);
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto added = addMessage(id, first); !added)
        return added.error();
    return id;
}

Result<void> ReviewRepository::addMessage(qint64 noteId, const NoteMessageRecord &m)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO review_message (note_id, text, user_name, by_label, at) VALUES (?, ?, ?, ?, ?)"));
    if (!execWith(q, {noteId, notNull(m.text), notNull(m.userName), notNull(m.byLabel), m.at}))
        return dbError(q);
    return {};
}

Result<void> ReviewRepository::setStatus(qint64 noteId, const QString &status, const QString &clearedBy,
                                         const QString &clearedAt)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE review_note SET status = ?, cleared_by = ?, cleared_at = ? WHERE id = ?"));
    if (!execWith(q, {status, textOrNull(clearedBy), textOrNull(clearedAt), noteId}))
        return dbError(q);
    return {};
}

Result<std::optional<NoteRecord>> ReviewRepository::note(qint64 id) const
{
    const auto all = notes();
    if (!all)
        return all.error();
    for (const NoteRecord &n : *all) {
        if (n.id == id)
            return std::optional<NoteRecord>(n);
    }
    return std::optional<NoteRecord>();
}

Result<QList<NoteRecord>> ReviewRepository::notes(const QString &object) const
{
    QSqlQuery q(m_db.connection());
    const QString where = object.isEmpty() ? QString() : QStringLiteral(" WHERE n.object = ?");
    const QVariantList binds = object.isEmpty() ? QVariantList() : QVariantList{object};
    q.prepare(QStringLiteral("SELECT id, object, status, author, cleared_by, cleared_at FROM review_note n") + where
              + QStringLiteral(" ORDER BY id"));
    if (!execWith(q, binds))
        return dbError(q);
    QList<NoteRecord> out;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        index.insert(q.value(0).toLongLong(), out.size());
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString(), {}});
    }
    QSqlQuery m(m_db.connection());
    m.prepare(QStringLiteral("SELECT m.note_id, m.text, m.user_name, m.by_label, m.at FROM review_message m"
                             " JOIN review_note n ON n.id = m.note_id")
              + where + QStringLiteral(" ORDER BY m.note_id, m.id"));
    if (!execWith(m, binds))
        return dbError(m);
    while (m.next()) {
        const auto at = index.constFind(m.value(0).toLongLong());
        if (at != index.constEnd())
            out[*at].thread.append(
                {m.value(1).toString(), m.value(2).toString(), m.value(3).toString(), m.value(4).toString()});
    }
    return out;
}

Result<void> ReviewRepository::saveSignOff(const SignOffRecord &s)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO signoff (object, role, user_name, by_label, at, content_hash)"
                             " VALUES (?, ?, ?, ?, ?, ?)"));
    if (!execWith(q, {s.object, s.role, notNull(s.userName), notNull(s.byLabel), s.at, notNull(s.contentHash)}))
        return dbError(q);
    return {};
}

Result<int> ReviewRepository::removeSignOffs(const QString &object, const QString &userName)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM signoff WHERE object = ? AND user_name = ?"));
    if (!execWith(q, {object, userName}))
        return dbError(q);
    return q.numRowsAffected();
}

Result<QList<SignOffRecord>> ReviewRepository::signOffs(const QString &object) const
{
    QSqlQuery q(m_db.connection());
    QString sql = QStringLiteral("SELECT object, role, user_name, by_label, at, content_hash FROM signoff");
    QVariantList binds;
    if (!object.isEmpty()) {
        sql += QStringLiteral(" WHERE object = ?");
        binds << object;
    }
    q.prepare(sql + QStringLiteral(" ORDER BY object, role, at"));
    if (!execWith(q, binds))
        return dbError(q);
    QList<SignOffRecord> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString()});
    return out;
}

Result<void> ReviewRepository::addLockEvent(const QString &action, const QString &at, const QString &by,
                                            const QString &reason)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO lock_history (action, at, by_label, reason) VALUES (?, ?, ?, ?)"));
    if (!execWith(q, {action, at, notNull(by), notNull(reason)}))
        return dbError(q);
    return {};
}

} // namespace Tickmark::Core
