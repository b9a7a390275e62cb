// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Tickmark::Core {

/// A population: the list of a control's occurrences in the period (tickets, changes, new hires…), imported
/// from the client's CSV or XLSX file. Rows are numbered from 1 in file order, header excluded.
struct PopulationInfo
{
    qint64 id = 0;
    QString name;        ///< unique in the engagement, e.g. "Q1-Q3 changes"
    QString controlId;   ///< the control it belongs to (empty if the control was renamed away)
    QString sourceName;  ///< file name of the imported file
    QByteArray sha256;   ///< lower-case hex SHA-256 of the file's bytes
    QString encoding;    ///< "UTF-8", "Windows-1252" or "XLSX"
    QString sheet;       ///< XLSX sheet read; empty for CSV
    QStringList columns; ///< header names, in file order
    qint64 rowCount = 0; ///< data rows stored (header and blank lines excluded)
    QDateTime importedAt;
    QString importedBy;  ///< "Name (INITIALS)"
};

/// How to import a population file.
struct PopulationImportOptions
{
    QString name;            ///< required, unique
    QString controlId;       ///< required: an existing control
    QString sheet;           ///< XLSX only: sheet name; empty = first sheet
    std::optional<QChar> delimiter; ///< CSV only: nullopt = detect among , ; tab |
    /// 1-based record number of the header; the records before it (a title block, say) are skipped, blank ones
    /// included. Below 1, or beyond the file's last record, is an error naming "header row".
    int headerRow = 1;
    /// Called now and then from the importing thread with bytes done / total; return false to cancel.
    std::function<bool(qint64 done, qint64 total)> progress;
};

/// What an import did.
struct PopulationImportResult
{
    PopulationInfo info;
    qint64 skippedBlankRows = 0; ///< records that were entirely empty and were not stored
};

/// Encodes a row's fields (UTF-8) as stored: for each field, its byte length as an unsigned LEB128 varint, then
/// the bytes. Lossless for any text; the blob format is part of the workpaper format (docs/workpaper.md).
QByteArray encodeRow(const QStringList &fields);
/// Appends one field to an encoded row being built.
void appendEncodedField(QByteArray &row, QByteArrayView utf8);
/// Decodes a stored row; returns nullopt for a malformed blob.
std::optional<QStringList> decodeRow(QByteArrayView blob);

/// Guesses each of the first @p columns columns' type from sample @p rows (a row may be shorter; missing fields are
/// empty): "number" (optional sign, digits with optional thousands commas, optional decimal part), "date"
/// (YYYY-MM-DD, D/M/YYYY or M/D/YYYY), "date-time" (ISO 8601 with a T), "empty" when no sampled value is
/// non-blank, else "text". A column has a type only when every non-blank value (trimmed) has it. Pure; any thread.
QStringList inferColumnTypes(const QList<QStringList> &rows, qsizetype columns);

} // namespace Tickmark::Core
