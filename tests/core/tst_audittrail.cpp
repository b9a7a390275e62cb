// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The append-only audit trail: every action leaves one event; tampering is named by `verify`.
#include "audit/audittrail.h"
#include "controls/controlservice.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace Tickmark;
using namespace Tickmark::Core;

namespace {

// Tampering as an attacker with the sqlite3 shell would: bypassing Tickmark entirely.
QString rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open(QFile::encodeName(path).constData(), &db);
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    const QString error = rc == SQLITE_OK ? QString() : QString::fromUtf8(message);
    sqlite3_free(message);
    sqlite3_close(db);
    return error;
}

} // namespace

class TestAuditTrail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void eventsRecordWhoWhatWhen();
    void intactChainVerifies();
    void triggersRefuseUpdateAndDelete();
    void editedEventIsNamed();
    void deletedEventIsNamed();
    void insertedEventIsNamed();
    void truncatedTailIsNamed();
    void filterByObjectAndUser();

private:
    Result<ChainReport> reopenAndVerify();
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
};

void TestAuditTrail::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_file = m_dir->filePath(QStringLiteral("trail.tickmark"));
    auto wp = Test::createWorkpaper(m_file);
    QVERIFY(wp);
    TM_VERIFY_OK(wp->controls().add(Test::control(QStringLiteral("C-1"), {QStringLiteral("CC6.1")})));
    Control changed = Test::control(QStringLiteral("C-1"), {QStringLiteral("CC6.1"), QStringLiteral("CC6.2")});
    changed.owner = QStringLiteral("IT");
    TM_VERIFY_OK(wp->controls().update(QStringLiteral("C-1"), changed));
    TM_VERIFY_OK(wp->controls().add(Test::control(QStringLiteral("C-2"), {QStringLiteral("CC7.1")})));
    TM_VERIFY_OK(wp->controls().remove(QStringLiteral("C-2")));
}

Result<ChainReport> TestAuditTrail::reopenAndVerify()
{
    auto wp = Workpaper::open(m_file, Test::preparer());
    if (!wp)
        return wp.error();
    return (*wp)->auditTrail().verify();
}

void TestAuditTrail::eventsRecordWhoWhatWhen()
{
    auto wp = Workpaper::open(m_file, Test::preparer());
    QVERIFY(wp);
    const auto events = (*wp)->auditTrail().events();
    QVERIFY(events);
    QCOMPARE(events->size(), 5);
    const QStringList actions{QStringLiteral("create"), QStringLiteral("create"), QStringLiteral("update"),
                              QStringLiteral("create"), QStringLiteral("delete")};
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(events->at(i).seq, i + 1);
        QCOMPARE(events->at(i).action, actions.at(i));
        QCOMPARE(events->at(i).user, QStringLiteral("Pat Preparer"));
        QCOMPARE(events->at(i).initials, QStringLiteral("PP"));
        QCOMPARE(events->at(i).role, QStringLiteral("preparer"));
    }
    QCOMPARE(events->at(0).object, QStringLiteral("engagement"));
    QCOMPARE(events->at(0).at, QDateTime(QDate(2026, 3, 1), QTime(9, 0, 1), Qt::UTC));
    // The update's summary holds only what changed, before and after.
    const QJsonObject summary = QJsonDocument::fromJson(events->at(2).summary.toUtf8()).object();
    QCOMPARE(summary.value(QStringLiteral("before")).toObject().value(QStringLiteral("owner")).toString(), QString());
    QCOMPARE(summary.value(QStringLiteral("after")).toObject().value(QStringLiteral("owner")).toString(),
             QStringLiteral("IT"));
    QVERIFY(!summary.value(QStringLiteral("after")).toObject().contains(QStringLiteral("description")));
    QCOMPARE(events->at(1).prevHash, events->at(0).hash);
}

void TestAuditTrail::intactChainVerifies()
{
    const auto report = reopenAndVerify();
    QVERIFY(report);
    QVERIFY2(report->ok, qPrintable(report->problem));
    QCOMPARE(report->events, 5);
}

void TestAuditTrail::triggersRefuseUpdateAndDelete()
{
    QVERIFY(rawExec(m_file, "UPDATE audit_event SET user_name = 'Mallory' WHERE seq = 2").contains(QStringLiteral("append-only")));
    QVERIFY(rawExec(m_file, "DELETE FROM audit_event WHERE seq = 2").contains(QStringLiteral("append-only")));
    QVERIFY(reopenAndVerify()->ok);
}

void TestAuditTrail::editedEventIsNamed()
{
    QCOMPARE(rawExec(m_file, "DROP TRIGGER audit_event_no_update;"
                             "UPDATE audit_event SET summary = '{}' WHERE seq = 3"),
             QString());
    const auto report = reopenAndVerify();
    QVERIFY(report);
    QVERIFY(!report->ok);
    QCOMPARE(report->firstBroken, 3);
    QVERIFY2(report->problem.contains(QStringLiteral("event 3")), qPrintable(report->problem));
    QVERIFY(report->problem.contains(QStringLiteral("altered")));
}

void TestAuditTrail::deletedEventIsNamed()
{
    QCOMPARE(rawExec(m_file, "DROP TRIGGER audit_event_no_delete; DELETE FROM audit_event WHERE seq = 2"), QString());
    const auto report = reopenAndVerify();
    QVERIFY(!report->ok);
    QCOMPARE(report->firstBroken, 2);
    QVERIFY2(report->problem.contains(QStringLiteral("event 2 is missing")), qPrintable(report->problem));
}

void TestAuditTrail::insertedEventIsNamed()
{
    // A forged event squeezed in after event 2: renumbering the later rows needs the update trigger gone.
    QCOMPARE(rawExec(m_file, "DROP TRIGGER audit_event_no_update;"
                             "UPDATE audit_event SET seq = seq + 100 WHERE seq > 2;"
                             "UPDATE audit_event SET seq = seq - 99 WHERE seq > 100;"
                             "INSERT INTO audit_event VALUES (3, '2026-03-01T09:00:03.000Z', 'Mallory', 'M',"
                             " 'reviewer', 'control:C-1', 'signoff', '{}', 'x', 'y')"),
             QString());
    const auto report = reopenAndVerify();
    QVERIFY(!report->ok);
    QCOMPARE(report->firstBroken, 3);
    QVERIFY2(report->problem.contains(QStringLiteral("event 3")), qPrintable(report->problem));
}

void TestAuditTrail::truncatedTailIsNamed()
{
    QCOMPARE(rawExec(m_file, "DROP TRIGGER audit_event_no_delete; DELETE FROM audit_event WHERE seq >= 4"), QString());
    const auto report = reopenAndVerify();
    QVERIFY(!report->ok);
    QCOMPARE(report->firstBroken, 4);
    QVERIFY2(report->problem.contains(QStringLiteral("events 4 to 5 are missing")), qPrintable(report->problem));
}

void TestAuditTrail::filterByObjectAndUser()
{
    auto wp = Workpaper::open(m_file, Test::preparer());
    QVERIFY(wp);
    QCOMPARE((*wp)->auditTrail().events({QStringLiteral("control:C-1"), {}, {}, {}})->size(), 2);
    QCOMPARE((*wp)->auditTrail().events({QStringLiteral("control:"), {}, {}, {}})->size(), 4);
    QCOMPARE((*wp)->auditTrail().events({{}, QStringLiteral("PP"), {}, {}})->size(), 5);
    QCOMPARE((*wp)->auditTrail().events({{}, QStringLiteral("Someone Else"), {}, {}})->size(), 0);
    const QDateTime from(QDate(2026, 3, 1), QTime(9, 0, 3), Qt::UTC);
    QCOMPARE((*wp)->auditTrail().events({{}, {}, from, {}})->size(), 3);
}

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
