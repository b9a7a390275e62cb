// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Tickmark::Core {

/// Streams RFC 4180 records out of UTF-8 bytes without building strings, for files of any size (e.g. a memory
/// mapped population file). Same grammar and error messages as readCsv(): quoted fields with `""` escapes,
/// delimiters and line breaks inside quotes, CRLF/LF/CR line ends, a blank line is one empty field, a final line
/// terminator adds no record. Each record is written in the stored row encoding (see encodeRow() in
/// population/population.h): per field, an unsigned LEB128 byte length and the bytes.
class CsvRecordStream final
{
public:
    /// @p utf8 must outlive the stream; @p delimiter is an ASCII delimiter other than a quote or line break.
    CsvRecordStream(QByteArrayView utf8, char delimiter) : m_data(utf8), m_delimiter(delimiter) {}

    /// Reads the next record into @p encoded (replacing its content) and its field count into @p fields.
    /// Returns false at the end of the input; ImportFailed naming the line for malformed quoting.
    Result<bool> next(QByteArray &encoded, int &fields);
    /// 1-based line where the last record returned started.
    qint64 recordLine() const { return m_recordLine; }
    /// Bytes consumed so far.
    qint64 position() const { return m_pos; }

private:
    Result<void> quotedField(QByteArray &encoded);
    Result<void> unquotedField(QByteArray &encoded);
    void skipLineBreak();
    void countLines(QByteArrayView chunk);

    QByteArrayView m_data;
    char m_delimiter;
    qint64 m_pos = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 1;
    QByteArray m_scratch;
};

} // namespace Tickmark::Core
