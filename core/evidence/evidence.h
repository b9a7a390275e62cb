// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Tickmark::Core {

/// One imported evidence package: an archive, a single file or a folder, as the client sent it.
struct EvidencePackage
{
    qint64 id = 0;
    QString name;         ///< unique in the workpaper: the file or folder name, " (2)" etc. appended on a clash
    QByteArray sha256;    ///< lower-case hex; of the file's bytes, or of the folder's manifest (docs/evidence.md)
    qint64 size = 0;      ///< bytes of the package file (folder: sum of its imported files)
    QString format;       ///< "zip", "tar", "tar.gz", "tar.bz2", "tar.xz", "7z", "file" or "folder"
    QDateTime importedAt; ///< UTC
    QString importedBy;   ///< "Name (INITIALS)"
    QString requestRef;   ///< the PBC request the package answers; empty if none
};

/// One stored file of a package. Its content is the blob named by sha256 (shared by identical files).
struct EvidenceItem
{
    qint64 id = 0;
    qint64 packageId = 0;
    QString packageName;
    QString path;         ///< display path inside the package: valid UTF-8, bad bytes shown as \xNN, unique
    QByteArray rawPath;   ///< the entry name's bytes exactly as in the archive (lossless)
    QByteArray sha256;    ///< lower-case hex SHA-256 of the content
    qint64 size = 0;      ///< bytes
    QString mediaType;    ///< e.g. "application/pdf", "text/csv", "application/octet-stream"
    QDateTime receivedAt; ///< UTC, when the package was imported
    QDate effectiveDate;  ///< the date the evidence speaks to; null until known
    QString importedBy;
    QString requestRef;   ///< the request its package answers; empty if none
    QStringList controls; ///< ids of the controls it is linked to
    bool outOfPeriod = false; ///< effectiveDate falls outside the engagement period (Type I: after the as-of date)
};

/// One full-text search hit.
struct EvidenceSearchHit
{
    EvidenceItem item;
    int page = 0;    ///< 1-based page for PDFs; 0 for text files
    QString snippet; ///< text around the match, the matched words wrapped in [ and ]
    double rank = 0; ///< FTS5 bm25 (lower is better); hits come best first
};

/// Progress of text indexing.
struct EvidenceIndexReport
{
    qint64 items = 0;   ///< contents indexed now
    qint64 skipped = 0; ///< contents without text (images, binaries) or whose PDF could not be read
    QStringList problems; ///< "package/path: reason" for each PDF the helper process refused
};

/// Limits that turn a hostile or absurd package into a refusal. All sizes count bytes actually read, never the
/// sizes an archive declares (they lie). Defaults are documented in docs/evidence.md.
struct EvidenceLimits
{
    qint64 maxTotalBytes = qint64(4) << 30;      ///< uncompressed bytes of all files of one package (4 GiB)
    qint64 maxEntries = 100000;                  ///< archive entries of any kind, folders included
    qint64 maxRatio = 200;                       ///< uncompressed : compressed bytes of one entry ...
    qint64 ratioMinEntryBytes = qint64(1) << 20; ///< ... checked once the entry is larger than this (1 MiB)
};

/// Progress of an import, passed to EvidenceImportOptions::progress.
struct EvidenceImportProgress
{
    qint64 bytes = 0;      ///< uncompressed bytes of files stored so far
    qint64 entries = 0;    ///< entries read so far (files, folders and skipped entries)
    qint64 sourceRead = 0; ///< bytes of the package file consumed so far (for a percentage)
    qint64 sourceSize = 0; ///< bytes of the package file (folder: sum of file sizes)
};

/// How to import an evidence package.
struct EvidenceImportOptions
{
    EvidenceLimits limits;
    QString requestRef; ///< optional PBC request reference stored with the package
    QString name;       ///< package name; empty = the file or folder name
    /// Called from the importing thread after each file and each MiB; return false to cancel (nothing is stored).
    std::function<bool(const EvidenceImportProgress &)> progress;
};

/// An entry that was not imported, and why (one line naming the reason).
struct SkippedEntry
{
    QString path; ///< display path as in the package (\xNN for bytes that are not UTF-8)
    QString reason;
};

/// A file stored by an import.
struct ImportedItem
{
    QString path;
    QByteArray sha256;
    qint64 size = 0;
    QString mediaType;
};

/// What an import did.
struct EvidenceImportResult
{
    EvidencePackage package;
    qint64 files = 0;    ///< items stored
    qint64 bytes = 0;    ///< their total size
    qint64 newBlobs = 0; ///< files whose content was not in the workpaper before (the rest were deduplicated)
    QList<SkippedEntry> skipped;
    QList<ImportedItem> items;
};

/// A stored file whose content no longer matches its SHA-256.
struct EvidenceMismatch
{
    QString package;
    QString path;
    QByteArray expected; ///< the recorded SHA-256 (hex)
    QByteArray actual;   ///< SHA-256 of the stored bytes now (hex)
    qint64 expectedSize = 0;
    qint64 actualSize = 0;
};

/// Result of re-hashing every stored blob.
struct EvidenceVerifyReport
{
    qint64 blobs = 0;                   ///< distinct contents checked
    qint64 items = 0;                   ///< evidence items covered
    qint64 bytes = 0;                   ///< bytes re-hashed
    QList<EvidenceMismatch> mismatches; ///< one per affected item
    bool ok() const { return mismatches.isEmpty(); }
};

} // namespace Tickmark::Core
