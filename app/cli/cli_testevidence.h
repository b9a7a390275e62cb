// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli_command.h"
#include "common/result.h"
#include "testing/testingservice.h"

#include <QJsonArray>
#include <QList>
#include <QString>

namespace Tickmark::Core {
class Workpaper;
}

namespace Tickmark::Cli {

/// `test evidence` (cli_testevidence.cpp).
QList<Command> testEvidenceCommands();

/// Resolves "REF[:PAGE]" to a reference: REF is an item's SHA-256 (when one item holds that content) or
/// "PACKAGE/PATH"; PAGE is a 1-based page (absent: the whole document). @p label goes with it. Errors name the
/// value and what is wrong with it.
Result<Core::EvidenceReference> evidenceReferenceValue(Core::Workpaper &workpaper, const QString &value,
                                                       const QString &label = {});
/// [{"population", "row", "attribute", "evidence_id", "package", "path", "sha256", "media_type", "page" (null for
/// the whole document), "label", "added_at", "added_by"}].
QJsonArray evidenceReferencesJson(const QList<Core::CellEvidenceReference> &references);

} // namespace Tickmark::Cli
