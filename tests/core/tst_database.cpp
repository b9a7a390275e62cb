// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Workpaper storage: creation, reopening, migrations, refusals that leave files untouched, single file at rest.
#include "audit/audittrail.h"
#include "controls/controlservice.h"
#include "engagement/engagementservice.h"
#include "storage/database.h"
#include "testsupport.h"
#include "workpaper/repositories.h"
#include "workpaper/workpaper.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace Tickmark;
using namespace Tickmark::Core;

namespace {

// Runs raw SQL through SQLite's C API, bypassing Tickmark (as a tamperer or an older version would).
bool rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        return false;
    const bool ok = sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createAndReopen();
    void refusesExistingFileOnCreate();
    void singleFileAtRest();
    void foreignKeysAreOn();
    void refusesNewerVersionUntouched();
    void refusesNonWorkpapers_data();
    void refusesNonWorkpapers();
    void refusesCorruptFile();
    void migratesVersionZeroFile();
    void saveCopyIsAWorkpaper();
    void failedActionChangesNothing();

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void TestDatabase::createAndReopen()
{
    const QString file = path(QStringLiteral("a.tickmark"));
    {
        auto wp = Test::createWorkpaper(file);
        QVERIFY(wp);
        QCOMPARE(wp->schemaVersion(), Database::latestSchemaVersion());
    }
    auto wp = Workpaper::open(file, Test::preparer());
    QVERIFY2(wp, qPrintable(wp ? QString() : wp.error().detail));
    const auto details = (*wp)->engagement().details();
    QVERIFY(details);
    QCOMPARE(details->client, QStringLiteral("Example Cloud Ltd"));
    QCOMPARE(details->periodTo, QDate(2026, 9, 30));
    QCOMPARE(details->categories, (QList<Category>{Category::Security, Category::Availability}));
}

void TestDatabase::refusesExistingFileOnCreate()
{
    const QString file = path(QStringLiteral("exists.tickmark"));
    writeFile(file, "keep me");
    auto wp = Workpaper::create(file, Test::typeTwoDetails(), Test::preparer());
    QVERIFY(!wp);
    QCOMPARE(wp.error().code, ErrorCode::AlreadyExists);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("keep me"));
}

void TestDatabase::singleFileAtRest()
{
    const QString file = path(QStringLiteral("single.tickmark"));
    {
        auto wp = Test::createWorkpaper(file);
        QVERIFY(wp);
        TM_VERIFY_OK(wp->controls().add(Test::control(QStringLiteral("C-1"), {QStringLiteral("CC6.1")})));
        // Between actions the rollback journal is gone too: nothing but the file itself.
        QVERIFY(!QFile::exists(file + QStringLiteral("-journal")));
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
    }
    const QStringList files = QDir(m_dir.path()).entryList({QStringLiteral("single.tickmark*")}, QDir::Files);
    QCOMPARE(files, QStringList{QStringLiteral("single.tickmark")});
}

void TestDatabase::foreignKeysAreOn()
{
    auto db = Database::create(path(QStringLiteral("fk.tickmark")));
    QVERIFY(db);
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("delete"));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO control_criterion (control_id, criterion_id) VALUES (999, 'CC1.1')")));
}

void TestDatabase::refusesNewerVersionUntouched()
{
    const QString file = path(QStringLiteral("newer.tickmark"));
    QVERIFY(Test::createWorkpaper(file));
    QVERIFY(rawExec(file, "PRAGMA user_version = 999"));
    const QByteArray before = Test::fileSha256(file);
    auto wp = Workpaper::open(file, Test::preparer());
    QVERIFY(!wp);
    QCOMPARE(wp.error().code, ErrorCode::TooNew);
    QVERIFY2(wp.error().detail.contains(QStringLiteral("newer Tickmark")), qPrintable(wp.error().detail));
    QCOMPARE(Test::fileSha256(file), before);
}

void TestDatabase::refusesNonWorkpapers_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("text") << QByteArray("client,system\nA,B\n") << int(ErrorCode::NotAWorkpaper)
                          << QStringLiteral("not an SQLite database");
    QTest::newRow("empty") << QByteArray() << int(ErrorCode::NotAWorkpaper) << QStringLiteral("is empty");
    QTest::newRow("binary") << QByteArray(4096, '\xAB') << int(ErrorCode::NotAWorkpaper)
                            << QStringLiteral("not an SQLite database");
}

void TestDatabase::refusesNonWorkpapers()
{
    QFETCH(QByteArray, content);
    QFETCH(int, code);
    QFETCH(QString, message);
    const QString file = path(QStringLiteral("other-%1.tickmark").arg(QString::fromLatin1(QTest::currentDataTag())));
    writeFile(file, content);
    auto wp = Workpaper::open(file, Test::preparer());
    QVERIFY(!wp);
    QCOMPARE(int(wp.error().code), code);
    QVERIFY2(wp.error().detail.contains(message), qPrintable(wp.error().detail));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), content);

    // Another application's SQLite database is recognised as such.
    const QString foreign = path(QStringLiteral("foreign.sqlite"));
    QFile::remove(foreign);
    QVERIFY(rawExec(foreign, "CREATE TABLE t (x)"));
    auto other = Workpaper::open(foreign, Test::preparer());
    QVERIFY(!other);
    QCOMPARE(other.error().code, ErrorCode::NotAWorkpaper);
    QVERIFY(other.error().detail.contains(QStringLiteral("not a Tickmark workpaper")));
}

void TestDatabase::refusesCorruptFile()
{
    const QString file = path(QStringLiteral("corrupt.tickmark"));
    {
        auto wp = Test::createWorkpaper(file);
        QVERIFY(wp);
        for (int i = 0; i < 200; ++i)
            QVERIFY(wp->controls().add(Test::control(QStringLiteral("C-%1").arg(i), {QStringLiteral("CC6.1")},
                                                      QString(300, QLatin1Char('x')))));
    }
    // Overwrite a stretch of pages in the middle of the file, keeping the header intact.
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    QVERIFY(size > 64 * 1024);
    f.seek(size / 2);
    f.write(QByteArray(16 * 1024, '\x5A'));
    f.close();
    auto wp = Workpaper::open(file, Test::preparer());
    QVERIFY(!wp);
    QVERIFY2(wp.error().code == ErrorCode::Corrupt, qPrintable(wp.error().detail));
    QVERIFY(wp.error().detail.contains(QStringLiteral("damaged")));
}

void TestDatabase::migratesVersionZeroFile()
{
    // A version-0 file: Tickmark's application id but no schema yet (as left by an interrupted first save).
    const QString file = path(QStringLiteral("v0.tickmark"));
    QVERIFY(rawExec(file, "PRAGMA application_id = 1414221131; CREATE TABLE scratch (x)"));
    auto db = Database::open(file);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().detail));
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_event")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestDatabase::saveCopyIsAWorkpaper()
{
    const QString file = path(QStringLiteral("orig.tickmark"));
    const QString copy = path(QStringLiteral("copy.tickmark"));
    auto wp = Test::createWorkpaper(file);
    QVERIFY(wp);
    TM_VERIFY_OK(wp->controls().add(Test::control(QStringLiteral("C-1"), {QStringLiteral("CC6.1")})));
    QVERIFY(wp->saveCopy(copy));
    QVERIFY(!wp->saveCopy(copy)); // refuses to overwrite
    auto reopened = Workpaper::open(copy, Test::preparer());
    QVERIFY(reopened);
    QCOMPARE(*(*reopened)->controls().count(), 1);
}

void TestDatabase::failedActionChangesNothing()
{
    const QString file = path(QStringLiteral("tx.tickmark"));
    auto wp = Test::createWorkpaper(file);
    QVERIFY(wp);
    const auto eventsBefore = wp->auditTrail().events();
    auto ok = wp->perform(QStringLiteral("control:X"), QStringLiteral("create"), [&]() -> Result<QString> {
        if (!wp->repositories().controls.insert(Test::control(QStringLiteral("X"), {QStringLiteral("CC1.1")})))
            return fail(ErrorCode::Database, QStringLiteral("insert failed"));
        return fail(ErrorCode::InvalidArgument, QStringLiteral("refused half way"));
    });
    QVERIFY(!ok);
    QCOMPARE(*wp->controls().count(), 0);
    QCOMPARE(wp->auditTrail().events()->size(), eventsBefore->size());
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
