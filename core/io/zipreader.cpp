// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "zipreader.h"

#include <QCoreApplication>
#include <QSet>

#include <archive.h>
#include <archive_entry.h>

#include <memory>
#include <utility>
#include <vector>

namespace Tickmark::Core {

namespace {

constexpr qsizetype kChunkBytes = qsizetype(256) << 10;
constexpr qint64 kMaxReserveBytes = qint64(16) << 20;

struct ArchiveFree
{
    void operator()(archive *handle) const { archive_read_free(handle); }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveFree>;

template<typename... Args> Error zipError(const char *sourceText, const Args &...args)
{
    return fail(ErrorCode::ImportFailed, QCoreApplication::translate("ZipReader", sourceText).arg(args...));
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / double(1 << 20), 'g', 4);
}

QString archiveError(archive *handle)
{
    const char *text = archive_error_string(handle);
    return text ? QString::fromLocal8Bit(text) : QCoreApplication::translate("ZipReader", "unknown error");
}

Result<ArchivePtr> openArchive(const QByteArray &bytes)
{
    ArchivePtr handle(archive_read_new());
    if (!handle)
        return fail(ErrorCode::ImportFailed, QCoreApplication::translate("ZipReader", "out of memory"));
    // Zip only: format_all lets any upload renamed to .zip reach libarchive's riskier readers (some hang or
    // exit the process), and mtree would even read files from the local disk.
    archive_read_support_format_zip(handle.get());
    if (archive_read_open_memory(handle.get(), bytes.constData(), size_t(bytes.size())) != ARCHIVE_OK)
        return zipError(QT_TRANSLATE_NOOP("ZipReader", "the zip archive cannot be read (%1)"),
                        archiveError(handle.get()));
    return handle;
}

/// The next header, nullptr at the end of the archive.
Result<archive_entry *> nextEntry(archive *handle)
{
    archive_entry *entry = nullptr;
    const int rc = archive_read_next_header(handle, &entry);
    if (rc == ARCHIVE_EOF)
        return static_cast<archive_entry *>(nullptr);
    // A warning here is about metadata (say, a name that does not convert to the locale), not about data.
    if (rc != ARCHIVE_OK && rc != ARCHIVE_WARN)
        return zipError(QT_TRANSLATE_NOOP("ZipReader", "the zip archive cannot be read (%1)"), archiveError(handle));
    return entry;
}

QString entryName(archive_entry *entry)
{
    if (const char *utf8 = archive_entry_pathname_utf8(entry))
        return QString::fromUtf8(utf8);
    const char *raw = archive_entry_pathname(entry);
    return raw ? QString::fromUtf8(raw) : QString();
}

bool isRegularFile(archive_entry *entry)
{
    return archive_entry_filetype(entry) == AE_IFREG;
}

} // namespace

ZipReader::ZipReader(QByteArray archive, ZipLimits limits)
    : m_archive(std::move(archive))
    , m_limits(limits)
{}

Result<QStringList> ZipReader::entryNames() const
{
    auto handle = openArchive(m_archive);
    if (!handle)
        return handle.error();
    QStringList names;
    for (;;) {
        const auto entry = nextEntry(handle->get());
        if (!entry)
            return entry.error();
        if (!*entry)
            break;
        if (isRegularFile(*entry))
            names.append(entryName(*entry));
    }
    return names;
}

Result<QHash<QString, QByteArray>> ZipReader::read(const QStringList &names)
{
    const QSet<QString> wanted(names.cbegin(), names.cend());
    QHash<QString, QByteArray> parts;
    if (wanted.isEmpty())
        return parts;
    auto handle = openArchive(m_archive);
    if (!handle)
        return handle.error();
    while (parts.size() < wanted.size()) {
        const auto entry = nextEntry(handle->get());
        if (!entry)
            return entry.error();
        if (!*entry)
            break;
        const QString name = entryName(*entry);
        if (!isRegularFile(*entry) || !wanted.contains(name) || parts.contains(name))
            continue;
        if (archive_entry_is_encrypted(*entry))
            return zipError(QT_TRANSLATE_NOOP("ZipReader", "entry %1 is encrypted"), name);
        if (archive_entry_size_is_set(*entry) && archive_entry_size(*entry) > m_limits.maxEntryBytes)
            return zipError(QT_TRANSLATE_NOOP("ZipReader", "entry %1 declares more than %2 MB uncompressed"), name,
                            megabytes(m_limits.maxEntryBytes));
        const qint64 declared = archive_entry_size_is_set(*entry) ? archive_entry_size(*entry) : 0;
        auto data = readEntryData(handle->get(), name, declared);
        if (!data)
            return data.error();
        parts.insert(name, std::move(data).value());
    }
    return parts;
}

Result<QByteArray> ZipReader::readEntryData(::archive *handle, const QString &name, qint64 declaredBytes)
{
    const qint64 archiveBytes = qMax<qint64>(1, m_archive.size());
    std::vector<char> chunk(kChunkBytes);
    QByteArray data;
    // Only a hint: a lying declared size must not make us allocate, so the reservation is bounded too.
    data.reserve(qsizetype(qBound<qint64>(0, declaredBytes, kMaxReserveBytes)));
    for (;;) {
        // Declared sizes lie (corpus README hazard 7): every cap counts the bytes libarchive hands back.
        const la_ssize_t n = archive_read_data(handle, chunk.data(), chunk.size());
        if (n < 0)
            return zipError(QT_TRANSLATE_NOOP("ZipReader", "entry %1 is damaged (%2)"), name, archiveError(handle));
        if (n == 0)
            return data;
        m_bytesRead += n;
        if (data.size() + n > m_limits.maxEntryBytes)
            return zipError(QT_TRANSLATE_NOOP("ZipReader", "entry %1 is larger than %2 MB uncompressed"), name,
                            megabytes(m_limits.maxEntryBytes));
        if (m_bytesRead > m_limits.maxTotalBytes)
            return zipError(QT_TRANSLATE_NOOP("ZipReader", "the entries read expand to more than %1 MB in total"),
                            megabytes(m_limits.maxTotalBytes));
        if (m_bytesRead > m_limits.ratioGraceBytes && m_bytesRead / archiveBytes > m_limits.maxRatio)
            return zipError(QT_TRANSLATE_NOOP("ZipReader", "entry %1 expands to more than %2 times the size of the "
                                                           "archive (a zip bomb?)"),
                            name, QString::number(m_limits.maxRatio));
        data.append(chunk.data(), qsizetype(n));
    }
}

} // namespace Tickmark::Core
