// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;

namespace Tickmark::Core {

/// One open workpaper file: an SQLite database with Tickmark's application id and schema.
///
/// Journal mode is DELETE with synchronous=FULL: each commit is atomic and durable, the file is a
/// single file at rest (no -wal/-shm, the -journal is removed at commit), and no shared memory is
/// needed, so it also works on network shares where WAL does not. Foreign keys are on.
/// Thread affinity: the thread that opened it; use one Database per thread.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Tickmark::Core::Database)

public:
    /// The schema version this build writes. Files with a higher user_version are refused.
    static int latestSchemaVersion();
    /// SQLite application_id marking a Tickmark workpaper ("TKMK").
    static constexpr int kApplicationId = 0x544B4D4B;

    /// Creates a new workpaper at @p path with the latest schema. Refuses an existing file.
    static Result<std::unique_ptr<Database>> create(const QString &path);
    /// Opens an existing workpaper and migrates it forward. Refuses non-workpapers, corrupt files and files
    /// from a newer version without writing to them.
    static Result<std::unique_ptr<Database>> open(const QString &path);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    int schemaVersion() const;
    /// The Qt connection, for repositories in core/storage only.
    QSqlDatabase connection() const;

    /// Writes a consistent copy to @p target with VACUUM INTO (refuses an existing target).
    Result<void> backupTo(const QString &target) const;
    /// Runs PRAGMA quick_check; Corrupt with SQLite's first message when it fails.
    Result<void> quickCheck() const;

private:
    explicit Database(QString path);
    Result<void> connect();
    Result<void> checkIdentity() const;
    Result<void> applyPragmas();
    Result<void> migrate();
    void removeStaleJournal();

    QString m_path;
    QString m_connectionName;
};

/// RAII transaction: BEGIN IMMEDIATE on start, ROLLBACK on destruction unless commit() succeeded.
class Transaction final
{
    Q_DECLARE_TR_FUNCTIONS(Tickmark::Core::Transaction)

public:
    explicit Transaction(const Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// Whether BEGIN succeeded; when false, error() says why.
    bool isActive() const { return m_active; }
    const Error &error() const { return m_error; }
    Result<void> commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    Error m_error;
};

/// Qt binds a null QString as SQL NULL; NOT NULL text columns take "" instead.
inline QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

/// Formats the last error of a query or database as one line (used by repositories).
QString sqlErrorText(const class QSqlError &error);

/// ErrorCode::Database with the query's last error (used by repositories).
Error dbError(const class QSqlQuery &query);

/// The sqlite3 handle behind a QSQLITE connection, for the few hot paths that use SQLite's C API; null if the
/// driver is not SQLite. (Debian's Qt driver links the system SQLite, as Tickmark does.)
::sqlite3 *nativeHandle(const QSqlDatabase &db);

} // namespace Tickmark::Core
