// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Review: note threads (open → answered → cleared), roles, sign-offs with content hashes that go stale, segregation
// of preparer and reviewer, status, and what changed since a reviewer's last sign-off.
#include "audit/audittrail.h"
#include "controls/controlservice.h"
#include "evidence/evidenceservice.h"
#include "population/populationservice.h"
#include "review/reviewservice.h"
#include "sampling/samplingservice.h"
#include "testing/exceptionservice.h"
#include "testing/testingservice.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Tickmark;
using namespace Tickmark::Core;

namespace {

const QString kControl = QStringLiteral("control:C-1");

Actor reviewer()
{
    return {QStringLiteral("Rita Reviewer"), QStringLiteral("RR"), Role::Reviewer};
}

Actor partner()
{
    return {QStringLiteral("Paula Partner"), QStringLiteral("PA"), Role::Partner};
}

} // namespace

class TestReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void noteThread();
    void noteRefusals();
    void signOffAndStale();
    void segregation();
    void reviewerRoleRequired();
    void hashesFollowContent();
    void status();
    void changedSinceLastReview();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workpaper> m_wp;
};

void TestReview::init()
{
    m_wp.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_wp = Test::createWorkpaper(m_dir->filePath(QStringLiteral("r.tickmark")));
    QVERIFY(m_wp);
    TM_VERIFY_OK(m_wp->controls().add(Test::control(QStringLiteral("C-1"), {QStringLiteral("CC8.1")})));
    TM_VERIFY_OK(m_wp->controls().add(Test::control(QStringLiteral("C-2"), {QStringLiteral("CC6.2")})));
    TM_VERIFY_OK(m_wp->testing().addProcedure(QStringLiteral("C-1"), ProcedureKind::Inspection,
                                              QStringLiteral("Inspect approvals")));
}

void TestReview::noteThread()
{
    ReviewService &r = m_wp->review();
    m_wp->setActor(reviewer());
    const auto id = r.addNote(kControl, QStringLiteral("Where is the approval for row 5?"));
    TM_VERIFY_OK(id);
    auto notes = r.notes(kControl);
    QCOMPARE(notes->size(), 1);
    QCOMPARE(notes->first().status, NoteStatus::Open);
    QCOMPARE(notes->first().thread.first().by, QStringLiteral("Rita Reviewer (RR)"));
    QCOMPARE(m_wp->auditTrail().events()->last().object, kControl);
    QCOMPARE(m_wp->auditTrail().events()->last().action, QStringLiteral("note"));

    m_wp->setActor(Test::preparer());
    TM_VERIFY_OK(r.reply(*id, QStringLiteral("Attached as evidence 3.")));
    notes = r.notes(kControl);
    QCOMPARE(notes->first().status, NoteStatus::Answered);
    QCOMPARE(notes->first().thread.size(), 2);
    QCOMPARE(notes->first().thread.at(1).text, QStringLiteral("Attached as evidence 3."));
    const auto denied = r.clear(*id);
    QVERIFY(!denied);
    QCOMPARE(denied.error().code, ErrorCode::PermissionDenied);
    QVERIFY2(denied.error().detail.contains(QStringLiteral("reviewer or partner")), qPrintable(denied.error().detail));

    m_wp->setActor(reviewer());
    TM_VERIFY_OK(r.reply(*id, QStringLiteral("Not the right file.")));
    QCOMPARE(r.notes(kControl)->first().status, NoteStatus::Open); // the author's follow-up reopens it
    m_wp->setActor(partner());
    TM_VERIFY_OK(r.clear(*id));
    const ReviewNote cleared = r.notes()->first();
    QCOMPARE(cleared.status, NoteStatus::Cleared);
    QCOMPARE(cleared.clearedBy, QStringLiteral("Paula Partner (PA)"));
    QVERIFY(cleared.clearedAt.isValid());
    QVERIFY(!r.clear(*id));
    QVERIFY(!r.reply(*id, QStringLiteral("late")));
    QVERIFY(r.notes(QStringLiteral("control:C-2"))->isEmpty());
}

void TestReview::noteRefusals()
{
    ReviewService &r = m_wp->review();
    const auto missing = r.addNote(QStringLiteral("control:C-9"), QStringLiteral("x"));
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QVERIFY(missing.error().detail.contains(QStringLiteral("C-9")));
    QCOMPARE(r.addNote(QStringLiteral("C-1"), QStringLiteral("x")).error().code, ErrorCode::InvalidArgument);
    QCOMPARE(r.addNote(QStringLiteral("section:appendix"), QStringLiteral("x")).error().code, ErrorCode::NotFound);
    QCOMPARE(r.addNote(QStringLiteral("exception:4"), QStringLiteral("x")).error().code, ErrorCode::NotFound);
    QCOMPARE(r.addNote(kControl, QStringLiteral("  ")).error().code, ErrorCode::InvalidArgument);
    QCOMPARE(r.reply(77, QStringLiteral("x")).error().code, ErrorCode::NotFound);
    TM_VERIFY_OK(r.addNote(QStringLiteral("section:scope"), QStringLiteral("Check the period")));
}

void TestReview::signOffAndStale()
{
    ReviewService &r = m_wp->review();
    TM_VERIFY_OK(r.signOff(kControl));
    m_wp->setActor(reviewer());
    TM_VERIFY_OK(r.signOff(kControl));
    auto signs = r.signOffs(kControl);
    QCOMPARE(signs->size(), 2);
    QCOMPARE(signs->at(0).role, SignOffRole::Preparer);
    QCOMPARE(signs->at(0).by, QStringLiteral("Pat Preparer (PP)"));
    QCOMPARE(signs->at(1).role, SignOffRole::Reviewer);
    QCOMPARE(signs->at(1).contentHash, *r.contentHash(kControl));
    QCOMPARE(signs->at(1).contentHash.size(), 64);
    QVERIFY(!signs->at(0).stale && !signs->at(1).stale);

    // A review note does not change the control's content; a new attribute does.
    TM_VERIFY_OK(r.addNote(kControl, QStringLiteral("ok?")));
    QVERIFY(!r.signOffs(kControl)->at(0).stale);
    m_wp->setActor(Test::preparer());
    TM_VERIFY_OK(m_wp->testing().addAttribute(QStringLiteral("C-1"), {}, QStringLiteral("Approved")));
    signs = r.signOffs(kControl);
    QVERIFY(signs->at(0).stale && signs->at(1).stale);
    QCOMPARE(r.status()->staleSignOffs.size(), 2);
    TM_VERIFY_OK(r.signOff(kControl)); // re-signing replaces the earlier sign-off
    signs = r.signOffs(kControl);
    QCOMPARE(signs->size(), 2);
    QVERIFY(!signs->at(0).stale);
    QVERIFY(signs->at(1).stale);
    TM_VERIFY_OK(r.withdrawSignOff(kControl));
    QCOMPARE(r.signOffs(kControl)->size(), 1);
    QCOMPARE(r.withdrawSignOff(kControl).error().code, ErrorCode::NotFound);
}

void TestReview::segregation()
{
    ReviewService &r = m_wp->review();
    TM_VERIFY_OK(r.signOff(kControl));
    // The same person, now acting as reviewer, cannot add the reviewer sign-off.
    Actor same = Test::preparer();
    same.role = Role::Reviewer;
    m_wp->setActor(same);
    const auto denied = r.signOff(kControl);
    QVERIFY(!denied);
    QCOMPARE(denied.error().code, ErrorCode::PermissionDenied);
    QVERIFY2(denied.error().detail.contains(kControl), qPrintable(denied.error().detail));
    QCOMPARE(r.signOffs(kControl)->size(), 1);
    // …and the reverse: a reviewer cannot also sign as preparer.
    m_wp->setActor(reviewer());
    TM_VERIFY_OK(r.signOff(QStringLiteral("section:scope")));
    QCOMPARE(r.signOff(QStringLiteral("section:scope"), SignOffRole::Preparer).error().code,
             ErrorCode::PermissionDenied);
}

void TestReview::reviewerRoleRequired()
{
    const auto denied = m_wp->review().signOff(kControl, SignOffRole::Reviewer);
    QVERIFY(!denied);
    QCOMPARE(denied.error().code, ErrorCode::PermissionDenied);
    QVERIFY2(denied.error().detail.contains(QStringLiteral("reviewer or partner role")),
             qPrintable(denied.error().detail));
    QVERIFY(m_wp->review().signOffs()->isEmpty());
}

void TestReview::hashesFollowContent()
{
    ReviewService &r = m_wp->review();
    const QString controls = *r.contentHash(QStringLiteral("section:controls"));
    const QString c2 = *r.contentHash(QStringLiteral("control:C-2"));
    const QString scope = *r.contentHash(QStringLiteral("section:scope"));
    TM_VERIFY_OK(m_wp->testing().addAttribute(QStringLiteral("C-1"), {}, QStringLiteral("Approved")));
    QVERIFY(*r.contentHash(QStringLiteral("section:controls")) != controls);
    QCOMPARE(*r.contentHash(QStringLiteral("control:C-2")), c2);
    QCOMPARE(*r.contentHash(QStringLiteral("section:scope")), scope);

    const auto id = m_wp->exceptions().raise(QStringLiteral("C-2"), ExceptionKind::Design, QStringLiteral("Gap"));
    TM_VERIFY_OK(id);
    const QString ref = QStringLiteral("exception:%1").arg(*id);
    const QString before = *r.contentHash(ref);
    QVERIFY(*r.contentHash(QStringLiteral("control:C-2")) != c2); // the control includes its exceptions
    ExceptionUpdate u;
    u.managementResponse = QStringLiteral("Fixed in March");
    TM_VERIFY_OK(m_wp->exceptions().update(*id, u));
    QVERIFY(*r.contentHash(ref) != before);
    QCOMPARE(*r.contentHash(ref), *r.contentHash(ref)); // deterministic

    QByteArray csv = "ticket\n";
    for (int i = 1; i <= 5; ++i)
        csv += "T-" + QByteArray::number(i) + '\n';
    QFile f(m_dir->filePath(QStringLiteral("p.csv")));
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(csv) == csv.size());
    f.close();
    PopulationImportOptions o;
    o.name = QStringLiteral("Pop");
    o.controlId = QStringLiteral("C-1");
    TM_VERIFY_OK(m_wp->populations().importFile(f.fileName(), o));
    const QString population = *r.contentHash(QStringLiteral("population:Pop"));
    const QString samples = *r.contentHash(QStringLiteral("section:samples"));
    TM_VERIFY_OK(m_wp->sampling().draw(QStringLiteral("Pop"), 2, SelectionMethod::Random, 3));
    QVERIFY(*r.contentHash(QStringLiteral("population:Pop")) != population);
    QVERIFY(*r.contentHash(QStringLiteral("section:samples")) != samples);
    QCOMPARE(r.contentHash(QStringLiteral("population:Nope")).error().code, ErrorCode::NotFound);

    // The report section follows the report's own changes, not the issue event or review actions.
    const QString report = *r.contentHash(QStringLiteral("section:report"));
    auto noop = []() -> Result<QString> { return QStringLiteral("{}"); };
    TM_VERIFY_OK(m_wp->perform(QStringLiteral("section:report"), QStringLiteral("issue"), noop));
    TM_VERIFY_OK(r.addNote(QStringLiteral("section:report"), QStringLiteral("Check the opinion")));
    QCOMPARE(*r.contentHash(QStringLiteral("section:report")), report);
    TM_VERIFY_OK(m_wp->perform(QStringLiteral("section:report"), QStringLiteral("opinion"), noop));
    QVERIFY(*r.contentHash(QStringLiteral("section:report")) != report);

    // Evidence: linking an item changes the evidence's hash, its control's and the evidence section's.
    QFile e(m_dir->filePath(QStringLiteral("approval.txt")));
    QVERIFY(e.open(QIODevice::WriteOnly) && e.write("CHG-1 approved by J. Doe\n") > 0);
    e.close();
    const auto imported = m_wp->evidence().importPackage(e.fileName(), EvidenceImportOptions{});
    TM_VERIFY_OK(imported);
    QCOMPARE(imported->items.size(), 1);
    const QByteArray sha = imported->items.first().sha256;
    const QString evidenceRef = QStringLiteral("evidence:") + QString::fromLatin1(sha);
    const QString item = *r.contentHash(evidenceRef);
    const QString section = *r.contentHash(QStringLiteral("section:evidence"));
    const QString c1 = *r.contentHash(kControl);
    TM_VERIFY_OK(m_wp->evidence().link(sha, QStringLiteral("C-1")));
    QVERIFY(*r.contentHash(evidenceRef) != item);
    QVERIFY(*r.contentHash(QStringLiteral("section:evidence")) != section);
    QVERIFY(*r.contentHash(kControl) != c1);
    QCOMPARE(r.contentHash(QStringLiteral("evidence:abc")).error().code, ErrorCode::NotFound);
}

void TestReview::status()
{
    ReviewService &r = m_wp->review();
    const auto objects = r.signableObjects();
    TM_VERIFY_OK(objects);
    // Sections, then the controls with a test design or sample (C-2 has neither).
    QCOMPARE(*objects, (QStringList{QStringLiteral("section:scope"), QStringLiteral("section:controls"),
                                    QStringLiteral("section:evidence"), QStringLiteral("section:samples"),
                                    QStringLiteral("section:exceptions"), QStringLiteral("section:report"),
                                    kControl}));
    auto s = r.status();
    QCOMPARE(s->missingSignOffs.size(), 14);
    QVERIFY(s->missingSignOffs.contains(QStringLiteral("control:C-1 (reviewer)")));
    QVERIFY(!s->clean());
    m_wp->setActor(reviewer());
    const auto note = r.addNote(kControl, QStringLiteral("?"));
    for (const QString &object : *objects)
        TM_VERIFY_OK(r.signOff(object));
    m_wp->setActor(Test::preparer());
    for (const QString &object : *objects)
        TM_VERIFY_OK(r.signOff(object));
    s = r.status();
    QVERIFY(s->missingSignOffs.isEmpty());
    QVERIFY(s->staleSignOffs.isEmpty());
    QCOMPARE(s->openNotes.size(), 1);
    QVERIFY(!s->clean());
    m_wp->setActor(reviewer());
    TM_VERIFY_OK(r.clear(*note));
    QVERIFY(r.status()->clean());
    QCOMPARE(noteStatusKey(NoteStatus::Answered), QStringLiteral("answered"));
}

void TestReview::changedSinceLastReview()
{
    ReviewService &r = m_wp->review();
    m_wp->setActor(reviewer());
    TM_VERIFY_OK(r.signOff(kControl));
    TM_VERIFY_OK(r.signOff(QStringLiteral("control:C-2")));
    auto changed = r.changedSinceLastReview(QStringLiteral("Rita Reviewer"));
    TM_VERIFY_OK(changed);
    QVERIFY(!changed->contains(kControl));
    QVERIFY(!changed->contains(QStringLiteral("control:C-2")));
    QVERIFY(changed->contains(QStringLiteral("engagement"))); // changed, never signed
    m_wp->setActor(Test::preparer());
    TM_VERIFY_OK(m_wp->testing().addAttribute(QStringLiteral("C-1"), {}, QStringLiteral("Approved")));
    TM_VERIFY_OK(r.addNote(QStringLiteral("control:C-2"), QStringLiteral("a note is not a change")));
    changed = r.changedSinceLastReview(QStringLiteral("RR"));
    QVERIFY(changed->contains(kControl));
    QVERIFY(!changed->contains(QStringLiteral("control:C-2")));
}

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
