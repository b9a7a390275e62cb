// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "common/result.h"
#include "population.h"

namespace Tickmark::Core {

class Workpaper;

/// Populations of the engagement: import (CSV streamed from disk, or XLSX), list, read rows, delete.
/// An import is one audited action: it lands whole or not at all. Thread affinity: the workpaper's thread;
/// for a large file, open a second Workpaper on a worker thread and import there.
class PopulationService final
{
    Q_DECLARE_TR_FUNCTIONS(Tickmark::Core::PopulationService)

public:
    explicit PopulationService(Workpaper &workpaper) : m_wp(workpaper) {}

    /// Imports @p path (.csv, .txt or .xlsx by extension) as a new population of an existing control. The first
    /// record is the header: its names must be non-empty and unique. A data row with more fields than the header
    /// is an error naming the row; shorter rows are padded with empty fields; entirely blank rows are skipped and
    /// counted. Errors (ImportFailed, FileError, InvalidArgument, AlreadyExists, NotFound) name the file and the
    /// row or field; on any error, or on cancel (Cancelled), nothing is stored.
    Result<PopulationImportResult> importFile(const QString &path, const PopulationImportOptions &options);

    Result<QList<PopulationInfo>> list() const;
    /// The population named @p name, or nullopt.
    Result<std::optional<PopulationInfo>> find(const QString &name) const;
    /// Rows [firstRow, firstRow + count) (1-based), fewer at the end. Each row has columns.size() fields.
    Result<QList<QStringList>> rows(qint64 populationId, qint64 firstRow, int count) const;
    /// Specific rows by number, in the order given (e.g. a sample's draw order).
    Result<QList<QStringList>> rowsByNumber(qint64 populationId, const QList<qint64> &rowNumbers) const;
    /// Deletes a population with its rows and sample.
    Result<void> remove(const QString &name);

private:
    Workpaper &m_wp;
};

} // namespace Tickmark::Core
