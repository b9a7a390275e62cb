// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxreader.h"

#include "zipreader.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTime>
#include <QXmlStreamReader>

#include <array>
#include <charconv>
#include <cmath>
#include <optional>
#include <utility>

namespace Tickmark::Core {

namespace {

constexpr qint64 kMaxFileBytes = qint64(512) << 20;
constexpr int kMaxRows = 1048576;
constexpr int kMaxColumns = 16384;
constexpr qint64 kMsPerDay = 86400000;
constexpr double kFirstSerialAfter9999 = 2958466.0; // 1900 system: 9999-12-31 is serial 2958465

template<typename... Args> Error refuse(const char *sourceText, const Args &...args)
{
    return fail(ErrorCode::ImportFailed, QCoreApplication::translate("XlsxReader", sourceText).arg(args...));
}

Error xmlError(const QString &file, const QString &part, const QXmlStreamReader &xml)
{
    return refuse(QT_TRANSLATE_NOOP("XlsxReader", "%1: malformed XML in %2 at line %3 (%4)"), file, part,
                  QString::number(xml.lineNumber()), xml.errorString());
}

bool xmlTrue(QStringView value)
{
    return value == u"1" || value.compare(u"true", Qt::CaseInsensitive) == 0;
}

// ---- Text and numbers ----------------------------------------------------------------------------------------

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

/// Undoes the `_xHHHH_` escapes OOXML uses for characters XML cannot carry (Excel writes `_x000D_` for CR).
QString unescapeXString(QString text)
{
    for (qsizetype at = text.indexOf(u"_x"); at >= 0 && at + 7 <= text.size(); at = text.indexOf(u"_x", at + 1)) {
        int code = 0;
        for (qsizetype i = at + 2; i < at + 6 && code >= 0; ++i)
            code = hexValue(text.at(i)) < 0 ? -1 : code * 16 + hexValue(text.at(i));
        if (code >= 0 && text.at(at + 6) == u'_')
            text.replace(at, 7, QChar(char16_t(code)));
    }
    return text;
}

/// Collects the text of a rich string (`<si>` or `<is>`, current element): plain and run `<t>` elements joined,
/// phonetic guides (`<rPh>`) left out. Returns after the element's end tag.
QString readRichText(QXmlStreamReader &xml)
{
    QString text;
    int depth = 0;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"t")
                text += unescapeXString(xml.readElementText());
            else if (xml.name() == u"rPh")
                xml.skipCurrentElement();
            else
                ++depth;
        } else if (token == QXmlStreamReader::EndElement && depth-- == 0) {
            break;
        }
    }
    return text;
}

bool isPlainInteger(QStringView text)
{
    const qsizetype start = text.startsWith(u'-') ? 1 : 0;
    if (text.size() == start)
        return false;
    for (qsizetype i = start; i < text.size(); ++i) {
        if (text.at(i) < u'0' || text.at(i) > u'9')
            return false;
    }
    return true;
}

/// An integer written out in the XML, kept digit for digit (no trip through a double), leading zeros dropped.
QString integerText(QStringView text)
{
    const bool negative = text.startsWith(u'-');
    QStringView digits = text.sliced(negative ? 1 : 0);
    while (digits.size() > 1 && digits.front() == u'0')
        digits = digits.sliced(1);
    return negative && digits != u"0" ? u'-' + digits.toString() : digits.toString();
}

std::optional<double> parseDouble(QStringView text)
{
    const QByteArray latin = text.trimmed().toLatin1();
    const char *begin = latin.constData();
    const char *end = begin + latin.size();
    if (begin != end && *begin == '+')
        ++begin;
    double value = 0;
    const auto [ptr, ec] = std::from_chars(begin, end, value);
    if (ec != std::errc() || ptr != end || begin == end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

/// The shortest decimal that reads back as `value` (std::to_chars finds the digits), written without an
/// exponent from 1e-7 up to 1e21 as JavaScript does, so "8595602512225" and "0.1" rather than "8.59e+12".
QString shortestDecimal(double value)
{
    if (value == 0)
        return QStringLiteral("0");
    std::array<char, 40> buffer{};
    const auto result =
        std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, std::chars_format::scientific);
    const QByteArray scientific(buffer.data(), result.ptr - buffer.data()); // e.g. "-1.25e+03"
    const double magnitude = std::fabs(value);
    if (magnitude < 1e-7 || magnitude >= 1e21)
        return QString::fromLatin1(scientific);
    const bool negative = value < 0;
    const qsizetype e = scientific.indexOf('e');
    QByteArray digits = scientific.mid(negative ? 1 : 0, e - (negative ? 1 : 0));
    digits.replace(".", "");
    const int exponent = scientific.mid(e + 1).toInt();
    QByteArray fixed;
    if (exponent < 0)
        fixed = "0." + QByteArray(-exponent - 1, '0') + digits;
    else if (exponent + 1 >= digits.size())
        fixed = digits + QByteArray(exponent + 1 - digits.size(), '0');
    else
        fixed = digits.insert(exponent + 1, '.');
    return QString::fromLatin1(negative ? "-" + fixed : fixed);
}

QString numberText(QStringView raw)
{
    if (isPlainInteger(raw))
        return integerText(raw);
    if (const std::optional<double> value = parseDouble(raw))
        return shortestDecimal(*value);
    return raw.toString(); // not a number after all: keep what the file says rather than invent one
}

/// An Excel serial date as ISO 8601, or nullopt when it is outside 0 .. 9999-12-31.
std::optional<QString> serialToIso(double serial, bool date1904)
{
    if (!(serial >= 0) || serial >= kFirstSerialAfter9999)
        return std::nullopt;
    const qint64 ms = std::llround(serial * double(kMsPerDay));
    const qint64 day = ms / kMsPerDay;
    const int msOfDay = int(ms % kMsPerDay);
    const QString time =
        QTime::fromMSecsSinceStartOfDay(msOfDay).toString(msOfDay % 1000 ? u"HH:mm:ss.zzz" : u"HH:mm:ss");
    if (day == 0)
        return time; // a time of day without a date, as openpyxl reads it
    QString date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(day).toString(Qt::ISODate);
    } else if (day == 60) {
        // Lotus 1-2-3's leap-year bug, kept by Excel: serial 60 is 1900-02-29, a day that never was.
        date = QStringLiteral("1900-02-29");
    } else {
        date = QDate(1899, 12, day < 60 ? 31 : 30).addDays(day).toString(Qt::ISODate);
    }
    if (date.size() != 10)
        return std::nullopt;
    return msOfDay ? date + u'T' + time : date;
}

// ---- Styles --------------------------------------------------------------------------------------------------

/// A format code shows a date or time when d, m, y, h or s appears outside quotes, brackets ([Red], [$-409],
/// [h]) and escapes (\x, _x padding, *x fill).
bool isDateFormatCode(QStringView code)
{
    for (qsizetype i = 0; i < code.size(); ++i) {
        const char16_t c = code.at(i).toLower().unicode();
        if (c == u'"') {
            const qsizetype close = code.indexOf(u'"', i + 1);
            i = close < 0 ? code.size() : close;
        } else if (c == u'[') {
            const qsizetype close = code.indexOf(u']', i + 1);
            i = close < 0 ? code.size() : close;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (c == u'd' || c == u'm' || c == u'y' || c == u'h' || c == u's') {
            return true;
        }
    }
    return false;
}

/// Built-in number formats that are dates or times: 14-22 and 45-47 everywhere, 27-36 and 50-58 in the East
/// Asian locales (ECMA-376 Part 1, 18.8.30).
bool isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/// For each cell format (cellXfs/xf, indexed by a cell's s attribute): whether it shows a date.
Result<QList<bool>> parseDateStyles(const QByteArray &bytes, const QString &file, const QString &part)
{
    QXmlStreamReader xml(bytes);
    QHash<int, QString> customFormats;
    QList<int> formatIds;
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs")
            inCellXfs = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == u"numFmt")
            customFormats.insert(attributes.value(QLatin1String("numFmtId")).toInt(),
                                 attributes.value(QLatin1String("formatCode")).toString());
        else if (xml.name() == u"cellXfs")
            inCellXfs = true;
        else if (inCellXfs && xml.name() == u"xf")
            formatIds.append(attributes.value(QLatin1String("numFmtId")).toInt());
    }
    if (xml.hasError())
        return xmlError(file, part, xml);
    QList<bool> dates;
    dates.reserve(formatIds.size());
    for (const int id : std::as_const(formatIds)) {
        const auto custom = customFormats.constFind(id);
        dates.append(custom != customFormats.cend() ? isDateFormatCode(*custom) : isBuiltInDateFormat(id));
    }
    return dates;
}

Result<QStringList> parseSharedStrings(const QByteArray &bytes, const QString &file, const QString &part)
{
    QXmlStreamReader xml(bytes);
    QStringList strings;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si")
            strings.append(readRichText(xml));
    }
    if (xml.hasError())
        return xmlError(file, part, xml);
    return strings;
}

// ---- Package: relationships and workbook ---------------------------------------------------------------------

struct Relationship
{
    QString type;
    QString target; ///< resolved to a zip entry name, as the rels part wrote it (case may differ from the zip)
};
using Relationships = QHash<QString, Relationship>; // by Id

QString folderOf(const QString &part)
{
    return part.left(part.lastIndexOf(u'/') + 1);
}

/// A relationship target as a part name: relative to the source part's folder, or absolute when it starts with /.
QString resolveTarget(const QString &folder, QString target)
{
    target.replace(u'\\', u'/');
    const QString joined = target.startsWith(u'/') ? target : folder + target;
    QStringList segments;
    for (const QString &segment : joined.split(u'/', Qt::SkipEmptyParts)) {
        if (segment == u"..") {
            if (!segments.isEmpty())
                segments.removeLast();
        } else if (segment != u".") {
            segments.append(segment);
        }
    }
    return segments.join(u'/');
}

Result<Relationships> parseRelationships(const QByteArray &bytes, const QString &file, const QString &part,
                                         const QString &folder)
{
    QXmlStreamReader xml(bytes);
    Relationships relationships;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (attributes.value(QLatin1String("TargetMode")).compare(u"External", Qt::CaseInsensitive) == 0)
            continue;
        relationships.insert(attributes.value(QLatin1String("Id")).toString(),
                             {attributes.value(QLatin1String("Type")).toString(),
                              resolveTarget(folder, attributes.value(QLatin1String("Target")).toString())});
    }
    if (xml.hasError())
        return xmlError(file, part, xml);
    return relationships;
}

/// The target of the first relationship whose type ends with `typeSuffix` ("/styles"), or empty.
QString targetOfType(const Relationships &relationships, QStringView typeSuffix)
{
    for (const Relationship &relationship : relationships) {
        if (relationship.type.endsWith(typeSuffix))
            return relationship.target;
    }
    return {};
}

struct WorkbookSheet
{
    XlsxSheetInfo info;
    QString relationshipId;
};

struct Workbook
{
    QList<WorkbookSheet> sheets;
    bool date1904 = false;
};

/// The r:id attribute, whatever its prefix: "id" in the (transitional or strict) relationships namespace.
QString relationshipId(const QXmlStreamAttributes &attributes)
{
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty())
            return attribute.value().toString();
    }
    return {};
}

Result<Workbook> parseWorkbook(const QByteArray &bytes, const QString &file, const QString &part)
{
    QXmlStreamReader xml(bytes);
    Workbook workbook;
    bool root = true;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (std::exchange(root, false) && xml.name() != u"workbook")
            return refuse(QT_TRANSLATE_NOOP("XlsxReader", "%1 is not an XLSX workbook (%2 is not a workbook part)"),
                          file, part);
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == u"workbookPr") {
            workbook.date1904 = xmlTrue(attributes.value(QLatin1String("date1904")));
        } else if (xml.name() == u"sheet") {
            const QStringView state = attributes.value(QLatin1String("state"));
            const XlsxSheetInfo info{attributes.value(QLatin1String("name")).toString(),
                                     state == u"hidden" || state == u"veryHidden"};
            workbook.sheets.append(WorkbookSheet{info, relationshipId(attributes)});
        }
    }
    if (xml.hasError())
        return xmlError(file, part, xml);
    return workbook;
}

// ---- Worksheet -----------------------------------------------------------------------------------------------

/// What a worksheet's cells refer to, shared by every cell of it.
struct SheetContext
{
    QString file;
    QString sheet;
    QString part;
    QStringList sharedStrings;
    QList<bool> dateStyles;
    bool date1904 = false;
};

/// Parses "C5" into 1-based row and column; false when malformed or outside Excel's grid.
bool parseCellReference(QStringView reference, int &row, int &column)
{
    qsizetype i = 0;
    int letters = 0;
    for (; i < reference.size() && reference.at(i).isLetter(); ++i) {
        const char16_t c = reference.at(i).toUpper().unicode();
        if (c < u'A' || c > u'Z' || i >= 3)
            return false;
        letters = letters * 26 + (c - u'A' + 1);
    }
    bool ok = false;
    const int number = reference.sliced(i).toInt(&ok);
    if (!ok || letters < 1 || letters > kMaxColumns || number < 1 || number > kMaxRows || !reference.at(i).isDigit())
        return false;
    row = number;
    column = letters;
    return true;
}

/// Streams one worksheet part into records; one instance reads one part once.
class SheetReader final
{
public:
    SheetReader(const QByteArray &bytes, const SheetContext &context)
        : m_xml(bytes)
        , m_context(context)
    {}

    Result<QList<QStringList>> read()
    {
        bool inSheetData = false;
        while (!m_xml.atEnd()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::EndElement && m_xml.name() == u"sheetData")
                inSheetData = false;
            if (token != QXmlStreamReader::StartElement)
                continue;
            Result<void> step;
            if (m_xml.name() == u"sheetData")
                inSheetData = true;
            else if (inSheetData && m_xml.name() == u"row")
                step = startRow();
            else if (inSheetData && m_xml.name() == u"c")
                step = readCell();
            if (!step)
                return step.error();
        }
        if (m_xml.hasError())
            return xmlError(m_context.file, m_context.part, m_xml);
        while (!m_records.isEmpty() && m_records.constLast().isEmpty())
            m_records.removeLast();
        return std::move(m_records);
    }

private:
    Result<void> startRow()
    {
        const QString number = m_xml.attributes().value(QLatin1String("r")).toString();
        bool ok = true;
        // Without r, a row follows the previous one.
        m_row = number.isEmpty() ? m_row + 1 : number.toInt(&ok);
        m_column = 0;
        if (!ok || m_row < 1 || m_row > kMaxRows)
            return refuse(QT_TRANSLATE_NOOP("XlsxReader", "%1: row number \"%2\" in sheet \"%3\" is malformed or "
                                                          "beyond Excel's 1,048,576 rows"),
                          m_context.file, number.isEmpty() ? QString::number(m_row) : number, m_context.sheet);
        return Ok{};
    }

    Result<void> readCell()
    {
        const QXmlStreamAttributes attributes = m_xml.attributes();
        const QStringView reference = attributes.value(QLatin1String("r"));
        int row = qMax(m_row, 1);
        int column = m_column + 1; // without r, a cell follows the previous one
        if (reference.isEmpty() ? column > kMaxColumns : !parseCellReference(reference, row, column))
            return refuse(QT_TRANSLATE_NOOP("XlsxReader", "%1: cell reference \"%2\" in sheet \"%3\" is malformed "
                                                          "or beyond Excel's grid"),
                          m_context.file, reference.toString(), m_context.sheet);
        m_row = row;
        m_column = column;
        const QStringView type = attributes.value(QLatin1String("t"));
        QString value;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"v")
                value = m_xml.readElementText();
            else if (m_xml.name() == u"is")
                value = readRichText(m_xml);
            else
                m_xml.skipCurrentElement(); // <f>: only the cached value counts
        }
        auto text = cellText(type, value, attributes.value(QLatin1String("s")).toInt());
        if (!text)
            return text.error();
        store(std::move(text).value());
        return Ok{};
    }

    Result<QString> cellText(QStringView type, const QString &value, int style) const
    {
        if (value.isEmpty())
            return QString();
        if (type == u"s")
            return sharedString(value);
        if (type == u"b")
            return xmlTrue(value) ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        if (!type.isEmpty() && type != u"n")
            return value; // inlineStr, str (a formula's text), e (an error such as #DIV/0!), d (ISO 8601 already)
        if (style >= 0 && style < m_context.dateStyles.size() && m_context.dateStyles.at(style)) {
            if (const std::optional<double> serial = parseDouble(value)) {
                if (std::optional<QString> date = serialToIso(*serial, m_context.date1904))
                    return *date;
            }
        }
        return numberText(value);
    }

    Result<QString> sharedString(const QString &value) const
    {
        bool ok = false;
        const qsizetype index = value.trimmed().toLongLong(&ok);
        if (!ok || index < 0 || index >= m_context.sharedStrings.size())
            return refuse(QT_TRANSLATE_NOOP("XlsxReader", "%1: cell %2 in sheet \"%3\" refers to shared string %4, "
                                                          "but the workbook has %5"),
                          m_context.file, cellName(), m_context.sheet, value,
                          QString::number(m_context.sharedStrings.size()));
        return m_context.sharedStrings.at(index);
    }

    QString cellName() const
    {
        QString letters;
        for (int n = m_column; n > 0; n = (n - 1) / 26)
            letters.prepend(QChar(char16_t(u'A' + (n - 1) % 26)));
        return letters + QString::number(m_row);
    }

    void store(QString text)
    {
        // Nothing is allocated for empty cells, so a declared dimension (or a styled empty row 1,048,576) costs
        // nothing; trailing empty rows never come into being.
        if (text.isEmpty())
            return;
        if (m_records.size() < m_row)
            m_records.resize(m_row);
        QStringList &record = m_records[m_row - 1];
        if (record.size() < m_column)
            record.resize(m_column);
        record[m_column - 1] = std::move(text);
    }

    QXmlStreamReader m_xml;
    const SheetContext &m_context;
    QList<QStringList> m_records;
    int m_row = 0;
    int m_column = 0;
};

// ---- Document ------------------------------------------------------------------------------------------------

QByteArray utf16le(const char *ascii)
{
    QByteArray bytes;
    for (const char *c = ascii; *c; ++c)
        bytes.append(*c).append('\0');
    return bytes;
}

/// Refuses what is plainly not an XLSX zip before libarchive sees it.
std::optional<Error> sniff(const QByteArray &bytes, const QString &file)
{
    static const QByteArray cfbMagic("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    if (bytes.isEmpty())
        return refuse(QT_TRANSLATE_NOOP("XlsxReader", "%1 is empty"), file);
    if (bytes.startsWith(cfbMagic)) {
        // Excel saves a workbook with a password to open as an OLE compound file holding an EncryptedPackage
        // stream; any other OLE file is a legacy .xls (or not a workbook at all).
        if (bytes.contains(utf16le("EncryptedPackage")))
            return refuse(QT_TRANSLATE_NOOP("XlsxReader", "%1 is an encrypted (password-protected) workbook; save an "
                                                          "unprotected copy and import that"),
                          file);
        return refuse(QT_TRANSLATE_NOOP("XlsxReader", "%1 is an Excel 97-2003 workbook (.xls) or another OLE file, "
                                                      "not an XLSX workbook; save it as .xlsx and import that"),
                      file);
    }
    if (!bytes.startsWith("PK"))
        return refuse(QT_TRANSLATE_NOOP("XlsxReader", "%1 is not an XLSX workbook (it is not a zip archive)"), file);
    return std::nullopt;
}

struct SheetPart
{
    XlsxSheetInfo info;
    QString part;
};

/// One XLSX package: finds parts by name regardless of case (zip names are case-sensitive, Excel's are not).
class XlsxDocument final
{
public:
    XlsxDocument(const QByteArray &bytes, QString file)
        : m_zip(bytes)
        , m_file(std::move(file))
    {}

    Result<void> open()
    {
        auto names = m_zip.entryNames();
        if (!names)
            return damaged(names.error());
        for (const QString &name : std::as_const(*names)) {
            m_names.insert(name);
            if (!m_entries.contains(name.toLower()))
                m_entries.insert(name.toLower(), name); // of names differing only in case, the first wins
        }
        if (find(QStringLiteral("[Content_Types].xml")).isEmpty())
            return refuse(QT_TRANSLATE_NOOP("XlsxReader", "%1 is not an XLSX workbook (it has no [Content_Types].xml)"),
                          m_file);
        auto workbookPart = locateWorkbook();
        if (!workbookPart)
            return workbookPart.error();
        if (workbookPart->endsWith(u".bin", Qt::CaseInsensitive))
            return refuse(QT_TRANSLATE_NOOP("XlsxReader", "%1 is an Excel binary workbook (.xlsb); save it as .xlsx "
                                                          "and import that"),
                          m_file);
        if (find(*workbookPart).isEmpty())
            return refuse(QT_TRANSLATE_NOOP("XlsxReader", "%1 is not an XLSX workbook (it has no %2)"), m_file,
                          *workbookPart);
        return loadWorkbook(*workbookPart);
    }

    QList<XlsxSheetInfo> sheets() const
    {
        QList<XlsxSheetInfo> infos;
        for (const SheetPart &sheet : m_sheets)
            infos.append(sheet.info);
        return infos;
    }

    Result<XlsxTable> readSheet(const QString &name)
    {
        const SheetPart *sheet = findSheet(name);
        if (!sheet)
            return unknownSheet(name);
        SheetContext context{m_file, sheet->info.name, find(sheet->part), {}, {}, m_date1904};
        if (const QString styles = find(targetOfType(m_relationships, u"/styles")); !styles.isEmpty()) {
            auto dateStyles = parsePart(styles, parseDateStyles);
            if (!dateStyles)
                return dateStyles.error();
            context.dateStyles = std::move(dateStyles).value();
        }
        if (const QString strings = find(targetOfType(m_relationships, u"/sharedStrings")); !strings.isEmpty()) {
            auto sharedStrings = parsePart(strings, parseSharedStrings);
            if (!sharedStrings)
                return sharedStrings.error();
            context.sharedStrings = std::move(sharedStrings).value();
        }
        auto records = parsePart(context.part, [&context](const QByteArray &bytes, const QString &, const QString &) {
            return SheetReader(bytes, context).read();
        });
        if (!records)
            return records.error();
        XlsxTable table;
        table.sheet = sheet->info.name;
        table.records = std::move(records).value();
        for (const SheetPart &each : std::as_const(m_sheets))
            table.sheetNames.append(each.info.name);
        return table;
    }

private:
    Error damaged(const Error &zipError) const
    {
        return refuse(QT_TRANSLATE_NOOP("XlsxReader", "%1 is damaged: %2"), m_file, zipError.detail);
    }

    /// The zip entry of a part name: the exact name if present, else one that differs only in case, else empty.
    QString find(const QString &part) const
    {
        return m_names.contains(part) || part.isEmpty() ? part : m_entries.value(part.toLower());
    }

    /// Reads zip entry `entry` (as find() returned it) and hands its bytes to one of the parse functions above.
    template<typename Parser>
    auto parsePart(const QString &entry, Parser parse) -> decltype(parse(QByteArray(), QString(), QString()))
    {
        auto parts = m_zip.read({entry});
        if (!parts)
            return damaged(parts.error());
        return parse(parts->value(entry), m_file, entry);
    }

    static auto relationshipsIn(const QString &folder)
    {
        return [folder](const QByteArray &bytes, const QString &file, const QString &part) {
            return parseRelationships(bytes, file, part, folder);
        };
    }

    /// The main part named by the package relationships (_rels/.rels), xl/workbook.xml when they say nothing.
    Result<QString> locateWorkbook()
    {
        const QString packageRelationships = find(QStringLiteral("_rels/.rels"));
        if (packageRelationships.isEmpty())
            return QStringLiteral("xl/workbook.xml");
        auto relationships = parsePart(packageRelationships, relationshipsIn(QString()));
        if (!relationships)
            return relationships.error();
        const QString target = targetOfType(*relationships, u"/officeDocument");
        return target.isEmpty() ? QStringLiteral("xl/workbook.xml") : target;
    }

    Result<void> loadWorkbook(const QString &part)
    {
        auto workbook = parsePart(find(part), parseWorkbook);
        if (!workbook)
            return workbook.error();
        m_date1904 = workbook->date1904;
        const QString folder = folderOf(part);
        const QString relationshipsPart =
            folder + QStringLiteral("_rels/") + part.mid(folder.size()) + QStringLiteral(".rels");
        if (find(relationshipsPart).isEmpty())
            return refuse(QT_TRANSLATE_NOOP("XlsxReader", "%1 is damaged: the workbook's relationships part %2 is "
                                                          "missing"),
                          m_file, relationshipsPart);
        auto relationships = parsePart(find(relationshipsPart), relationshipsIn(folder));
        if (!relationships)
            return relationships.error();
        m_relationships = std::move(relationships).value();
        for (const WorkbookSheet &sheet : std::as_const(workbook->sheets)) {
            const Relationship relationship = m_relationships.value(sheet.relationshipId);
            // Chart, dialog and macro sheets hold no cells, and a sheet whose part is missing cannot be read.
            if (relationship.type.endsWith(u"/worksheet") && !find(relationship.target).isEmpty())
                m_sheets.append({sheet.info, relationship.target});
        }
        if (m_sheets.isEmpty())
            return refuse(QT_TRANSLATE_NOOP("XlsxReader", "%1 has no worksheets"), m_file);
        return Ok{};
    }

    /// Empty: the first sheet; otherwise an exact match, else one that differs only in case (as Excel compares).
    const SheetPart *findSheet(const QString &name) const
    {
        if (name.isEmpty())
            return &m_sheets.constFirst();
        for (const Qt::CaseSensitivity cs : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
            for (const SheetPart &sheet : m_sheets) {
                if (sheet.info.name.compare(name, cs) == 0)
                    return &sheet;
            }
        }
        return nullptr;
    }

    Error unknownSheet(const QString &name) const
    {
        QStringList names;
        for (const SheetPart &sheet : m_sheets)
            names.append(u'"' + sheet.info.name + u'"');
        return refuse(QT_TRANSLATE_NOOP("XlsxReader", "%1 has no worksheet named \"%2\"; its worksheets are %3"),
                      m_file, name, names.join(QStringLiteral(", ")));
    }

    ZipReader m_zip;
    QString m_file;
    QSet<QString> m_names;             // entry names as in the zip
    QHash<QString, QString> m_entries; // lower-case name -> name in the zip
    Relationships m_relationships;     // of the workbook part
    QList<SheetPart> m_sheets;
    bool m_date1904 = false;
};

QString displayName(const QString &fileName)
{
    return fileName.isEmpty() ? QCoreApplication::translate("XlsxReader", "the workbook") : fileName;
}

Result<QByteArray> loadFile(const QString &path)
{
    QFile file(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::FileError,
                    QCoreApplication::translate("XlsxReader", "cannot open %1: %2").arg(shown, file.errorString()));
    if (file.size() > kMaxFileBytes)
        return fail(ErrorCode::FileError, QCoreApplication::translate("XlsxReader", "%1 is larger than %2 MB")
                                              .arg(shown, QString::number(kMaxFileBytes >> 20)));
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(ErrorCode::FileError,
                    QCoreApplication::translate("XlsxReader", "cannot read %1: %2").arg(shown, file.errorString()));
    return bytes;
}

} // namespace

Result<QList<XlsxSheetInfo>> xlsxSheets(const QByteArray &bytes, const QString &fileName)
{
    const QString file = displayName(fileName);
    if (std::optional<Error> refusal = sniff(bytes, file))
        return *refusal;
    XlsxDocument document(bytes, file);
    if (auto opened = document.open(); !opened)
        return opened.error();
    return document.sheets();
}

Result<XlsxTable> readXlsx(const QByteArray &bytes, const QString &sheet, const QString &fileName)
{
    const QString file = displayName(fileName);
    if (std::optional<Error> refusal = sniff(bytes, file))
        return *refusal;
    XlsxDocument document(bytes, file);
    if (auto opened = document.open(); !opened)
        return opened.error();
    return document.readSheet(sheet);
}

Result<QList<XlsxSheetInfo>> xlsxSheetsOfFile(const QString &path)
{
    const auto bytes = loadFile(path);
    if (!bytes)
        return bytes.error();
    return xlsxSheets(*bytes, QFileInfo(path).fileName());
}

Result<QStringList> xlsxSheetNames(const QString &path)
{
    const auto sheets = xlsxSheetsOfFile(path);
    if (!sheets)
        return sheets.error();
    QStringList names;
    for (const XlsxSheetInfo &sheet : *sheets)
        names.append(sheet.name);
    return names;
}

Result<XlsxTable> readXlsxFile(const QString &path, const QString &sheet)
{
    const auto bytes = loadFile(path);
    if (!bytes)
        return bytes.error();
    return readXlsx(*bytes, sheet, QFileInfo(path).fileName());
}

} // namespace Tickmark::Core
