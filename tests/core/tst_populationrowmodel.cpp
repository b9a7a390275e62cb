// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controls/controlservice.h"
#include "population/populationlistmodel.h"
#include "population/populationrowmodel.h"
#include "population/populationservice.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Tickmark;
using namespace Tickmark::Core;

namespace {

constexpr int kRows = 10'000;

QString expectedId(int row)
{
    return QStringLiteral("TCK-%1").arg(row, 5, 10, QLatin1Char('0'));
}

} // namespace

class TestPopulationRowModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void passesTheModelTester();
    void showsValuesByRow();
    void headersAreRowNumbersAndColumns();
    void readsLazilyWithABoundedCache();
    void evictsTheLeastRecentlyUsedPage();
    void deletedPopulationEmptiesTheModel();
    void listModelPassesTheTesterAndFollowsChanges();

private:
    PopulationInfo import(const QString &name, const QString &csvPath);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workpaper> m_wp;
    QString m_csv;
};

void TestPopulationRowModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_wp = Test::createWorkpaper(m_dir->filePath(QStringLiteral("pop.tickmark")));
    QVERIFY(m_wp);
    TM_VERIFY_OK(m_wp->controls().add(Test::control(QStringLiteral("CTL-01"), {QStringLiteral("CC8.1")})));

    m_csv = m_dir->filePath(QStringLiteral("tickets.csv"));
    QFile file(m_csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray bytes = "ticket,summary,amount\n";
    for (int row = 1; row <= kRows; ++row) {
        bytes += expectedId(row).toUtf8() + ",\"Change " + QByteArray::number(row) + ", reviewed\"," +
                 QByteArray::number(row * 3) + "\n";
    }
    QVERIFY(file.write(bytes) == bytes.size());
}

void TestPopulationRowModel::cleanup()
{
    m_wp.reset();
    m_dir.reset();
}

PopulationInfo TestPopulationRowModel::import(const QString &name, const QString &csvPath)
{
    PopulationImportOptions options;
    options.name = name;
    options.controlId = QStringLiteral("CTL-01");
    auto result = m_wp->populations().importFile(csvPath, options);
    if (!result) {
        qWarning("import failed: %s", qPrintable(result.error().detail));
        return {};
    }
    return result->info;
}

void TestPopulationRowModel::passesTheModelTester()
{
    PopulationRowModel model(*m_wp);
    QAbstractItemModelTester emptyTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const PopulationInfo info = import(QStringLiteral("Tickets"), m_csv);
    QCOMPARE(info.rowCount, kRows);
    model.setPopulation(info);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), kRows);
    QCOMPARE(model.columnCount(), 3);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestPopulationRowModel::showsValuesByRow()
{
    PopulationRowModel model(*m_wp);
    model.setPopulation(import(QStringLiteral("Tickets"), m_csv));
    for (int row : {1, 5000, kRows}) {
        QCOMPARE(model.index(row - 1, 0).data().toString(), expectedId(row));
        QCOMPARE(model.index(row - 1, 1).data().toString(), QStringLiteral("Change %1, reviewed").arg(row));
        QCOMPARE(model.index(row - 1, 2).data().toString(), QString::number(row * 3));
        QCOMPARE(model.index(row - 1, 2).data(PopulationRowModel::RowNumberRole).toLongLong(), qint64(row));
        QCOMPARE(model.index(row - 1, 0).data(PopulationRowModel::RowFieldsRole).toStringList().size(), 3);
    }
}

void TestPopulationRowModel::headersAreRowNumbersAndColumns()
{
    PopulationRowModel model(*m_wp);
    model.setPopulation(import(QStringLiteral("Tickets"), m_csv));
    QCOMPARE(model.headerData(0, Qt::Vertical).toLongLong(), 1);
    QCOMPARE(model.headerData(4999, Qt::Vertical).toLongLong(), 5000);
    QCOMPARE(model.headerData(kRows - 1, Qt::Vertical).toLongLong(), qint64(kRows));
    QVERIFY(!model.headerData(kRows, Qt::Vertical).isValid());
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("ticket"));
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("amount"));
}

void TestPopulationRowModel::readsLazilyWithABoundedCache()
{
    PopulationRowModel model(*m_wp);
    model.setPopulation(import(QStringLiteral("Tickets"), m_csv));
    QCOMPARE(model.fetchCount(), 0); // opening reads nothing
    model.index(0, 0).data();
    model.index(PopulationRowModel::kPageSize - 1, 2).data();
    QCOMPARE(model.fetchCount(), 1); // one page serves its rows
    for (int row = 0; row < kRows; row += 50)
        QCOMPARE(model.index(row, 0).data().toString(), expectedId(row + 1));
    QCOMPARE(model.index(kRows - 1, 0).data().toString(), expectedId(kRows));
    const int pages = (kRows + PopulationRowModel::kPageSize - 1) / PopulationRowModel::kPageSize;
    QCOMPARE(model.fetchCount(), pages);
    QCOMPARE(model.cachedPageCount(), pages);
}

void TestPopulationRowModel::evictsTheLeastRecentlyUsedPage()
{
    // More pages than the cache holds: 20,000 rows are 79 pages of 256.
    const QString csv = m_dir->filePath(QStringLiteral("big.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray bytes = "n\n";
    for (int row = 1; row <= 20'000; ++row)
        bytes += QByteArray::number(row) + '\n';
    file.write(bytes);
    file.close();
    PopulationRowModel model(*m_wp);
    model.setPopulation(import(QStringLiteral("Big"), csv));
    const int size = PopulationRowModel::kPageSize;
    for (int page = 0; page < PopulationRowModel::kMaxCachedPages; ++page)
        model.index(page * size, 0).data();
    QCOMPARE(model.cachedPageCount(), PopulationRowModel::kMaxCachedPages);
    model.index(0, 0).data(); // page 0 becomes the most recently used; page 1 is now the oldest
    model.index(PopulationRowModel::kMaxCachedPages * size, 0).data();
    QCOMPARE(model.cachedPageCount(), PopulationRowModel::kMaxCachedPages);
    const int before = model.fetchCount();
    QCOMPARE(model.index(5, 0).data().toString(), QStringLiteral("6")); // still cached
    QCOMPARE(model.fetchCount(), before);
    QCOMPARE(model.index(size + 5, 0).data().toString(), QString::number(size + 6)); // evicted: read again
    QCOMPARE(model.fetchCount(), before + 1);
    QCOMPARE(model.cachedPageCount(), PopulationRowModel::kMaxCachedPages);
    QCOMPARE(model.index(19'999, 0).data().toString(), QStringLiteral("20000"));
}

void TestPopulationRowModel::deletedPopulationEmptiesTheModel()
{
    PopulationRowModel model(*m_wp);
    model.setPopulation(import(QStringLiteral("Tickets"), m_csv));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    TM_VERIFY_OK(m_wp->populations().remove(QStringLiteral("Tickets")));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.population());
}

void TestPopulationRowModel::listModelPassesTheTesterAndFollowsChanges()
{
    PopulationListModel model(*m_wp);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    const PopulationInfo info = import(QStringLiteral("Tickets"), m_csv);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex name = model.index(0, PopulationListModel::NameColumn);
    QCOMPARE(name.data().toString(), QStringLiteral("Tickets"));
    QCOMPARE(name.data(PopulationListModel::RowCountRole).toLongLong(), qint64(kRows));
    QCOMPARE(model.index(0, PopulationListModel::ControlColumn).data().toString(), QStringLiteral("CTL-01"));
    QCOMPARE(model.index(0, PopulationListModel::SourceColumn).data().toString(), QStringLiteral("tickets.csv"));
    QCOMPARE(name.data(PopulationListModel::Sha256Role).toString().toLatin1(), Test::fileSha256(m_csv));
    const QString shortHash = model.index(0, PopulationListModel::Sha256Column).data().toString();
    QVERIFY(shortHash.startsWith(QString::fromLatin1(info.sha256.left(PopulationListModel::kShortHashLength))));
    QCOMPARE(model.index(0, PopulationListModel::ImportedByColumn).data().toString(), info.importedBy);
    QCOMPARE(model.rowOf(QStringLiteral("Tickets")), 0);
    QCOMPARE(model.rowOf(QStringLiteral("Nope")), -1);
    TM_VERIFY_OK(m_wp->populations().remove(QStringLiteral("Tickets")));
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestPopulationRowModel)
#include "tst_populationrowmodel.moc"
