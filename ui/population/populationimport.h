// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/actor.h"
#include "common/result.h"
#include "population/population.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Tickmark::Ui {

/// What the import dialog asks for: a file and how to store it.
struct PopulationImportRequest
{
    QString path;      ///< the client's .csv, .txt or .xlsx file
    QString name;      ///< the new population's name (unique in the engagement)
    QString controlId; ///< the control it belongs to
    QString sheet;     ///< XLSX only: the worksheet; empty = the first one
    int headerRow = 1; ///< 1-based record holding the column names; the records above it are skipped
};

/// Whether @p path is read as a workbook (by extension, as PopulationService::importFile decides).
bool isWorkbookFile(const QString &path);
/// A population name proposed for @p path: the file's base name with underscores turned into spaces.
QString suggestedPopulationName(const QString &path);

/// The first records of a population file, for the import dialog's preview.
struct PopulationPreview
{
    QStringList sheets;         ///< XLSX: every worksheet in tab order; empty for CSV
    QString sheet;              ///< XLSX: the worksheet read
    QString encoding;           ///< CSV: "UTF-8" or "Windows-1252"; "XLSX" for a workbook
    QList<QStringList> skipped; ///< the records above the header row (a title block), as read
    QStringList header;         ///< the header row's record (the column names); empty when the file ends before it
    QList<QStringList> records; ///< up to maxRecords data records after the header, blank ones left out
    QStringList columnTypes;    ///< per header column, Core::inferColumnTypes() of records
    bool partial = false;       ///< CSV: only the start of the file was read, so more records may follow
};

/// Reads record @p headerRow (from 1) as the header and the first @p maxRecords records after it of @p path: for
/// CSV only the first ~64 KB (cut at a line end, so a million-row file previews at once); for XLSX the sheet list
/// and the chosen @p sheet (empty = first). Records are counted as PopulationService::importFile counts them.
/// Errors are core's (FileError, ImportFailed with the line or part). Blocking I/O: run it off the UI thread.
Result<PopulationPreview> readPopulationPreview(const QString &path, const QString &sheet, int maxRecords,
                                                int headerRow = 1);

/// Called from the importing thread with bytes done and total; returns false to cancel.
using ImportProgressCallback = std::function<bool(qint64 done, qint64 total)>;

/// Imports @p request into the workpaper file @p workpaperPath through a Workpaper opened here, on the calling
/// thread, as @p actor, and closes it before returning. Meant for a worker thread: the UI thread's Workpaper
/// keeps its own connection and sees the rows once this commits (it is the same file), but gets no changed()
/// signal from this connection. Fails like Workpaper::open and PopulationService::importFile (Cancelled when
/// @p progress returned false).
Result<Core::PopulationImportResult> runPopulationImport(const QString &workpaperPath, const Core::Actor &actor,
                                                         const PopulationImportRequest &request,
                                                         const ImportProgressCallback &progress);

} // namespace Tickmark::Ui
