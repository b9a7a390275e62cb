// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace Tickmark::Core {

/// Bytes from the start of a file that sniffMediaType() and sniffPackage() look at (more is ignored).
constexpr qsizetype kSniffBytes = qsizetype(64) << 10;

/// The media type of a file from its first bytes (@p head, up to kSniffBytes) and its name. Content decides
/// (magic numbers; zip-based Office documents by their first part; text by the absence of binary control
/// bytes, then CSV by a consistent delimiter count); the extension only refines text and zip/OLE containers.
/// Returns e.g. "application/pdf", "image/png", "text/csv", "text/plain" or "application/octet-stream".
/// Pure function; thread-safe.
QString sniffMediaType(QByteArrayView head, QStringView fileName);

/// What a file given to the importer is.
enum class PackageKind {
    Archive,     ///< zip, 7z, tar, or gzip/bzip2/xz data (expected to hold a tar)
    Unsupported, ///< an archive or compressor Tickmark does not read (RAR, CAB, ISO, .Z, …)
    Document,    ///< a single evidence file of a recognised type (PDF, image, text, Office document, …)
    Unknown,     ///< unrecognised binary data (may still be a zip behind a self-extractor stub)
};

struct PackageSniff
{
    PackageKind kind = PackageKind::Unknown;
    QString mediaType;  ///< for Document (and Archive: application/zip etc.)
    QString formatName; ///< for Unsupported: a human name such as "RAR" or "Unix compress (.Z)"
};

/// Classifies a package file by its content (@p head) and name. Pure function; thread-safe.
PackageSniff sniffPackage(QByteArrayView head, QStringView fileName);

/// Whether @p fileName's extension claims an archive or compressed file (.zip, .7z, .tar, .tgz, .gz, .rar, …).
bool hasArchiveExtension(QStringView fileName);

} // namespace Tickmark::Core
