// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Evaluation per control (not tested → in progress → concluded; upper deviation limit at the control's risk against
// its tolerable rate; not operated, set by hand or from an empty population; Type I walkthrough) and per criterion.
#include "controls/controlservice.h"
#include "population/populationservice.h"
#include "sampling/evaluation.h"
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

class TestEvaluationService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void notTestedInProgressEffective();
    void deviationsAgainstTolerableRate();
    void toleranceRefusals();
    void notOperatedByHand();
    void notOperatedFromEmptyPopulation();
    void walkthrough();
    void criteria();

private:
    QList<qint64> sampleOf(const QString &control, int rows, int size);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workpaper> m_wp;
};

void TestEvaluationService::init()
{
    m_wp.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_wp = Test::createWorkpaper(m_dir->filePath(QStringLiteral("e.tickmark")));
    QVERIFY(m_wp);
    TM_VERIFY_OK(m_wp->controls().add(Test::control(kControl, {QStringLiteral("CC8.1")})));
    TM_VERIFY_OK(m_wp->controls().add(Test::control(QStringLiteral("C-2"), {QStringLiteral("CC6.2")})));
    TM_VERIFY_OK(m_wp->testing().addAttribute(kControl, QStringLiteral("A"), QStringLiteral("Approved")));
}

// Imports a population of @p rows rows for @p control and draws @p size items; returns the sampled rows.
QList<qint64> TestEvaluationService::sampleOf(const QString &control, int rows, int size)
{
    PopulationImportOptions o;
    o.name = control + QStringLiteral(" population");
    o.controlId = control;
    if (!m_wp->populations().importFile(writeCsv(*m_dir, control + QStringLiteral(".csv"), rows), o))
        return {};
    const auto drawn = m_wp->sampling().draw(o.name, size, SelectionMethod::Random, 7);
    return drawn ? drawn->rows : QList<qint64>();
}

void TestEvaluationService::notTestedInProgressEffective()
{
    auto e = m_wp->evaluation().control(kControl);
    TM_VERIFY_OK(e);
    QCOMPARE(e->conclusion, ControlConclusion::NotTested);
    QVERIFY(!e->upperDeviationLimit);
    QCOMPARE(e->tolerableRate, 0.05);
    QCOMPARE(e->riskOfOverreliance, 0.10);
    const QList<qint64> rows = sampleOf(kControl, 20, 4);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(m_wp->evaluation().control(kControl)->conclusion, ControlConclusion::NotTested);
    TM_VERIFY_OK(m_wp->testing().record(kControl, rows.at(0), QStringLiteral("A"), AttributeResult::Pass));
    e = m_wp->evaluation().control(kControl);
    QCOMPARE(e->conclusion, ControlConclusion::InProgress);
    QCOMPARE(e->sampleSize, 4);
    QCOMPARE(e->itemsDone, 1);
    for (qsizetype i = 1; i < rows.size(); ++i)
        TM_VERIFY_OK(m_wp->testing().record(kControl, rows.at(i), QStringLiteral("A"),
                                            i == 2 ? AttributeResult::NotApplicable : AttributeResult::Pass));
    e = m_wp->evaluation().control(kControl);
    QCOMPARE(e->conclusion, ControlConclusion::Effective);
    QCOMPARE(e->itemsDone, 4);
    QCOMPARE(e->deviations, 0);
    QVERIFY(e->upperDeviationLimit);
    // n = 4, k = 0 at 10% risk: 1 − 0.1^(1/4) = 43.77%, rounded up to 43.8%.
    QCOMPARE(qRound(*e->upperDeviationLimit * 1000), 438);
    QCOMPARE(controlConclusionKey(e->conclusion), QStringLiteral("effective"));
}

void TestEvaluationService::deviationsAgainstTolerableRate()
{
    const QList<qint64> rows = sampleOf(kControl, 200, 60);
    QCOMPARE(rows.size(), 60);
    for (qsizetype i = 0; i < rows.size(); ++i)
        TM_VERIFY_OK(m_wp->testing().record(kControl, rows.at(i), QStringLiteral("A"),
                                            i == 7 ? AttributeResult::Deviation : AttributeResult::Pass));
    // n = 60, k = 1 at 10% risk: AICPA table A-4 gives 6.4%; above the default 5% tolerable rate.
    auto e = m_wp->evaluation().control(kControl);
    QCOMPARE(e->deviations, 1);
    QCOMPARE(e->deviationRate, 1.0 / 60.0);
    QCOMPARE(qRound(*e->upperDeviationLimit * 1000), 64);
    QCOMPARE(e->conclusion, ControlConclusion::NotEffective);
    QCOMPARE(e->openExceptions, 1);
    TM_VERIFY_OK(m_wp->evaluation().setTolerance(kControl, 0.10, 0.10));
    e = m_wp->evaluation().control(kControl);
    QCOMPARE(e->tolerableRate, 0.10);
    QCOMPARE(e->conclusion, ControlConclusion::DeviationsWithinTolerable);
    // At 5% risk the limit is 7.7% (table A-3): still within 10%.
    TM_VERIFY_OK(m_wp->evaluation().setTolerance(kControl, 0.10, 0.05));
    e = m_wp->evaluation().control(kControl);
    QCOMPARE(qRound(*e->upperDeviationLimit * 1000), 77);
    QCOMPARE(e->conclusion, ControlConclusion::DeviationsWithinTolerable);
    QCOMPARE(*e->upperDeviationLimit, evaluateSample(60, 1, Rate::fromBasisPoints(500), {})->upperDeviationLimit);
}

void TestEvaluationService::toleranceRefusals()
{
    const auto zero = m_wp->evaluation().setTolerance(kControl, 0.0, 0.1);
    QVERIFY(!zero);
    QVERIFY2(zero.error().detail.contains(QStringLiteral("tolerable rate")), qPrintable(zero.error().detail));
    QVERIFY(!m_wp->evaluation().setTolerance(kControl, 0.05, 1.0));
    QCOMPARE(m_wp->evaluation().setTolerance(QStringLiteral("C-9"), 0.05, 0.1).error().code, ErrorCode::NotFound);
    QCOMPARE(m_wp->evaluation().control(kControl)->tolerableRate, 0.05);
}

void TestEvaluationService::notOperatedByHand()
{
    QVERIFY(!m_wp->testing().setNotOperated(kControl, QStringLiteral("  ")));
    TM_VERIFY_OK(m_wp->testing().setNotOperated(kControl, QStringLiteral("No terminations in the period")));
    QCOMPARE(m_wp->testing().notOperatedReason(kControl)->value_or(QString()),
             QStringLiteral("No terminations in the period"));
    auto e = m_wp->evaluation().control(kControl);
    QCOMPARE(e->conclusion, ControlConclusion::NotOperated);
    QCOMPARE(controlConclusionKey(e->conclusion), QStringLiteral("not-operated"));
    TM_VERIFY_OK(m_wp->testing().clearNotOperated(kControl));
    QCOMPARE(m_wp->evaluation().control(kControl)->conclusion, ControlConclusion::NotTested);
    QVERIFY(!m_wp->testing().clearNotOperated(kControl));
}

void TestEvaluationService::notOperatedFromEmptyPopulation()
{
    const QString path = writeCsv(*m_dir, QStringLiteral("empty.csv"), 0);
    PopulationImportOptions o;
    o.name = QStringLiteral("Terminations");
    o.controlId = kControl;
    const auto imported = m_wp->populations().importFile(path, o);
    if (!imported)
        QSKIP(qPrintable(QStringLiteral("an empty population is refused on import: ") + imported.error().detail));
    QCOMPARE(m_wp->evaluation().control(kControl)->conclusion, ControlConclusion::NotOperated);
}

void TestEvaluationService::walkthrough()
{
    QVERIFY(!m_wp->testing().walkthrough(kControl)->has_value());
    TM_VERIFY_OK(m_wp->testing().recordWalkthrough(kControl, true, QStringLiteral("Observed one change")));
    auto e = m_wp->evaluation().control(kControl);
    QCOMPARE(e->conclusion, ControlConclusion::Effective);
    QCOMPARE(e->sampleSize, 1);
    QCOMPARE(m_wp->testing().walkthrough(kControl)->value().note, QStringLiteral("Observed one change"));
    QVERIFY(m_wp->exceptions().list()->isEmpty());
    QVERIFY(!m_wp->testing().recordWalkthrough(kControl, false, {})); // a failed walkthrough needs a note
    TM_VERIFY_OK(m_wp->testing().recordWalkthrough(kControl, false, QStringLiteral("No approval step exists")));
    e = m_wp->evaluation().control(kControl);
    QCOMPARE(e->conclusion, ControlConclusion::NotEffective);
    const auto exceptions = m_wp->exceptions().list();
    QCOMPARE(exceptions->size(), 1);
    QCOMPARE(exceptions->first().kind, ExceptionKind::Design);
    QVERIFY(exceptions->first().description.contains(QStringLiteral("No approval step exists")));
    TM_VERIFY_OK(m_wp->testing().clearWalkthrough(kControl));
    QCOMPARE(m_wp->evaluation().control(kControl)->conclusion, ControlConclusion::NotTested);
}

void TestEvaluationService::criteria()
{
    auto statusOf = [this](const QString &id) {
        const auto list = m_wp->evaluation().criteria();
        for (const CriterionEvaluation &c : *list) {
            if (c.criterionId == id)
                return c;
        }
        return CriterionEvaluation{};
    };
    QCOMPARE(statusOf(QStringLiteral("CC1.1")).status, CriterionStatus::NotCovered);
    QCOMPARE(statusOf(QStringLiteral("CC8.1")).status, CriterionStatus::NotTested);
    QCOMPARE(statusOf(QStringLiteral("CC8.1")).controls, QStringList{kControl});
    TM_VERIFY_OK(m_wp->testing().setNotOperated(QStringLiteral("C-2"), QStringLiteral("No new users")));
    QCOMPARE(statusOf(QStringLiteral("CC6.2")).status, CriterionStatus::Clean);
    QCOMPARE(statusOf(QStringLiteral("CC6.2")).controlsTested, 1);

    const QList<qint64> rows = sampleOf(kControl, 10, 2);
    TM_VERIFY_OK(m_wp->testing().record(kControl, rows.at(0), QStringLiteral("A"), AttributeResult::Deviation));
    QCOMPARE(statusOf(QStringLiteral("CC8.1")).status, CriterionStatus::ExceptionsNoted);
    QCOMPARE(statusOf(QStringLiteral("CC8.1")).exceptions, 1);
    const qint64 id = m_wp->exceptions().list()->first().id;
    ExceptionUpdate u;
    u.criterionMet = std::optional<bool>(false);
    TM_VERIFY_OK(m_wp->exceptions().update(id, u));
    QCOMPARE(statusOf(QStringLiteral("CC8.1")).status, CriterionStatus::NotMet);
    QCOMPARE(criterionStatusKey(CriterionStatus::NotMet), QStringLiteral("not-met"));
    // Moving the exception to another criterion moves the status with it.
    u = {};
    u.criteria = QStringList{QStringLiteral("CC6.2")};
    TM_VERIFY_OK(m_wp->exceptions().update(id, u));
    QCOMPARE(statusOf(QStringLiteral("CC6.2")).status, CriterionStatus::NotMet);
    QCOMPARE(statusOf(QStringLiteral("CC8.1")).status, CriterionStatus::NotTested);
    QCOMPARE(m_wp->evaluation().controls()->size(), 2);
}

QTEST_GUILESS_MAIN(TestEvaluationService)
#include "tst_evaluationservice.moc"
