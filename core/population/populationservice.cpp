// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "populationservice.h"

#include "common/sha256.h"
#include "common/summary.h"
#include "io/csvreader.h"
#include "io/csvrecordstream.h"
#include "io/xlsxreader.h"
#include "workpaper/repositories.h"
#include "workpaper/workpaper.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

#include <cstring>

namespace Tickmark::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tickmark::Core", text);
}

constexpr qint64 kProgressEvery = 16384; // rows between progress callbacks

// A source file's records, streamed: CSV from a memory map, XLSX from the parsed sheet.
class RecordSource
{
public:
    virtual ~RecordSource() = default;
    /// Next record, encoded; false at the end.
    virtual Result<bool> next(QByteArray &encoded, int &fields) = 0;
    virtual qint64 line() const = 0;
    virtual qint64 done() const = 0;
    virtual qint64 total() const = 0;
};

class CsvSource final : public RecordSource
{
public:
    CsvSource(QByteArrayView utf8, char delimiter) : m_stream(utf8, delimiter), m_total(utf8.size()) {}
    Result<bool> next(QByteArray &encoded, int &fields) override { return m_stream.next(encoded, fields); }
    qint64 line() const override { return m_stream.recordLine(); }
    qint64 done() const override { return m_stream.position(); }
    qint64 total() const override { return m_total; }

private:
    CsvRecordStream m_stream;
    qint64 m_total;
};

class XlsxSource final : public RecordSource
{
public:
    explicit XlsxSource(QList<QStringList> records) : m_records(std::move(records)) {}
    Result<bool> next(QByteArray &encoded, int &fields) override
    {
        if (m_index >= m_records.size())
            return false;
        QStringList r = m_records.at(m_index++);
        // A row missing from the sheet is an empty record: one empty field, i.e. a blank row.
        if (r.isEmpty())
            r.append(QString());
        encoded = encodeRow(r);
        fields = static_cast<int>(r.size());
        return true;
    }
    qint64 line() const override { return m_index; }
    qint64 done() const override { return m_index; }
    qint64 total() const override { return m_records.size(); }

private:
    QList<QStringList> m_records;
    qsizetype m_index = 0;
};

bool isBlank(QByteArrayView encoded, int fields)
{
    // Every field empty: each is a single zero length byte.
    return encoded.size() == fields && std::all_of(encoded.begin(), encoded.end(), [](char c) { return c == 0; });
}

// Reads record @p headerRow as the header, dropping the records before it (a title block above the names).
Result<QStringList> headerFrom(RecordSource &source, const QString &file, int headerRow)
{
    QByteArray encoded;
    int fields = 0;
    for (int record = 1; record <= headerRow; ++record) {
        const auto got = source.next(encoded, fields);
        if (!got)
            return fail(ErrorCode::ImportFailed, tr("%1: %2").arg(file, got.error().detail));
        if (*got)
            continue;
        if (record == 1)
            return fail(ErrorCode::ImportFailed,
                        tr("%1: the file is empty; a population needs a header row").arg(file));
        return fail(ErrorCode::InvalidArgument, tr("header row: %1 ends after record %2, before record %3")
                                                    .arg(file)
                                                    .arg(record - 1)
                                                    .arg(headerRow));
    }
    QStringList header = decodeRow(encoded).value_or(QStringList());
    QSet<QString> seen;
    for (int i = 0; i < header.size(); ++i) {
        header[i] = header[i].trimmed();
        if (header[i].isEmpty())
            return fail(ErrorCode::ImportFailed, tr("%1: header column %2 has no name").arg(file).arg(i + 1));
        if (seen.contains(header[i].toLower()))
            return fail(ErrorCode::ImportFailed, tr("%1: header column \"%2\" appears twice").arg(file, header[i]));
        seen.insert(header[i].toLower());
    }
    return header;
}

struct SourceFile
{
    QFile file;
    QByteArray owned;        // UTF-8 bytes when converted from Windows-1252
    QByteArrayView bytes;    // what the parser reads
    QByteArray sha256;
    QString encoding;
    QString sheet;           // XLSX: the sheet read
};

// A strict UTF-8 check (no overlongs, surrogates or values above U+10FFFF) with an ASCII fast path; QStringDecoder
// would need the whole file as UTF-16 in memory or mis-handle characters split between chunks.
bool validUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *end = p + bytes.size();
    while (p < end) {
        if (end - p >= 8) {
            quint64 word = 0;
            std::memcpy(&word, p, 8);
            if (!(word & 0x8080808080808080ULL)) {
                p += 8;
                continue;
            }
        }
        char32_t c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        char32_t minimum = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1, c &= 0x1F, minimum = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2, c &= 0x0F, minimum = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3, c &= 0x07, minimum = 0x10000;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            c = (c << 6) | (p[i] & 0x3F);
        }
        if (c < minimum || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
            return false;
        p += extra + 1;
    }
    return true;
}

Result<void> mapFile(SourceFile &src, const QString &path)
{
    src.file.setFileName(path);
    if (!src.file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::FileError, tr("cannot open %1: %2").arg(path, src.file.errorString()));
    if (src.file.size() == 0)
        return fail(ErrorCode::ImportFailed, tr("%1: the file is empty; a population needs a header row").arg(path));
    uchar *map = src.file.map(0, src.file.size());
    if (!map)
        return fail(ErrorCode::FileError, tr("cannot read %1: %2").arg(path, src.file.errorString()));
    src.bytes = QByteArrayView(reinterpret_cast<const char *>(map), src.file.size());
    src.sha256 = Sha256::hex(src.bytes);
    return {};
}

// Whether @p head reads as UTF-16 without a byte order mark: ASCII text with every other byte 0.
bool looksUtf16(QByteArrayView head)
{
    const qsizetype n = std::min<qsizetype>(head.size(), 512) & ~qsizetype(1);
    if (n < 4)
        return false;
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZeros += head[i] == '\0';
        oddZeros += head[i + 1] == '\0';
    }
    const qsizetype pairs = n / 2;
    return (oddZeros * 10 >= pairs * 9 && evenZeros == 0) || (evenZeros * 10 >= pairs * 9 && oddZeros == 0);
}

// What a file that is not CSV text is, from its first bytes; empty when it may be text.
QString nonTextContent(QByteArrayView head)
{
    if (head.startsWith("PK\x03\x04"))
        return tr("a zip archive (an Excel workbook is one: name it .xlsx)");
    if (head.startsWith("%PDF-"))
        return tr("a PDF document");
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return tr("an Excel 97-2003 workbook (.xls): save it as .xlsx or CSV");
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF") || looksUtf16(head))
        return tr("UTF-16 text (save it as \"CSV UTF-8\")");
    if (const qsizetype nul = head.indexOf('\0'); nul >= 0)
        return tr("binary data (a zero byte at offset %1)").arg(nul);
    return {};
}

// A CSV population is text: say what a file is instead of parsing a zip, a PDF or UTF-16 as CSV.
Result<void> checkText(const SourceFile &src, const QString &path)
{
    const QString what = nonTextContent(src.bytes.first(std::min<qsizetype>(src.bytes.size(), 65536)));
    if (what.isEmpty())
        return {};
    return fail(ErrorCode::ImportFailed,
                tr("%1 is not a CSV file: its content is %2; a population is read from .csv or .xlsx").arg(path, what));
}

void decodeSource(SourceFile &src)
{
    QByteArrayView bytes = src.bytes;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    if (validUtf8(bytes)) {
        src.encoding = QStringLiteral("UTF-8");
        src.bytes = bytes;
        return;
    }
    src.encoding = QStringLiteral("Windows-1252");
    src.owned = windows1252ToString(bytes).toUtf8();
    src.bytes = src.owned;
}

Result<char> csvDelimiter(const SourceFile &src, const PopulationImportOptions &options, const QString &path)
{
    QChar d = options.delimiter.value_or(QChar());
    if (!options.delimiter)
        d = detectCsvDelimiter(QString::fromUtf8(src.bytes.first(std::min<qsizetype>(src.bytes.size(), 65536))));
    if (d.unicode() > 0x7F || d == u'"' || d == u'\n' || d == u'\r')
        return fail(ErrorCode::InvalidArgument, tr("%1: the delimiter must be a single ASCII character other than a quote").arg(path));
    return static_cast<char>(d.unicode());
}

// Streams data rows into the writer; returns (rows stored, blank rows skipped).
Result<std::pair<qint64, qint64>> storeRows(RecordSource &source, PopulationRowWriter &writer, int columns,
                                           const PopulationImportOptions &options, const QString &file)
{
    QByteArray encoded;
    int fields = 0;
    qint64 stored = 0;
    qint64 blank = 0;
    for (;;) {
        const auto got = source.next(encoded, fields);
        if (!got)
            return fail(ErrorCode::ImportFailed, tr("%1: %2").arg(file, got.error().detail));
        if (!*got)
            break;
        if (isBlank(encoded, fields)) {
            ++blank;
            continue;
        }
        if (fields > columns)
            // Numbered as it would be stored: blank rows are not numbered.
            return fail(ErrorCode::ImportFailed, tr("%1: row %2 (line %3) has %4 fields but the header has %5")
                                                     .arg(file)
                                                     .arg(stored + 1)
                                                     .arg(source.line())
                                                     .arg(fields)
                                                     .arg(columns));
        for (int i = fields; i < columns; ++i)
            appendEncodedField(encoded, {});
        if (auto ok = writer.add(++stored, encoded); !ok)
            return ok.error();
        if (options.progress && stored % kProgressEvery == 0 && !options.progress(source.done(), source.total()))
            return fail(ErrorCode::Cancelled, tr("the import of %1 was cancelled; nothing was stored").arg(file));
    }
    return std::pair<qint64, qint64>{stored, blank};
}

QString populationSummary(const PopulationInfo &p)
{
    return changeSummary({}, {{QStringLiteral("name"), p.name},
                              {QStringLiteral("control"), p.controlId},
                              {QStringLiteral("source"), p.sourceName},
                              {QStringLiteral("sha256"), QString::fromLatin1(p.sha256)},
                              {QStringLiteral("encoding"), p.encoding},
                              {QStringLiteral("rows"), p.rowCount},
                              {QStringLiteral("columns"), QJsonArray::fromStringList(p.columns)}});
}

} // namespace

Result<PopulationImportResult> PopulationService::importFile(const QString &path, const PopulationImportOptions &options)
{
    if (options.name.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("name: a population needs a name"));
    if (options.headerRow < 1)
        return fail(ErrorCode::InvalidArgument, tr("header row: must be 1 or more, not %1").arg(options.headerRow));
    const auto control = m_wp.repositories().controls.find(options.controlId);
    if (!control)
        return control.error();
    if (!*control)
        return fail(ErrorCode::NotFound, tr("control: %1 does not exist").arg(options.controlId));
    if (auto existing = find(options.name); !existing || *existing)
        return existing ? fail(ErrorCode::AlreadyExists, tr("name: a population named \"%1\" already exists").arg(options.name))
                        : existing.error();

    SourceFile src;
    std::unique_ptr<RecordSource> source;
    const QString fileName = QFileInfo(path).fileName();
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0) {
        if (auto ok = mapFile(src, path); !ok)
            return ok.error();
        auto table = readXlsx(QByteArray::fromRawData(src.bytes.data(), src.bytes.size()), options.sheet, fileName);
        if (!table)
            return table.error();
        src.encoding = QStringLiteral("XLSX");
        source = std::make_unique<XlsxSource>(std::move(table->records));
        src.sheet = table->sheet;
    } else {
        if (auto ok = mapFile(src, path); !ok)
            return ok.error();
        if (auto ok = checkText(src, path); !ok)
            return ok.error();
        decodeSource(src);
        const auto delimiter = csvDelimiter(src, options, path);
        if (!delimiter)
            return delimiter.error();
        source = std::make_unique<CsvSource>(src.bytes, *delimiter);
    }
    const auto header = headerFrom(*source, path, options.headerRow);
    if (!header)
        return header.error();

    PopulationImportResult result;
    PopulationInfo &info = result.info;
    info.name = options.name.trimmed();
    info.controlId = options.controlId;
    info.sourceName = fileName;
    info.sha256 = src.sha256;
    info.encoding = src.encoding;
    info.sheet = src.sheet;
    info.columns = *header;
    info.importedAt = m_wp.clock().now();
    info.importedBy = formatActor(m_wp.actor());
    auto ok = m_wp.perform(QStringLiteral("population:%1").arg(info.name), QStringLiteral("import"),
                           [&]() -> Result<QString> {
                               auto id = m_wp.repositories().populations.insert(info);
                               if (!id)
                                   return id.error();
                               info.id = *id;
                               auto writer = m_wp.repositories().populations.rowWriter(info.id);
                               if (!writer)
                                   return writer.error();
                               auto counts = storeRows(*source, **writer, static_cast<int>(info.columns.size()),
                                                       options, path);
                               if (!counts)
                                   return counts.error();
                               info.rowCount = counts->first;
                               result.skippedBlankRows = counts->second;
                               if (auto set = m_wp.repositories().populations.setRowCount(info.id, info.rowCount); !set)
                                   return set.error();
                               return populationSummary(info);
                           });
    if (!ok)
        return ok.error();
    return result;
}

Result<QList<PopulationInfo>> PopulationService::list() const
{
    return m_wp.repositories().populations.list();
}

Result<std::optional<PopulationInfo>> PopulationService::find(const QString &name) const
{
    return m_wp.repositories().populations.find(name);
}

namespace {

// Rows were padded to the header's width at import, so each decodes to a full row.
Result<QList<QStringList>> decodeAll(const Result<QList<QByteArray>> &blobs)
{
    if (!blobs)
        return blobs.error();
    QList<QStringList> out;
    out.reserve(blobs->size());
    for (const QByteArray &b : *blobs) {
        auto row = decodeRow(b);
        if (!row)
            return fail(ErrorCode::Corrupt, tr("a stored population row is damaged"));
        out.append(*row);
    }
    return out;
}

} // namespace

Result<QList<QStringList>> PopulationService::rows(qint64 populationId, qint64 firstRow, int count) const
{
    return decodeAll(m_wp.repositories().populations.rows(populationId, firstRow, count));
}

Result<QList<QStringList>> PopulationService::rowsByNumber(qint64 populationId, const QList<qint64> &rowNumbers) const
{
    return decodeAll(m_wp.repositories().populations.rowsByNumber(populationId, rowNumbers));
}

Result<void> PopulationService::remove(const QString &name)
{
    const auto found = find(name);
    if (!found)
        return found.error();
    if (!*found)
        return fail(ErrorCode::NotFound, tr("population \"%1\" does not exist").arg(name));
    const PopulationInfo info = **found;
    return m_wp.perform(QStringLiteral("population:%1").arg(name), QStringLiteral("delete"), [&]() -> Result<QString> {
        if (auto ok = m_wp.repositories().populations.remove(info.id); !ok)
            return ok.error();
        return changeSummary(QJsonObject{{QStringLiteral("name"), info.name},
                                         {QStringLiteral("rows"), info.rowCount},
                                         {QStringLiteral("sha256"), QString::fromLatin1(info.sha256)}},
                             {});
    });
}

} // namespace Tickmark::Core
