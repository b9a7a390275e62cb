// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Tickmark::Core {

/// One entry of a package as its reader sees it, before any policy is applied.
struct SourceEntry
{
    enum class Kind { File, Directory, Symlink, Hardlink, Device, Fifo, Socket, Other };

    QByteArray rawPath; ///< name bytes exactly as stored (archive) or UTF-8 relative path (folder, file)
    Kind kind = Kind::File;
    QByteArray linkTarget;    ///< symlink or hard-link target, as stored
    qint64 declaredSize = -1; ///< size the source claims, -1 if unknown; never trusted for limits
    bool encrypted = false;   ///< data or metadata of the entry is encrypted
    QString skipReason;       ///< set by a source that must not deliver this entry (e.g. the open workpaper)
    QDateTime modified;       ///< the entry's modification time as stored in an archive; null when absent
};

/// A stream of entries (an archive, a folder, a single file), read strictly in order: next() then read() until
/// it returns 0, then next() again. Errors are one-line details without the package name (the importer adds it).
/// Not thread-safe; use from one thread.
class EntrySource
{
public:
    virtual ~EntrySource() = default;

    /// Moves to the next entry; false at the end. An error means the package is damaged or unreadable here.
    virtual Result<bool> next(SourceEntry &entry) = 0;
    /// Reads up to @p capacity bytes of the current entry's data into @p buffer; 0 at its end.
    virtual Result<qint64> read(char *buffer, qint64 capacity) = 0;
    /// Bytes of the underlying file consumed so far; grows monotonically (also across seeks). For an archive
    /// this is compressed input, so the importer can compute an entry's expansion ratio.
    virtual qint64 sourceBytesRead() const = 0;
    /// Whether the source found encryption it cannot read (then an error is about encryption).
    virtual bool encryptionDetected() const { return false; }
};

} // namespace Tickmark::Core
