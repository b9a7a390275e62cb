// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Tickmark::Core {

/// One worksheet of a workbook, in the workbook's tab order. Chart, dialog and macro sheets are not listed, nor
/// are sheets whose part is missing from the file.
struct XlsxSheetInfo
{
    QString name;        ///< the tab name, as Excel shows it
    bool hidden = false; ///< the sheet is hidden or "very hidden" (state="hidden"/"veryHidden")
};

/// The cells of one worksheet, as text.
struct XlsxTable
{
    QString sheet; ///< the name of the sheet that was read
    /// Row r of the sheet is records[r - 1]: a row missing between filled rows is an empty record (no fields),
    /// and trailing rows without any value are dropped. Each record runs from column A to the row's last cell
    /// holding a value; missing cells in between are empty strings. Records may differ in length, as CSV ones do.
    /// Cell text: strings as written (rich-text runs joined, phonetic guides left out); numbers in the shortest
    /// decimal form that reads back to the same double ("1.5", "8595602512225", no ".0"; an exponent only below
    /// 1e-7 or from 1e21 on, "1e-08"); integers written without a point or exponent are kept digit for digit;
    /// numbers with a date or time format as ISO 8601 ("2015-01-01", "2015-01-01T13:45:00", "13:45:00" below
    /// one day, milliseconds only when not zero; Excel's nonexistent serial 60 stays "1900-02-29"); booleans
    /// "TRUE"/"FALSE"; errors as Excel shows them ("#DIV/0!"); formulas as their cached value ("" when none).
    QList<QStringList> records;
    QStringList sheetNames; ///< every worksheet of the workbook, in tab order
};

/// Lists the worksheets of XLSX bytes. `fileName` only names the file in error details (empty: "the workbook").
/// Fails with ErrorCode::ImportFailed and a one-line detail for: bytes that are not a zip or not an XLSX package
/// (no [Content_Types].xml or workbook part); a password-protected workbook (an OLE container, which is what
/// Excel writes when a password is set); a legacy .xls or an .xlsb file; a missing workbook relationships part;
/// a workbook without worksheets; malformed XML (detail names the part and line); a damaged zip or encrypted zip
/// entries; parts beyond the ZipLimits defaults (512 MB uncompressed each, 1 GB in all, and past 64 MB no more
/// than 200 times the file's size), counted as read, not as declared. Pure function, any thread.
Result<QList<XlsxSheetInfo>> xlsxSheets(const QByteArray &bytes, const QString &fileName = {});

/// Reads one worksheet of XLSX bytes into text records (see XlsxTable). `sheet` names the worksheet (exact
/// match first, then ignoring case); empty reads the first worksheet. Fails as xlsxSheets(), and also when the
/// named sheet does not exist (detail lists the sheets), or a cell is malformed (a bad reference, a row or
/// column beyond Excel's 1,048,576 x 16,384 grid, a shared string index out of range). Styles and shared
/// strings parts are optional; without styles no number is read as a date. Streaming XML; memory is about the
/// size of the uncompressed parts plus the cell text. Pure function, any thread.
Result<XlsxTable> readXlsx(const QByteArray &bytes, const QString &sheet = {}, const QString &fileName = {});

/// Reads the file at `path` and calls xlsxSheets(), naming the file in error details. Fails with
/// ErrorCode::FileError when the file cannot be opened or read, or is larger than 512 MB. Blocking I/O.
Result<QList<XlsxSheetInfo>> xlsxSheetsOfFile(const QString &path);

/// The names of xlsxSheetsOfFile(path), in tab order.
Result<QStringList> xlsxSheetNames(const QString &path);

/// Reads the file at `path` and calls readXlsx(), naming the file in error details. Fails with
/// ErrorCode::FileError when the file cannot be opened or read, or is larger than 512 MB. Blocking I/O: call it
/// off the UI thread.
Result<XlsxTable> readXlsxFile(const QString &path, const QString &sheet = {});

} // namespace Tickmark::Core
