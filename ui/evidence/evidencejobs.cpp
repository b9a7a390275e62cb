// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidencejobs.h"

#include "common/errortext.h"
#include "evidence/evidenceservice.h"
#include "workpaper/workpaper.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Tickmark::Ui {

EvidenceImportOutcome runEvidenceImport(const QString &workpaperPath, const Core::Actor &actor,
                                        const QStringList &paths, const QString &requestRef,
                                        EvidenceJobProgress &progress, const Core::EvidenceLimits &limits)
{
    EvidenceImportOutcome outcome;
    // A connection of this thread's own: SQLite handles must not cross threads.
    auto opened = Core::Workpaper::open(workpaperPath, actor);
    if (!opened) {
        outcome.failures << errorSentence(opened.error().detail);
        return outcome;
    }
    std::unique_ptr<Core::Workpaper> workpaper = std::move(*opened);
    for (int i = 0; i < paths.size(); ++i) {
        if (progress.cancel.load()) {
            outcome.cancelled = true;
            break;
        }
        progress.phase.store(EvidenceJobProgress::Importing);
        progress.current.store(i);
        progress.files.store(0);
        progress.bytes.store(0);
        progress.done.store(0);
        progress.total.store(0);
        Core::EvidenceImportOptions options;
        options.requestRef = requestRef;
        options.limits = limits;
        options.progress = [&progress](const Core::EvidenceImportProgress &p) {
            progress.files.store(p.entries);
            progress.bytes.store(p.bytes);
            progress.done.store(p.sourceRead);
            progress.total.store(p.sourceSize);
            return !progress.cancel.load();
        };
        auto result = workpaper->evidence().importPackage(paths.at(i), options);
        if (!result) {
            if (result.error().code == ErrorCode::Cancelled) {
                outcome.cancelled = true;
                break;
            }
            outcome.failures << QCoreApplication::translate("Tickmark::Ui", "%1 was not imported. %2")
                                    .arg(QFileInfo(paths.at(i)).fileName(), errorSentence(result.error().detail));
            continue;
        }
        outcome.packages << result->package.name;
        outcome.files += result->files;
        outcome.bytes += result->bytes;
        outcome.skippedEntries += result->skipped.size();
    }
    if (outcome.packages.isEmpty() || outcome.cancelled)
        return outcome;
    progress.phase.store(EvidenceJobProgress::Indexing);
    progress.files.store(0);
    progress.done.store(0);
    progress.total.store(0);
    auto index = workpaper->evidence().indexText([&progress](qint64 done, qint64 total) {
        progress.done.store(done);
        progress.files.store(done);
        progress.total.store(total);
        return !progress.cancel.load();
    });
    if (index)
        outcome.index = *index;
    else if (index.error().code != ErrorCode::Cancelled)
        outcome.indexError = errorSentence(index.error().detail);
    return outcome;
}

Result<Core::EvidenceVerifyReport> runEvidenceVerify(const QString &workpaperPath, const Core::Actor &actor,
                                                     EvidenceJobProgress &progress)
{
    auto opened = Core::Workpaper::open(workpaperPath, actor);
    if (!opened)
        return opened.error();
    std::unique_ptr<Core::Workpaper> workpaper = std::move(*opened);
    progress.phase.store(EvidenceJobProgress::Verifying);
    return workpaper->evidence().verify([&progress](qint64 done, qint64 total) {
        progress.done.store(done);
        progress.bytes.store(done);
        progress.total.store(total);
        return !progress.cancel.load();
    });
}

} // namespace Tickmark::Ui
