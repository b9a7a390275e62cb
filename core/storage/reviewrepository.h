// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace Tickmark::Core {

class Database;

/// One message of a review note's thread as stored (user_name identifies the person, by_label is "Name (INITIALS)").
struct NoteMessageRecord
{
    QString text;
    QString userName;
    QString byLabel;
    QString at;
};

/// A review note as stored, with its thread in order.
struct NoteRecord
{
    qint64 id = 0;
    QString object;
    QString status; ///< "open" | "answered" | "cleared"
    QString author; ///< user name of the note's author
    QString clearedBy;
    QString clearedAt;
    QList<NoteMessageRecord> thread;
};

/// A sign-off as stored.
struct SignOffRecord
{
    QString object;
    QString role; ///< "preparer" | "reviewer"
    QString userName;
    QString byLabel;
    QString at;
    QString contentHash;
};

/// Storage of review notes, sign-offs and the lock history. Use inside the workpaper's transaction for changes.
class ReviewRepository final
{
public:
    explicit ReviewRepository(const Database &db) : m_db(db) {}

    /// Inserts a note with its first message; returns its id.
    Result<qint64> insertNote(const QString &object, const NoteMessageRecord &first);
    Result<void> addMessage(qint64 noteId, const NoteMessageRecord &message);
    Result<void> setStatus(qint64 noteId, const QString &status, const QString &clearedBy = {},
                           const QString &clearedAt = {});
    Result<std::optional<NoteRecord>> note(qint64 id) const;
    /// Notes on @p object, or all when empty; by id.
    Result<QList<NoteRecord>> notes(const QString &object = {}) const;

    /// Inserts or replaces the sign-off of (object, role, user).
    Result<void> saveSignOff(const SignOffRecord &signOff);
    /// Removes the sign-offs of @p userName on @p object; returns how many were removed.
    Result<int> removeSignOffs(const QString &object, const QString &userName);
    /// Sign-offs on @p object, or all when empty; by object, role, time.
    Result<QList<SignOffRecord>> signOffs(const QString &object = {}) const;

    /// Appends to the lock history ("lock" or "reopen").
    Result<void> addLockEvent(const QString &action, const QString &at, const QString &by, const QString &reason);

private:
    const Database &m_db;
};

} // namespace Tickmark::Core
