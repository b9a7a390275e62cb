// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpreview.h"

#include "workpaper/workpaper.h"

namespace Tickmark::Ui {

Result<Core::ReportExportInfo> renderReportPreview(const ReportPreviewRequest &request)
{
    // A connection of this thread's own: SQLite handles must not cross threads.
    auto opened = Core::Workpaper::open(request.workpaperPath, request.actor);
    if (!opened)
        return opened.error();
    std::unique_ptr<Core::Workpaper> workpaper = std::move(*opened);
    auto info = workpaper->report().exportTo(request.pdfPath, request.options);
    workpaper.reset();
    return info;
}

} // namespace Tickmark::Ui
