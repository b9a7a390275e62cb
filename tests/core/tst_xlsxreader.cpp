// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/xlsxreader.h"
#include "io/zipreader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <cmath>
#include <utility>

using namespace Tickmark;
using namespace Tickmark::Core;

using Records = QList<QStringList>;

namespace {

// ---- A minimal zip writer (stored or deflated entries), so these tests need no fixture files ----

struct ZipEntry
{
    QByteArray name;
    QByteArray data;
    bool deflate = false;
    qint64 declaredSize = -1; ///< the uncompressed size written in the headers; -1 = the real one
};

quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320U ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFU;
    for (const char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFU;
}

void put16(QByteArray &out, quint32 value)
{
    out.append(char(value & 0xFF)).append(char((value >> 8) & 0xFF));
}

void put32(QByteArray &out, quint32 value)
{
    put16(out, value & 0xFFFF);
    put16(out, value >> 16);
}

// Method, flags (UTF-8 names), time, date, CRC and sizes: the part shared by local and central headers.
void putEntryFields(QByteArray &out, const ZipEntry &entry, const QByteArray &stored)
{
    put16(out, 20);
    put16(out, 0x0800);
    put16(out, entry.deflate ? 8 : 0);
    put16(out, 0);
    put16(out, 0x21);
    put32(out, crc32(entry.data));
    put32(out, quint32(stored.size()));
    put32(out, quint32(entry.declaredSize >= 0 ? entry.declaredSize : entry.data.size()));
    put16(out, quint32(entry.name.size()));
    put16(out, 0);
}

QByteArray makeZip(const QList<ZipEntry> &entries)
{
    QByteArray out;
    QByteArray central;
    for (const ZipEntry &entry : entries) {
        // qCompress = 4-byte length + zlib stream (2-byte header, raw deflate, 4-byte Adler-32).
        const QByteArray stored = entry.deflate ? qCompress(entry.data, 9).mid(6).chopped(4) : entry.data;
        const auto offset = quint32(out.size());
        put32(out, 0x04034b50);
        putEntryFields(out, entry, stored);
        out += entry.name + stored;
        put32(central, 0x02014b50);
        put16(central, 20);
        putEntryFields(central, entry, stored);
        put16(central, 0); // comment
        put16(central, 0); // disk
        put16(central, 0); // internal attributes
        put32(central, 0); // external attributes
        put32(central, offset);
        central += entry.name;
    }
    const auto centralOffset = quint32(out.size());
    out += central;
    put32(out, 0x06054b50);
    put32(out, 0);
    put16(out, quint32(entries.size()));
    put16(out, quint32(entries.size()));
    put32(out, quint32(central.size()));
    put32(out, centralOffset);
    put16(out, 0);
    return out;
}

// ---- A minimal XLSX package ----

const QByteArray kMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const QByteArray kRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

struct Sheet
{
    Sheet(QByteArray sheetName, QByteArray data = {}, QByteArray relationshipType = "worksheet",
          QByteArray sheetState = {})
        : name(std::move(sheetName))
        , sheetData(std::move(data))
        , type(std::move(relationshipType))
        , state(std::move(sheetState))
    {}

    QByteArray name;
    QByteArray sheetData; ///< the inside of <sheetData>
    QByteArray type;      ///< the relationship type's last segment
    QByteArray state;     ///< e.g. "hidden"
};

struct Book
{
    QList<Sheet> sheets;
    QByteArray sharedStrings; ///< the inside of <sst>; empty = no part
    QByteArray styles;        ///< the inside of <styleSheet>; empty = no part
    QByteArray workbookPr;    ///< attributes of <workbookPr>
};

QByteArray xml(const QByteArray &body)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + body;
}

QByteArray relationship(const QByteArray &id, const QByteArray &type, const QByteArray &target)
{
    return "<Relationship Id=\"" + id + "\" Type=\"" + kRel + '/' + type + "\" Target=\"" + target + "\"/>";
}

QByteArray relationships(const QByteArray &body)
{
    return xml("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + body +
               "</Relationships>");
}

QList<ZipEntry> packageEntries(const Book &book)
{
    QByteArray sheets;
    QByteArray rels;
    QList<ZipEntry> entries{{"[Content_Types].xml", xml("<Types xmlns=\"http://schemas.openxmlformats.org/"
                                                        "package/2006/content-types\"/>")},
                            {"_rels/.rels", relationships(relationship("rId1", "officeDocument", "xl/workbook.xml"))}};
    for (qsizetype i = 0; i < book.sheets.size(); ++i) {
        const Sheet &sheet = book.sheets.at(i);
        const QByteArray n = QByteArray::number(i + 1);
        sheets += "<sheet name=\"" + sheet.name + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"" +
                  (sheet.state.isEmpty() ? QByteArray() : " state=\"" + sheet.state + "\"") + "/>";
        rels += relationship("rId" + n, sheet.type, "worksheets/sheet" + n + ".xml");
        entries.append({"xl/worksheets/sheet" + n + ".xml", xml("<worksheet xmlns=\"" + kMain + "\"><sheetData>" +
                                                                sheet.sheetData + "</sheetData></worksheet>")});
    }
    if (!book.sharedStrings.isEmpty()) {
        rels += relationship("rIdS", "sharedStrings", "sharedStrings.xml");
        entries.append({"xl/sharedStrings.xml", xml("<sst xmlns=\"" + kMain + "\">" + book.sharedStrings + "</sst>")});
    }
    if (!book.styles.isEmpty()) {
        rels += relationship("rIdY", "styles", "styles.xml");
        entries.append({"xl/styles.xml", xml("<styleSheet xmlns=\"" + kMain + "\">" + book.styles + "</styleSheet>")});
    }
    entries.append({"xl/workbook.xml", xml("<workbook xmlns=\"" + kMain + "\" xmlns:r=\"" + kRel + "\"><workbookPr " +
                                           book.workbookPr + "/><sheets>" + sheets + "</sheets></workbook>")});
    entries.append({"xl/_rels/workbook.xml.rels", relationships(rels)});
    return entries;
}

QByteArray makeXlsx(const Book &book)
{
    return makeZip(packageEntries(book));
}

QByteArray oneSheet(const QByteArray &sheetData, const QByteArray &sharedStrings = {}, const QByteArray &styles = {},
                    const QByteArray &workbookPr = {})
{
    return makeXlsx({{{"Sheet1", sheetData}}, sharedStrings, styles, workbookPr});
}

Records rows(std::initializer_list<std::initializer_list<const char *>> list)
{
    Records records;
    for (const auto &fields : list) {
        QStringList record;
        for (const char *field : fields)
            record.append(QString::fromUtf8(field));
        records.append(record);
    }
    return records;
}

QString errorOf(const Result<XlsxTable> &table)
{
    return table ? QString() : table.error().detail;
}

// ---- The corpus ----

QString corpusDir()
{
    return QDir::cleanPath(QStringLiteral(TICKMARK_SOURCE_DIR "/../shared/corpus/xlsx"));
}

QJsonObject observed()
{
    QFile file(corpusDir() + QStringLiteral("/OBSERVED-openpyxl-3.0.9.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString cellAt(const Records &records, int row, int column)
{
    if (row > records.size() || column > records.at(row - 1).size())
        return {};
    return records.at(row - 1).at(column - 1);
}

QString columnName(int column)
{
    return {QChar(char16_t(u'A' + column - 1))};
}

/// Compares one cell against openpyxl's observation (absent from the JSON = None = empty).
void compareCell(const QString &actual, const QJsonValue &expected, const QString &where)
{
    const QJsonObject cell = expected.toObject();
    const QString type = cell.value(QStringLiteral("t")).toString();
    const QJsonValue value = cell.value(QStringLiteral("v"));
    if (expected.isUndefined()) {
        QVERIFY2(actual.isEmpty(), qPrintable(where + QStringLiteral(": expected empty, got ") + actual));
    } else if (type == u"n") {
        // Exact: both sides are shortest round-trip forms of the same double; integers have no ".0".
        QVERIFY2(!actual.contains(u'e') && !actual.endsWith(QStringLiteral(".0")), qPrintable(where + actual));
        QCOMPARE(actual.toDouble(), value.toDouble());
        if (value.toDouble() == std::floor(value.toDouble()))
            QCOMPARE(actual, QString::number(value.toInteger()));
    } else if (type == u"d") {
        QString date = value.toObject().value(QStringLiteral("date")).toString();
        if (date.endsWith(QStringLiteral("T00:00:00")))
            date.chop(9);
        QCOMPARE(actual, date);
    } else if (type == u"b") {
        QCOMPARE(actual, value.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE"));
    } else {
        QCOMPARE(actual, value.toString());
    }
}

} // namespace

class TestXlsxReader final : public QObject
{
    Q_OBJECT

private slots:
    void strings();
    void booleansErrorsAndFormulas();
    void dates1900();
    void dates1904();
    void numbers();
    void sparseRowsAndCells();
    void namespacedElements();
    void caseInsensitivePartNames();
    void sheetSelection();
    void refusals_data();
    void refusals();
    void malformedXml();
    void badCells();
    void zipCaps();
    void files();
    void corpus_data();
    void corpus();
    void corpusSpeed();
};

void TestXlsxReader::strings()
{
    const QByteArray sst = "<si><t>plain</t></si>"
                           "<si><r><rPr><b/></rPr><t>rich </t></r><r><t xml:space=\"preserve\">text </t></r>"
                           "<rPh sb=\"0\" eb=\"1\"><t>furigana</t></rPh><phoneticPr fontId=\"1\"/></si>"
                           "<si><t>line_x000D_break _x005F_x0041_</t></si>"
                           "<si><t/></si>";
    const QByteArray data = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                            "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c></row>"
                            "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>inline</t></is></c>"
                            "<c r=\"B2\" t=\"inlineStr\"><is><r><t>in</t></r><r><t>line rich</t></r></is></c>"
                            "<c r=\"C2\" t=\"str\"><f>A2&amp;\"!\"</f><v>inline!</v></c>"
                            "<c r=\"D2\" t=\"str\"><f>\"\"</f><v></v></c></row>";
    const auto table = readXlsx(oneSheet(data, sst));
    QVERIFY2(table, qPrintable(errorOf(table)));
    QCOMPARE(table->records,
             rows({{"plain", "rich text ", "line\rbreak _x0041_"}, {"inline", "inline rich", "inline!"}}));
    QCOMPARE(table->sheet, QStringLiteral("Sheet1"));
    QCOMPARE(table->sheetNames, QStringList{QStringLiteral("Sheet1")});
}

void TestXlsxReader::booleansErrorsAndFormulas()
{
    const QByteArray data = "<row r=\"1\"><c r=\"A1\" t=\"b\"><v>1</v></c><c r=\"B1\" t=\"b\"><v>0</v></c>"
                            "<c r=\"C1\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c><c r=\"D1\" t=\"e\"><v>#N/A</v></c>"
                            "<c r=\"E1\"><f>1+1</f></c><c r=\"F1\"><f>10+20</f><v>30</v></c></row>";
    const auto table = readXlsx(oneSheet(data));
    QVERIFY2(table, qPrintable(errorOf(table)));
    QCOMPARE(table->records, rows({{"TRUE", "FALSE", "#DIV/0!", "#N/A", "", "30"}}));
}

void TestXlsxReader::dates1900()
{
    // cellStyleXfs come first and must not shift the cellXfs indexes.
    const QByteArray styles =
        "<numFmts><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\\ hh:mm\"/>"
        "<numFmt numFmtId=\"165\" formatCode=\"0.00 &quot;days&quot;\"/>"
        "<numFmt numFmtId=\"166\" formatCode=\"[Red]#,##0.00_);[Blue](#,##0.00)\"/>"
        "<numFmt numFmtId=\"167\" formatCode=\"[h]:mm:ss\"/>"
        "<numFmt numFmtId=\"168\" formatCode=\"_-* #,##0_-;\\-* #,##0_-;_-* &quot;-&quot;_-;_-@_-\"/>"
        "<numFmt numFmtId=\"169\" formatCode=\"[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy\"/></numFmts>"
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
        "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"22\"/><xf numFmtId=\"164\"/>"
        "<xf numFmtId=\"165\"/><xf numFmtId=\"166\"/><xf numFmtId=\"167\"/><xf numFmtId=\"20\"/>"
        "<xf numFmtId=\"168\"/><xf numFmtId=\"169\"/></cellXfs>";
    const QByteArray data =
        "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>1</v></c><c r=\"B1\" s=\"1\"><v>59</v></c>"
        "<c r=\"C1\" s=\"1\"><v>60</v></c><c r=\"D1\" s=\"1\"><v>61</v></c><c r=\"E1\" s=\"1\"><v>42005</v></c>"
        "<c r=\"F1\" s=\"2\"><v>42005.572916666664</v></c><c r=\"G1\" s=\"3\"><v>45000.25</v></c>"
        "<c r=\"H1\" s=\"4\"><v>1.5</v></c></row>"
        "<row r=\"2\"><c r=\"A2\" s=\"5\"><v>42005</v></c><c r=\"B2\" s=\"6\"><v>1.25</v></c>"
        "<c r=\"C2\" s=\"7\"><v>0.5</v></c><c r=\"D2\" s=\"8\"><v>1234</v></c><c r=\"E2\" s=\"9\"><v>42005</v></c>"
        "<c r=\"F2\" s=\"1\"><v>-1</v></c><c r=\"G2\" s=\"1\"><v>3000000</v></c><c r=\"H2\" s=\"0\"><v>42005</v></c>"
        "<c r=\"I2\" s=\"99\"><v>7</v></c><c r=\"J2\" s=\"1\"><v>1.1574074074074073E-5</v></c>"
        "<c r=\"K2\" t=\"d\"><v>2020-02-29T00:00:00</v></c><c r=\"L2\" s=\"2\"><v>42005.000011574</v></c></row>";
    const auto table = readXlsx(oneSheet(data, {}, styles));
    QVERIFY2(table, qPrintable(errorOf(table)));
    QCOMPARE(table->records, rows({{"1900-01-01", "1900-02-28", "1900-02-29", "1900-03-01", "2015-01-01",
                                    "2015-01-01T13:45:00", "2023-03-15T06:00:00", "1.5"},
                                   {"42005", "1900-01-01T06:00:00", "12:00:00", "1234", "2015-01-01", "-1", "3000000",
                                    "42005", "7", "00:00:01", "2020-02-29T00:00:00", "2015-01-01T00:00:01"}}));

    // Without a styles part nothing is a date.
    const auto plain = readXlsx(oneSheet(data));
    QVERIFY2(plain, qPrintable(errorOf(plain)));
    QCOMPARE(plain->records.at(0).at(4), QStringLiteral("42005"));
}

void TestXlsxReader::dates1904()
{
    const QByteArray styles = "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs>";
    const QByteArray data = "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>1</v></c><c r=\"B1\" s=\"1\"><v>39081</v></c>"
                            "<c r=\"C1\" s=\"1\"><v>60</v></c><c r=\"D1\" s=\"1\"><v>59.75</v></c></row>";
    for (const QByteArray &flag : {QByteArray("1"), QByteArray("true")}) {
        const auto table = readXlsx(oneSheet(data, {}, styles, "date1904=\"" + flag + "\""));
        QVERIFY2(table, qPrintable(errorOf(table)));
        QCOMPARE(table->records, rows({{"1904-01-02", "2010-12-31", "1904-03-01", "1904-02-29T18:00:00"}}));
    }
    const auto table1900 = readXlsx(oneSheet(data, {}, styles, "date1904=\"false\""));
    QVERIFY2(table1900, qPrintable(errorOf(table1900)));
    QCOMPARE(table1900->records.at(0).at(1), QStringLiteral("2006-12-30"));
}

void TestXlsxReader::numbers()
{
    const char *const values[][2] = {{"8595602512225", "8595602512225"},
                                     {"1.5", "1.5"},
                                     {"1.0", "1"},
                                     {"0.30000000000000004", "0.30000000000000004"},
                                     {"0.1", "0.1"},
                                     {"1E-10", "1e-10"},
                                     {"2.5E+3", "2500"},
                                     {"1E+20", "100000000000000000000"},
                                     {"1e21", "1e+21"},
                                     {"123456789012345678901234567890", "123456789012345678901234567890"},
                                     {"-0", "0"},
                                     {"0001", "1"},
                                     {"-0.5", "-0.5"},
                                     {"12345678.9", "12345678.9"},
                                     {" 42 ", "42"},
                                     {"9007199254740993", "9007199254740993"},
                                     {"1.7976931348623157E+308", "1.7976931348623157e+308"},
                                     {"0.00370900364733045", "0.00370900364733045"},
                                     {"1.2345678901234567E+19", "12345678901234567000"},
                                     {"abc", "abc"},
                                     {"1e400", "1e400"}};
    QByteArray data = "<row r=\"1\">";
    QStringList expected;
    for (const auto &value : values) {
        data += "<c t=\"n\"><v>" + QByteArray(value[0]) + "</v></c>";
        expected.append(QString::fromLatin1(value[1]));
    }
    const auto table = readXlsx(oneSheet(data + "</row>"));
    QVERIFY2(table, qPrintable(errorOf(table)));
    QCOMPARE(table->records, Records{expected});
}

void TestXlsxReader::sparseRowsAndCells()
{
    const QByteArray data = "<row r=\"2\"><c r=\"B2\"><v>1</v></c></row>"
                            "<row r=\"5\"><c r=\"D5\"><v>2</v></c><c><v>3</v></c><c r=\"G5\"><v>4</v></c></row>"
                            "<row><c><v>5</v></c><c t=\"inlineStr\"><is><t>x</t></is></c><c s=\"1\"/></row>"
                            "<row r=\"8\"><c r=\"A8\" s=\"1\"/><c r=\"B8\" t=\"s\"/></row>"
                            "<row r=\"1048576\"><c r=\"A1048576\" s=\"1\"/></row>";
    QList<ZipEntry> entries = packageEntries({{{"Sheet1", data}}, {}, {}, {}});
    // A declared dimension of the whole grid must not be pre-allocated.
    for (ZipEntry &entry : entries)
        entry.data.replace("<sheetData>", "<dimension ref=\"A1:XFD1048576\"/><sheetData>");
    const auto table = readXlsx(makeZip(entries));
    QVERIFY2(table, qPrintable(errorOf(table)));
    QCOMPARE(table->records, Records({{},
                                      {QString(), QStringLiteral("1")},
                                      {},
                                      {},
                                      {QString(), QString(), QString(), QStringLiteral("2"), QStringLiteral("3"),
                                       QString(), QStringLiteral("4")},
                                      {QStringLiteral("5"), QStringLiteral("x")}}));
}

void TestXlsxReader::namespacedElements()
{
    const QByteArray ns = "xmlns:x=\"" + kMain + "\"";
    QList<ZipEntry> entries = packageEntries({{{"Sheet1", {}}}, "<si/>", "<cellXfs/>", {}});
    for (ZipEntry &entry : entries) {
        if (entry.name == "xl/workbook.xml")
            entry.data = xml("<x:workbook " + ns + " xmlns:rel=\"" + kRel +
                             "\"><x:workbookPr date1904=\"1\"/>"
                             "<x:sheets><x:sheet name=\"NS\" sheetId=\"1\" rel:id=\"rId1\"/></x:sheets></x:workbook>");
        else if (entry.name == "xl/sharedStrings.xml")
            entry.data = xml("<x:sst " + ns +
                             "><x:si><x:t>w</x:t></x:si><x:si><x:r><x:t>a</x:t></x:r>"
                             "<x:r><x:t>b</x:t></x:r></x:si></x:sst>");
        else if (entry.name == "xl/styles.xml")
            entry.data = xml("<x:styleSheet " + ns +
                             "><x:cellXfs><x:xf numFmtId=\"0\"/><x:xf numFmtId=\"14\"/>"
                             "</x:cellXfs></x:styleSheet>");
        else if (entry.name == "xl/worksheets/sheet1.xml")
            entry.data = xml("<x:worksheet " + ns +
                             "><x:sheetData><x:row r=\"1\"><x:c r=\"A1\" t=\"s\"><x:v>0</x:v>"
                             "</x:c><x:c r=\"C1\" t=\"s\"><x:v>1</x:v></x:c><x:c r=\"D1\" s=\"1\"><x:v>1</x:v></x:c>"
                             "<x:c r=\"E1\" t=\"inlineStr\"><x:is><x:t>i</x:t></x:is></x:c></x:row></x:sheetData>"
                             "</x:worksheet>");
    }
    const auto table = readXlsx(makeZip(entries));
    QVERIFY2(table, qPrintable(errorOf(table)));
    QCOMPARE(table->sheet, QStringLiteral("NS"));
    QCOMPARE(table->records, rows({{"w", "", "ab", "1904-01-02", "i"}}));
}

void TestXlsxReader::caseInsensitivePartNames()
{
    // Part names differ in case from the relationships, one target is absolute and one climbs with "..".
    const QByteArray sheetXml = xml("<worksheet xmlns=\"" + kMain +
                                    "\"><sheetData><row><c t=\"s\"><v>0</v></c>"
                                    "<c><v>7</v></c></row></sheetData></worksheet>");
    const QList<ZipEntry> entries{
        {"[content_types].XML", xml("<Types/>")},
        {"_rels/.rels", relationships(relationship("rId1", "officeDocument", "/xl/workbook.xml"))},
        {"XL/Workbook.xml", xml("<workbook xmlns=\"" + kMain + "\" xmlns:r=\"" + kRel +
                                "\"><sheets>"
                                "<sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")},
        {"xl/_rels/workbook.xml.rels",
         relationships(relationship("rId1", "worksheet", "/XL/Worksheets/Sheet1.xml") +
                       relationship("rId2", "sharedStrings", "./worksheets/../sharedStrings.xml"))},
        {"xl/worksheets/sheet1.xml", sheetXml, true},
        {"xl/SharedStrings.xml", xml("<sst xmlns=\"" + kMain + "\"><si><t>found</t></si></sst>"), true}};
    const auto table = readXlsx(makeZip(entries));
    QVERIFY2(table, qPrintable(errorOf(table)));
    QCOMPARE(table->records, rows({{"found", "7"}}));

    // When the exact name exists too, it wins over an entry that differs only in case, before or after it.
    const ZipEntry decoy{"XL/SHAREDSTRINGS.XML", xml("<sst xmlns=\"" + kMain + "\"><si><t>decoy</t></si></sst>")};
    for (const bool decoyFirst : {true, false}) {
        QList<ZipEntry> both =
            packageEntries({{{"S", "<row><c t=\"s\"><v>0</v></c></row>"}}, "<si><t>exact</t></si>", {}, {}});
        both.insert(decoyFirst ? 0 : both.size(), decoy);
        const auto exact = readXlsx(makeZip(both));
        QVERIFY2(exact, qPrintable(errorOf(exact)));
        QCOMPARE(exact->records, rows({{"exact"}}));
    }
}

void TestXlsxReader::sheetSelection()
{
    const QByteArray bytes = makeXlsx({{{"Data", "<row><c><v>1</v></c></row>"},
                                        {"Chart", {}, "chartsheet"},
                                        {"Hidden", "<row><c><v>2</v></c></row>", "worksheet", "hidden"}},
                                       {},
                                       {},
                                       {}});
    const auto sheets = xlsxSheets(bytes);
    QVERIFY(sheets);
    QCOMPARE(sheets->size(), 2);
    QCOMPARE(sheets->at(0).name, QStringLiteral("Data"));
    QVERIFY(!sheets->at(0).hidden);
    QCOMPARE(sheets->at(1).name, QStringLiteral("Hidden"));
    QVERIFY(sheets->at(1).hidden);

    const auto first = readXlsx(bytes);
    QVERIFY2(first, qPrintable(errorOf(first)));
    QCOMPARE(first->records, rows({{"1"}}));
    const auto hidden = readXlsx(bytes, QStringLiteral("hidden"));
    QVERIFY2(hidden, qPrintable(errorOf(hidden)));
    QCOMPARE(hidden->sheet, QStringLiteral("Hidden"));
    QCOMPARE(hidden->records, rows({{"2"}}));
    QCOMPARE(hidden->sheetNames, (QStringList{QStringLiteral("Data"), QStringLiteral("Hidden")}));

    const auto missing = readXlsx(bytes, QStringLiteral("Chart"), QStringLiteral("pop.xlsx"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::ImportFailed);
    QCOMPARE(missing.error().detail,
             QStringLiteral("pop.xlsx has no worksheet named \"Chart\"; its worksheets are \"Data\", \"Hidden\""));
}

void TestXlsxReader::refusals_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");

    const QByteArray cfb = QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0');
    const QByteArray encryptedName("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32);
    QList<ZipEntry> noContentTypes = packageEntries({{{"S", {}}}, {}, {}, {}});
    noContentTypes.removeFirst();
    QList<ZipEntry> noWorkbook = packageEntries({{{"S", {}}}, {}, {}, {}});
    noWorkbook.removeAt(noWorkbook.size() - 2);
    QList<ZipEntry> noRels = packageEntries({{{"S", {}}}, {}, {}, {}});
    noRels.removeLast();
    const QList<ZipEntry> docx{
        {"[Content_Types].xml", xml("<Types/>")},
        {"_rels/.rels", relationships(relationship("rId1", "officeDocument", "word/document.xml"))},
        {"word/document.xml", xml("<w:document xmlns:w=\"urn:w\"/>")}};
    const QList<ZipEntry> xlsb{
        {"[Content_Types].xml", xml("<Types/>")},
        {"_rels/.rels", relationships(relationship("rId1", "officeDocument", "xl/workbook.bin"))},
        {"xl/workbook.bin", "\x83\x01"}};

    QTest::newRow("empty") << QByteArray() << QStringLiteral("f.xlsx is empty");
    QTest::newRow("csv") << QByteArray("a,b\n1,2\n")
                         << QStringLiteral("f.xlsx is not an XLSX workbook (it is not a zip archive)");
    QTest::newRow("encrypted") << cfb + encryptedName + QByteArray(100, '\0')
                               << QStringLiteral("f.xlsx is an encrypted (password-protected) workbook; save an "
                                                 "unprotected copy and import that");
    QTest::newRow("xls") << cfb
                         << QStringLiteral("f.xlsx is an Excel 97-2003 workbook (.xls) or another OLE file, not "
                                           "an XLSX workbook; save it as .xlsx and import that");
    QTest::newRow("truncated zip") << makeXlsx({{{"S", {}}}, {}, {}, {}}).left(200)
                                   << QStringLiteral("f.xlsx is damaged: the zip archive cannot be read (");
    QTest::newRow("plain zip") << makeZip({{"readme.txt", "hello"}})
                               << QStringLiteral("f.xlsx is not an XLSX workbook (it has no [Content_Types].xml)");
    QTest::newRow("no content types") << makeZip(noContentTypes)
                                      << QStringLiteral(
                                             "f.xlsx is not an XLSX workbook (it has no [Content_Types].xml)");
    QTest::newRow("no workbook") << makeZip(noWorkbook)
                                 << QStringLiteral("f.xlsx is not an XLSX workbook (it has no xl/workbook.xml)");
    QTest::newRow("docx") << makeZip(docx)
                          << QStringLiteral(
                                 "f.xlsx is not an XLSX workbook (word/document.xml is not a workbook part)");
    QTest::newRow("xlsb") << makeZip(xlsb)
                          << QStringLiteral("f.xlsx is an Excel binary workbook (.xlsb); save it as .xlsx and import "
                                            "that");
    QTest::newRow("no workbook rels") << makeZip(noRels)
                                      << QStringLiteral("f.xlsx is damaged: the workbook's relationships part "
                                                        "xl/_rels/workbook.xml.rels is missing");
    QTest::newRow("no sheets") << makeXlsx({}) << QStringLiteral("f.xlsx has no worksheets");
    QTest::newRow("only a chart") << makeXlsx({{{"C", {}, "chartsheet"}}, {}, {}, {}})
                                  << QStringLiteral("f.xlsx has no worksheets");
}

void TestXlsxReader::refusals()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const auto table = readXlsx(bytes, {}, QStringLiteral("f.xlsx"));
    QVERIFY(!table);
    QCOMPARE(table.error().code, ErrorCode::ImportFailed);
    QVERIFY2(table.error().detail.startsWith(message), qPrintable(table.error().detail));
    QVERIFY(!table.error().detail.contains(u'\n'));
    const auto sheets = xlsxSheets(bytes, QStringLiteral("f.xlsx"));
    QVERIFY(!sheets);
    QCOMPARE(sheets.error().detail, table.error().detail);
}

void TestXlsxReader::malformedXml()
{
    const auto table = readXlsx(oneSheet("<row r=\"1\">\n<c r=\"A1\"><v>1</v></row>"), {}, QStringLiteral("m.xlsx"));
    QVERIFY(!table);
    QVERIFY2(table.error().detail.startsWith(
                 QStringLiteral("m.xlsx: malformed XML in xl/worksheets/sheet1.xml at line 3 (")),
             qPrintable(table.error().detail));

    const auto strings = readXlsx(oneSheet("<row><c t=\"s\"><v>0</v></c></row>", "<si><t>x</si>"));
    QVERIFY(!strings);
    QVERIFY2(strings.error().detail.startsWith(QStringLiteral("the workbook: malformed XML in xl/sharedStrings.xml")),
             qPrintable(strings.error().detail));
}

void TestXlsxReader::badCells()
{
    const auto outOfRange =
        readXlsx(oneSheet("<row r=\"3\"><c r=\"B3\" t=\"s\"><v>5</v></c></row>", "<si><t>a</t></si>"), {},
                 QStringLiteral("b.xlsx"));
    QVERIFY(!outOfRange);
    QCOMPARE(outOfRange.error().detail,
             QStringLiteral("b.xlsx: cell B3 in sheet \"Sheet1\" refers to shared string 5, but the workbook has 1"));

    for (const QByteArray &reference : {QByteArray("1A"), QByteArray("A0"), QByteArray("XFE1"), QByteArray("A1048577"),
                                        QByteArray("AAAA1"), QByteArray("A1B")}) {
        const auto table = readXlsx(oneSheet("<row><c r=\"" + reference + "\"><v>1</v></c></row>"));
        QVERIFY2(!table, reference.constData());
        QVERIFY2(table.error().detail.contains(u'"' + QString::fromLatin1(reference) + u'"'),
                 qPrintable(table.error().detail));
    }
    const auto badRow = readXlsx(oneSheet("<row r=\"x\"><c><v>1</v></c></row>"));
    QVERIFY(!badRow);
    QVERIFY2(badRow.error().detail.contains(QStringLiteral("row number \"x\"")), qPrintable(badRow.error().detail));

    const auto last = readXlsx(oneSheet("<row r=\"2\"><c r=\"XFD2\"><v>1</v></c></row>"));
    QVERIFY2(last, qPrintable(errorOf(last)));
    QCOMPARE(last->records.at(1).size(), 16384);
}

void TestXlsxReader::zipCaps()
{
    const QByteArray zeros(8 << 20, '\0');
    ZipLimits ratio;
    ratio.ratioGraceBytes = 1 << 20;
    ratio.maxRatio = 100;
    ZipReader bomb(makeZip({{"bomb.xml", zeros, true}}), ratio);
    const auto bombed = bomb.read({QStringLiteral("bomb.xml")});
    QVERIFY(!bombed);
    QCOMPARE(bombed.error().detail,
             QStringLiteral("entry bomb.xml expands to more than 100 times the size of the archive (a zip bomb?)"));

    ZipLimits small;
    small.maxEntryBytes = 1 << 20;
    // Declared honestly: refused before reading; declared as 10 bytes: refused by counting what is read.
    for (const qint64 declared : {qint64(-1), qint64(10)}) {
        ZipReader reader(makeZip({{"big.xml", zeros, true, declared}}), small);
        const auto big = reader.read({QStringLiteral("big.xml")});
        QVERIFY(!big);
        QVERIFY2(big.error().detail.contains(QStringLiteral("big.xml")), qPrintable(big.error().detail));
        QVERIFY(reader.bytesRead() <= small.maxEntryBytes + (256 << 10));
    }

    ZipLimits total;
    total.maxTotalBytes = 1 << 20;
    ZipReader reader(makeZip({{"a", QByteArray(600 << 10, 'a')}, {"b", QByteArray(600 << 10, 'b')}}), total);
    const auto names = reader.entryNames();
    QVERIFY(names);
    QCOMPARE(*names, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    const auto one = reader.read({QStringLiteral("a"), QStringLiteral("missing")});
    QVERIFY(one);
    QCOMPARE(one->keys(), QList<QString>{QStringLiteral("a")});
    const auto both = reader.read({QStringLiteral("b")});
    QVERIFY(!both);
    QCOMPARE(both.error().detail, QStringLiteral("the entries read expand to more than 1 MB in total"));
}

void TestXlsxReader::files()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("population.xlsx"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(makeXlsx({{{"One", "<row><c><v>1</v></c></row>"}, {"Two", {}}}, {}, {}, {}}));
    file.close();

    const auto names = xlsxSheetNames(path);
    QVERIFY(names);
    QCOMPARE(*names, (QStringList{QStringLiteral("One"), QStringLiteral("Two")}));
    const auto table = readXlsxFile(path, QStringLiteral("Two"));
    QVERIFY2(table, qPrintable(errorOf(table)));
    QVERIFY(table->records.isEmpty());

    const auto missing = readXlsxFile(dir.filePath(QStringLiteral("nope.xlsx")));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::FileError);
    QVERIFY(missing.error().detail.contains(QStringLiteral("nope.xlsx")));
    const auto directory = xlsxSheetNames(dir.path());
    QVERIFY(!directory);
}

void TestXlsxReader::corpus_data()
{
    QTest::addColumn<QString>("key");
    const QJsonObject files = observed();
    if (files.isEmpty())
        QSKIP("../shared/corpus not present: corpus tests skipped");
    // Every xlsx file in the corpus has an observation, and every observation a file.
    QStringList onDisk;
    for (const QString &sub : {QStringLiteral("tealeg-xlsx"), QStringLiteral("excelize")}) {
        for (const QString &name : QDir(corpusDir() + u'/' + sub).entryList({QStringLiteral("*.xlsx")}, QDir::Files))
            onDisk.append(sub + u'/' + name);
    }
    QStringList keys = files.keys();
    onDisk.sort();
    keys.sort();
    QCOMPARE(onDisk, keys);
    for (const QString &key : std::as_const(keys))
        QTest::newRow(qPrintable(key)) << key;
}

void TestXlsxReader::corpus()
{
    QFETCH(QString, key);
    const QString path = corpusDir() + u'/' + key;
    const QString name = QFileInfo(path).fileName();
    const QJsonObject entry = observed().value(key).toObject();

    // Broken files: refused with a specific message (openpyxl raised, or found no sheets).
    const QHash<QString, QString> refusals{
        {QStringLiteral("tealeg-xlsx/badfile_noWorkbookRels.xlsx"),
         QStringLiteral(" is damaged: the workbook's relationships part xl/_rels/workbook.xml.rels is missing")},
        {QStringLiteral("tealeg-xlsx/badfile_noWorksheets.xlsx"), QStringLiteral(" has no worksheets")},
        {QStringLiteral("excelize/BadWorkbook.xlsx"), QStringLiteral(" has no worksheets")},
        {QStringLiteral("excelize/encryptSHA1.xlsx"),
         QStringLiteral(" is an encrypted (password-protected) workbook; save an unprotected copy and import that")},
        {QStringLiteral("excelize/encryptAES.xlsx"),
         QStringLiteral(" is an encrypted (password-protected) workbook; save an unprotected copy and import that")}};
    if (refusals.contains(key)) {
        const auto table = readXlsxFile(path);
        QVERIFY(!table);
        QCOMPARE(table.error().code, ErrorCode::ImportFailed);
        QCOMPARE(table.error().detail, name + refusals.value(key));
        qInfo("%s: refused: %s", qPrintable(key), qPrintable(table.error().detail));
        return;
    }
    if (key == u"excelize/CalcChain.xlsx") {
        // openpyxl fails (KeyError): the part is xl/SharedStrings.xml, the relationship says sharedStrings.xml.
        const auto table = readXlsxFile(path);
        QVERIFY2(table, qPrintable(errorOf(table)));
        QCOMPARE(table->sheetNames, QStringList{QStringLiteral("Sheet1")});
        QCOMPARE(table->records, rows({{"0", "1"}}));
        qInfo("%s: Sheet1 1 row(s): 0, 1 (formula caches)", qPrintable(key));
        return;
    }
    QCOMPARE(entry.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));

    const QJsonArray sheets = entry.value(QStringLiteral("sheets")).toArray();
    QStringList expectedNames;
    for (const auto &sheet : sheets)
        expectedNames.append(sheet.toObject().value(QStringLiteral("name")).toString());
    const auto names = xlsxSheetNames(path);
    QVERIFY2(names, qPrintable(names ? QString() : names.error().detail));
    QCOMPARE(*names, expectedNames);

    for (const auto &sheetValue : sheets) {
        const QJsonObject sheet = sheetValue.toObject();
        const QString sheetName = sheet.value(QStringLiteral("name")).toString();
        const auto table = readXlsxFile(path, sheetName);
        QVERIFY2(table, qPrintable(errorOf(table)));
        QCOMPARE(table->sheet, sheetName);
        const QJsonObject cells = sheet.value(QStringLiteral("cells_first_15x8")).toObject();
        for (int row = 1; row <= 15; ++row) {
            for (int column = 1; column <= 8; ++column) {
                const QString reference = columnName(column) + QString::number(row);
                compareCell(cellAt(table->records, row, column), cells.value(reference),
                            key + u' ' + sheetName + u'!' + reference);
                if (QTest::currentTestFailed())
                    return;
            }
        }
        qsizetype width = 0;
        for (const QStringList &record : table->records)
            width = qMax(width, record.size());
        qInfo("%s: sheet \"%s\": %lld record(s), widest %lld; %lld of the first 15x8 cells filled", qPrintable(key),
              qPrintable(sheetName), qlonglong(table->records.size()), qlonglong(width), qlonglong(cells.size()));
    }
}

void TestXlsxReader::corpusSpeed()
{
    const QString dir = corpusDir() + QStringLiteral("/tealeg-xlsx/");
    if (!QFileInfo::exists(dir))
        QSKIP("../shared/corpus not present: corpus tests skipped");
    QElapsedTimer timer;
    timer.start();
    const auto panic = readXlsxFile(dir + QStringLiteral("panic_test.xlsx"));
    QVERIFY2(panic, qPrintable(errorOf(panic)));
    const qint64 panicMs = timer.restart();
    const auto wide = readXlsxFile(dir + QStringLiteral("noStylesAndSharedStringsTest.xlsx"));
    QVERIFY2(wide, qPrintable(errorOf(wide)));
    const qint64 wideMs = timer.elapsed();
    QCOMPARE(wide->records.size(), 2606);
    QCOMPARE(wide->records.at(2).size(), 30);
    const auto slice = readXlsxFile(dir + QStringLiteral("testFileToSliceValueOnly.xlsx"));
    QVERIFY2(slice, qPrintable(errorOf(slice)));
    QVERIFY(slice->records.size() < 100); // styled empty rows up to 1,048,576 do not count
    qInfo("panic_test: %lld records in %lld ms; noStylesAndSharedStringsTest: %lld records in %lld ms",
          qlonglong(panic->records.size()), panicMs, qlonglong(wide->records.size()), wideMs);
    QVERIFY(panicMs < 5000 && wideMs < 5000);
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
