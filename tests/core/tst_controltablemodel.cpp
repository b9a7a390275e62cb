// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controls/controlservice.h"
#include "controls/controltablemodel.h"
#include "engagement/engagementservice.h"
#include "sample/sampleengagement.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Tickmark;
using namespace Tickmark::Core;

namespace {

Control sampleControl(const QString &id)
{
    Control c;
    c.id = id;
    c.description = QStringLiteral("Firewall rule changes are approved by the network lead before deployment.");
    c.criteria = {QStringLiteral("CC6.6"), QStringLiteral("CC8.1")};
    c.frequency = Frequency::AdHoc;
    c.type = ControlType::Manual;
    c.owner = QStringLiteral("Network Engineering");
    return c;
}

} // namespace

class TestControlTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheSampleControls();
    void rolesAndSortKeys();
    void flagsMakeEveryColumnEditable();
    void emptyWorkpaperHasNoRows();
    void refreshesAfterAdd();
    void refreshesAfterUpdateWithoutReset();
    void refreshesAfterDeleteAndRestoreAtPosition();
    void refreshesAfterRenameInPlace();
    void refreshesAfterImport();
    void ignoresOtherObjects();
    void setDataStoresAnEdit_data();
    void setDataStoresAnEdit();
    void setDataTogglesKeyByCheckState();
    void setDataRejectsUnknownCriterion();
    void setDataRejectsDuplicateId();
    void setDataUnchangedValueDoesNotWrite();
    void setDataGoesThroughUpdater();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workpaper> m_wp;
    std::unique_ptr<ControlTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestControlTableModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto wp = createSampleEngagement(m_dir->filePath(QStringLiteral("sample.tickmark")), Test::preparer(),
                                     Test::fixedClock());
    QVERIFY2(wp.has_value(), wp ? "" : qPrintable(wp.error().detail));
    m_wp = std::move(*wp);
    m_model = std::make_unique<ControlTableModel>(*m_wp);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestControlTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_wp.reset();
    m_dir.reset();
}

void TestControlTableModel::showsTheSampleControls()
{
    QCOMPARE(m_model->rowCount(), 47);
    QCOMPARE(m_model->columnCount(), int(ControlTableModel::ColumnCount));
    const auto stored = m_wp->controls().list();
    QVERIFY(stored.has_value());
    QCOMPARE(m_model->rowCount(), int(stored->size()));
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->index(row, ControlTableModel::IdColumn).data().toString(), stored->at(row).id);

    const auto cell = [this](int column) { return m_model->index(0, column).data(); };
    QCOMPARE(cell(ControlTableModel::IdColumn).toString(), QStringLiteral("CTL-01"));
    QVERIFY(cell(ControlTableModel::DescriptionColumn).toString().startsWith(QStringLiteral("The Code of Business")));
    QCOMPARE(cell(ControlTableModel::CriteriaColumn).toString(), QStringLiteral("CC1.1, CC1.5"));
    QCOMPARE(cell(ControlTableModel::FrequencyColumn).toString(), frequencyName(Frequency::Annual));
    QCOMPARE(cell(ControlTableModel::TypeColumn).toString(), controlTypeName(ControlType::Manual));
    QCOMPARE(cell(ControlTableModel::OwnerColumn).toString(), QStringLiteral("People Operations"));
    QCOMPARE(m_model->index(0, ControlTableModel::KeyColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(m_model->index(1, ControlTableModel::KeyColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(m_model->index(0, ControlTableModel::OwnerColumn).data(Qt::ToolTipRole).toString(),
             stored->at(0).description);
    QVERIFY(m_model->index(0, ControlTableModel::CriteriaColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("CC1.5")));
    QCOMPARE(m_model->headerData(ControlTableModel::OwnerColumn, Qt::Horizontal).toString(), QStringLiteral("Owner"));
}

void TestControlTableModel::rolesAndSortKeys()
{
    const QModelIndex first = m_model->index(0, ControlTableModel::DescriptionColumn);
    QCOMPARE(first.data(ControlTableModel::ControlIdRole).toString(), QStringLiteral("CTL-01"));
    QCOMPARE(first.data(ControlTableModel::FrequencyKeyRole).toString(), QStringLiteral("annual"));
    QCOMPARE(first.data(ControlTableModel::TypeKeyRole).toString(), QStringLiteral("manual"));
    QCOMPARE(first.data(ControlTableModel::CriteriaListRole).toStringList(),
             (QStringList{QStringLiteral("CC1.1"), QStringLiteral("CC1.5")}));
    QCOMPARE(first.data(ControlTableModel::KeyControlRole).toBool(), true);
    QVERIFY(first.data(ControlTableModel::SearchTextRole).toString().contains(QStringLiteral("People Operations")));
    QCOMPARE(m_model->index(0, ControlTableModel::FrequencyColumn).data(Qt::EditRole).toString(),
             QStringLiteral("annual"));

    // Natural id order, and criteria in catalog order rather than text order.
    const auto sortKey = [this](int row, int column) {
        return m_model->index(row, column).data(ControlTableModel::SortRole).toString();
    };
    QVERIFY(sortKey(1, ControlTableModel::IdColumn) < sortKey(10, ControlTableModel::IdColumn));
    QVERIFY(sortKey(0, ControlTableModel::CriteriaColumn) < sortKey(3, ControlTableModel::CriteriaColumn));
    QCOMPARE(m_model->rowOf(QStringLiteral("CTL-10")), 9);
    QCOMPARE(m_model->rowOf(QStringLiteral("NOPE")), -1);
}

void TestControlTableModel::flagsMakeEveryColumnEditable()
{
    for (int column = 0; column < ControlTableModel::ColumnCount; ++column) {
        const Qt::ItemFlags flags = m_model->flags(m_model->index(0, column));
        if (column == ControlTableModel::KeyColumn)
            QVERIFY(flags.testFlag(Qt::ItemIsUserCheckable));
        else
            QVERIFY(flags.testFlag(Qt::ItemIsEditable));
    }
}

void TestControlTableModel::emptyWorkpaperHasNoRows()
{
    QTemporaryDir dir;
    auto wp = Test::createWorkpaper(dir.filePath(QStringLiteral("empty.tickmark")));
    QVERIFY(wp);
    ControlTableModel model(*wp);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(wp->controls().add(sampleControl(QStringLiteral("NET-1"))).has_value());
    QCOMPARE(model.rowCount(), 1);
}

void TestControlTableModel::refreshesAfterAdd()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY(m_wp->controls().add(sampleControl(QStringLiteral("CTL-48"))).has_value());
    QCOMPARE(m_model->rowCount(), 48);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 47);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_model->index(47, ControlTableModel::CriteriaColumn).data().toString(), QStringLiteral("CC6.6, CC8.1"));
}

void TestControlTableModel::refreshesAfterUpdateWithoutReset()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    Control c = m_model->controlAt(5);
    c.owner = QStringLiteral("Internal Audit");
    QVERIFY(m_wp->controls().update(c.id, c).has_value());
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 5);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 5);
    QCOMPARE(m_model->index(5, ControlTableModel::OwnerColumn).data().toString(), QStringLiteral("Internal Audit"));
}

void TestControlTableModel::refreshesAfterDeleteAndRestoreAtPosition()
{
    const Control removed = m_model->controlAt(4);
    const auto position = m_wp->controls().position(removed.id);
    QVERIFY(position.has_value());
    QSignalSpy removedRows(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QVERIFY(m_wp->controls().remove(removed.id).has_value());
    QCOMPARE(m_model->rowCount(), 46);
    QCOMPARE(removedRows.size(), 1);
    QCOMPARE(removedRows.first().at(1).toInt(), 4);
    QCOMPARE(m_model->rowOf(removed.id), -1);

    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QVERIFY(m_wp->controls().add(removed, *position).has_value());
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 4);
    QCOMPARE(m_model->rowOf(removed.id), 4);
    QCOMPARE(m_model->controlAt(4), removed);
}

void TestControlTableModel::refreshesAfterRenameInPlace()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    Control c = m_model->controlAt(2);
    const QString oldId = c.id;
    c.id = QStringLiteral("GOV-03");
    QVERIFY(m_wp->controls().update(oldId, c).has_value());
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_model->rowCount(), 47);
    QCOMPARE(m_model->rowOf(QStringLiteral("GOV-03")), 2);
    QCOMPARE(m_model->rowOf(oldId), -1);
}

void TestControlTableModel::refreshesAfterImport()
{
    ControlMatrix matrix;
    matrix.controls = {sampleControl(QStringLiteral("NET-1")), sampleControl(QStringLiteral("NET-2"))};
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    const auto result = m_wp->controls().importMatrix(matrix, QStringLiteral("net.csv"));
    QVERIFY(result.has_value());
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 47);
    QCOMPARE(inserted.first().at(2).toInt(), 48);
    QCOMPARE(m_model->rowCount(), 49);
}

void TestControlTableModel::ignoresOtherObjects()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    auto details = m_wp->engagement().details();
    QVERIFY(details.has_value());
    details->partner = QStringLiteral("Someone Else, CPA");
    QVERIFY(m_wp->engagement().update(*details).has_value());
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 0);
}

void TestControlTableModel::setDataStoresAnEdit_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("shown");

    QTest::newRow("owner") << int(ControlTableModel::OwnerColumn) << QVariant(QStringLiteral("  Legal  "))
                           << QStringLiteral("Legal");
    QTest::newRow("description") << int(ControlTableModel::DescriptionColumn)
                                 << QVariant(QStringLiteral("A shorter description."))
                                 << QStringLiteral("A shorter description.");
    QTest::newRow("criteria text") << int(ControlTableModel::CriteriaColumn) << QVariant(QStringLiteral("cc2.1; CC1.2"))
                                   << QStringLiteral("CC1.2, CC2.1");
    QTest::newRow("criteria list") << int(ControlTableModel::CriteriaColumn)
                                   << QVariant(QStringList{QStringLiteral("CC9.2"), QStringLiteral("CC3.1")})
                                   << QStringLiteral("CC3.1, CC9.2");
    QTest::newRow("frequency key") << int(ControlTableModel::FrequencyColumn)
                                   << QVariant(QStringLiteral("multiple-daily"))
                                   << frequencyName(Frequency::MultipleDaily);
    QTest::newRow("frequency name") << int(ControlTableModel::FrequencyColumn) << QVariant(QStringLiteral("Quarterly"))
                                    << frequencyName(Frequency::Quarterly);
    QTest::newRow("type") << int(ControlTableModel::TypeColumn) << QVariant(QStringLiteral("automated"))
                          << controlTypeName(ControlType::Automated);
    QTest::newRow("id") << int(ControlTableModel::IdColumn) << QVariant(QStringLiteral("HR-01"))
                        << QStringLiteral("HR-01");
}

void TestControlTableModel::setDataStoresAnEdit()
{
    QFETCH(int, column);
    QFETCH(QVariant, value);
    QFETCH(QString, shown);
    QSignalSpy failed(m_model.get(), &ControlTableModel::editFailed);
    const QModelIndex index = m_model->index(0, column);
    QVERIFY(m_model->setData(index, value));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(m_model->index(0, column).data().toString(), shown);
    const QString id = m_model->controlAt(0).id;
    const auto stored = m_wp->controls().find(id);
    QVERIFY(stored.has_value() && stored->has_value());
    QCOMPARE(**stored, m_model->controlAt(0));
}

void TestControlTableModel::setDataTogglesKeyByCheckState()
{
    const QModelIndex key = m_model->index(0, ControlTableModel::KeyColumn);
    QVERIFY(m_model->setData(key, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(m_wp->controls().find(QStringLiteral("CTL-01"))->value().key, false);
    QVERIFY(m_model->setData(key, true, Qt::EditRole));
    QCOMPARE(m_wp->controls().find(QStringLiteral("CTL-01"))->value().key, true);
    QVERIFY(!m_model->setData(m_model->index(0, ControlTableModel::OwnerColumn), Qt::Checked, Qt::CheckStateRole));
}

void TestControlTableModel::setDataRejectsUnknownCriterion()
{
    const Control before = m_wp->controls().find(QStringLiteral("CTL-03"))->value();
    const int row = m_model->rowOf(QStringLiteral("CTL-03"));
    QSignalSpy failed(m_model.get(), &ControlTableModel::editFailed);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(!m_model->setData(m_model->index(row, ControlTableModel::CriteriaColumn), QStringLiteral("CC1.2, CC99.9")));
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().at(0).toString().contains(QStringLiteral("CC99.9")),
             qPrintable(failed.first().at(0).toString()));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(m_wp->controls().find(QStringLiteral("CTL-03"))->value(), before);
    QCOMPARE(m_model->controlAt(row), before);

    QVERIFY(!m_model->setData(m_model->index(row, ControlTableModel::CriteriaColumn), QString()));
    QVERIFY(!m_model->setData(m_model->index(row, ControlTableModel::FrequencyColumn), QStringLiteral("hourly")));
    QVERIFY(!m_model->setData(m_model->index(row, ControlTableModel::IdColumn), QStringLiteral("   ")));
    QCOMPARE(failed.size(), 4);
    QCOMPARE(m_wp->controls().find(QStringLiteral("CTL-03"))->value(), before);
}

void TestControlTableModel::setDataRejectsDuplicateId()
{
    QSignalSpy failed(m_model.get(), &ControlTableModel::editFailed);
    QVERIFY(!m_model->setData(m_model->index(0, ControlTableModel::IdColumn), QStringLiteral("CTL-02")));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(m_model->rowOf(QStringLiteral("CTL-01")), 0);
    QCOMPARE(m_model->rowOf(QStringLiteral("CTL-02")), 1);
}

void TestControlTableModel::setDataUnchangedValueDoesNotWrite()
{
    int calls = 0;
    m_model->setUpdater([&calls](const Control &, const Control &) -> Result<void> {
        ++calls;
        return Ok{};
    });
    QVERIFY(m_model->setData(m_model->index(0, ControlTableModel::OwnerColumn), QStringLiteral("People Operations")));
    QVERIFY(m_model->setData(m_model->index(0, ControlTableModel::CriteriaColumn), QStringLiteral("CC1.5 CC1.1")));
    QCOMPARE(calls, 0);
}

void TestControlTableModel::setDataGoesThroughUpdater()
{
    Control seenBefore;
    Control seenAfter;
    m_model->setUpdater([&](const Control &before, const Control &after) -> Result<void> {
        seenBefore = before;
        seenAfter = after;
        return fail(ErrorCode::Locked, QStringLiteral("the workpaper is locked"));
    });
    QSignalSpy failed(m_model.get(), &ControlTableModel::editFailed);
    QVERIFY(!m_model->setData(m_model->index(1, ControlTableModel::OwnerColumn), QStringLiteral("Legal")));
    QCOMPARE(seenBefore.id, QStringLiteral("CTL-02"));
    QCOMPARE(seenAfter.owner, QStringLiteral("Legal"));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toString(), QStringLiteral("the workpaper is locked"));
    QCOMPARE(m_wp->controls().find(QStringLiteral("CTL-02"))->value().owner, QStringLiteral("People Operations"));

    m_model->setUpdater({}); // back to ControlService::update
    QVERIFY(m_model->setData(m_model->index(1, ControlTableModel::OwnerColumn), QStringLiteral("Legal")));
    QCOMPARE(m_wp->controls().find(QStringLiteral("CTL-02"))->value().owner, QStringLiteral("Legal"));
}

QTEST_GUILESS_MAIN(TestControlTableModel)
#include "tst_controltablemodel.moc"
