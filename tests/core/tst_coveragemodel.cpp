// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controls/controlservice.h"
#include "criteria/coveragemodel.h"
#include "criteria/criteriaservice.h"
#include "engagement/engagementservice.h"
#include "sample/sampleengagement.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QFont>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Tickmark;
using namespace Tickmark::Core;

namespace {

Control control(const QString &id, const QStringList &criteria)
{
    Control c;
    c.id = id;
    c.description = QStringLiteral("Management reviews the control environment annually.");
    c.criteria = criteria;
    return c;
}

QModelIndex cell(const CoverageModel &model, const QString &criterion, int column)
{
    return model.index(model.rowOf(criterion), column);
}

} // namespace

class TestCoverageModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleIsFullyCovered();
    void emptyWorkpaperIsAllUncovered();
    void uncoveredRowsCarryHints();
    void refreshesAfterControlChanges();
    void refreshesAfterScopeChange();
    void ignoresUnrelatedChanges();
};

void TestCoverageModel::sampleIsFullyCovered()
{
    QTemporaryDir dir;
    auto wp =
        createSampleEngagement(dir.filePath(QStringLiteral("sample.tickmark")), Test::preparer(), Test::fixedClock());
    QVERIFY2(wp.has_value(), wp ? "" : qPrintable(wp.error().detail));
    CoverageModel model(**wp);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    // Security (33 common criteria) + Availability (3) + Confidentiality (2).
    QCOMPARE(model.rowCount(), 38);
    QCOMPARE(model.columnCount(), int(CoverageModel::ColumnCount));
    QCOMPARE(model.uncoveredCount(), 0);
    QCOMPARE(model.categories(),
             (QList<Category>{Category::Security, Category::Availability, Category::Confidentiality}));

    const auto coverage = (*wp)->criteria().coverage();
    QVERIFY(coverage.has_value());
    for (int row = 0; row < model.rowCount(); ++row) {
        const CoverageRow &expected = coverage->at(row);
        QCOMPARE(model.index(row, CoverageModel::CriterionColumn).data().toString(), expected.criterion.id);
        QCOMPARE(model.index(row, CoverageModel::CountColumn).data().toInt(), int(expected.controls.size()));
        QCOMPARE(model.index(row, CoverageModel::ControlsColumn).data().toString(),
                 expected.controls.join(QStringLiteral(", ")));
        QCOMPARE(model.index(row, 0).data(CoverageModel::UncoveredRole).toBool(), false);
        QVERIFY(!model.index(row, 0).data(Qt::BackgroundRole).isValid());
    }
    const QModelIndex first = model.index(0, CoverageModel::TitleColumn);
    QCOMPARE(first.data(CoverageModel::CriterionIdRole).toString(), QStringLiteral("CC1.1"));
    QCOMPARE(first.data().toString(), CriteriaCatalog::find(QStringLiteral("CC1.1"))->title);
    QCOMPARE(first.data(CoverageModel::SeriesRole).toString(), QStringLiteral("CC1 Control Environment"));
    QCOMPARE(model.index(0, CoverageModel::CategoryColumn).data().toString(), categoryName(Category::Security));
    QVERIFY(first.data(CoverageModel::ControlIdsRole).toStringList().contains(QStringLiteral("CTL-01")));
    QVERIFY(first.data(Qt::ToolTipRole).toString().contains(QStringLiteral("CC1 Control Environment")));
    const int a11 = model.rowOf(QStringLiteral("A1.1"));
    QVERIFY(a11 > 0);
    QCOMPARE(model.index(a11, 0).data(CoverageModel::CategoryKeyRole).toString(), QStringLiteral("availability"));
    QVERIFY(model.index(0, CoverageModel::CriterionColumn).data(CoverageModel::SortRole).toInt() <
            model.index(a11, CoverageModel::CriterionColumn).data(CoverageModel::SortRole).toInt());
    QCOMPARE(model.rowOf(QStringLiteral("P1.1")), -1); // privacy is not in scope
}

void TestCoverageModel::emptyWorkpaperIsAllUncovered()
{
    QTemporaryDir dir;
    auto wp = Test::createWorkpaper(dir.filePath(QStringLiteral("empty.tickmark")));
    QVERIFY(wp);
    CoverageModel model(*wp);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 36); // Security + Availability
    QCOMPARE(model.uncoveredCount(), 36);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.index(row, 0).data(CoverageModel::UncoveredRole).toBool());
}

void TestCoverageModel::uncoveredRowsCarryHints()
{
    QTemporaryDir dir;
    auto wp = Test::createWorkpaper(dir.filePath(QStringLiteral("empty.tickmark")));
    QVERIFY(wp);
    CoverageModel model(*wp);
    const QModelIndex controls = model.index(0, CoverageModel::ControlsColumn);
    QCOMPARE(controls.data().toString(), QStringLiteral("No control"));
    QCOMPARE(model.index(0, CoverageModel::CountColumn).data().toInt(), 0);
    QVERIFY(controls.data(Qt::BackgroundRole).value<QBrush>().color().isValid());
    QVERIFY(controls.data(Qt::ForegroundRole).value<QBrush>().color().isValid());
    QVERIFY(controls.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(model.index(0, CoverageModel::TitleColumn).data(Qt::BackgroundRole).isValid());
    QVERIFY(controls.data(Qt::ToolTipRole).toString().contains(QStringLiteral("No control")));
}

void TestCoverageModel::refreshesAfterControlChanges()
{
    QTemporaryDir dir;
    auto wp = Test::createWorkpaper(dir.filePath(QStringLiteral("empty.tickmark")));
    QVERIFY(wp);
    CoverageModel model(*wp);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    QVERIFY(wp->controls()
                .add(control(QStringLiteral("CTL-1"), {QStringLiteral("CC1.1"), QStringLiteral("A1.2")}))
                .has_value());
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 36);
    QCOMPARE(model.uncoveredCount(), 34);
    // Covered criteria follow the uncovered ones, in catalog order.
    QCOMPARE(model.rowOf(QStringLiteral("CC1.1")), 34);
    QCOMPARE(model.rowOf(QStringLiteral("A1.2")), 35);
    QCOMPARE(cell(model, QStringLiteral("CC1.1"), CoverageModel::ControlsColumn).data().toString(),
             QStringLiteral("CTL-1"));
    QCOMPARE(cell(model, QStringLiteral("CC1.1"), 0).data(CoverageModel::UncoveredRole).toBool(), false);

    Control c = control(QStringLiteral("CTL-1"), {QStringLiteral("CC1.2")});
    QVERIFY(wp->controls().update(QStringLiteral("CTL-1"), c).has_value());
    QCOMPARE(reset.size(), 2);
    QCOMPARE(model.uncoveredCount(), 35);
    QCOMPARE(cell(model, QStringLiteral("CC1.1"), 0).data(CoverageModel::UncoveredRole).toBool(), true);
    QCOMPARE(cell(model, QStringLiteral("CC1.2"), CoverageModel::CountColumn).data().toInt(), 1);

    QVERIFY(wp->controls().add(control(QStringLiteral("CTL-2"), {QStringLiteral("CC1.2")})).has_value());
    QCOMPARE(cell(model, QStringLiteral("CC1.2"), CoverageModel::ControlsColumn).data().toString(),
             QStringLiteral("CTL-1, CTL-2"));
    QCOMPARE(cell(model, QStringLiteral("CC1.2"), CoverageModel::CountColumn).data().toInt(), 2);

    QVERIFY(wp->controls().remove(QStringLiteral("CTL-1")).has_value());
    QVERIFY(wp->controls().remove(QStringLiteral("CTL-2")).has_value());
    QCOMPARE(model.uncoveredCount(), 36);
}

void TestCoverageModel::refreshesAfterScopeChange()
{
    QTemporaryDir dir;
    auto wp = Test::createWorkpaper(dir.filePath(QStringLiteral("empty.tickmark")));
    QVERIFY(wp);
    CoverageModel model(*wp);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto details = wp->engagement().details();
    QVERIFY(details.has_value());
    details->categories = {Category::Security, Category::Availability, Category::Confidentiality};
    QVERIFY(wp->engagement().update(*details).has_value());
    QCOMPARE(model.rowCount(), 38);
    QVERIFY(model.rowOf(QStringLiteral("C1.1")) >= 0);
    QVERIFY(model.categories().contains(Category::Confidentiality));
}

void TestCoverageModel::ignoresUnrelatedChanges()
{
    QTemporaryDir dir;
    auto wp = Test::createWorkpaper(dir.filePath(QStringLiteral("empty.tickmark")));
    QVERIFY(wp);
    CoverageModel model(*wp);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(wp->engagement().addCuec({0, QStringLiteral("Customers review their users' access."), {}}).has_value());
    QCOMPARE(reset.size(), 0);
}

QTEST_GUILESS_MAIN(TestCoverageModel)
#include "tst_coveragemodel.moc"
