// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringConverter>
#include <QStringView>

#include <algorithm>
#include <array>
#include <map>
#include <utility>

namespace Tickmark::Core {

namespace {

constexpr char16_t kQuote = u'"';
constexpr std::array<char16_t, 4> kDelimiterCandidates{u',', u';', u'\t', u'|'};
constexpr qsizetype kDelimiterSampleLines = 50;

// Windows-1252 bytes 0x80-0x9F; the five bytes it leaves undefined map to the C1 controls of the same value,
// as the WHATWG encoding standard does, so no byte is ever lost.
constexpr std::array<char16_t, 32> kWindows1252High{
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

struct DecodedText
{
    QString text;
    QString encoding;
    bool hadBom = false;
};

std::optional<QString> decodeUtf8(QByteArrayView bytes)
{
    // Stateless makes a multi-byte sequence cut off at the end of the input count as an error; keeping a BOM
    // that follows the stripped one leaves it in the data rather than silently dropping it.
    QStringDecoder decoder(QStringConverter::Utf8,
                           QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

QString decodeWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        *out++ = (byte >= 0x80 && byte < 0xA0) ? QChar(kWindows1252High[byte - 0x80]) : QChar(QLatin1Char(c));
    }
    return text;
}

DecodedText decode(QByteArrayView bytes)
{
    DecodedText decoded;
    decoded.hadBom = bytes.startsWith("\xEF\xBB\xBF");
    if (decoded.hadBom)
        bytes = bytes.sliced(3);
    if (std::optional<QString> utf8 = decodeUtf8(bytes)) {
        decoded.text = std::move(*utf8);
        decoded.encoding = QStringLiteral("UTF-8");
    } else {
        // Not valid UTF-8 (even after a BOM): Windows-1252 maps every byte, so nothing is lost or replaced.
        decoded.text = decodeWindows1252(bytes);
        decoded.encoding = QStringLiteral("Windows-1252");
    }
    return decoded;
}

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

// The first non-blank logical lines, split at line breaks outside quotes (quotes simply toggle, which is exact
// for well-formed input and good enough for guessing on broken input that the parser will reject anyway).
QList<QStringView> sampleLines(QStringView text)
{
    QList<QStringView> lines;
    bool inQuotes = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size() && lines.size() < kDelimiterSampleLines; ++i) {
        const bool end = i == text.size();
        if (!end && text[i] == kQuote)
            inQuotes = !inQuotes;
        if (!end && (inQuotes || !isLineBreak(text[i])))
            continue;
        if (i > start)
            lines.append(text.sliced(start, i - start));
        if (!end && text[i] == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
            ++i;
        start = i + 1;
    }
    return lines;
}

qsizetype fieldCount(QStringView line, QChar delimiter)
{
    qsizetype count = 1;
    bool inQuotes = false;
    for (const QChar c : line) {
        if (c == kQuote)
            inQuotes = !inQuotes;
        else if (c == delimiter && !inQuotes)
            ++count;
    }
    return count;
}

// (lines agreeing on the most common field count, that field count); {0, 0} when the delimiter never splits.
std::pair<qsizetype, qsizetype> delimiterScore(const QList<QStringView> &lines, QChar delimiter)
{
    std::map<qsizetype, qsizetype> linesPerCount;
    for (const QStringView line : lines)
        ++linesPerCount[fieldCount(line, delimiter)];
    std::pair<qsizetype, qsizetype> best{0, 0};
    for (const auto &[count, lineCount] : linesPerCount) {
        if (count > 1)
            best = std::max(best, std::pair{lineCount, count});
    }
    return best;
}

QChar detectDelimiter(QStringView text)
{
    const QList<QStringView> lines = sampleLines(text);
    QChar best = QChar(kDelimiterCandidates.front());
    std::pair<qsizetype, qsizetype> bestScore{0, 0};
    for (const char16_t candidate : kDelimiterCandidates) {
        // Strictly greater: on a tie the earlier (more common) candidate wins.
        if (const auto score = delimiterScore(lines, QChar(candidate)); score > bestScore) {
            bestScore = score;
            best = QChar(candidate);
        }
    }
    return best;
}

Error importError(const char *sourceText, int line)
{
    return fail(ErrorCode::ImportFailed, QCoreApplication::translate("CsvReader", sourceText).arg(line));
}

/// RFC 4180 parser over decoded text; one instance parses one text once.
class CsvParser final
{
public:
    CsvParser(QStringView text, QChar delimiter)
        : m_text(text)
        , m_delimiter(delimiter)
    {}

    Result<QList<QStringList>> parse();

private:
    Result<QStringList> parseRecord();
    Result<QString> parseField();
    Result<QString> parseQuoted();
    Result<QString> parseUnquoted();

    bool atEnd() const { return m_pos >= m_text.size(); }
    bool atFieldEnd() const { return m_text[m_pos] == m_delimiter || isLineBreak(m_text[m_pos]); }
    void skipLineBreak();
    void countLineBreaks(QStringView chunk);

    QStringView m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
};

Result<QList<QStringList>> CsvParser::parse()
{
    QList<QStringList> records;
    while (!atEnd()) {
        Result<QStringList> record = parseRecord();
        if (!record)
            return record.error();
        records.append(std::move(record).value());
    }
    return records;
}

Result<QStringList> CsvParser::parseRecord()
{
    QStringList fields;
    while (true) {
        Result<QString> field = parseField();
        if (!field)
            return field.error();
        fields.append(std::move(field).value());
        if (atEnd())
            return fields;
        if (m_text[m_pos] != m_delimiter) {
            skipLineBreak(); // a field ends only at a delimiter, a line break or the end
            return fields;
        }
        ++m_pos;
    }
}

Result<QString> CsvParser::parseField()
{
    if (atEnd() || m_text[m_pos] != kQuote)
        return parseUnquoted();
    Result<QString> field = parseQuoted();
    if (field && !atEnd() && !atFieldEnd())
        return importError(
            QT_TRANSLATE_NOOP("CsvReader", "line %1: unexpected text after the closing quote of a field"), m_line);
    return field;
}

Result<QString> CsvParser::parseQuoted()
{
    const int startLine = m_line;
    QString field;
    ++m_pos; // opening quote
    while (true) {
        const qsizetype quote = m_text.indexOf(kQuote, m_pos);
        if (quote < 0)
            return importError(QT_TRANSLATE_NOOP("CsvReader", "line %1: quoted field is never closed"), startLine);
        const QStringView chunk = m_text.sliced(m_pos, quote - m_pos);
        countLineBreaks(chunk);
        field += chunk;
        m_pos = quote + 1;
        if (atEnd() || m_text[m_pos] != kQuote)
            return field;
        field += kQuote; // "" is an escaped quote
        ++m_pos;
    }
}

Result<QString> CsvParser::parseUnquoted()
{
    const qsizetype start = m_pos;
    for (; !atEnd() && !atFieldEnd(); ++m_pos) {
        if (m_text[m_pos] == kQuote)
            return importError(
                QT_TRANSLATE_NOOP("CsvReader", "line %1: quote character inside a field that is not quoted"), m_line);
    }
    return m_text.sliced(start, m_pos - start).toString();
}

void CsvParser::skipLineBreak()
{
    if (m_text[m_pos] == u'\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'\n')
        ++m_pos;
    ++m_pos;
    ++m_line;
}

void CsvParser::countLineBreaks(QStringView chunk)
{
    for (qsizetype i = 0; i < chunk.size(); ++i) {
        // CRLF counts once, at its LF; a lone CR counts by itself.
        if (chunk[i] == u'\n' || (chunk[i] == u'\r' && (i + 1 == chunk.size() || chunk[i + 1] != u'\n')))
            ++m_line;
    }
}

} // namespace

Result<CsvTable> readCsv(const QByteArray &bytes, const CsvOptions &options)
{
    if (options.delimiter && (*options.delimiter == kQuote || isLineBreak(*options.delimiter)))
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("CsvReader", "a CSV delimiter cannot be a quote or a line break"));
    DecodedText decoded = decode(bytes);
    CsvTable table;
    table.delimiter = options.delimiter ? *options.delimiter : detectDelimiter(decoded.text);
    table.encoding = std::move(decoded.encoding);
    table.hadBom = decoded.hadBom;
    Result<QList<QStringList>> records = CsvParser(decoded.text, table.delimiter).parse();
    if (!records)
        return records.error();
    table.records = std::move(records).value();
    return table;
}

Result<CsvTable> readCsvFile(const QString &path, const CsvOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::FileError, QCoreApplication::translate("CsvReader", "cannot open %1: %2")
                                              .arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(ErrorCode::FileError, QCoreApplication::translate("CsvReader", "cannot read %1: %2")
                                              .arg(QDir::toNativeSeparators(path), file.errorString()));
    return readCsv(bytes, options);
}

QChar detectCsvDelimiter(QStringView sample)
{
    return detectDelimiter(sample);
}

QString windows1252ToString(QByteArrayView bytes)
{
    return decodeWindows1252(bytes);
}

} // namespace Tickmark::Core
