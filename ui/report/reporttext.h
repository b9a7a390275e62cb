// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportdocument.h"

#include <QString>

namespace Tickmark::Ui {

/// "Unmodified opinion", "Qualified opinion", "Adverse opinion", "Disclaimer of opinion" (translated).
QString opinionKindText(Core::OpinionKind kind);
/// One sentence on @p opinion: its kind and why ("… : criteria not met: CC6.1, CC7.2").
QString opinionSummary(const Core::ReportOpinion &opinion);
/// A readable name for a template key without its section prefix: "opinion.qualified.type2" →
/// "Opinion › qualified › Type II".
QString templateTitle(const QString &keyWithoutPrefix);

} // namespace Tickmark::Ui
