// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Lock and reopen: locking needs a clean review status and the reviewer or partner role; a locked workpaper refuses
// every service's mutation; reopening needs a reviewer or partner and a reason, is logged, and lifts the lock.
#include "audit/audittrail.h"
#include "controls/controlservice.h"
#include "engagement/engagementservice.h"
#include "evidence/evidenceservice.h"
#include "population/populationservice.h"
#include "review/reviewservice.h"
#include "sampling/samplingservice.h"
#include "testing/evaluationservice.h"
#include "testing/exceptionservice.h"
#include "testing/testingservice.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Tickmark;
using namespace Tickmark::Core;

namespace {

Actor reviewer()
{
    return {QStringLiteral("Rita Reviewer"), QStringLiteral("RR"), Role::Reviewer};
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return f.fileName();
}

} // namespace

class TestLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void lockRefusedForPreparer();
    void lockRefusedUntilReviewClean();
    void lockBlocksEveryMutation();
    void reopen();
    void lockSurvivesReopeningTheFile();

private:
    void signEverything();
    void lockIt();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workpaper> m_wp;
    QString m_file;
    qint64 m_exception = 0;
};

void TestLock::init()
{
    m_wp.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_file = m_dir->filePath(QStringLiteral("l.tickmark"));
    m_wp = Test::createWorkpaper(m_file);
    QVERIFY(m_wp);
    TM_VERIFY_OK(m_wp->controls().add(Test::control(QStringLiteral("C-1"), {QStringLiteral("CC8.1")})));
    PopulationImportOptions o;
    o.name = QStringLiteral("Pop");
    o.controlId = QStringLiteral("C-1");
    TM_VERIFY_OK(m_wp->populations().importFile(
        writeFile(*m_dir, QStringLiteral("p.csv"), "ticket\nT-1\nT-2\nT-3\nT-4\nT-5\n"), o));
    const auto drawn = m_wp->sampling().draw(QStringLiteral("Pop"), 2, SelectionMethod::Random, 5);
    TM_VERIFY_OK(drawn);
    TM_VERIFY_OK(m_wp->testing().addAttribute(QStringLiteral("C-1"), QStringLiteral("A"), QStringLiteral("Approved")));
    TM_VERIFY_OK(m_wp->testing().record(QStringLiteral("C-1"), drawn->rows.first(), QStringLiteral("A"),
                                        AttributeResult::Deviation, QStringLiteral("unsigned")));
    m_exception = m_wp->exceptions().list()->first().id;
}

void TestLock::signEverything()
{
    const auto objects = m_wp->review().signableObjects();
    QVERIFY(objects);
    m_wp->setActor(Test::preparer());
    for (const QString &object : *objects)
        TM_VERIFY_OK(m_wp->review().signOff(object));
    m_wp->setActor(reviewer());
    for (const QString &object : *objects)
        TM_VERIFY_OK(m_wp->review().signOff(object));
}

void TestLock::lockIt()
{
    signEverything();
    m_wp->setActor(reviewer());
    TM_VERIFY_OK(m_wp->review().lock());
    QVERIFY(m_wp->isLocked());
}

void TestLock::lockRefusedForPreparer()
{
    signEverything();
    m_wp->setActor(Test::preparer());
    const auto denied = m_wp->review().lock();
    QCOMPARE(denied.error().code, ErrorCode::PermissionDenied);
    QVERIFY2(denied.error().detail.contains(QStringLiteral("reviewer or partner")), qPrintable(denied.error().detail));
    QVERIFY(!m_wp->isLocked());
}

void TestLock::lockRefusedUntilReviewClean()
{
    m_wp->setActor(reviewer());
    const auto refused = m_wp->review().lock();
    QVERIFY(!refused);
    QVERIFY2(refused.error().detail.contains(QStringLiteral("missing sign-off")), qPrintable(refused.error().detail));
    QVERIFY(!m_wp->isLocked());
    signEverything();
    const auto note = m_wp->review().addNote(QStringLiteral("control:C-1"), QStringLiteral("Explain the deviation"));
    TM_VERIFY_OK(note);
    QVERIFY2(m_wp->review().lock().error().detail.contains(QStringLiteral("1 open review note")),
             qPrintable(m_wp->review().lock().error().detail));
    TM_VERIFY_OK(m_wp->review().clear(*note));
    TM_VERIFY_OK(m_wp->review().lock());
    QVERIFY(m_wp->isLocked());
    QVERIFY(m_wp->engagement().issuedAt()->isValid());
    const AuditEvent last = m_wp->auditTrail().events()->last();
    QCOMPARE(last.object, QStringLiteral("engagement"));
    QCOMPARE(last.action, QStringLiteral("lock"));
    QCOMPARE(m_wp->review().lock().error().code, ErrorCode::Locked);
}

void TestLock::lockBlocksEveryMutation()
{
    lockIt();
    const qsizetype events = m_wp->auditTrail().events()->size();
    auto refusedLocked = [](const Result<void> &r) { return !r && r.error().code == ErrorCode::Locked; };
    QVERIFY(refusedLocked(m_wp->controls().add(Test::control(QStringLiteral("C-2"), {QStringLiteral("CC6.1")}))));
    auto details = *m_wp->engagement().details();
    details.client = QStringLiteral("Changed");
    QVERIFY(refusedLocked(m_wp->engagement().update(details)));
    PopulationImportOptions o;
    o.name = QStringLiteral("Pop2");
    o.controlId = QStringLiteral("C-1");
    const auto pop = m_wp->populations().importFile(writeFile(*m_dir, QStringLiteral("q.csv"), "a\n1\n2\n"), o);
    QVERIFY(!pop);
    QCOMPARE(pop.error().code, ErrorCode::Locked);
    const auto draw = m_wp->sampling().draw(QStringLiteral("Pop"), 3, SelectionMethod::Random, 9);
    QVERIFY(!draw);
    QCOMPARE(draw.error().code, ErrorCode::Locked);
    const auto evidence = m_wp->evidence().importPackage(
        writeFile(*m_dir, QStringLiteral("e.txt"), "approval ticket T-1\n"), EvidenceImportOptions{});
    QVERIFY(!evidence);
    QCOMPARE(evidence.error().code, ErrorCode::Locked);
    QVERIFY(refusedLocked(m_wp->testing().addProcedure(QStringLiteral("C-1"), ProcedureKind::Inspection,
                                                        QStringLiteral("Inspect"))));
    QVERIFY(refusedLocked(m_wp->testing().record(QStringLiteral("C-1"), m_wp->sampling().sample(QStringLiteral("Pop"))
                                                                             ->value()
                                                                             .rows.last(),
                                                  QStringLiteral("A"), AttributeResult::Pass)));
    QVERIFY(refusedLocked(m_wp->testing().setNotOperated(QStringLiteral("C-1"), QStringLiteral("x"))));
    ExceptionUpdate u;
    u.managementResponse = QStringLiteral("x");
    QVERIFY(refusedLocked(m_wp->exceptions().update(m_exception, u)));
    const auto raised = m_wp->exceptions().raise(QStringLiteral("C-1"), ExceptionKind::Design, QStringLiteral("x"));
    QCOMPARE(raised.error().code, ErrorCode::Locked);
    QVERIFY(refusedLocked(m_wp->evaluation().setTolerance(QStringLiteral("C-1"), 0.1, 0.1)));
    const auto note = m_wp->review().addNote(QStringLiteral("control:C-1"), QStringLiteral("late note"));
    QCOMPARE(note.error().code, ErrorCode::Locked);
    QVERIFY(refusedLocked(m_wp->review().withdrawSignOff(QStringLiteral("control:C-1"))));
    QCOMPARE(m_wp->auditTrail().events()->size(), events);
    QCOMPARE(m_wp->engagement().details()->client, Test::typeTwoDetails().client);
    // Reads still work.
    TM_VERIFY_OK(m_wp->evaluation().control(QStringLiteral("C-1")));
    TM_VERIFY_OK(m_wp->review().status());
}

void TestLock::reopen()
{
    QCOMPARE(m_wp->review().reopen(QStringLiteral("x")).error().code, ErrorCode::PermissionDenied);
    m_wp->setActor(reviewer());
    const auto notLocked = m_wp->review().reopen(QStringLiteral("x"));
    QVERIFY2(notLocked.error().detail.contains(QStringLiteral("not locked")), qPrintable(notLocked.error().detail));
    lockIt();
    m_wp->setActor(Test::preparer());
    const auto denied = m_wp->review().reopen(QStringLiteral("typo in the description"));
    QCOMPARE(denied.error().code, ErrorCode::PermissionDenied);
    QVERIFY(m_wp->isLocked());
    m_wp->setActor(reviewer());
    QCOMPARE(m_wp->review().reopen(QStringLiteral("  ")).error().code, ErrorCode::InvalidArgument);
    QVERIFY(m_wp->isLocked());
    TM_VERIFY_OK(m_wp->review().reopen(QStringLiteral("Typo in the description of the system")));
    QVERIFY(!m_wp->isLocked());
    QVERIFY(!m_wp->engagement().issuedAt()->isValid());
    const AuditEvent last = m_wp->auditTrail().events()->last();
    QCOMPARE(last.object, QStringLiteral("engagement"));
    QCOMPARE(last.action, QStringLiteral("reopen"));
    QCOMPARE(last.user, QStringLiteral("Rita Reviewer"));
    QVERIFY2(last.summary.contains(QStringLiteral("Typo in the description of the system")), qPrintable(last.summary));
    TM_VERIFY_OK(m_wp->auditTrail().verify());
    QVERIFY(m_wp->auditTrail().verify()->ok);
    // Mutations work again.
    TM_VERIFY_OK(m_wp->controls().add(Test::control(QStringLiteral("C-2"), {QStringLiteral("CC6.1")})));
}

void TestLock::lockSurvivesReopeningTheFile()
{
    lockIt();
    m_wp.reset();
    auto reopened = Workpaper::open(m_file, reviewer(), Test::fixedClock());
    TM_VERIFY_OK(reopened);
    QVERIFY((*reopened)->isLocked());
    QCOMPARE((*reopened)->testing().setNotOperated(QStringLiteral("C-1"), QStringLiteral("x")).error().code,
             ErrorCode::Locked);
}

QTEST_GUILESS_MAIN(TestLock)
#include "tst_lock.moc"
