// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

struct archive; // libarchive's handle, kept out of this header

namespace Tickmark::Core {

/// Caps that keep a hostile zip (a "zip bomb", or entries whose declared sizes lie) from exhausting memory.
/// Every cap counts the bytes libarchive actually hands back, never the sizes the archive declares.
struct ZipLimits
{
    qint64 maxEntryBytes = qint64(512) << 20;  ///< uncompressed bytes of one entry
    qint64 maxTotalBytes = qint64(1) << 30;    ///< uncompressed bytes of all entries one ZipReader reads
    qint64 maxRatio = 200;                     ///< total bytes read may not exceed this multiple of the archive size…
    qint64 ratioGraceBytes = qint64(64) << 20; ///< …once more than this many bytes have been read
};

/// Reads named entries of a zip archive held in memory, with libarchive restricted to the zip format (no other
/// format, no filter: see the corpus README's libarchive hazards). Not thread-safe; one instance per thread.
/// Error details are one line and do not name the archive: callers prefix the file name. All failures are
/// ErrorCode::ImportFailed.
class ZipReader final
{
public:
    /// Wraps `archive` (implicitly shared, not copied) and applies `limits` to every later read.
    explicit ZipReader(QByteArray archive, ZipLimits limits = {});

    /// The names of the regular-file entries, in archive order, as UTF-8 (entry names that are not valid in the
    /// current locale are taken as raw UTF-8). Fails when the bytes are not a readable zip archive.
    Result<QStringList> entryNames() const;

    /// Reads the entries whose names are exactly in `names` (compare with entryNames()) and returns name -> bytes;
    /// names that are not in the archive are absent from the result, and a name present twice yields its first
    /// entry. Fails when an entry is damaged or encrypted, or when a ZipLimits cap is exceeded.
    Result<QHash<QString, QByteArray>> read(const QStringList &names);

    /// Uncompressed bytes read so far by read(), the figure the total and ratio caps apply to.
    qint64 bytesRead() const { return m_bytesRead; }

private:
    Result<QByteArray> readEntryData(::archive *handle, const QString &name, qint64 declaredBytes);

    QByteArray m_archive;
    ZipLimits m_limits;
    qint64 m_bytesRead = 0;
};

} // namespace Tickmark::Core
