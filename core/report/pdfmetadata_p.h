// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the PDF renderer: document metadata that Qt 6.4's QPdfWriter cannot set by itself (it writes only
// Title, Creator and Producer into the Info dictionary).
#pragma once

#include "common/result.h"
#include "reportdocument.h"

#include <QByteArray>
#include <QDateTime>

namespace Tickmark::Core::Pdf {

/// XMP packet with title, author (dc:creator), subject (dc:description), creator tool, producer, creation date
/// @p created and, for PDF/A, the pdfaid identification. PDF/A wants it to agree with the Info dictionary.
QByteArray xmpMetadata(const ReportDocument &doc, bool pdfA, const QDateTime &created);
/// Adds /Author and /Subject to the Info dictionary of a QPdfWriter file @p pdf, sets its /CreationDate to
/// @p created (the same instant as the XMP) and fixes the cross-reference table's offsets after the insertion.
/// Corrupt when the file does not have the layout QPdfWriter writes.
Result<QByteArray> withInfoMetadata(const QByteArray &pdf, const ReportDocument &doc, const QDateTime &created);

} // namespace Tickmark::Core::Pdf
