// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "evidence.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>
#include <utility>

namespace Tickmark::Core {

class Workpaper;
struct UnindexedContent;

/// Evidence of the engagement: packages imported safely (archives, single files, folders), stored
/// content-addressed inside the workpaper, verified, exported and previewed. Policy and limits: docs/evidence.md.
///
/// Thread affinity: the workpaper's thread. For a long import or verification, open a second Workpaper on a
/// worker thread and run it there; progress callbacks are called on that thread.
class EvidenceService final
{
    Q_DECLARE_TR_FUNCTIONS(Tickmark::Core::EvidenceService)

public:
    explicit EvidenceService(Workpaper &workpaper)
        : m_wp(workpaper)
    {}

    /// Imports @p path: a zip, tar (plain, .gz, .bz2, .xz) or 7z archive; a single evidence file (PDF, image,
    /// text, CSV, Office document…; recognised by content, imported as a package of one); or a folder
    /// (recursively, regular files only). Entries are streamed, hashed with SHA-256 and stored deduplicated in
    /// 1 MiB chunks; nothing is written to disk outside the workpaper.
    ///
    /// The import is one audited action ("evidence:NAME", "import"): it lands whole or not at all. Entries that
    /// are links, devices, FIFOs, sockets, absolute or climb out with ".." are skipped and listed in the result.
    /// Refusals (ImportFailed; the detail starts with the package name and names the entry and the reason):
    /// encrypted entries, damaged or truncated archives, unsupported formats, empty files, packages without
    /// files, and limits exceeded (total size, entry count, compression ratio). A refusal stores nothing but is
    /// itself recorded in the audit trail ("evidence:NAME", "refused"). Other errors: FileError (cannot read),
    /// AlreadyExists (the same package, by SHA-256, was imported before), Cancelled (progress returned false;
    /// nothing stored, nothing recorded), Locked, Database.
    Result<EvidenceImportResult> importPackage(const QString &path, const EvidenceImportOptions &options);

    /// Re-hashes every stored content by streaming its chunks (memory: one chunk) and reports each item whose
    /// bytes no longer match their SHA-256 or size, naming package and path. @p progress(bytesDone, bytesTotal)
    /// is called after each chunk; returning false cancels (Cancelled). Read-only.
    Result<EvidenceVerifyReport> verify(const std::function<bool(qint64, qint64)> &progress = {}) const;

    /// Writes the content @p sha256 (hex) to @p outPath through QSaveFile, re-hashing on the way: the file appears
    /// only if the bytes match (else IntegrityFailure naming the item; nothing is written). NotFound, FileError.
    Result<void> exportItem(const QByteArray &sha256, const QString &outPath) const;

    /// All items, ordered by package and path, with requestRef, controls and outOfPeriod filled in.
    Result<QList<EvidenceItem>> list() const;
    /// All packages in import order.
    Result<QList<EvidencePackage>> packages() const;
    /// The first @p maxBytes bytes (at most) of content @p sha256, for a preview. NotFound.
    Result<QByteArray> readItem(const QByteArray &sha256, qint64 maxBytes) const;

    /// Extracts the text of every content not yet indexed (PDF through PdfTool, text and CSV directly) into the
    /// FTS5 index. @p progress(done, total) after each content; returning false cancels (Cancelled; what was
    /// indexed so far stays). One audited action per call when anything was indexed.
    Result<EvidenceIndexReport> indexText(const std::function<bool(qint64, qint64)> &progress = {});
    /// Ranked full-text search (FTS5 syntax; plain words are ANDed). InvalidArgument for a malformed query.
    Result<QList<EvidenceSearchHit>> search(const QString &query, int limit = 200) const;

    /// Links the item(s) with content @p sha256 (or, when @p path is given, the one item at package path
    /// "PACKAGE/PATH") to control @p controlId; unlink removes it. NotFound names the missing side.
    Result<void> link(const QByteArray &sha256, const QString &controlId, const QString &path = {});
    Result<void> unlink(const QByteArray &sha256, const QString &controlId, const QString &path = {});
    /// The items linked to control @p controlId.
    Result<QList<EvidenceItem>> itemsForControl(const QString &controlId) const;
    /// How many evidence items are linked to each control; controls without evidence are absent. Read-only.
    Result<QHash<QString, int>> linkCountsByControl() const;
    /// Sets (or clears, with a null date) item @p itemId's effective date. Audited on "evidence:SHA256".
    /// On import, an archive entry's modification time (its local date) becomes the effective date.
    Result<void> setEffectiveDate(qint64 itemId, const QDate &date);

private:
    /// Completes the package row once the entries are read (exact format, folder digest); may refuse.
    using FinishPackage =
        std::function<Result<void>(EvidencePackage &, class EvidenceImporter &, const EvidenceImportResult &)>;

    Result<EvidenceImportResult> importChecked(const QString &path, const QString &name,
                                               const EvidenceImportOptions &options, QByteArray &sha256);
    Result<EvidenceImportResult> importFile(const QString &path, const QString &name,
                                            const EvidenceImportOptions &options, QByteArray &sha256);
    Result<EvidenceImportResult> importFolder(const QString &path, const QString &name,
                                              const EvidenceImportOptions &options);
    Result<EvidenceImportResult> store(class EntrySource &source, EvidencePackage package,
                                       const EvidenceImportOptions &options, qint64 sourceSize,
                                       const FinishPackage &finish);
    Result<QString> uniquePackageName(const QString &name) const;
    Result<void> checkNotImported(const QByteArray &sha256, const QString &name) const;
    void recordRefusal(const QString &name, const QByteArray &sha256, const QString &reason);
    /// Streams content @p sha256 through SHA-256, passing each chunk to @p sink; returns (digest, bytes).
    Result<std::pair<QByteArray, qint64>> rehash(const QByteArray &sha256,
                                                 const std::function<Result<bool>(QByteArrayView)> &sink) const;
    /// "package/path" of the items holding content @p sha256, for messages.
    QString describeContent(const QByteArray &sha256) const;
    /// Fills requestRef, controls and outOfPeriod of @p items (evidencelinks.cpp).
    Result<void> describeItems(QList<EvidenceItem> &items) const;
    /// The items a link names: the one at "PACKAGE/PATH" (@p path) or every item with content @p sha256.
    Result<QList<EvidenceItem>> linkTargets(const QByteArray &sha256, const QString &path) const;
    /// Extracts and stores the text of one content; false when it has none (evidencesearch.cpp).
    Result<bool> indexContent(const UnindexedContent &content, EvidenceIndexReport &report);
    Result<bool> indexPlainText(const UnindexedContent &content, EvidenceIndexReport &report, const QDateTime &now);

    Workpaper &m_wp;
};

} // namespace Tickmark::Core
