// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The testing grid model: sample items in draw order with population values, one column per attribute, edits
// recorded through TestingService (or a recorder), refreshed when the control changes elsewhere.
#include "controls/controlservice.h"
#include "evidence/evidenceservice.h"
#include "population/populationservice.h"
#include "sampling/samplingservice.h"
#include "testing/testinggridmodel.h"
#include "testing/testingservice.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Tickmark;
using namespace Tickmark::Core;

namespace {

const QString kControl = QStringLiteral("C-1");

} // namespace

class TestTestingGridModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyWithoutControl();
    void rowsAreTheSampleWithValues();
    void editsRecordThroughTheService();
    void noteNeedsAResult();
    void recorderReceivesTheChange();
    void followsChangesMadeElsewhere();
    void noSampleShowsNoRows();
    void evidenceReferencesInTheModel();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workpaper> m_wp;
};

void TestTestingGridModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_wp = Test::createWorkpaper(m_dir->filePath(QStringLiteral("grid.tickmark")));
    QVERIFY(m_wp);
    TM_VERIFY_OK(m_wp->controls().add(Test::control(kControl, {QStringLiteral("CC8.1")})));
    TM_VERIFY_OK(m_wp->testing().addAttribute(kControl, {}, QStringLiteral("Approved")));
    TM_VERIFY_OK(m_wp->testing().addAttribute(kControl, {}, QStringLiteral("Tested")));
    QByteArray csv = "ticket,summary,owner,extra\n";
    for (int i = 1; i <= 10; ++i)
        csv += "T-" + QByteArray::number(i) + ",Change " + QByteArray::number(i) + ",Dev,x\n";
    const QString path = m_dir->filePath(QStringLiteral("changes.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(csv);
    f.close();
    PopulationImportOptions o;
    o.name = QStringLiteral("Changes");
    o.controlId = kControl;
    TM_VERIFY_OK(m_wp->populations().importFile(path, o));
    TM_VERIFY_OK(m_wp->sampling().draw(QStringLiteral("Changes"), 4, SelectionMethod::Random, 42));
}

void TestTestingGridModel::cleanup()
{
    m_wp.reset();
    m_dir.reset();
}

void TestTestingGridModel::emptyWithoutControl()
{
    TestingGridModel model(*m_wp);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
}

void TestTestingGridModel::rowsAreTheSampleWithValues()
{
    TestingGridModel model(*m_wp);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setControl(kControl);
    QCOMPARE(model.population(), QStringLiteral("Changes"));
    QVERIFY(model.hasSample());
    QCOMPARE(model.rowCount(), 4);
    // #, Row, three of the four population columns, A, B.
    QCOMPARE(model.columnCount(), 7);
    QCOMPARE(model.firstAttributeColumn(), 5);
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("ticket"));
    QCOMPARE(model.headerData(5, Qt::Horizontal).toString(), QStringLiteral("A"));
    QCOMPARE(model.headerData(6, Qt::Horizontal, Qt::ToolTipRole).toString(), QStringLiteral("Tested"));
    // Seed 42, size 4 of 10 draws rows 1, 5, 8, 10 in that order.
    QCOMPARE(model.rowNumberAt(1), 5);
    QCOMPARE(model.index(1, TestingGridModel::ItemColumn).data().toInt(), 2);
    QCOMPARE(model.index(1, TestingGridModel::RowColumn).data().toLongLong(), 5);
    QCOMPARE(model.index(1, 2).data().toString(), QStringLiteral("T-5"));
    QCOMPARE(model.index(3, 3).data().toString(), QStringLiteral("Change 10"));
    QVERIFY(!(model.flags(model.index(0, 2)) & Qt::ItemIsEditable));
    QVERIFY(model.flags(model.index(0, 5)) & Qt::ItemIsEditable);
    QCOMPARE(model.itemsDone(), 0);
}

void TestTestingGridModel::editsRecordThroughTheService()
{
    TestingGridModel model(*m_wp);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setControl(kControl);
    QVERIFY(model.setData(model.index(0, 5), QStringLiteral("pass"), TestingGridModel::ResultRole));
    QVERIFY(model.setData(model.index(0, 6), QStringLiteral("deviation"), TestingGridModel::ResultRole));
    QVERIFY(model.setData(model.index(0, 6), QStringLiteral("  approval missing "), TestingGridModel::NoteRole));
    const auto results = m_wp->testing().results(kControl);
    TM_VERIFY_OK(results);
    QCOMPARE(results->size(), 2);
    QCOMPARE(results->at(1).row, 1);
    QCOMPARE(results->at(1).attribute, QStringLiteral("B"));
    QCOMPARE(results->at(1).result, AttributeResult::Deviation);
    QCOMPARE(results->at(1).note, QStringLiteral("approval missing"));
    QCOMPARE(model.index(0, 6).data(TestingGridModel::ResultRole).toString(), QStringLiteral("deviation"));
    QCOMPARE(model.index(0, 6).data(Qt::DisplayRole).toString(), QStringLiteral("✗"));
    QCOMPARE(model.index(0, 6).data(Qt::ToolTipRole).toString(), QStringLiteral("approval missing"));
    QCOMPARE(model.itemsDone(), 1);
    QCOMPARE(model.deviationItems(), 1);

    QSignalSpy failed(&model, &TestingGridModel::editFailed);
    QVERIFY(!model.setData(model.index(1, 5), QStringLiteral("maybe"), TestingGridModel::ResultRole));
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("maybe")));
}

void TestTestingGridModel::noteNeedsAResult()
{
    TestingGridModel model(*m_wp);
    model.setControl(kControl);
    QSignalSpy failed(&model, &TestingGridModel::editFailed);
    QVERIFY(!model.setData(model.index(2, 5), QStringLiteral("looked at it"), TestingGridModel::NoteRole));
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("sample item 8, attribute A")),
             qPrintable(failed.first().first().toString()));
    QVERIFY(m_wp->testing().results(kControl)->isEmpty());
}

void TestTestingGridModel::recorderReceivesTheChange()
{
    TestingGridModel model(*m_wp);
    model.setControl(kControl);
    QList<GridCellChange> seen;
    model.setRecorder([&](const GridCellChange &c) -> Result<void> {
        seen << c;
        return {};
    });
    QVERIFY(model.setData(model.index(3, 6), QStringLiteral("na"), TestingGridModel::ResultRole));
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen.first().row, 10);
    QCOMPARE(seen.first().letter, QStringLiteral("B"));
    QCOMPARE(seen.first().population, QStringLiteral("Changes"));
    QVERIFY(!seen.first().before.result.has_value());
    QCOMPARE(seen.first().after.result, AttributeResult::NotApplicable);
    // The recorder stored nothing.
    QVERIFY(m_wp->testing().results(kControl)->isEmpty());
    // An unchanged cell does not reach the recorder.
    TM_VERIFY_OK(model.setCell(3, 6, GridCell{}));
    QCOMPARE(seen.size(), 1);
}

void TestTestingGridModel::followsChangesMadeElsewhere()
{
    TestingGridModel model(*m_wp);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setControl(kControl);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    TM_VERIFY_OK(m_wp->testing().record(kControl, 8, QStringLiteral("A"), AttributeResult::Pass));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(model.index(2, 5).data(TestingGridModel::ResultRole).toString(), QStringLiteral("pass"));

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    TM_VERIFY_OK(m_wp->testing().addAttribute(kControl, {}, QStringLiteral("Closed")));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.columnCount(), 8);
    QCOMPARE(model.itemsDone(), 0);
}

void TestTestingGridModel::noSampleShowsNoRows()
{
    TM_VERIFY_OK(m_wp->controls().add(Test::control(QStringLiteral("C-2"), {QStringLiteral("CC6.1")})));
    TestingGridModel model(*m_wp);
    model.setControl(QStringLiteral("C-2"));
    QVERIFY(!model.hasSample());
    QVERIFY(model.populations().isEmpty());
    QCOMPARE(model.rowCount(), 0);
}

void TestTestingGridModel::evidenceReferencesInTheModel()
{
    QFile f(m_dir->filePath(QStringLiteral("ticket.txt")));
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write("T-1 approved\n") > 0);
    f.close();
    TM_VERIFY_OK(m_wp->evidence().importPackage(f.fileName(), EvidenceImportOptions{}));
    const qint64 item = m_wp->evidence().list()->first().id;
    TestingGridModel model(*m_wp);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setControl(kControl);
    const int a = model.firstAttributeColumn();
    TM_VERIFY_OK(m_wp->testing().record(kControl, 1, QStringLiteral("A"), AttributeResult::Pass, QStringLiteral("ok")));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    TM_VERIFY_OK(m_wp->testing().addEvidenceReference(kControl, 1, QStringLiteral("A"),
                                                      {item, 4, QStringLiteral("approval")}));
    QVERIFY(changed.size() >= 1);
    const QModelIndex cell = model.index(0, a);
    QCOMPARE(model.rowNumberAt(0), 1);
    QCOMPARE(cell.data(TestingGridModel::EvidenceCountRole).toInt(), 1);
    QCOMPARE(cell.data(TestingGridModel::EvidenceRole).toStringList(),
             QStringList{QStringLiteral("ticket.txt/ticket.txt, p. 4")});
    const QString tip = cell.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("ok")) && tip.contains(QStringLiteral("ticket.txt/ticket.txt, p. 4")) &&
                 tip.contains(QStringLiteral("approval")),
             qPrintable(tip));
    // The cell carries its references, so an undo command can put them back after a clear.
    const GridCell stored = model.cellAt(0, a);
    QCOMPARE(stored.references.size(), 1);
    QCOMPARE(stored.references.first().page, std::optional<int>(4));
    QCOMPARE(model.referencesAt(0, a).first().path, QStringLiteral("ticket.txt"));
    QCOMPARE(model.index(0, a + 1).data(TestingGridModel::EvidenceCountRole).toInt(), 0);
    TM_VERIFY_OK(m_wp->testing().clearResult(kControl, 1, QStringLiteral("A")));
    QCOMPARE(model.index(0, a).data(TestingGridModel::EvidenceCountRole).toInt(), 0);
    QVERIFY(model.cellAt(0, a).references.isEmpty());
}

QTEST_GUILESS_MAIN(TestTestingGridModel)
#include "tst_testinggridmodel.moc"
