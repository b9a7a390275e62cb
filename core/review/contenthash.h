// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to core/review: the canonical stored state of a review object and its SHA-256, used for sign-offs.
#pragma once

#include "common/result.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace Tickmark::Core {

class Workpaper;

/// The review sections, in report order: scope, controls, evidence, samples, exceptions, report.
QStringList reviewSections();

/// The canonical stored state of @p ref ("control:ID", "exception:ID", "population:NAME", "evidence:SHA256",
/// "section:NAME") as JSON (object keys sorted, lists in a stable order). For a control: its row, criteria,
/// procedures, attributes, results, test settings, exceptions and linked evidence; for a section: the hashes of its
/// members. InvalidArgument for a malformed reference, NotFound for a missing object.
Result<QJsonValue> reviewObjectState(Workpaper &workpaper, const QString &ref);

/// Lower-case hex SHA-256 of the compact JSON of reviewObjectState().
Result<QString> reviewObjectHash(Workpaper &workpaper, const QString &ref);

} // namespace Tickmark::Core
