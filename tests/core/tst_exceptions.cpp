// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Exceptions: a recorded deviation creates the control's operating exception in the same transaction or joins it;
// live "k of n" counts (also after a deviation is changed back to pass); editable criteria (validated), response,
// assessment and conclusion; exceptions raised by hand.
#include "audit/audittrail.h"
#include "controls/controlservice.h"
#include "population/populationservice.h"
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

const QString kControl = QStringLiteral("C-1");

QString writeCsv(const QTemporaryDir &dir, const QString &name, int rows)
{
    QByteArray csv = "ticket,summary\n";
    for (int i = 1; i <= rows; ++i)
        csv += "T-" + QByteArray::number(i) + ",Change " + QByteArray::number(i) + '\n';
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size())
        return {};
    return path;
}

} // namespace

class TestExceptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void deviationCreatesException();
    void laterDeviationsJoin();
    void passBackKeepsExceptionWithZeroCount();
    void refusedRecordRaisesNothing();
    void updateFields();
    void updateRefusesUnknownCriterion();
    void raiseByHand();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workpaper> m_wp;
};

// C-1 (CC8.1, CC7.1) with attributes A and B and a sample of rows 1, 5, 8, 10 of a 10-row population.
void TestExceptions::init()
{
    m_wp.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_wp = Test::createWorkpaper(m_dir->filePath(QStringLiteral("x.tickmark")));
    QVERIFY(m_wp);
    TM_VERIFY_OK(m_wp->controls().add(Test::control(kControl, {QStringLiteral("CC8.1"), QStringLiteral("CC7.1")})));
    PopulationImportOptions o;
    o.name = QStringLiteral("Changes");
    o.controlId = kControl;
    TM_VERIFY_OK(m_wp->populations().importFile(writeCsv(*m_dir, QStringLiteral("c.csv"), 10), o));
    TM_VERIFY_OK(m_wp->sampling().draw(QStringLiteral("Changes"), 4, SelectionMethod::Random, 42));
    TM_VERIFY_OK(m_wp->testing().addAttribute(kControl, QStringLiteral("A"), QStringLiteral("Approved")));
    TM_VERIFY_OK(m_wp->testing().addAttribute(kControl, QStringLiteral("B"), QStringLiteral("Tested")));
}

void TestExceptions::deviationCreatesException()
{
    QVERIFY(m_wp->exceptions().list()->isEmpty());
    TM_VERIFY_OK(m_wp->testing().record(kControl, 5, QStringLiteral("b"), AttributeResult::Deviation,
                                        QStringLiteral("no test evidence")));
    const auto list = m_wp->exceptions().list();
    TM_VERIFY_OK(list);
    QCOMPARE(list->size(), 1);
    const ControlException &e = list->first();
    QCOMPARE(e.controlId, kControl);
    QCOMPARE(e.kind, ExceptionKind::Operating);
    QCOMPARE(e.description, QStringLiteral("Deviation noted in attribute B: no test evidence"));
    QCOMPARE(e.criteria, (QStringList{QStringLiteral("CC7.1"), QStringLiteral("CC8.1")}));
    QCOMPARE(e.deviations, 1);
    QCOMPARE(e.sampleSize, 4);
    QCOMPARE(e.assessment, ExceptionAssessment::Unassessed);
    QVERIFY(!e.criterionMet);
    QCOMPARE(e.raisedBy, QStringLiteral("Pat Preparer (PP)"));
    // One action: the record event names the exception it raised.
    const AuditEvent last = m_wp->auditTrail().events()->last();
    QCOMPARE(last.object, QStringLiteral("control:C-1"));
    QCOMPARE(last.action, QStringLiteral("record"));
    QVERIFY2(last.summary.contains(QStringLiteral("\"exception_raised\":%1").arg(e.id)), qPrintable(last.summary));
    QCOMPARE(m_wp->exceptions().forControl(kControl)->size(), 1);
    QCOMPARE(m_wp->exceptions().get(e.id)->description, e.description);
}

void TestExceptions::laterDeviationsJoin()
{
    TestingService &t = m_wp->testing();
    TM_VERIFY_OK(t.record(kControl, 1, QStringLiteral("A"), AttributeResult::Deviation));
    TM_VERIFY_OK(t.record(kControl, 1, QStringLiteral("B"), AttributeResult::Deviation)); // same item
    TM_VERIFY_OK(t.record(kControl, 8, QStringLiteral("A"), AttributeResult::Deviation, QStringLiteral("late")));
    TM_VERIFY_OK(t.record(kControl, 10, QStringLiteral("A"), AttributeResult::Pass));
    const auto list = m_wp->exceptions().list();
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().description, QStringLiteral("Deviation noted in attribute A."));
    QCOMPARE(list->first().deviations, 2); // items 1 and 8
    QCOMPARE(list->first().sampleSize, 4);
}

void TestExceptions::passBackKeepsExceptionWithZeroCount()
{
    TestingService &t = m_wp->testing();
    TM_VERIFY_OK(t.record(kControl, 5, QStringLiteral("A"), AttributeResult::Deviation, QStringLiteral("x")));
    const qint64 id = m_wp->exceptions().list()->first().id;
    TM_VERIFY_OK(t.record(kControl, 5, QStringLiteral("A"), AttributeResult::Pass, QStringLiteral("found it")));
    const auto e = m_wp->exceptions().get(id);
    TM_VERIFY_OK(e);
    QCOMPARE(e->deviations, 0); // "0 of 4": the reviewer decides what to do with it
    QCOMPARE(e->sampleSize, 4);
    QCOMPARE(e->description, QStringLiteral("Deviation noted in attribute A: x"));
    // A new deviation joins the same exception rather than raising a second one.
    TM_VERIFY_OK(t.record(kControl, 8, QStringLiteral("B"), AttributeResult::Deviation));
    QCOMPARE(m_wp->exceptions().list()->size(), 1);
    QCOMPARE(m_wp->exceptions().get(id)->deviations, 1);
}

void TestExceptions::refusedRecordRaisesNothing()
{
    const auto refused = m_wp->testing().record(kControl, 2, QStringLiteral("A"), AttributeResult::Deviation);
    QVERIFY(!refused);
    QVERIFY(m_wp->exceptions().list()->isEmpty());
}

void TestExceptions::updateFields()
{
    TM_VERIFY_OK(m_wp->testing().record(kControl, 1, QStringLiteral("A"), AttributeResult::Deviation));
    const qint64 id = m_wp->exceptions().list()->first().id;
    ExceptionUpdate u;
    u.criteria = QStringList{QStringLiteral("cc8.1"), QStringLiteral(" CC6.1"), QStringLiteral("CC8.1")};
    u.managementResponse = QStringLiteral("  Approval is now enforced by the tool.  ");
    u.cause = QStringLiteral("Emergency change");
    u.assessment = ExceptionAssessment::Isolated;
    u.criterionMet = std::optional<bool>(true);
    u.reasoning = QStringLiteral("One emergency change; compensating review");
    TM_VERIFY_OK(m_wp->exceptions().update(id, u));
    const auto e = m_wp->exceptions().get(id);
    QCOMPARE(e->criteria, (QStringList{QStringLiteral("CC6.1"), QStringLiteral("CC8.1")}));
    QCOMPARE(e->managementResponse, QStringLiteral("Approval is now enforced by the tool."));
    QCOMPARE(e->cause, QStringLiteral("Emergency change"));
    QCOMPARE(e->assessment, ExceptionAssessment::Isolated);
    QCOMPARE(e->criterionMet, std::optional<bool>(true));
    QCOMPARE(e->reasoning, QStringLiteral("One emergency change; compensating review"));
    const AuditEvent last = m_wp->auditTrail().events()->last();
    QCOMPARE(last.object, QStringLiteral("exception:%1").arg(id));
    QCOMPARE(last.action, QStringLiteral("update"));
    QVERIFY2(last.summary.contains(QStringLiteral("isolated")), qPrintable(last.summary));

    // Unset fields stay; criterion met can be unset again.
    ExceptionUpdate v;
    v.criterionMet = std::optional<bool>();
    TM_VERIFY_OK(m_wp->exceptions().update(id, v));
    QVERIFY(!m_wp->exceptions().get(id)->criterionMet);
    QCOMPARE(m_wp->exceptions().get(id)->cause, QStringLiteral("Emergency change"));
    ExceptionUpdate empty;
    empty.description = QStringLiteral("  ");
    QVERIFY(!m_wp->exceptions().update(id, empty));
}

void TestExceptions::updateRefusesUnknownCriterion()
{
    TM_VERIFY_OK(m_wp->testing().record(kControl, 1, QStringLiteral("A"), AttributeResult::Deviation));
    const qint64 id = m_wp->exceptions().list()->first().id;
    const qsizetype events = m_wp->auditTrail().events()->size();
    ExceptionUpdate u;
    u.criteria = QStringList{QStringLiteral("CC8.1"), QStringLiteral("CC99.9")};
    const auto refused = m_wp->exceptions().update(id, u);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(refused.error().detail.contains(QStringLiteral("CC99.9")), qPrintable(refused.error().detail));
    QCOMPARE(m_wp->exceptions().get(id)->criteria, (QStringList{QStringLiteral("CC7.1"), QStringLiteral("CC8.1")}));
    QCOMPARE(m_wp->auditTrail().events()->size(), events);
    const auto missing = m_wp->exceptions().update(999, u);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QVERIFY(missing.error().detail.contains(QStringLiteral("exception 999")));
}

void TestExceptions::raiseByHand()
{
    const auto id = m_wp->exceptions().raise(kControl, ExceptionKind::Design, QStringLiteral("No approval step"));
    TM_VERIFY_OK(id);
    const auto e = m_wp->exceptions().get(*id);
    QCOMPARE(e->kind, ExceptionKind::Design);
    QCOMPARE(e->deviations, 0);
    QCOMPARE(e->sampleSize, 0);
    QCOMPARE(e->criteria, (QStringList{QStringLiteral("CC7.1"), QStringLiteral("CC8.1")}));
    QCOMPARE(m_wp->auditTrail().events()->last().object, QStringLiteral("exception:%1").arg(*id));
    QCOMPARE(m_wp->auditTrail().events()->last().action, QStringLiteral("raise"));
    QVERIFY(!m_wp->exceptions().raise(kControl, ExceptionKind::Description, QStringLiteral(" ")));
    const auto unknown = m_wp->exceptions().raise(QStringLiteral("C-9"), ExceptionKind::Design, QStringLiteral("x"));
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    // A design exception does not stop the deviation from raising the operating one.
    TM_VERIFY_OK(m_wp->testing().record(kControl, 1, QStringLiteral("A"), AttributeResult::Deviation));
    QCOMPARE(m_wp->exceptions().forControl(kControl)->size(), 2);
}

QTEST_GUILESS_MAIN(TestExceptions)
#include "tst_exceptions.moc"
