// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Tickmark::Core {

/// One file to put into the reference archive.
struct ArchiveFile
{
    QString name;       ///< entry name in the zip
    QString sourcePath; ///< file on disk, streamed in 1 MiB chunks
};

/// What was archived.
struct ArchiveResult
{
    QString path;         ///< the zip written
    QByteArray sha256;    ///< of the zip (hex)
    QJsonObject manifest; ///< manifest.json as written
};

/// Writes the engagement's reference archive: one zip (libarchive's write API) holding @p files and a
/// manifest.json listing each file's name, size and SHA-256 (hex) plus @p info. The zip is written to a temporary
/// name and renamed into place, so @p zipPath appears only when complete; an existing @p zipPath is refused
/// (AlreadyExists). FileError names the file that failed.
Result<ArchiveResult> writeReferenceArchive(const QString &zipPath, const QList<ArchiveFile> &files,
                                            const QJsonObject &info);

} // namespace Tickmark::Core
