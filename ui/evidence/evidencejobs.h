// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/actor.h"
#include "common/result.h"
#include "evidence/evidence.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace Tickmark::Ui {

/// Counters a worker updates and the progress dialog reads (every field is atomic: no lock, no signal).
struct EvidenceJobProgress
{
    enum Phase { Importing, Indexing, Verifying };
    std::atomic<int> phase{Importing};
    std::atomic<int> current{0};       ///< index of the package being imported
    std::atomic<qint64> files{0};      ///< entries read (import) or contents indexed (index)
    std::atomic<qint64> bytes{0};      ///< uncompressed bytes stored (import) or re-hashed (verify)
    std::atomic<qint64> done{0};       ///< progress towards total, in the phase's unit
    std::atomic<qint64> total{0};      ///< 0 while unknown
    std::atomic_bool cancel{false};    ///< set by the UI: the worker stops at the next callback
};

/// What importing one or more packages did.
struct EvidenceImportOutcome
{
    QStringList packages;         ///< names of the packages stored
    qint64 files = 0;             ///< items stored
    qint64 bytes = 0;             ///< their total size
    qint64 skippedEntries = 0;    ///< entries left out (links, devices, "..")
    QStringList failures;         ///< one sentence per refused package, naming it and the reason
    bool cancelled = false;       ///< Cancel was pressed: the package in progress was not stored
    std::optional<Core::EvidenceIndexReport> index; ///< text indexing after the import, when it ran
    QString indexError;           ///< why indexing failed, if it did
};

/// Imports each of @p paths (archives, files, folders) as one package into the workpaper file @p workpaperPath
/// through a Workpaper opened here, as @p actor, then indexes the new text. Meant for a worker thread: the UI's
/// Workpaper sees the rows once they are committed but gets no changed() signal. A refused package does not stop
/// the others; Cancel stops the one in progress (nothing of it is stored) and skips the rest.
EvidenceImportOutcome runEvidenceImport(const QString &workpaperPath, const Core::Actor &actor,
                                        const QStringList &paths, const QString &requestRef,
                                        EvidenceJobProgress &progress, const Core::EvidenceLimits &limits = {});

/// Re-hashes every stored content through a Workpaper opened here (see EvidenceService::verify).
Result<Core::EvidenceVerifyReport> runEvidenceVerify(const QString &workpaperPath, const Core::Actor &actor,
                                                     EvidenceJobProgress &progress);

} // namespace Tickmark::Ui
