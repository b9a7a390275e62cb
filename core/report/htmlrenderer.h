// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "reportdocument.h"

#include <QCoreApplication>
#include <QString>

namespace Tickmark::Core {

/// Writes a ReportDocument as one self-contained, semantic HTML5 file (sections, h1–h4, p, ul, table with thead),
/// with a small embedded style sheet. The output depends only on the document, so it is stable enough for
/// golden-file tests. Thread-safe.
class HtmlRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(Tickmark::Core::HtmlRenderer)

public:
    /// The HTML text.
    static QString toHtml(const ReportDocument &doc);
    /// Writes toHtml() as UTF-8 to @p path (atomically). FileError.
    static Result<void> write(const ReportDocument &doc, const QString &path);
};

/// Writes a ReportDocument as an OpenDocument text file (for editing in LibreOffice or Word) through QTextDocument
/// and QTextDocumentWriter. Needs a QGuiApplication (fonts). FileError.
class OdtRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(Tickmark::Core::OdtRenderer)

public:
    static Result<void> write(const ReportDocument &doc, const QString &path);
};

} // namespace Tickmark::Core
