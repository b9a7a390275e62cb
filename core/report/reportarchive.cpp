// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportarchive.h"

#include "common/sha256.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace Tickmark::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tickmark::Core", text);
}

struct ArchiveDeleter
{
    void operator()(::archive *a) const { archive_write_free(a); }
};
using ArchivePtr = std::unique_ptr<::archive, ArchiveDeleter>;

struct EntryDeleter
{
    void operator()(::archive_entry *e) const { archive_entry_free(e); }
};

Error archiveError(::archive *a, const QString &zipPath)
{
    return fail(ErrorCode::FileError,
                tr("cannot write the archive %1: %2").arg(zipPath, QString::fromUtf8(archive_error_string(a))));
}

Result<void> writeHeader(::archive *a, const QString &name, qint64 size, const QString &zipPath)
{
    std::unique_ptr<::archive_entry, EntryDeleter> entry(archive_entry_new());
    archive_entry_set_pathname_utf8(entry.get(), name.toUtf8().constData());
    archive_entry_set_size(entry.get(), size);
    archive_entry_set_filetype(entry.get(), AE_IFREG);
    archive_entry_set_perm(entry.get(), 0644);
    archive_entry_set_mtime(entry.get(), QDateTime::currentSecsSinceEpoch(), 0);
    if (archive_write_header(a, entry.get()) != ARCHIVE_OK)
        return archiveError(a, zipPath);
    return {};
}

// Streams @p file into the archive and returns its SHA-256 (hex).
Result<QByteArray> writeFile(::archive *a, const ArchiveFile &file, const QString &zipPath)
{
    QFile in(file.sourcePath);
    if (!in.open(QIODevice::ReadOnly))
        return fail(ErrorCode::FileError,
                    tr("cannot read %1 for the archive: %2").arg(file.sourcePath, in.errorString()));
    if (auto ok = writeHeader(a, file.name, in.size(), zipPath); !ok)
        return ok.error();
    Sha256 hash;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = in.read(chunk.data(), chunk.size());
        if (n < 0)
            return fail(ErrorCode::FileError, tr("cannot read %1: %2").arg(file.sourcePath, in.errorString()));
        if (n == 0)
            break;
        hash.update(QByteArrayView(chunk.constData(), n));
        if (archive_write_data(a, chunk.constData(), size_t(n)) != n)
            return archiveError(a, zipPath);
    }
    return hash.hexDigest();
}

} // namespace

Result<ArchiveResult> writeReferenceArchive(const QString &zipPath, const QList<ArchiveFile> &files,
                                            const QJsonObject &info)
{
    if (QFileInfo::exists(zipPath))
        return fail(ErrorCode::AlreadyExists,
                    tr("the archive %1 exists already; it is never overwritten").arg(zipPath));
    const QString partial = zipPath + QStringLiteral(".part");
    QFile::remove(partial);
    ArchivePtr a(archive_write_new());
    archive_write_set_format_zip(a.get());
    if (archive_write_open_filename(a.get(), QFile::encodeName(partial).constData()) != ARCHIVE_OK)
        return archiveError(a.get(), zipPath);
    QJsonArray listed;
    for (const ArchiveFile &file : files) {
        auto sha = writeFile(a.get(), file, zipPath);
        if (!sha) {
            a.reset();
            QFile::remove(partial);
            return sha.error();
        }
        listed.append(QJsonObject{{QStringLiteral("name"), file.name},
                                  {QStringLiteral("size"), QFileInfo(file.sourcePath).size()},
                                  {QStringLiteral("sha256"), QString::fromLatin1(*sha)}});
    }
    QJsonObject manifest = info;
    manifest.insert(QStringLiteral("files"), listed);
    const QByteArray json = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    auto header = writeHeader(a.get(), QStringLiteral("manifest.json"), json.size(), zipPath);
    if (!header || archive_write_data(a.get(), json.constData(), size_t(json.size())) != json.size() ||
        archive_write_close(a.get()) != ARCHIVE_OK) {
        const Error error = header ? archiveError(a.get(), zipPath) : header.error();
        a.reset();
        QFile::remove(partial);
        return error;
    }
    a.reset();
    if (!QFile::rename(partial, zipPath)) {
        QFile::remove(partial);
        return fail(ErrorCode::FileError, tr("cannot move the archive into place at %1").arg(zipPath));
    }
    QFile zip(zipPath);
    if (!zip.open(QIODevice::ReadOnly))
        return fail(ErrorCode::FileError, tr("cannot read back %1: %2").arg(zipPath, zip.errorString()));
    Sha256 hash;
    while (!zip.atEnd())
        hash.update(zip.read(1 << 20));
    return ArchiveResult{zipPath, hash.hexDigest(), manifest};
}

} // namespace Tickmark::Core
