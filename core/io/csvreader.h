// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tickmark::Core {

/// A parsed CSV file: raw records plus what the reader found out about the bytes.
struct CsvTable
{
    QList<QStringList> records; ///< every record in file order, header included if the file has one
    QChar delimiter;            ///< the delimiter used (given or detected)
    QString encoding;           ///< "UTF-8" or "Windows-1252"
    bool hadBom = false;        ///< the bytes started with a UTF-8 byte order mark (stripped)
};

/// How to read a CSV file.
struct CsvOptions
{
    /// Field delimiter; nullopt = detect among `,` `;` tab `|` (`,` when nothing else fits).
    std::optional<QChar> delimiter;
};

/// Parses RFC 4180 CSV from bytes: quoted fields with `""` escapes, delimiters and line breaks inside quotes,
/// CRLF, LF or lone CR line ends. A leading UTF-8 BOM is stripped; the bytes are decoded as UTF-8, or as
/// Windows-1252 when they are not valid UTF-8 (`CsvTable::encoding` says which). Fields are kept verbatim:
/// spaces are data and a line break inside a quoted field is kept as written (`\r\n` stays `\r\n`).
/// A blank line is a record with one empty field, a final line terminator adds no record, and empty input
/// gives zero records. Records may have different field counts; checking them is the caller's job.
/// Fails with ErrorCode::ImportFailed and a one-line detail naming the (1-based) line for a quoted field that
/// is never closed, a quote inside an unquoted field, or text after a closing quote; with
/// ErrorCode::InvalidArgument when `options.delimiter` is a quote or a line break. Pure function, any thread.
Result<CsvTable> readCsv(const QByteArray &bytes, const CsvOptions &options = {});

/// Reads the whole file at `path` and parses it with readCsv(). Fails with ErrorCode::FileError (detail names
/// `path`) when the file cannot be opened or read, otherwise as readCsv(). Blocking I/O: call it off the UI
/// thread for large files.
Result<CsvTable> readCsvFile(const QString &path, const CsvOptions &options = {});

/// Guesses the delimiter among `,` `;` tab `|` from the first lines of @p sample (as readCsv() does).
QChar detectCsvDelimiter(QStringView sample);

/// Decodes Windows-1252 bytes (every byte maps to a character; nothing is lost).
QString windows1252ToString(QByteArrayView bytes);

} // namespace Tickmark::Core
