// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engagement/engagement.h"

#include <QString>

namespace Tickmark::Ui {

/// "Type I" or "Type II".
QString reportTypeName(Core::ReportType type);
/// "1 Jan 2026 – 30 Sep 2026" for Type II, "as of 31 Mar 2026" for Type I; empty when the dates are missing.
QString reportPeriodText(const Core::EngagementDetails &details);
/// "Type II · 1 Jan 2026 – 30 Sep 2026".
QString reportTypeAndPeriod(const Core::EngagementDetails &details);
/// The in-scope categories in catalog order, comma-separated: "Security, Availability".
QString categoryListText(const Core::EngagementDetails &details);
/// A date as the engagement screens show it ("30 Sep 2026"), or an em dash for an invalid date.
QString engagementDate(const QDate &date);

} // namespace Tickmark::Ui
