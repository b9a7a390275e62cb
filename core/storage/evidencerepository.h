// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "evidence/evidence.h"

#include <QByteArrayView>
#include <QHash>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

struct sqlite3;
struct sqlite3_stmt;

namespace Tickmark::Core {

class Database;

/// Bytes per stored chunk of evidence content (the last chunk of a blob may be shorter; an empty blob has none).
constexpr qsizetype kEvidenceChunkBytes = qsizetype(1) << 20;

/// A new evidence item as the importer hands it to storage.
struct NewEvidenceItem
{
    qint64 packageId = 0;
    QString path;
    QByteArray rawPath;
    QByteArray sha256;
    qint64 size = 0;
    QString mediaType;
    QDateTime receivedAt;
    QString importedBy;
};

/// The import's hot path through SQLite's C API: prepared statements reused for every chunk and item.
/// Use only inside the import's transaction, on the workpaper's thread.
///
/// Content whose SHA-256 is not known yet (a file larger than the importer buffers) is written under a staging
/// key and then either promoted to its digest or dropped when that content is already stored. The chunk table's
/// foreign key is deferred, so staged rows are legal until the commit, by which time none are left.
class EvidenceWriter final
{
public:
    ~EvidenceWriter();
    EvidenceWriter(const EvidenceWriter &) = delete;
    EvidenceWriter &operator=(const EvidenceWriter &) = delete;

    Result<bool> blobExists(const QByteArray &sha256);
    Result<void> addBlob(const QByteArray &sha256, qint64 size);
    /// Stores chunk @p seq (0-based) of @p sha256, or of the staged content when @p sha256 is empty (the first
    /// staged chunk opens a numbered store, schema version 10).
    Result<void> addChunk(const QByteArray &sha256, qint64 seq, QByteArrayView data);
    /// The staged chunks become the chunks of @p sha256 (whose blob row must be added first): the store is named,
    /// nothing is rewritten.
    Result<void> promoteStaging(const QByteArray &sha256);
    /// Deletes the staged chunks (their content turned out to be stored already).
    Result<void> dropStaging();
    Result<qint64> addItem(const NewEvidenceItem &item);
    /// Adds @p utf8 (valid UTF-8) to the full-text index as page @p page of @p sha256 (a PDF page from 1; a segment
    /// of a text file, page 0).
    Result<void> addText(const QByteArray &sha256, int page, QByteArrayView utf8);

private:
    friend class EvidenceRepository;
    explicit EvidenceWriter(sqlite3 *db)
        : m_db(db)
    {}
    Result<sqlite3_stmt *> statement(int index);
    Result<void> addStagedChunk(qint64 seq, QByteArrayView data);
    Result<void> stepDone(sqlite3_stmt *stmt);

    sqlite3 *m_db;
    sqlite3_stmt *m_statements[10] = {}; ///< one per statement of kSql (evidencerepository.cpp)
    qint64 m_store = 0;                  ///< the numbered store being staged, 0 when none
};

/// One row of a full-text search: a page of a content (page 0 for text files), best rank first.
struct EvidenceTextHit
{
    QByteArray sha256;
    int page = 0;
    QString snippet;
    double rank = 0;
};

/// A content that has not been looked at by text indexing yet.
struct UnindexedContent
{
    QByteArray sha256;
    qint64 size = 0;
    QString mediaType; ///< of the first item holding it
    QString name;      ///< "package/path" of that item, for messages
};

/// Storage of evidence packages, items and the content-addressed, chunked blob store (schema v3); control links,
/// effective dates and the full-text index (schema v5; implemented in evidenceindexrepository.cpp).
class EvidenceRepository final
{
public:
    explicit EvidenceRepository(const Database &db)
        : m_db(db)
    {}

    /// Inserts a package row and returns its id (fails on a duplicate name).
    Result<qint64> insertPackage(const EvidencePackage &package);
    /// Rewrites sha256, size and format of package @p package.id: they are known only at the end of some imports
    /// (a folder's manifest digest, an archive's exact format).
    Result<void> finishPackage(const EvidencePackage &package);
    /// Number of evidence items.
    Result<qint64> itemCount() const;
    Result<std::optional<EvidencePackage>> packageBySha256(const QByteArray &sha256) const;
    Result<bool> packageNameTaken(const QString &name) const;
    Result<QList<EvidencePackage>> packages() const;
    /// All items, ordered by package then path.
    Result<QList<EvidenceItem>> items() const;
    /// Items whose content is @p sha256.
    Result<QList<EvidenceItem>> itemsWithContent(const QByteArray &sha256) const;
    /// Every blob as (sha256, recorded size), ordered by digest.
    Result<QList<std::pair<QByteArray, qint64>>> blobs() const;
    /// The recorded size of blob @p sha256, or nullopt if there is none.
    Result<std::optional<qint64>> blobSize(const QByteArray &sha256) const;
    /// Calls @p visit(seq, bytes) for each chunk of @p sha256 in seq order until it returns false or fails.
    /// The bytes are valid only during the call. Memory stays at one chunk.
    Result<void> forEachChunk(const QByteArray &sha256,
                              const std::function<Result<bool>(qint64, QByteArrayView)> &visit) const;
    Result<std::unique_ptr<EvidenceWriter>> writer();

    /// The item @p id, or nullopt.
    Result<std::optional<EvidenceItem>> itemById(qint64 id) const;
    /// The item at @p path of package @p package, or nullopt.
    Result<std::optional<EvidenceItem>> itemByPath(const QString &package, const QString &path) const;
    /// Items linked to control @p controlId, by package and path.
    Result<QList<EvidenceItem>> itemsForControl(const QString &controlId) const;
    /// item id -> ids of the controls it is linked to (in control order).
    Result<QHash<qint64, QStringList>> controlsByItem() const;
    /// Links item @p itemId to control @p controlId; returns false if the link existed. NotFound for the control.
    Result<bool> addLink(qint64 itemId, const QString &controlId);
    /// Removes the link; returns false if there was none.
    Result<bool> removeLink(qint64 itemId, const QString &controlId);
    /// Sets (null: clears) the effective date of item @p itemId.
    Result<void> setEffectiveDate(qint64 itemId, const QDate &date);
    /// Sets the effective dates of the items of package @p packageId by raw entry name (one pass over the package's
    /// items, updates by id).
    Result<void> setEffectiveDates(qint64 packageId, const QHash<QByteArray, QDate> &byRawPath);

    /// Contents without a row in evidence_text_state, by digest.
    Result<QList<UnindexedContent>> unindexedContents() const;
    /// Records that content @p sha256 was looked at: @p status "indexed", "skipped" or "failed".
    Result<void> markIndexed(const QByteArray &sha256, const QString &status, int pages, const QString &detail,
                             const QDateTime &at);
    /// FTS5 search of @p query (InvalidArgument with SQLite's reason when it is malformed): at most @p limit hits, the
    /// best row of each content and page, best first, each with its snippet.
    Result<QList<EvidenceTextHit>> searchText(const QString &query, int limit) const;

private:
    Result<QList<EvidenceItem>> selectItems(const QString &where, const QVariantList &binds) const;
    const Database &m_db;
};

} // namespace Tickmark::Core
