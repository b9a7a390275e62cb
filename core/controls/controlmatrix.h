// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "control.h"

#include <QList>
#include <QStringList>

namespace Tickmark::Core {

struct CsvTable;

/// A client's control matrix as read from a file, before it is stored.
struct ControlMatrix
{
    QList<Control> controls;    ///< in file order
    QStringList unknownHeaders; ///< header cells that matched no known column (reported, not fatal)
    QString encoding;           ///< text encoding the file was read as
};

/// Reads a control matrix from parsed CSV records (first record = header). Headers are matched
/// case-insensitively with common synonyms ("Control ID", "control_id", "Ref"…). Required: control id,
/// description, criteria; optional: frequency, type, owner, key. Errors name the data row (numbered from 1,
/// header excluded) and the problem: missing value, unknown frequency/type, unknown criterion id, duplicate id.
Result<ControlMatrix> parseControlMatrix(const CsvTable &table);

/// Reads a control matrix file: .xlsx (its first sheet) or CSV (any other extension).
Result<ControlMatrix> readControlMatrixFile(const QString &path);

} // namespace Tickmark::Core
