// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "engagement/engagement.h"
#include "requestservice.h"

namespace Tickmark::Core {

/// The columns of an exported request list, translated: Ref, Description, Controls, Owner, Due, Status, Overdue,
/// Evidence received, Client comments.
QStringList requestListHeaders();

/// Writes the request list as CSV (UTF-8 with a byte order mark so Excel reads it as UTF-8, RFC 4180 quoting,
/// CRLF line ends): one header row, then one row per request. Through QSaveFile: all or nothing.
Result<void> writeRequestCsv(const QString &path, const QList<EvidenceRequest> &requests, const QDate &today);

/// Writes the request list as an .xlsx workbook (libxlsxwriter): title rows naming the engagement, a header row
/// at row 5, then one row per request; the client comment column is shaded for input.
Result<void> writeRequestXlsx(const QString &path, const QList<EvidenceRequest> &requests,
                              const EngagementDetails &details, const QDate &today);

} // namespace Tickmark::Core
