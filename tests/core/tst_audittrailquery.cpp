// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The audit trail viewer's query: filter by object prefix, user (name or initials) and inclusive date range; the
// list of users; CSV export with quoting and neutralised formulas.
#include "audit/audittrail.h"
#include "controls/controlservice.h"
#include "testing/testingservice.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Tickmark;
using namespace Tickmark::Core;

class TestAuditTrailQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void byObjectPrefix();
    void byUser();
    void byDateRange();
    void users();
    void csv();
    void csvFile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workpaper> m_wp;
};

// Events (clock starts 2026-03-01T09:00:00Z, one second per read): engagement create by PP, C-1 and C-2 added by
// PP, then a procedure on C-1 by Rita Reviewer (RR) with a formula-like, comma and quote text.
void TestAuditTrailQuery::init()
{
    m_wp.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_wp = Test::createWorkpaper(m_dir->filePath(QStringLiteral("a.tickmark")));
    QVERIFY(m_wp);
    TM_VERIFY_OK(m_wp->controls().add(Test::control(QStringLiteral("C-1"), {QStringLiteral("CC8.1")})));
    TM_VERIFY_OK(m_wp->controls().add(Test::control(QStringLiteral("C-2"), {QStringLiteral("CC6.2")})));
    m_wp->setActor({QStringLiteral("Rita Reviewer"), QStringLiteral("RR"), Role::Reviewer});
    TM_VERIFY_OK(m_wp->testing().addProcedure(QStringLiteral("C-1"), ProcedureKind::Inspection,
                                              QStringLiteral("=cmd, \"quoted\"")));
}

void TestAuditTrailQuery::byObjectPrefix()
{
    AuditFilter f;
    f.objectPrefix = QStringLiteral("control:");
    const auto controls = m_wp->auditTrail().events(f);
    TM_VERIFY_OK(controls);
    QCOMPARE(controls->size(), 3);
    for (const AuditEvent &e : *controls)
        QVERIFY(e.object.startsWith(QStringLiteral("control:")));
    f.objectPrefix = QStringLiteral("control:C-1");
    QCOMPARE(m_wp->auditTrail().events(f)->size(), 2);
    f.objectPrefix = QStringLiteral("engagement");
    QCOMPARE(m_wp->auditTrail().events(f)->size(), 1);
    QCOMPARE(m_wp->auditTrail().events()->size(), 4);
}

void TestAuditTrailQuery::byUser()
{
    AuditFilter f;
    f.user = QStringLiteral("Rita Reviewer");
    const auto byName = m_wp->auditTrail().events(f);
    QCOMPARE(byName->size(), 1);
    QCOMPARE(byName->first().action, QStringLiteral("design"));
    f.user = QStringLiteral("PP");
    QCOMPARE(m_wp->auditTrail().events(f)->size(), 3);
    f.user = QStringLiteral("Nobody");
    QVERIFY(m_wp->auditTrail().events(f)->isEmpty());
}

void TestAuditTrailQuery::byDateRange()
{
    const QList<AuditEvent> all = *m_wp->auditTrail().events();
    QVERIFY(all.at(1).at < all.at(2).at);
    AuditFilter f;
    f.from = all.at(1).at;
    f.to = all.at(2).at;
    const auto middle = m_wp->auditTrail().events(f);
    QCOMPARE(middle->size(), 2); // both ends inclusive
    QCOMPARE(middle->at(0).seq, all.at(1).seq);
    QCOMPARE(middle->at(1).seq, all.at(2).seq);
    f = {};
    f.from = all.last().at.addSecs(1);
    QVERIFY(m_wp->auditTrail().events(f)->isEmpty());
    f = {};
    f.to = all.first().at;
    f.user = QStringLiteral("PP");
    QCOMPARE(m_wp->auditTrail().events(f)->size(), 1);
}

void TestAuditTrailQuery::users()
{
    const auto users = m_wp->auditTrail().users();
    TM_VERIFY_OK(users);
    QCOMPARE(*users, (QStringList{QStringLiteral("Pat Preparer"), QStringLiteral("Rita Reviewer")}));
}

void TestAuditTrailQuery::csv()
{
    AuditFilter f;
    f.objectPrefix = QStringLiteral("control:C-1");
    const auto csv = m_wp->auditTrail().toCsv(f);
    TM_VERIFY_OK(csv);
    const QList<QByteArray> lines = csv->split('\n');
    QCOMPARE(lines.size(), 4); // header, two events, trailing empty
    QCOMPARE(lines.at(0), QByteArray("seq,at,user,initials,role,object,action,summary,hash\r"));
    QVERIFY2(lines.at(1).startsWith("2,2026-03-01T09:00:0"), lines.at(1).constData());
    QVERIFY(lines.at(1).contains(",Pat Preparer,PP,preparer,control:C-1,create,"));
    // The summary holds a comma and quotes: quoted, quotes doubled; "=cmd" inside JSON does not start the field.
    QVERIFY2(lines.at(2).contains(",Rita Reviewer,RR,reviewer,control:C-1,design,\"{"), lines.at(2).constData());
    QVERIFY2(lines.at(2).contains("=cmd, \\\"\"quoted\\\"\""), lines.at(2).constData());
    QVERIFY(lines.at(2).endsWith('\r'));

    // A field that a spreadsheet would run as a formula is prefixed with a quote.
    m_wp->setActor({QStringLiteral("=HYPERLINK(1)"), QStringLiteral("-X"), Role::Preparer});
    TM_VERIFY_OK(m_wp->testing().addProcedure(QStringLiteral("C-2"), ProcedureKind::Observation, QStringLiteral("o")));
    f.objectPrefix = QStringLiteral("control:C-2");
    const QByteArray last = m_wp->auditTrail().toCsv(f)->split('\n').at(2);
    QVERIFY2(last.contains(",'=HYPERLINK(1),'-X,preparer,control:C-2,design,"), last.constData());
}

void TestAuditTrailQuery::csvFile()
{
    const QString path = m_dir->filePath(QStringLiteral("trail.csv"));
    TM_VERIFY_OK(m_wp->auditTrail().exportCsv({}, path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), *m_wp->auditTrail().toCsv());
    const auto bad = m_wp->auditTrail().exportCsv({}, m_dir->filePath(QStringLiteral("missing/dir/x.csv")));
    QCOMPARE(bad.error().code, ErrorCode::FileError);
    QVERIFY(bad.error().detail.contains(QStringLiteral("missing/dir/x.csv")));
}

QTEST_GUILESS_MAIN(TestAuditTrailQuery)
#include "tst_audittrailquery.moc"
