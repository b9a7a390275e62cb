// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of controls: procedures and lettered attributes, results recorded on the control's sample, the refusals
// that name what is missing, results surviving an extension, and the redraw gate (preparer refused, reviewer logged).
#include "audit/audittrail.h"
#include "controls/controlservice.h"
#include "evidence/evidenceservice.h"
#include "review/reviewservice.h"
#include "population/populationservice.h"
#include "sampling/samplingservice.h"
#include "testing/testingservice.h"
#include "testsupport.h"
#include "workpaper/repositories.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Tickmark;
using namespace Tickmark::Core;

namespace {

const QString kControl = QStringLiteral("C-1");
const QString kPopulation = QStringLiteral("Ten");

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

PopulationImportOptions options(const QString &name, const QString &control = kControl)
{
    PopulationImportOptions o;
    o.name = name;
    o.controlId = control;
    return o;
}

} // namespace

class TestTestingService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void designProceduresAndAttributes();
    void attributeRefusals();
    void recordAndReplace();
    void clearResult();
    void recordRefusals_data();
    void recordRefusals();
    void noPopulationOrSample();
    void severalPopulations();
    void severalPopulationsOneSampled();
    void resultsSurviveExtend();
    void preparerRedrawRefused();
    void reviewerRedrawLogged();
    void editDesign();
    void removeAttributeWithResults();
    void evidenceReferences();
    void evidenceReferenceRefusals();
    void clearRemovesReferencesAndRestore();
    void pageCountChecked();
    void referenceMakesSignOffStale();

private:
    void importAndDraw(const QString &name, const QString &control = kControl);
    /// Imports one file with @p content as a package; returns its evidence item id (0 on failure).
    qint64 importEvidence(const QString &name, const QByteArray &content);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workpaper> m_wp;
    QString m_file;
};

void TestTestingService::init()
{
    m_wp.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_file = m_dir->filePath(QStringLiteral("testing.tickmark"));
    m_wp = Test::createWorkpaper(m_file);
    QVERIFY(m_wp);
    TM_VERIFY_OK(m_wp->controls().add(Test::control(kControl, {QStringLiteral("CC8.1")})));
    TM_VERIFY_OK(m_wp->controls().add(Test::control(QStringLiteral("C-2"), {QStringLiteral("CC6.2")})));
}

// Imports a 10-row population and draws seed 42, size 4: rows 1, 5, 8, 10 (extending to 6 adds 4, 9).
void TestTestingService::importAndDraw(const QString &name, const QString &control)
{
    TM_VERIFY_OK(
        m_wp->populations().importFile(writeCsv(*m_dir, name + QStringLiteral(".csv"), 10), options(name, control)));
    const auto drawn = m_wp->sampling().draw(name, 4, SelectionMethod::Random, 42);
    TM_VERIFY_OK(drawn);
    QCOMPARE(drawn->rows, (QList<qint64>{1, 5, 8, 10}));
}

qint64 TestTestingService::importEvidence(const QString &name, const QByteArray &content)
{
    QFile f(m_dir->filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return 0;
    f.close();
    const auto imported = m_wp->evidence().importPackage(f.fileName(), EvidenceImportOptions{});
    if (!imported || imported->items.size() != 1)
        return 0;
    const auto items = m_wp->evidence().list();
    if (!items)
        return 0;
    for (const EvidenceItem &item : *items) {
        if (item.packageId == imported->package.id)
            return item.id;
    }
    return 0;
}

void TestTestingService::designProceduresAndAttributes()
{
    TestingService &t = m_wp->testing();
    TM_VERIFY_OK(t.addProcedure(kControl, ProcedureKind::Inquiry, QStringLiteral("Ask the change manager")));
    QVERIFY(inquiryOnly(*t.procedures(kControl)));
    TM_VERIFY_OK(t.addProcedure(kControl, ProcedureKind::Inspection, QStringLiteral("Inspect the approval")));
    QVERIFY(!inquiryOnly(*t.procedures(kControl)));
    const auto procedures = t.procedures(kControl);
    TM_VERIFY_OK(procedures);
    QCOMPARE(procedures->size(), 2);
    QCOMPARE(procedures->at(0).kind, ProcedureKind::Inquiry);
    QCOMPARE(procedures->at(1).kind, ProcedureKind::Inspection);
    QCOMPARE(procedures->at(1).text, QStringLiteral("Inspect the approval"));

    QCOMPARE(t.addAttribute(kControl, {}, QStringLiteral("Approved before deployment"))->letter, QStringLiteral("A"));
    QCOMPARE(t.addAttribute(kControl, QStringLiteral("c"), QStringLiteral("Tested"))->letter, QStringLiteral("C"));
    QCOMPARE(t.addAttribute(kControl, {}, QStringLiteral("Approver is not the author"))->letter, QStringLiteral("B"));
    const auto attributes = t.attributes(kControl);
    TM_VERIFY_OK(attributes);
    QCOMPARE(attributes->size(), 3);
    QCOMPARE(attributes->at(1).letter, QStringLiteral("B"));
    QCOMPARE(attributes->at(1).text, QStringLiteral("Approver is not the author"));
    QVERIFY(t.attributes(QStringLiteral("C-2"))->isEmpty());

    const AuditEvent last = m_wp->auditTrail().events()->last();
    QCOMPARE(last.object, QStringLiteral("control:C-1"));
    QCOMPARE(last.action, QStringLiteral("design"));
    QVERIFY2(last.summary.contains(QStringLiteral("\"attribute\":\"B\"")), qPrintable(last.summary));
}

void TestTestingService::attributeRefusals()
{
    TestingService &t = m_wp->testing();
    TM_VERIFY_OK(t.addAttribute(kControl, QStringLiteral("A"), QStringLiteral("Approved")));
    const qsizetype events = m_wp->auditTrail().events()->size();
    const auto taken = t.addAttribute(kControl, QStringLiteral("a"), QStringLiteral("Again"));
    QVERIFY(!taken);
    QCOMPARE(taken.error().code, ErrorCode::AlreadyExists);
    QVERIFY2(taken.error().detail.contains(QStringLiteral("attribute A is already defined for control C-1")),
             qPrintable(taken.error().detail));
    const auto malformed = t.addAttribute(kControl, QStringLiteral("A1"), QStringLiteral("Bad"));
    QVERIFY(!malformed);
    QVERIFY2(malformed.error().detail.contains(QStringLiteral("\"A1\"")), qPrintable(malformed.error().detail));
    QVERIFY(!t.addAttribute(kControl, QStringLiteral("B"), QStringLiteral("  ")));
    const auto unknown = t.addProcedure(QStringLiteral("C-9"), ProcedureKind::Observation, QStringLiteral("Watch"));
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    QVERIFY2(unknown.error().detail.contains(QStringLiteral("control C-9 does not exist")),
             qPrintable(unknown.error().detail));
    QCOMPARE(m_wp->auditTrail().events()->size(), events);
}

void TestTestingService::recordAndReplace()
{
    importAndDraw(kPopulation);
    TestingService &t = m_wp->testing();
    TM_VERIFY_OK(t.addAttribute(kControl, {}, QStringLiteral("Approved")));
    TM_VERIFY_OK(t.addAttribute(kControl, {}, QStringLiteral("Tested")));
    TM_VERIFY_OK(t.record(kControl, 5, QStringLiteral("A"), AttributeResult::Pass));
    TM_VERIFY_OK(t.record(kControl, 1, QStringLiteral("b"), AttributeResult::Deviation, QStringLiteral("no test")));
    TM_VERIFY_OK(
        t.record(kControl, 5, QStringLiteral("A"), AttributeResult::NotApplicable, QStringLiteral("emergency")));
    const auto results = t.results(kControl);
    TM_VERIFY_OK(results);
    QCOMPARE(results->size(), 2);
    QCOMPARE(results->at(0).row, 1);
    QCOMPARE(results->at(0).attribute, QStringLiteral("B"));
    QCOMPARE(results->at(0).result, AttributeResult::Deviation);
    QCOMPARE(results->at(0).note, QStringLiteral("no test"));
    QCOMPARE(results->at(0).population, kPopulation);
    QCOMPARE(results->at(0).recordedBy, QStringLiteral("Pat Preparer (PP)"));
    QVERIFY(results->at(0).recordedAt.isValid());
    QCOMPARE(results->at(1).row, 5);
    QCOMPARE(results->at(1).result, AttributeResult::NotApplicable);
    QCOMPARE(results->at(1).note, QStringLiteral("emergency"));
    const AuditEvent last = m_wp->auditTrail().events()->last();
    QCOMPARE(last.object, QStringLiteral("control:C-1"));
    QCOMPARE(last.action, QStringLiteral("record"));
    QVERIFY2(last.summary.contains(QStringLiteral("\"before\"")) && last.summary.contains(QStringLiteral("\"na\"")),
             qPrintable(last.summary));
}

void TestTestingService::clearResult()
{
    importAndDraw(kPopulation);
    TestingService &t = m_wp->testing();
    TM_VERIFY_OK(t.addAttribute(kControl, {}, QStringLiteral("Approved")));
    TM_VERIFY_OK(t.record(kControl, 5, QStringLiteral("A"), AttributeResult::Deviation, QStringLiteral("late")));
    TM_VERIFY_OK(t.record(kControl, 8, QStringLiteral("A"), AttributeResult::Pass));
    TM_VERIFY_OK(t.clearResult(kControl, 5, QStringLiteral("a")));
    const auto results = t.results(kControl);
    TM_VERIFY_OK(results);
    QCOMPARE(results->size(), 1);
    QCOMPARE(results->at(0).row, 8);
    const AuditEvent last = m_wp->auditTrail().events()->last();
    QCOMPARE(last.object, QStringLiteral("control:C-1"));
    QVERIFY2(last.summary.contains(QStringLiteral("\"deviation\"")), qPrintable(last.summary));
    // Nothing left to clear, an unsampled row and an undefined attribute are refused and change nothing.
    const qsizetype events = m_wp->auditTrail().events()->size();
    const auto again = t.clearResult(kControl, 5, QStringLiteral("A"));
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::NotFound);
    QCOMPARE(again.error().detail, QStringLiteral("control C-1 has no result for attribute A on row 5 to clear"));
    QVERIFY(!t.clearResult(kControl, 7, QStringLiteral("A")));
    QVERIFY(!t.clearResult(kControl, 8, QStringLiteral("Z")));
    QCOMPARE(m_wp->auditTrail().events()->size(), events);
    QCOMPARE(t.results(kControl)->size(), 1);
}

void TestTestingService::recordRefusals_data()
{
    QTest::addColumn<QString>("control");
    QTest::addColumn<qint64>("row");
    QTest::addColumn<QString>("letter");
    QTest::addColumn<QString>("population");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown control") << QStringLiteral("C-9") << qint64(1) << QStringLiteral("A") << QString()
                                     << QStringLiteral("control C-9 does not exist");
    QTest::newRow("unsampled row") << kControl << qint64(7) << QStringLiteral("A") << QString()
                                   << QStringLiteral(
                                          "row 7 is not in the sample of population \"Ten\" (rows: 1, 5, 8, 10)");
    QTest::newRow("undefined attribute") << kControl << qint64(5) << QStringLiteral("C") << QString()
                                         << QStringLiteral(
                                                "attribute C is not defined for control C-1 (defined: A, B)");
    QTest::newRow("foreign population") << kControl << qint64(5) << QStringLiteral("A") << QStringLiteral("Other")
                                        << QStringLiteral("population \"Other\" is not a population of control C-1");
}

void TestTestingService::recordRefusals()
{
    QFETCH(QString, control);
    QFETCH(qint64, row);
    QFETCH(QString, letter);
    QFETCH(QString, population);
    QFETCH(QString, expected);
    importAndDraw(kPopulation);
    TM_VERIFY_OK(m_wp->testing().addAttribute(kControl, {}, QStringLiteral("Approved")));
    TM_VERIFY_OK(m_wp->testing().addAttribute(kControl, {}, QStringLiteral("Tested")));
    const QByteArray before = Test::fileSha256(m_file);
    const auto refused = m_wp->testing().record(control, row, letter, AttributeResult::Pass, {}, population);
    QVERIFY(!refused);
    QVERIFY2(refused.error().detail.contains(expected), qPrintable(refused.error().detail));
    QVERIFY(m_wp->testing().results(kControl)->isEmpty());
    QCOMPARE(Test::fileSha256(m_file), before);
}

void TestTestingService::noPopulationOrSample()
{
    TM_VERIFY_OK(m_wp->testing().addAttribute(kControl, {}, QStringLiteral("Approved")));
    const auto none = m_wp->testing().record(kControl, 1, QStringLiteral("A"), AttributeResult::Pass);
    QVERIFY(!none);
    QVERIFY2(none.error().detail.contains(QStringLiteral("control C-1 has no population with a sample")),
             qPrintable(none.error().detail));
    TM_VERIFY_OK(m_wp->populations().importFile(writeCsv(*m_dir, QStringLiteral("t.csv"), 10), options(kPopulation)));
    const auto unsampled = m_wp->testing().record(kControl, 1, QStringLiteral("A"), AttributeResult::Pass);
    QVERIFY(!unsampled);
    QVERIFY2(unsampled.error().detail.contains(
                 QStringLiteral("population \"Ten\" of control C-1 has no sample; draw one first")),
             qPrintable(unsampled.error().detail));
}

void TestTestingService::severalPopulations()
{
    importAndDraw(kPopulation);
    importAndDraw(QStringLiteral("Second"));
    TM_VERIFY_OK(m_wp->testing().addAttribute(kControl, {}, QStringLiteral("Approved")));
    const auto ambiguous = m_wp->testing().record(kControl, 1, QStringLiteral("A"), AttributeResult::Pass);
    QVERIFY(!ambiguous);
    QVERIFY2(ambiguous.error().detail.contains(QStringLiteral("several populations with a sample (")) &&
                 ambiguous.error().detail.contains(kPopulation) &&
                 ambiguous.error().detail.contains(QStringLiteral("Second")),
             qPrintable(ambiguous.error().detail));
    TM_VERIFY_OK(
        m_wp->testing().record(kControl, 1, QStringLiteral("A"), AttributeResult::Pass, {}, QStringLiteral("Second")));
    QCOMPARE(m_wp->testing().results(kControl)->at(0).population, QStringLiteral("Second"));
}

// A control with two populations of which only one has a sample: that sample is the one tested, unnamed.
void TestTestingService::severalPopulationsOneSampled()
{
    TM_VERIFY_OK(m_wp->populations().importFile(writeCsv(*m_dir, QStringLiteral("u.csv"), 10),
                                                options(QStringLiteral("Unsampled"))));
    TM_VERIFY_OK(m_wp->populations().importFile(writeCsv(*m_dir, QStringLiteral("t.csv"), 10), options(kPopulation)));
    TM_VERIFY_OK(m_wp->testing().addAttribute(kControl, {}, QStringLiteral("Approved")));
    // Neither sampled yet: naming one would not help, so the message says to draw a sample.
    const auto none = m_wp->testing().record(kControl, 1, QStringLiteral("A"), AttributeResult::Pass);
    QVERIFY(!none);
    QVERIFY2(
        none.error().detail.contains(QStringLiteral("several populations (Ten, Unsampled) and none has a sample")) ||
            none.error().detail.contains(QStringLiteral("several populations (Unsampled, Ten) and none has a sample")),
        qPrintable(none.error().detail));
    TM_VERIFY_OK(m_wp->sampling().draw(kPopulation, 4, SelectionMethod::Random, 42));
    TM_VERIFY_OK(m_wp->testing().record(kControl, 1, QStringLiteral("A"), AttributeResult::Pass));
    QCOMPARE(m_wp->testing().results(kControl)->at(0).population, kPopulation);
    const auto named = m_wp->testing().record(kControl, 1, QStringLiteral("A"), AttributeResult::Pass, {},
                                              QStringLiteral("Unsampled"));
    QVERIFY(!named);
    QCOMPARE(named.error().detail,
             QStringLiteral("population \"Unsampled\" of control %1 has no sample; draw one first").arg(kControl));
}

void TestTestingService::resultsSurviveExtend()
{
    importAndDraw(kPopulation);
    TM_VERIFY_OK(m_wp->testing().addAttribute(kControl, {}, QStringLiteral("Approved")));
    TM_VERIFY_OK(
        m_wp->testing().record(kControl, 8, QStringLiteral("A"), AttributeResult::Deviation, QStringLiteral("late")));
    // A preparer may extend: the first items and their results stay.
    const auto extended = m_wp->sampling().extend(kPopulation, 6);
    TM_VERIFY_OK(extended);
    QCOMPARE(extended->rows, (QList<qint64>{1, 5, 8, 10, 4, 9}));
    QCOMPARE((*m_wp->sampling().sample(kPopulation))->rows, extended->rows);
    QCOMPARE(m_wp->auditTrail().events()->last().action, QStringLiteral("extend"));
    const auto results = m_wp->testing().results(kControl);
    TM_VERIFY_OK(results);
    QCOMPARE(results->size(), 1);
    QCOMPARE(results->at(0).row, 8);
    QCOMPARE(results->at(0).note, QStringLiteral("late"));
    TM_VERIFY_OK(m_wp->testing().record(kControl, 9, QStringLiteral("A"), AttributeResult::Pass));
    QCOMPARE(m_wp->testing().results(kControl)->size(), 2);
}

void TestTestingService::preparerRedrawRefused()
{
    importAndDraw(kPopulation);
    TM_VERIFY_OK(m_wp->testing().addAttribute(kControl, {}, QStringLiteral("Approved")));
    TM_VERIFY_OK(m_wp->testing().record(kControl, 5, QStringLiteral("A"), AttributeResult::Pass));
    const QByteArray before = Test::fileSha256(m_file);
    const qsizetype events = m_wp->auditTrail().events()->size();
    const auto refused = m_wp->sampling().draw(kPopulation, 4, SelectionMethod::Random, 7);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
    QCOMPARE(refused.error().detail, QStringLiteral("results are recorded on the sample of Ten; only a reviewer or"
                                                    " partner can redraw it (and it is logged)"));
    QCOMPARE(Test::fileSha256(m_file), before);
    QCOMPARE(m_wp->auditTrail().events()->size(), events);
    QCOMPARE(m_wp->testing().results(kControl)->size(), 1);
    QCOMPARE((*m_wp->sampling().sample(kPopulation))->seed, 42u);
    // Without results a preparer draws as before.
    importAndDraw(QStringLiteral("Other"), QStringLiteral("C-2"));
    TM_VERIFY_OK(m_wp->sampling().draw(QStringLiteral("Other"), 3, SelectionMethod::Random, 7));
    QCOMPARE(m_wp->auditTrail().events()->last().action, QStringLiteral("draw"));
}

void TestTestingService::reviewerRedrawLogged()
{
    importAndDraw(kPopulation);
    TM_VERIFY_OK(m_wp->testing().addAttribute(kControl, {}, QStringLiteral("Approved")));
    TM_VERIFY_OK(m_wp->testing().addAttribute(kControl, {}, QStringLiteral("Tested")));
    TM_VERIFY_OK(m_wp->testing().record(kControl, 5, QStringLiteral("A"), AttributeResult::Pass));
    TM_VERIFY_OK(m_wp->testing().record(kControl, 5, QStringLiteral("B"), AttributeResult::Pass));
    TM_VERIFY_OK(m_wp->testing().record(kControl, 10, QStringLiteral("A"), AttributeResult::Deviation));
    m_wp->setActor(Actor{QStringLiteral("Rita Reviewer"), QStringLiteral("RR"), Role::Reviewer});
    const auto redrawn = m_wp->sampling().draw(kPopulation, 4, SelectionMethod::Random, 7);
    TM_VERIFY_OK(redrawn);
    QCOMPARE(redrawn->seed, 7u);
    QVERIFY(m_wp->testing().results(kControl)->isEmpty());
    const AuditEvent last = m_wp->auditTrail().events()->last();
    QCOMPARE(last.object, QStringLiteral("sample:Ten"));
    QCOMPARE(last.action, QStringLiteral("redraw"));
    QCOMPARE(last.role, QStringLiteral("reviewer"));
    QVERIFY2(last.summary.contains(QStringLiteral("\"discarded_results\":3")), qPrintable(last.summary));
    QVERIFY(m_wp->auditTrail().verify()->ok);
    // The attributes belong to the control and stay for the new sample.
    QCOMPARE(m_wp->testing().attributes(kControl)->size(), 2);
}

void TestTestingService::editDesign()
{
    TestingService &t = m_wp->testing();
    TM_VERIFY_OK(t.addProcedure(kControl, ProcedureKind::Inquiry, QStringLiteral("Ask")));
    TM_VERIFY_OK(t.addProcedure(kControl, ProcedureKind::Inspection, QStringLiteral("Inspect")));
    TM_VERIFY_OK(t.updateProcedure(kControl, 2, ProcedureKind::Reperformance, QStringLiteral("Redo the check")));
    auto procedures = t.procedures(kControl);
    QCOMPARE(procedures->size(), 2);
    QCOMPARE(procedures->at(1).kind, ProcedureKind::Reperformance);
    QCOMPARE(procedures->at(1).text, QStringLiteral("Redo the check"));
    QCOMPARE(m_wp->auditTrail().events()->last().action, QStringLiteral("design"));
    // Removing the only test beyond inquiry leaves inquiry alone again: the warning's condition comes back.
    TM_VERIFY_OK(t.removeProcedure(kControl, 2));
    QVERIFY(inquiryOnly(*t.procedures(kControl)));
    const auto missing = t.removeProcedure(kControl, 3);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QCOMPARE(missing.error().detail, QStringLiteral("control C-1 has no procedure 3 (its procedures are numbered 1 to 1)"));
    QCOMPARE(t.updateProcedure(kControl, 1, ProcedureKind::Inquiry, QStringLiteral(" ")).error().code,
             ErrorCode::InvalidArgument);

    TM_VERIFY_OK(t.addAttribute(kControl, {}, QStringLiteral("Approved")));
    TM_VERIFY_OK(t.updateAttribute(kControl, QStringLiteral("a"), QStringLiteral("Approved by the CAB")));
    QCOMPARE(t.attributes(kControl)->at(0).text, QStringLiteral("Approved by the CAB"));
    const auto undefined = t.updateAttribute(kControl, QStringLiteral("Q"), QStringLiteral("x"));
    QCOMPARE(undefined.error().code, ErrorCode::NotFound);
    QCOMPARE(undefined.error().detail, QStringLiteral("attribute Q is not defined for control C-1 (defined: A)"));
    TM_VERIFY_OK(t.removeAttribute(kControl, QStringLiteral("A")));
    QVERIFY(t.attributes(kControl)->isEmpty());
    QVERIFY2(m_wp->auditTrail().events()->last().summary.contains(QStringLiteral("Approved by the CAB")),
             qPrintable(m_wp->auditTrail().events()->last().summary));
}

void TestTestingService::removeAttributeWithResults()
{
    importAndDraw(kPopulation);
    TestingService &t = m_wp->testing();
    TM_VERIFY_OK(t.addAttribute(kControl, {}, QStringLiteral("Approved")));
    TM_VERIFY_OK(t.addAttribute(kControl, {}, QStringLiteral("Tested")));
    TM_VERIFY_OK(t.record(kControl, 5, QStringLiteral("A"), AttributeResult::Pass));
    TM_VERIFY_OK(t.record(kControl, 8, QStringLiteral("A"), AttributeResult::Pass));
    TM_VERIFY_OK(t.record(kControl, 8, QStringLiteral("B"), AttributeResult::Pass));
    const qint64 item = importEvidence(QStringLiteral("approval.txt"), "CHG-1 approved\n");
    QVERIFY(item > 0);
    TM_VERIFY_OK(t.addEvidenceReference(kControl, 5, QStringLiteral("A"), {item, std::nullopt, {}}));
    const QByteArray before = Test::fileSha256(m_file);
    const auto refused = t.removeAttribute(kControl, QStringLiteral("A"));
    QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(refused.error().detail,
             QStringLiteral("attribute A of control C-1 has 2 recorded results and 1 evidence references; remove them"
                            " with the attribute explicitly, or clear them first"));
    QCOMPARE(Test::fileSha256(m_file), before);
    TM_VERIFY_OK(t.removeAttribute(kControl, QStringLiteral("A"), true));
    QCOMPARE(t.attributes(kControl)->size(), 1);
    const auto results = t.results(kControl);
    QCOMPARE(results->size(), 1);
    QCOMPARE(results->at(0).attribute, QStringLiteral("B"));
    QVERIFY(t.evidenceReferences(kControl)->isEmpty());
    QVERIFY2(m_wp->auditTrail().events()->last().summary.contains(QStringLiteral("\"results_removed\":2")),
             qPrintable(m_wp->auditTrail().events()->last().summary));
}

void TestTestingService::evidenceReferences()
{
    importAndDraw(kPopulation);
    TestingService &t = m_wp->testing();
    TM_VERIFY_OK(t.addAttribute(kControl, {}, QStringLiteral("Approved")));
    TM_VERIFY_OK(t.record(kControl, 5, QStringLiteral("A"), AttributeResult::Pass));
    const qint64 ticket = importEvidence(QStringLiteral("ticket.txt"), "CHG-1 approved by J. Doe\n");
    const qint64 mail = importEvidence(QStringLiteral("mail.txt"), "Approval e-mail\n");
    QVERIFY(ticket > 0 && mail > 0);
    TM_VERIFY_OK(t.addEvidenceReference(kControl, 5, QStringLiteral("a"), {ticket, 2, QStringLiteral(" approval ")}));
    TM_VERIFY_OK(t.addEvidenceReference(kControl, 5, QStringLiteral("A"), {mail, std::nullopt, {}}));
    TM_VERIFY_OK(t.addEvidenceReference(kControl, 5, QStringLiteral("A"), {ticket, std::nullopt, {}}));
    const AuditEvent last = m_wp->auditTrail().events()->last();
    QCOMPARE(last.object, QStringLiteral("control:C-1"));
    QCOMPARE(last.action, QStringLiteral("evidence"));
    QVERIFY2(last.summary.contains(QStringLiteral("ticket.txt/ticket.txt")), qPrintable(last.summary));

    auto refs = t.evidenceReferences(kControl);
    TM_VERIFY_OK(refs);
    QCOMPARE(refs->size(), 3);
    // By package, path and page: mail, then the ticket as a whole, then its page 2.
    QCOMPARE(refs->at(0).path, QStringLiteral("mail.txt"));
    QCOMPARE(refs->at(1).reference.page, std::nullopt);
    QCOMPARE(refs->at(2).reference.page, std::optional<int>(2));
    QCOMPARE(refs->at(2).reference.label, QStringLiteral("approval"));
    QCOMPARE(refs->at(2).row, 5);
    QCOMPARE(refs->at(2).attribute, QStringLiteral("A"));
    QCOMPARE(refs->at(2).population, kPopulation);
    QCOMPARE(refs->at(2).addedBy, QStringLiteral("Pat Preparer (PP)"));
    QCOMPARE(evidenceReferenceText(refs->at(2)), QStringLiteral("ticket.txt/ticket.txt, p. 2"));
    QCOMPARE(refs->at(2).sha256, Test::fileSha256(m_dir->filePath(QStringLiteral("ticket.txt"))));

    // Changing the result keeps the references; removing one leaves the others.
    TM_VERIFY_OK(t.record(kControl, 5, QStringLiteral("A"), AttributeResult::Deviation, QStringLiteral("late")));
    QCOMPARE(t.evidenceReferences(kControl)->size(), 3);
    TM_VERIFY_OK(t.removeEvidenceReference(kControl, 5, QStringLiteral("A"), ticket, 2));
    refs = t.evidenceReferences(kControl);
    QCOMPARE(refs->size(), 2);
    const auto again = t.removeEvidenceReference(kControl, 5, QStringLiteral("A"), ticket, 2);
    QCOMPARE(again.error().code, ErrorCode::NotFound);
    QCOMPARE(again.error().detail,
             QStringLiteral("row 5, attribute A of control C-1 does not refer to ticket.txt/ticket.txt, p. 2"));
    // Replacing them all at once is one action.
    const qsizetype events = m_wp->auditTrail().events()->size();
    TM_VERIFY_OK(t.setEvidenceReferences(kControl, 5, QStringLiteral("A"), {{ticket, 1, {}}}));
    QCOMPARE(m_wp->auditTrail().events()->size(), events + 1);
    refs = t.evidenceReferences(kControl);
    QCOMPARE(refs->size(), 1);
    QCOMPARE(refs->at(0).reference.page, std::optional<int>(1));
    QVERIFY(m_wp->auditTrail().verify()->ok);
}

void TestTestingService::evidenceReferenceRefusals()
{
    importAndDraw(kPopulation);
    TestingService &t = m_wp->testing();
    TM_VERIFY_OK(t.addAttribute(kControl, {}, QStringLiteral("Approved")));
    TM_VERIFY_OK(t.record(kControl, 5, QStringLiteral("A"), AttributeResult::Pass));
    const qint64 item = importEvidence(QStringLiteral("ticket.txt"), "CHG-1\n");
    QVERIFY(item > 0);
    TM_VERIFY_OK(t.addEvidenceReference(kControl, 5, QStringLiteral("A"), {item, 1, {}}));
    const QByteArray before = Test::fileSha256(m_file);
    const auto unknown = t.addEvidenceReference(kControl, 5, QStringLiteral("A"), {item + 100, std::nullopt, {}});
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    QCOMPARE(unknown.error().detail, QStringLiteral("evidence item %1 does not exist, so row 5, attribute A of control"
                                                    " C-1 cannot refer to it")
                                         .arg(item + 100));
    const auto page = t.addEvidenceReference(kControl, 5, QStringLiteral("A"), {item, 0, {}});
    QCOMPARE(page.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(page.error().detail, QStringLiteral("page 0 of ticket.txt/ticket.txt does not exist: pages are numbered"
                                                 " from 1"));
    const auto twice = t.addEvidenceReference(kControl, 5, QStringLiteral("A"), {item, 1, {}});
    QCOMPARE(twice.error().code, ErrorCode::AlreadyExists);
    QCOMPARE(twice.error().detail,
             QStringLiteral("row 5, attribute A of control C-1 already refers to ticket.txt/ticket.txt, p. 1"));
    const auto noResult = t.addEvidenceReference(kControl, 8, QStringLiteral("A"), {item, std::nullopt, {}});
    QCOMPARE(noResult.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(noResult.error().detail, QStringLiteral("row 8, attribute A of control C-1 has no result yet; record"
                                                     " pass, deviation or N/A before referring to evidence"));
    const auto unsampled = t.addEvidenceReference(kControl, 7, QStringLiteral("A"), {item, std::nullopt, {}});
    QVERIFY2(unsampled.error().detail.contains(QStringLiteral("row 7 is not in the sample")),
             qPrintable(unsampled.error().detail));
    const auto undefined = t.addEvidenceReference(kControl, 5, QStringLiteral("C"), {item, std::nullopt, {}});
    QVERIFY2(undefined.error().detail.contains(QStringLiteral("attribute C is not defined for control C-1")),
             qPrintable(undefined.error().detail));
    QCOMPARE(Test::fileSha256(m_file), before);
    QCOMPARE(t.evidenceReferences(kControl)->size(), 1);
}

void TestTestingService::clearRemovesReferencesAndRestore()
{
    importAndDraw(kPopulation);
    TestingService &t = m_wp->testing();
    TM_VERIFY_OK(t.addAttribute(kControl, {}, QStringLiteral("Approved")));
    TM_VERIFY_OK(t.record(kControl, 10, QStringLiteral("A"), AttributeResult::Pass, QStringLiteral("ok")));
    const qint64 item = importEvidence(QStringLiteral("ticket.txt"), "CHG-1\n");
    TM_VERIFY_OK(t.addEvidenceReference(kControl, 10, QStringLiteral("A"), {item, 3, QStringLiteral("sign-off")}));
    const auto stored = t.evidenceReferences(kControl);
    QCOMPARE(stored->size(), 1);
    TM_VERIFY_OK(t.clearResult(kControl, 10, QStringLiteral("A")));
    QVERIFY(t.evidenceReferences(kControl)->isEmpty());
    QVERIFY2(m_wp->auditTrail().events()->last().summary.contains(QStringLiteral("sign-off")),
             qPrintable(m_wp->auditTrail().events()->last().summary));
    // The undo of a clear puts result, note and references back in one action.
    const qsizetype events = m_wp->auditTrail().events()->size();
    TM_VERIFY_OK(t.recordWithReferences(kControl, 10, QStringLiteral("A"), AttributeResult::Pass,
                                        QStringLiteral("ok"), {stored->at(0).reference}));
    QCOMPARE(m_wp->auditTrail().events()->size(), events + 1);
    const auto back = t.evidenceReferences(kControl);
    QCOMPARE(back->size(), 1);
    QCOMPARE(back->at(0).reference, stored->at(0).reference);
    QCOMPARE(t.results(kControl)->at(0).note, QStringLiteral("ok"));
    // A refused reference refuses the whole record.
    TM_VERIFY_OK(t.clearResult(kControl, 10, QStringLiteral("A")));
    QVERIFY(!t.recordWithReferences(kControl, 10, QStringLiteral("A"), AttributeResult::Pass, {},
                                    {{item + 9, std::nullopt, {}}}));
    QVERIFY(t.results(kControl)->isEmpty());
}

void TestTestingService::pageCountChecked()
{
    importAndDraw(kPopulation);
    TestingService &t = m_wp->testing();
    TM_VERIFY_OK(t.addAttribute(kControl, {}, QStringLiteral("Approved")));
    TM_VERIFY_OK(t.record(kControl, 1, QStringLiteral("A"), AttributeResult::Pass));
    const qint64 pdf = importEvidence(QStringLiteral("policy.pdf"), "%PDF-1.4\n% three pages\n%%EOF\n");
    QVERIFY(pdf > 0);
    const auto item = m_wp->repositories().evidence.itemById(pdf);
    QCOMPARE((*item)->mediaType, QStringLiteral("application/pdf"));
    // Before its text is extracted the page count is unknown: any page from 1 is accepted.
    TM_VERIFY_OK(t.addEvidenceReference(kControl, 1, QStringLiteral("A"), {pdf, 7, {}}));
    TM_VERIFY_OK(m_wp->repositories().evidence.markIndexed((*item)->sha256, QStringLiteral("indexed"), 3, {},
                                                          QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC)));
    TM_VERIFY_OK(t.addEvidenceReference(kControl, 1, QStringLiteral("A"), {pdf, 3, {}}));
    const auto beyond = t.addEvidenceReference(kControl, 1, QStringLiteral("A"), {pdf, 4, {}});
    QCOMPARE(beyond.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(beyond.error().detail,
             QStringLiteral("page 4 of policy.pdf/policy.pdf does not exist: the document has 3 pages"));
}

void TestTestingService::referenceMakesSignOffStale()
{
    importAndDraw(kPopulation);
    TestingService &t = m_wp->testing();
    TM_VERIFY_OK(t.addAttribute(kControl, {}, QStringLiteral("Approved")));
    TM_VERIFY_OK(t.record(kControl, 1, QStringLiteral("A"), AttributeResult::Pass));
    const qint64 item = importEvidence(QStringLiteral("ticket.txt"), "CHG-1\n");
    ReviewService &r = m_wp->review();
    const QString object = QStringLiteral("control:C-1");
    TM_VERIFY_OK(r.signOff(object));
    QVERIFY(!r.signOffs(object)->at(0).stale);
    TM_VERIFY_OK(t.addEvidenceReference(kControl, 1, QStringLiteral("A"), {item, 2, {}}));
    QVERIFY(r.signOffs(object)->at(0).stale);
    // Taking it away again restores the signed content.
    TM_VERIFY_OK(t.removeEvidenceReference(kControl, 1, QStringLiteral("A"), item, 2));
    QVERIFY(!r.signOffs(object)->at(0).stale);
}

QTEST_GUILESS_MAIN(TestTestingService)
#include "tst_testingservice.moc"
