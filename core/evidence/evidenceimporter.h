// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "common/sha256.h"
#include "evidence.h"
#include "storage/evidencerepository.h"

#include <QCoreApplication>
#include <QSet>

namespace Tickmark::Core {

class EntrySource;
struct SourceEntry;

/// The import loop shared by archives, folders and single files (internal to EvidenceService): applies the
/// path and entry-type policy, the limits and the progress callback, and streams each file's bytes through
/// SHA-256 into the chunk store, deduplicated. Run it inside the import's transaction.
///
/// Errors are ImportFailed with a detail naming the entry and the reason (without the package name, which the
/// caller prefixes), or Cancelled. Memory: at most kMaxBufferedChunks chunks of one file at a time.
class EvidenceImporter final
{
    Q_DECLARE_TR_FUNCTIONS(Tickmark::Core::EvidenceImporter)

public:
    /// Chunks of one file kept in memory before they are written under a staging key (16 MiB).
    static constexpr int kMaxBufferedChunks = 16;
    /// Added to the compressed bytes consumed by an entry before its ratio is computed, so that input read ahead
    /// for earlier entries can only make the check more lenient, never refuse an honest file.
    static constexpr qint64 kRatioSlackBytes = qint64(128) << 10;

    EvidenceImporter(EntrySource &source, EvidenceWriter &writer, const EvidenceImportOptions &options,
                     qint64 sourceSize);

    /// Whether run() reads @p entry's data: a regular file, not encrypted, with an acceptable path (what
    /// ReadAheadSource reads ahead; every other entry is refused or skipped from its header alone).
    static bool readsData(const SourceEntry &entry);

    /// Reads every entry and stores the files as items of @p item's package (item.packageId, receivedAt and
    /// importedBy are taken from @p item). Fills files, bytes, newBlobs, skipped and items of @p result.
    Result<void> run(const NewEvidenceItem &item, EvidenceImportResult &result);

    /// SHA-256 (hex) of the manifest of stored files: "<sha256>  <path>\n" per file in import order (what
    /// `sha256sum` prints). The digest of a folder package.
    QByteArray manifestDigest() { return m_manifest.hexDigest(); }

private:
    struct Content
    {
        QByteArray sha256;
        qint64 size = 0;
        QByteArray head;
        bool isNew = false;
    };

    Result<void> handleEntry(const SourceEntry &entry, NewEvidenceItem item, EvidenceImportResult &result);
    QString skipReason(const SourceEntry &entry, const QString &pathProblem) const;
    Result<Content> storeContent(const QString &display);
    Result<void> checkGrowth(const QString &display, qint64 entryBytes, qint64 consumedAtStart) const;
    Result<void> reportProgress() const;
    Error readError(const QString &display, const Error &error) const;

    EntrySource &m_source;
    EvidenceWriter &m_writer;
    const EvidenceImportOptions &m_options;
    qint64 m_sourceSize;
    qint64 m_entries = 0;
    qint64 m_totalBytes = 0;
    QString m_lastEntry;
    QSet<QString> m_usedPaths;
    Sha256 m_manifest;
};

} // namespace Tickmark::Core
