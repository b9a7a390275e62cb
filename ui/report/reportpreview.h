// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/actor.h"
#include "common/result.h"
#include "report/reportservice.h"

#include <QString>

namespace Tickmark::Ui {

/// A draft rendering of the report for the Report page's preview.
struct ReportPreviewRequest
{
    QString workpaperPath;             ///< the open workpaper's file
    Core::Actor actor;                 ///< who renders (read-only: nothing is recorded)
    QString pdfPath;                   ///< where the PDF goes
    Core::ReportExportOptions options; ///< paper, PDF/A, appendix
};

/// Renders the report of @p request.workpaperPath to @p request.pdfPath through a Workpaper opened here, on the
/// calling thread, and closes it before returning. Meant for a worker thread (QtConcurrent::run): SQLite handles
/// never cross threads and the UI thread's Workpaper is not touched. Fails like Workpaper::open and
/// ReportService::exportTo.
Result<Core::ReportExportInfo> renderReportPreview(const ReportPreviewRequest &request);

} // namespace Tickmark::Ui
