// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "migrations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcStorage, "tickmark.storage", QtWarningMsg)

namespace Tickmark::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tickmark::Core", text);
}

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("tickmark-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Runs one statement; returns the first column of the first row (or an invalid QVariant).
Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return fail(ErrorCode::Database, sqlErrorText(q.lastError()));
    return q.next() ? q.value(0) : QVariant();
}

Result<void> exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return fail(ErrorCode::Database, sqlErrorText(q.lastError()));
    return {};
}

// A file that is not an SQLite database at all is recognised by its 16-byte header.
Result<void> checkHeader(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::FileError, tr("cannot open %1: %2").arg(path, f.errorString()));
    const QByteArray header = f.read(16);
    if (header.isEmpty())
        return fail(ErrorCode::NotAWorkpaper, tr("%1 is empty, not a Tickmark workpaper").arg(path));
    if (header != QByteArrayView("SQLite format 3\0", 16))
        return fail(ErrorCode::NotAWorkpaper, tr("%1 is not a Tickmark workpaper (not an SQLite database)").arg(path));
    return {};
}

} // namespace

QString sqlErrorText(const QSqlError &error)
{
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.driverText();
    return text.isEmpty() ? tr("unknown database error") : text;
}

Error dbError(const QSqlQuery &query)
{
    return fail(ErrorCode::Database, sqlErrorText(query.lastError()));
}

sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

int Database::latestSchemaVersion()
{
    return Migrations::steps().constLast().version;
}

Database::Database(QString path) : m_path(std::move(path)), m_connectionName(nextConnectionName()) {}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::create(const QString &path)
{
    if (QFileInfo::exists(path))
        return fail(ErrorCode::AlreadyExists, tr("%1 already exists; choose another file name").arg(path));
    std::unique_ptr<Database> db(new Database(path));
    auto ok = db->connect();
    if (ok)
        ok = db->applyPragmas();
    if (ok)
        ok = exec(db->connection(), QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
    if (ok)
        ok = db->migrate();
    if (!ok) {
        db.reset();
        QFile::remove(path);
        return ok.error();
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    if (!QFileInfo::exists(path))
        return fail(ErrorCode::FileError, tr("%1 does not exist").arg(path));
    if (auto ok = checkHeader(path); !ok)
        return ok.error();
    std::unique_ptr<Database> db(new Database(path));
    auto ok = db->connect();
    // Identity and version are checked before anything that could write (journal mode, migrations).
    if (ok)
        ok = db->checkIdentity();
    if (ok)
        ok = db->quickCheck();
    if (ok)
        ok = db->applyPragmas();
    if (ok)
        ok = db->migrate();
    if (!ok)
        return ok.error();
    db->removeStaleJournal();
    return db;
}

void Database::removeStaleJournal()
{
    // A process killed while writing may leave a journal whose header it had not yet written; SQLite ignores such
    // a "cold" journal but never deletes it. Under an exclusive lock no one else can be writing, and a hot journal
    // would already have been rolled back by the read, so what remains is stale: remove it to stay one file.
    const QString journal = m_path + QStringLiteral("-journal");
    if (!QFileInfo::exists(journal))
        return;
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("BEGIN EXCLUSIVE")))
        return;
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) && QFile::remove(journal))
        qCInfo(lcStorage) << "removed a stale journal left by an interrupted process:" << journal;
    q.exec(QStringLiteral("COMMIT"));
}

Result<void> Database::connect()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!db.isValid())
        return fail(ErrorCode::Database, tr("the Qt SQLite driver (QSQLITE) is not installed"));
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return fail(ErrorCode::FileError, tr("cannot open %1: %2").arg(m_path, sqlErrorText(db.lastError())));
    return {};
}

Result<void> Database::checkIdentity() const
{
    const auto appId = scalar(connection(), QStringLiteral("PRAGMA application_id"));
    if (!appId)
        return fail(ErrorCode::Corrupt, tr("%1 cannot be read: %2").arg(m_path, appId.error().detail));
    if (appId->toInt() != kApplicationId)
        return fail(ErrorCode::NotAWorkpaper, tr("%1 is an SQLite database but not a Tickmark workpaper").arg(m_path));
    const int version = schemaVersion();
    if (version > latestSchemaVersion())
        return fail(ErrorCode::TooNew, tr("%1 was written by a newer Tickmark (schema %2; this version reads up to %3);"
                                          " it was not changed. Please update Tickmark.")
                                           .arg(m_path)
                                           .arg(version)
                                           .arg(latestSchemaVersion()));
    return {};
}

Result<void> Database::quickCheck() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        return fail(ErrorCode::Corrupt, tr("%1 is damaged: %2").arg(m_path, sqlErrorText(q.lastError())));
    if (!q.next())
        return fail(ErrorCode::Corrupt, tr("%1 is damaged: integrity check returned nothing").arg(m_path));
    const QString first = q.value(0).toString();
    if (first != QLatin1String("ok"))
        return fail(ErrorCode::Corrupt, tr("%1 is damaged: %2").arg(m_path, first));
    return {};
}

Result<void> Database::applyPragmas()
{
    const QSqlDatabase db = connection();
    const auto mode = scalar(db, QStringLiteral("PRAGMA journal_mode = DELETE"));
    if (!mode)
        return mode.error();
    if (mode->toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0)
        return fail(ErrorCode::Database, tr("cannot switch %1 to rollback-journal mode").arg(m_path));
    // A 32 MiB page cache keeps large imports from spilling dirty pages (and syncing the journal) mid-transaction.
    for (const char *pragma : {"PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON", "PRAGMA cache_size = -32768"}) {
        if (auto ok = exec(db, QString::fromLatin1(pragma)); !ok)
            return ok;
    }
    return {};
}

int Database::schemaVersion() const
{
    const auto v = scalar(connection(), QStringLiteral("PRAGMA user_version"));
    return v ? v->toInt() : -1;
}

Result<void> Database::migrate()
{
    for (const Migrations::Step &step : Migrations::steps()) {
        if (step.version <= schemaVersion())
            continue;
        Transaction tx(*this);
        if (!tx.isActive())
            return tx.error();
        for (const QString &sql : step.statements) {
            if (auto ok = exec(connection(), sql); !ok)
                return fail(ErrorCode::Database,
                            tr("upgrading %1 to schema %2 failed: %3").arg(m_path).arg(step.version).arg(ok.error().detail));
        }
        if (auto ok = exec(connection(), QStringLiteral("PRAGMA user_version = %1").arg(step.version)); !ok)
            return ok;
        if (auto ok = tx.commit(); !ok)
            return ok;
        qCDebug(lcStorage) << "migrated" << m_path << "to schema" << step.version;
    }
    return {};
}

Result<void> Database::backupTo(const QString &target) const
{
    if (QFileInfo::exists(target))
        return fail(ErrorCode::AlreadyExists, tr("%1 already exists; choose another file name").arg(target));
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    if (!q.exec())
        return fail(ErrorCode::FileError, tr("cannot write a copy to %1: %2").arg(target, sqlErrorText(q.lastError())));
    return {};
}

Transaction::Transaction(const Database &db) : m_db(db.connection())
{
    QSqlQuery q(m_db);
    m_active = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        m_error = fail(ErrorCode::Database, tr("cannot start a transaction: %1").arg(sqlErrorText(q.lastError())));
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return m_error;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT")))
        return fail(ErrorCode::Database, tr("cannot save the change: %1").arg(sqlErrorText(q.lastError())));
    m_active = false;
    return {};
}

} // namespace Tickmark::Core
