// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace Tickmark::Core {

/// What the PDF helper process reports about a document.
struct PdfInfo
{
    int pages = 0;
    QList<QSizeF> pageSizes; ///< in points
    QString title;
    QDate created; ///< the document's creation date (UTC), null when it has none
};

/// A hit of a find on one page: the rectangles in points (page coordinates, origin top left).
struct PdfFindHit
{
    int page = 0; ///< 0-based
    QList<QRectF> rects;
};

/// PDF work in a separate process (tickmark-pdf, Poppler-Qt6): Debian 12's Poppler crashes or hangs on some files,
/// so no PDF is ever parsed in the process that holds a workpaper open. Each call starts the helper with a time limit
/// and a memory limit; a crash, hang or refusal comes back as an error naming the file and the reason (ImportFailed),
/// never takes the caller down. Blocking: call from a worker thread (or accept the wait). Thread-safe.
class PdfTool final
{
    Q_DECLARE_TR_FUNCTIONS(Tickmark::Core::PdfTool)

public:
    /// The helper executable: $TICKMARK_PDF_TOOL, else "tickmark-pdf" next to the application, else on PATH.
    static QString executable();

    explicit PdfTool(int timeoutMs = 20000) : m_timeoutMs(timeoutMs) {}

    Result<PdfInfo> info(const QString &pdfPath) const;
    /// Plain text of every page (index = page number - 1).
    Result<QStringList> text(const QString &pdfPath) const;
    /// Renders page @p page (0-based) at @p dpi.
    Result<QImage> render(const QString &pdfPath, int page, double dpi) const;
    /// Case-insensitive find of @p needle on every page.
    Result<QList<PdfFindHit>> find(const QString &pdfPath, const QString &needle) const;
    /// Renders the first @p maxPages pages at @p dpi in one helper run (for thumbnails); a page that cannot be
    /// rendered is a null image. The timeout applies to the whole run.
    Result<QList<QImage>> thumbnails(const QString &pdfPath, double dpi, int maxPages) const;

    /// The time limit of one helper run, in milliseconds.
    int timeoutMs() const { return m_timeoutMs; }

private:
    int m_timeoutMs;
};

} // namespace Tickmark::Core
