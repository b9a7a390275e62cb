// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Populations: streamed CSV and XLSX import, row numbering, refusals that store nothing; samples drawn,
// extended, stored with their seed, and exported as a request workbook.
#include "audit/audittrail.h"
#include "controls/controlservice.h"
#include "io/xlsxreader.h"
#include "population/populationservice.h"
#include "sampling/samplingservice.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTemporaryDir>
#include <QtTest>

#include <xlsxwriter.h>

using namespace Tickmark;
using namespace Tickmark::Core;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(content);
    return path;
}

QByteArray tenRows()
{
    QByteArray csv = "ticket,opened,summary\r\n";
    for (int i = 1; i <= 10; ++i)
        csv += QStringLiteral("CHG-%1,2026-0%2-1%1,\"Change %1, \"\"urgent\"\"\"\r\n").arg(i).arg(1 + i % 9).toUtf8();
    return csv;
}

PopulationImportOptions options(const QString &name)
{
    PopulationImportOptions o;
    o.name = name;
    o.controlId = QStringLiteral("C-1");
    return o;
}

} // namespace

class TestPopulationService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void importCsvStoresRowsInOrder();
    void quotedNewlinesBlankRowsAndPadding();
    void windows1252Fallback();
    void refusalsStoreNothing_data();
    void refusalsStoreNothing();
    void cancelStoresNothing();
    void importXlsx();
    void drawUsesDocumentedVector();
    void extendKeepsFirstItems();
    void systematicCannotExtend();
    void controlWithPopulationCannotBeDeleted();
    void frequencyTableRoundTrip();
    void exportRequestWorkbook();
    void csvCorpus_data();
    void csvCorpus();
    void headerRowSkipsTitleBlock();
    void columnTypesAreInferred();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workpaper> m_wp;
    QString m_file;
};

void TestPopulationService::init()
{
    m_wp.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_file = m_dir->filePath(QStringLiteral("pop.tickmark"));
    m_wp = Test::createWorkpaper(m_file);
    QVERIFY(m_wp);
    TM_VERIFY_OK(m_wp->controls().add(Test::control(QStringLiteral("C-1"), {QStringLiteral("CC8.1")})));
}

void TestPopulationService::importCsvStoresRowsInOrder()
{
    const QString csv = writeFile(*m_dir, QStringLiteral("changes.csv"), tenRows());
    const auto result = m_wp->populations().importFile(csv, options(QStringLiteral("Changes")));
    TM_VERIFY_OK(result);
    QCOMPARE(result->info.rowCount, 10);
    QCOMPARE(result->info.columns, (QStringList{QStringLiteral("ticket"), QStringLiteral("opened"), QStringLiteral("summary")}));
    QCOMPARE(result->info.sha256, Test::fileSha256(csv));
    QCOMPARE(result->info.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(result->info.controlId, QStringLiteral("C-1"));
    const auto rows = m_wp->populations().rows(result->info.id, 1, 3);
    QCOMPARE(rows->size(), 3);
    QCOMPARE(rows->at(0).at(0), QStringLiteral("CHG-1"));
    QCOMPARE(rows->at(2).at(2), QStringLiteral("Change 3, \"urgent\""));
    QCOMPARE(m_wp->populations().rows(result->info.id, 9, 5)->size(), 2);
    const auto picked = m_wp->populations().rowsByNumber(result->info.id, {10, 1});
    QCOMPARE(picked->at(0).at(0), QStringLiteral("CHG-10"));
    QCOMPARE(picked->at(1).at(0), QStringLiteral("CHG-1"));
    QCOMPARE(m_wp->auditTrail().events()->last().object, QStringLiteral("population:Changes"));
    QCOMPARE(m_wp->populations().list()->size(), 1);
}

void TestPopulationService::quotedNewlinesBlankRowsAndPadding()
{
    const QString csv = writeFile(*m_dir, QStringLiteral("odd.csv"),
                                  "\xEF\xBB\xBFid;note;amount\n1;\"two\nlines\";5\n\n2;short\n;;\n3;x;7");
    const auto result = m_wp->populations().importFile(csv, options(QStringLiteral("Odd")));
    TM_VERIFY_OK(result);
    QCOMPARE(result->info.rowCount, 3);
    QCOMPARE(result->skippedBlankRows, 2);
    const auto rows = m_wp->populations().rows(result->info.id, 1, 10);
    QCOMPARE(rows->at(0), (QStringList{QStringLiteral("1"), QStringLiteral("two\nlines"), QStringLiteral("5")}));
    QCOMPARE(rows->at(1), (QStringList{QStringLiteral("2"), QStringLiteral("short"), QString()}));
    QCOMPARE(rows->at(2).at(2), QStringLiteral("7"));
}

void TestPopulationService::windows1252Fallback()
{
    const QString csv = writeFile(*m_dir, QStringLiteral("cp.csv"), "name,amount\nCaf\xE9,\x80 5\n");
    const auto result = m_wp->populations().importFile(csv, options(QStringLiteral("Cp")));
    TM_VERIFY_OK(result);
    QCOMPARE(result->info.encoding, QStringLiteral("Windows-1252"));
    QCOMPARE(m_wp->populations().rows(result->info.id, 1, 1)->first(),
             (QStringList{QStringLiteral("Café"), QStringLiteral("€ 5")}));
}

void TestPopulationService::refusalsStoreNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("control");
    QTest::addColumn<QString>("message");
    QTest::newRow("too many fields") << QByteArray("a,b\n1,2\n3,4,5\n") << QStringLiteral("C-1")
                                     << QStringLiteral("row 2 (line 3) has 3 fields but the header has 2");
    QTest::newRow("unclosed quote") << QByteArray("a,b\n1,\"2\n") << QStringLiteral("C-1")
                                    << QStringLiteral("line 2: quoted field is never closed");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("C-1") << QStringLiteral("the file is empty");
    QTest::newRow("duplicate header") << QByteArray("a,A\n1,2\n") << QStringLiteral("C-1")
                                      << QStringLiteral("header column \"A\" appears twice");
    QTest::newRow("unnamed column") << QByteArray("a,,c\n1,2,3\n") << QStringLiteral("C-1")
                                    << QStringLiteral("header column 2 has no name");
    QTest::newRow("unknown control") << QByteArray("a\n1\n") << QStringLiteral("NOPE")
                                     << QStringLiteral("control: NOPE does not exist");
    // A blank row is skipped and not numbered, so the row named is the number the bad row would have had.
    QTest::newRow("too many fields after a blank row")
        << QByteArray("a,b\n1,2\n,\n3,4,5\n") << QStringLiteral("C-1") << QStringLiteral("row 2 (line 4) has 3 fields");
    QTest::newRow("a zip") << QByteArray("PK\x03\x04\x14\0\0\0\x08\0", 10) << QStringLiteral("C-1")
                           << QStringLiteral("is not a CSV file: its content is a zip archive (an Excel workbook");
    QTest::newRow("a PDF") << QByteArray("%PDF-1.7\n%\xE2\xE3\n1 0 obj\n") << QStringLiteral("C-1")
                           << QStringLiteral("its content is a PDF document");
    QTest::newRow("UTF-16") << QByteArray("\xFF\xFE"
                                          "a\0,\0b\0\n\0"
                                          "1\0,\0"
                                          "2\0\n\0",
                                          18)
                            << QStringLiteral("C-1") << QStringLiteral("its content is UTF-16 text");
    QTest::newRow("UTF-16 without BOM") << QByteArray("a\0,\0b\0\n\0"
                                                      "1\0,\0"
                                                      "2\0\n\0",
                                                      16)
                                        << QStringLiteral("C-1") << QStringLiteral("its content is UTF-16 text");
    QTest::newRow("xls") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", 10) << QStringLiteral("C-1")
                         << QStringLiteral("an Excel 97-2003 workbook (.xls)");
    QTest::newRow("binary") << QByteArray("id,value\n1,\0\x01\x02\n", 15) << QStringLiteral("C-1")
                            << QStringLiteral("its content is binary data (a zero byte at offset 11)");
}

void TestPopulationService::refusalsStoreNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, control);
    QFETCH(QString, message);
    const QByteArray before = Test::fileSha256(m_file);
    PopulationImportOptions o = options(QStringLiteral("Bad"));
    o.controlId = control;
    const auto result = m_wp->populations().importFile(writeFile(*m_dir, QStringLiteral("bad.csv"), content), o);
    QVERIFY(!result);
    QVERIFY2(result.error().detail.contains(message), qPrintable(result.error().detail));
    QCOMPARE(Test::fileSha256(m_file), before);
    QVERIFY(m_wp->populations().list()->isEmpty());
}

void TestPopulationService::cancelStoresNothing()
{
    QByteArray csv = "n,v\n";
    for (int i = 0; i < 40000; ++i)
        csv += QByteArray::number(i) + ",x\n";
    PopulationImportOptions o = options(QStringLiteral("Big"));
    int calls = 0;
    o.progress = [&](qint64 done, qint64 total) {
        ++calls;
        return done < total / 2;
    };
    const QByteArray before = Test::fileSha256(m_file);
    const auto result = m_wp->populations().importFile(writeFile(*m_dir, QStringLiteral("big.csv"), csv), o);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Cancelled);
    QVERIFY(calls >= 1);
    QCOMPARE(Test::fileSha256(m_file), before);
    o.progress = {};
    const auto again = m_wp->populations().importFile(m_dir->filePath(QStringLiteral("big.csv")), o);
    TM_VERIFY_OK(again);
    QCOMPARE(again->info.rowCount, 40000);
    QCOMPARE(m_wp->populations().rows(again->info.id, 40000, 1)->first().at(0), QStringLiteral("39999"));
}

void TestPopulationService::importXlsx()
{
    const QString xlsx = m_dir->filePath(QStringLiteral("hires.xlsx"));
    lxw_workbook *book = workbook_new(QFile::encodeName(xlsx).constData());
    workbook_add_worksheet(book, "Notes");
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Hires");
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, "yyyy-mm-dd");
    worksheet_write_string(sheet, 0, 0, "Employee", nullptr);
    worksheet_write_string(sheet, 0, 1, "Start", nullptr);
    worksheet_write_string(sheet, 0, 2, "Salary band", nullptr);
    for (int r = 1; r <= 3; ++r) {
        worksheet_write_string(sheet, static_cast<lxw_row_t>(r), 0, QStringLiteral("Émile %1").arg(r).toUtf8().constData(), nullptr);
        lxw_datetime start{2026, 2, r, 0, 0, 0};
        worksheet_write_datetime(sheet, static_cast<lxw_row_t>(r), 1, &start, date);
        worksheet_write_number(sheet, static_cast<lxw_row_t>(r), 2, 3 + r, nullptr);
    }
    QCOMPARE(workbook_close(book), LXW_NO_ERROR);

    PopulationImportOptions o = options(QStringLiteral("Hires"));
    o.sheet = QStringLiteral("Nope");
    const auto refused = m_wp->populations().importFile(xlsx, o);
    QVERIFY(!refused);
    QVERIFY2(refused.error().detail.contains(QStringLiteral("Hires")), qPrintable(refused.error().detail));
    o.sheet = QStringLiteral("Hires");
    const auto result = m_wp->populations().importFile(xlsx, o);
    TM_VERIFY_OK(result);
    QCOMPARE(result->info.encoding, QStringLiteral("XLSX"));
    QCOMPARE(result->info.sheet, QStringLiteral("Hires"));
    QCOMPARE(result->info.rowCount, 3);
    QCOMPARE(result->info.sha256, Test::fileSha256(xlsx));
    QCOMPARE(m_wp->populations().rows(result->info.id, 2, 1)->first(),
             (QStringList{QStringLiteral("Émile 2"), QStringLiteral("2026-02-02"), QStringLiteral("5")}));
    // The first sheet ("Notes") is empty: no header, refused.
    o.name = QStringLiteral("Notes");
    o.sheet.clear();
    QVERIFY(!m_wp->populations().importFile(xlsx, o));
}

void TestPopulationService::drawUsesDocumentedVector()
{
    TM_VERIFY_OK(m_wp->populations().importFile(writeFile(*m_dir, QStringLiteral("t.csv"), tenRows()),
                                                options(QStringLiteral("Ten"))));
    const auto drawn = m_wp->sampling().draw(QStringLiteral("Ten"), 4, SelectionMethod::Random, 42,
                                             QStringLiteral("test"));
    TM_VERIFY_OK(drawn);
    QCOMPARE(drawn->rows, (QList<qint64>{1, 5, 8, 10}));
    const auto stored = m_wp->sampling().sample(QStringLiteral("Ten"));
    QVERIFY(stored && *stored);
    QCOMPARE((*stored)->rows, (QList<qint64>{1, 5, 8, 10}));
    QCOMPARE((*stored)->seed, 42u);
    QCOMPARE((*stored)->basis, QStringLiteral("test"));
    QCOMPARE((*stored)->drawnBy, QStringLiteral("Pat Preparer (PP)"));
    QVERIFY(m_wp->auditTrail().events()->last().summary.contains(QStringLiteral("\"seed\":\"42\"")));
    const auto tooMany = m_wp->sampling().draw(QStringLiteral("Ten"), 11, SelectionMethod::Random, 1);
    QVERIFY(!tooMany);
    QVERIFY2(tooMany.error().detail.contains(QStringLiteral("10 rows")), qPrintable(tooMany.error().detail));
    const auto unseeded = m_wp->sampling().draw(QStringLiteral("Ten"), 2, SelectionMethod::Random);
    TM_VERIFY_OK(unseeded);
    QCOMPARE((*m_wp->sampling().sample(QStringLiteral("Ten")))->seed, unseeded->seed);
}

void TestPopulationService::extendKeepsFirstItems()
{
    TM_VERIFY_OK(m_wp->populations().importFile(writeFile(*m_dir, QStringLiteral("t.csv"), tenRows()),
                                                options(QStringLiteral("Ten"))));
    TM_VERIFY_OK(m_wp->sampling().draw(QStringLiteral("Ten"), 4, SelectionMethod::Random, 42));
    const auto extended = m_wp->sampling().extend(QStringLiteral("Ten"), 6);
    TM_VERIFY_OK(extended);
    QCOMPARE(extended->rows, (QList<qint64>{1, 5, 8, 10, 4, 9}));
    QVERIFY(!m_wp->sampling().extend(QStringLiteral("Ten"), 6));
}

void TestPopulationService::systematicCannotExtend()
{
    TM_VERIFY_OK(m_wp->populations().importFile(writeFile(*m_dir, QStringLiteral("t.csv"), tenRows()),
                                                options(QStringLiteral("Ten"))));
    TM_VERIFY_OK(m_wp->sampling().draw(QStringLiteral("Ten"), 3, SelectionMethod::Systematic, 42));
    const auto refused = m_wp->sampling().extend(QStringLiteral("Ten"), 5);
    QVERIFY(!refused);
    QVERIFY(refused.error().detail.contains(QStringLiteral("systematic")));
}

void TestPopulationService::controlWithPopulationCannotBeDeleted()
{
    TM_VERIFY_OK(m_wp->populations().importFile(writeFile(*m_dir, QStringLiteral("t.csv"), tenRows()),
                                                options(QStringLiteral("Ten"))));
    const auto refused = m_wp->controls().remove(QStringLiteral("C-1"));
    QVERIFY(!refused);
    QVERIFY2(refused.error().detail.contains(QStringLiteral("population Ten")), qPrintable(refused.error().detail));
    TM_VERIFY_OK(m_wp->populations().remove(QStringLiteral("Ten")));
    TM_VERIFY_OK(m_wp->controls().remove(QStringLiteral("C-1")));
}

void TestPopulationService::frequencyTableRoundTrip()
{
    auto table = m_wp->sampling().frequencyTable();
    TM_VERIFY_OK(table);
    QCOMPARE(table->size(Frequency::Daily, RiskLevel::Higher), 40);
    table->sizes[Frequency::Daily] = {30, 45};
    TM_VERIFY_OK(m_wp->sampling().setFrequencyTable(*table));
    QCOMPARE(m_wp->sampling().frequencyTable()->size(Frequency::Daily, RiskLevel::Higher), 45);
    QCOMPARE(m_wp->auditTrail().events()->last().object, QStringLiteral("settings:frequency-table"));
}

void TestPopulationService::exportRequestWorkbook()
{
    TM_VERIFY_OK(m_wp->populations().importFile(writeFile(*m_dir, QStringLiteral("t.csv"), tenRows()),
                                                options(QStringLiteral("Ten"))));
    TM_VERIFY_OK(m_wp->sampling().draw(QStringLiteral("Ten"), 4, SelectionMethod::Random, 42));
    const QString out = m_dir->filePath(QStringLiteral("request.xlsx"));
    TM_VERIFY_OK(m_wp->sampling().exportRequest(QStringLiteral("Ten"), out));
    const auto table = readXlsxFile(out);
    TM_VERIFY_OK(table);
    QCOMPARE(table->sheet, QStringLiteral("Request"));
    QCOMPARE(table->records.at(5).mid(0, 5), (QStringList{QStringLiteral("Item"), QStringLiteral("Population row"),
                                                            QStringLiteral("ticket"), QStringLiteral("opened"),
                                                            QStringLiteral("summary")}));
    QCOMPARE(table->records.at(5).last(), QStringLiteral("Client comments"));
    QCOMPARE(table->records.at(6).mid(0, 3), (QStringList{QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("CHG-1")}));
    QCOMPARE(table->records.at(9).mid(0, 3), (QStringList{QStringLiteral("4"), QStringLiteral("10"), QStringLiteral("CHG-10")}));
    QVERIFY(!m_wp->sampling().exportRequest(QStringLiteral("Ten"), m_dir->filePath(QStringLiteral("no/such/dir/x.xlsx"))));
}

void TestPopulationService::csvCorpus_data()
{
    QTest::addColumn<QString>("csv");
    const QString dir = Test::corpusPath(QStringLiteral("csv/csv-spectrum"));
    if (dir.isEmpty())
        QSKIP("../shared/corpus not present: corpus tests skipped");
    for (const QFileInfo &f : QDir(dir).entryInfoList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(f.baseName())) << f.filePath();
}

// The streaming parser used for populations must read the corpus exactly as its JSON says (header excluded).
void TestPopulationService::csvCorpus()
{
    QFETCH(QString, csv);
    QFile jsonFile(csv.chopped(4) + QStringLiteral(".json"));
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QJsonDocument json = QJsonDocument::fromJson(jsonFile.readAll());
    PopulationImportOptions o = options(QFileInfo(csv).baseName());
    const auto result = m_wp->populations().importFile(csv, o);
    if (!json.isArray()) {
        // location_coordinates: its JSON is not a table and its CSV has bare quotes in unquoted fields (README).
        QVERIFY(!result);
        QVERIFY2(result.error().detail.contains(QStringLiteral("quote character inside a field")),
                 qPrintable(result.error().detail));
        return;
    }
    const QJsonArray expected = json.array();
    if (expected.isEmpty()) {
        // Header only (or empty): nothing to store, but the header is read.
        QVERIFY(!result || result->info.rowCount == 0);
        return;
    }
    TM_VERIFY_OK(result);
    QCOMPARE(result->info.rowCount, expected.size());
    const auto rows = m_wp->populations().rows(result->info.id, 1, static_cast<int>(expected.size()));
    for (qsizetype r = 0; r < expected.size(); ++r) {
        const QJsonObject object = expected.at(r).toObject();
        for (qsizetype c = 0; c < result->info.columns.size(); ++c)
            QCOMPARE(rows->at(r).at(c), object.value(result->info.columns.at(c)).toString());
    }
}

void TestPopulationService::headerRowSkipsTitleBlock()
{
    // A client's export with a title block: the report name and a blank line above the column names.
    const QString csv = writeFile(*m_dir, QStringLiteral("titled.csv"),
                                  "Change report,,\n\nticket,opened,summary\n"
                                  "CHG-1,2026-01-05,First\nCHG-2,2026-01-06,Second\n");
    PopulationImportOptions o = options(QStringLiteral("Titled"));
    o.headerRow = 3;
    const auto result = m_wp->populations().importFile(csv, o);
    TM_VERIFY_OK(result);
    QCOMPARE(result->info.columns,
             (QStringList{QStringLiteral("ticket"), QStringLiteral("opened"), QStringLiteral("summary")}));
    QCOMPARE(result->info.rowCount, 2);
    QCOMPARE(result->skippedBlankRows, 0);
    const auto rows = m_wp->populations().rows(result->info.id, 1, 10);
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0),
             (QStringList{QStringLiteral("CHG-1"), QStringLiteral("2026-01-05"), QStringLiteral("First")}));
    QCOMPARE(rows->at(1).at(0), QStringLiteral("CHG-2"));

    // A header row past the end of the file, or below 1, is refused naming the field; nothing is stored.
    const QByteArray before = Test::fileSha256(m_file);
    for (const int bad : {6, 99, 0}) {
        o.name = QStringLiteral("Past %1").arg(bad);
        o.headerRow = bad;
        const auto refused = m_wp->populations().importFile(csv, o);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(refused.error().detail.startsWith(QStringLiteral("header row: ")), qPrintable(refused.error().detail));
    }
    QCOMPARE(Test::fileSha256(m_file), before);
    QCOMPARE(m_wp->populations().list()->size(), 1);
}

void TestPopulationService::columnTypesAreInferred()
{
    const QList<QStringList> rows{
        {QStringLiteral("1,234.50"), QStringLiteral("2026-01-31"), QStringLiteral("2026-01-31T09:15:00Z"),
         QStringLiteral("31/1/2026"), QStringLiteral("CHG-1"), QString(), QStringLiteral("-7")},
        {QStringLiteral("-12"), QStringLiteral(" 2026-02-01 "), QStringLiteral("2026-02-01T10:00"),
         QStringLiteral("2/28/2026"), QStringLiteral("42"), QStringLiteral("  ")},
        {QStringLiteral("+0.5"), QString(), QStringLiteral("2026-02-03T23:59:59.5+01:00"), QStringLiteral("1/2/2026"),
         QStringLiteral("2026-01-01"), QString(), QStringLiteral("1,23")},
    };
    QCOMPARE(inferColumnTypes(rows, 8),
             (QStringList{QStringLiteral("number"), QStringLiteral("date"), QStringLiteral("date-time"),
                          QStringLiteral("date"), QStringLiteral("text"), QStringLiteral("empty"),
                          QStringLiteral("text"), QStringLiteral("empty")}));
    // Not dates: an impossible day, a month 13 either way round; not numbers: stray separators.
    QCOMPARE(inferColumnTypes({{QStringLiteral("2026-02-30")}}, 1), QStringList{QStringLiteral("text")});
    QCOMPARE(inferColumnTypes({{QStringLiteral("13/13/2026")}}, 1), QStringList{QStringLiteral("text")});
    QCOMPARE(inferColumnTypes({{QStringLiteral("1.2.3")}, {QStringLiteral("12,34")}}, 1),
             QStringList{QStringLiteral("text")});
    QCOMPARE(inferColumnTypes({}, 2), (QStringList{QStringLiteral("empty"), QStringLiteral("empty")}));
}

QTEST_GUILESS_MAIN(TestPopulationService)
#include "tst_populationservice.moc"
