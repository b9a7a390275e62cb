// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvrecordstream.h"

#include "population/population.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace Tickmark::Core {

namespace {

Error streamError(const char *text, qint64 line)
{
    return fail(ErrorCode::ImportFailed, QCoreApplication::translate("CsvReader", text).arg(line));
}

} // namespace

Result<bool> CsvRecordStream::next(QByteArray &encoded, int &fields)
{
    encoded.clear();
    fields = 0;
    if (m_pos >= m_data.size())
        return false;
    m_recordLine = m_line;
    for (;;) {
        const bool quoted = m_pos < m_data.size() && m_data[m_pos] == '"';
        if (auto ok = quoted ? quotedField(encoded) : unquotedField(encoded); !ok)
            return ok.error();
        ++fields;
        if (m_pos >= m_data.size())
            return true;
        if (m_data[m_pos] == m_delimiter) {
            ++m_pos;
            continue;
        }
        skipLineBreak();
        return true;
    }
}

Result<void> CsvRecordStream::unquotedField(QByteArray &encoded)
{
    const qint64 start = m_pos;
    const char *data = m_data.data();
    const qint64 size = m_data.size();
    qint64 i = m_pos;
    while (i < size) {
        const char c = data[i];
        if (c == m_delimiter || c == '\n' || c == '\r')
            break;
        if (c == '"') {
            m_pos = i;
            return streamError(QT_TRANSLATE_NOOP("CsvReader", "line %1: quote character inside a field that is not quoted"),
                               m_line);
        }
        ++i;
    }
    m_pos = i;
    appendEncodedField(encoded, m_data.sliced(start, i - start));
    return {};
}

Result<void> CsvRecordStream::quotedField(QByteArray &encoded)
{
    const qint64 openLine = m_line;
    m_scratch.clear();
    ++m_pos; // opening quote
    for (;;) {
        const char *from = m_data.data() + m_pos;
        const auto *quote = static_cast<const char *>(std::memchr(from, '"', static_cast<size_t>(m_data.size() - m_pos)));
        if (!quote)
            return streamError(QT_TRANSLATE_NOOP("CsvReader", "line %1: quoted field is never closed"), openLine);
        const QByteArrayView chunk(from, quote - from);
        countLines(chunk);
        m_scratch.append(chunk);
        m_pos += chunk.size() + 1;
        if (m_pos < m_data.size() && m_data[m_pos] == '"') {
            m_scratch.append('"');
            ++m_pos;
            continue;
        }
        break;
    }
    if (m_pos < m_data.size()) {
        const char c = m_data[m_pos];
        if (c != m_delimiter && c != '\n' && c != '\r')
            return streamError(QT_TRANSLATE_NOOP("CsvReader", "line %1: unexpected text after the closing quote of a field"),
                               m_line);
    }
    appendEncodedField(encoded, m_scratch);
    return {};
}

void CsvRecordStream::skipLineBreak()
{
    if (m_data[m_pos] == '\r' && m_pos + 1 < m_data.size() && m_data[m_pos + 1] == '\n')
        ++m_pos;
    ++m_pos;
    ++m_line;
}

void CsvRecordStream::countLines(QByteArrayView chunk)
{
    for (qsizetype i = 0; i < chunk.size(); ++i) {
        // CRLF counts once: a CR followed by LF is left for the LF.
        if (chunk[i] == '\n' || (chunk[i] == '\r' && (i + 1 >= chunk.size() || chunk[i + 1] != '\n')))
            ++m_line;
    }
}

} // namespace Tickmark::Core
