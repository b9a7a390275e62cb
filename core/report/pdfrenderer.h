// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "reportdocument.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Tickmark::Core {

/// Paper sizes a report can be printed on.
enum class PaperSize { A4, Letter };
QString paperSizeKey(PaperSize paper); ///< "a4" | "letter"
std::optional<PaperSize> paperSizeFromKey(const QString &key);

/// How to write the PDF.
struct PdfOptions
{
    PaperSize paper = PaperSize::A4;
    bool pdfA = false; ///< write PDF/A-1b (archival) instead of PDF 1.4
};

/// One entry of the table of contents as laid out.
struct TocEntry
{
    QString text;
    int level = 1; ///< 1 = section, 2 = heading within a section
    int page = 0;  ///< 1-based physical page (the cover is page 1)
};

/// What rendering produced.
struct PdfRenderInfo
{
    int pages = 0;
    QList<TocEntry> contents;
};

/// Paints a ReportDocument to a paginated PDF with its own layout engine: cover page, table of contents with the
/// page of each heading (laid out before painting, so the numbers are exact), running header, "Page X of Y" footer,
/// table header rows repeated after a page break, headings kept with what follows them, a DRAFT watermark on every
/// page of a draft, embedded DejaVu fonts, and Title/Author/Subject/Creator metadata. Needs a QGuiApplication
/// (fonts); any thread with its own QPdfWriter is fine. FileError when @p path cannot be written.
class PdfRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(Tickmark::Core::PdfRenderer)

public:
    static Result<PdfRenderInfo> render(const ReportDocument &doc, const QString &path, const PdfOptions &options);
};

} // namespace Tickmark::Core
