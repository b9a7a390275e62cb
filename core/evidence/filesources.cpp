// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filesources.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace Tickmark::Core {

namespace {

// What a directory entry that is neither a regular file, a folder nor a symlink is.
SourceEntry::Kind specialKind(const QString &absolute)
{
#ifdef Q_OS_UNIX
    struct stat st = {};
    if (::lstat(QFile::encodeName(absolute).constData(), &st) == 0) {
        if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
            return SourceEntry::Kind::Device;
        if (S_ISFIFO(st.st_mode))
            return SourceEntry::Kind::Fifo;
        if (S_ISSOCK(st.st_mode))
            return SourceEntry::Kind::Socket;
    }
#else
    Q_UNUSED(absolute)
#endif
    return SourceEntry::Kind::Other;
}

Result<qint64> readOpen(QFile &file, char *buffer, qint64 capacity)
{
    if (!file.isOpen() && !file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::FileError, file.errorString());
    const qint64 n = file.read(buffer, capacity);
    if (n < 0)
        return fail(ErrorCode::FileError, file.errorString());
    return n;
}

} // namespace

SingleFileSource::SingleFileSource(const QString &path)
    : m_path(path)
    , m_file(path)
{}

Result<bool> SingleFileSource::next(SourceEntry &entry)
{
    if (m_done)
        return false;
    m_done = true;
    entry = SourceEntry();
    entry.rawPath = QFileInfo(m_path).fileName().toUtf8();
    entry.declaredSize = QFileInfo(m_path).size();
    return true;
}

Result<qint64> SingleFileSource::read(char *buffer, qint64 capacity)
{
    auto n = readOpen(m_file, buffer, capacity);
    if (n)
        m_read += *n;
    return n;
}

FolderSource::FolderSource(const QString &root, const QStringList &exclude)
    : m_root(QDir(root).absolutePath())
{
    scan(exclude);
}

void FolderSource::scan(const QStringList &exclude)
{
    const QDir root(m_root);
    // No FollowSymlinks: a symlinked folder is reported as a symlink, never walked into.
    QDirIterator it(m_root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isDir() && !info.isSymLink())
            continue;
        Found f{root.relativeFilePath(info.absoluteFilePath()), info.absoluteFilePath(), SourceEntry::Kind::File, {}};
        if (info.isSymLink()) {
            f.kind = SourceEntry::Kind::Symlink;
            f.linkTarget = info.symLinkTarget().toUtf8();
        } else if (!info.isFile()) {
            f.kind = specialKind(f.absolute);
        } else if (exclude.contains(info.canonicalFilePath())) {
            f.kind = SourceEntry::Kind::Other;
        } else {
            m_totalBytes += info.size();
        }
        m_found.append(f);
    }
    // Byte order of the UTF-8 names: the same on every platform and file system, and what `sort` does in C.
    std::sort(m_found.begin(), m_found.end(),
              [](const Found &a, const Found &b) { return a.relative.toUtf8() < b.relative.toUtf8(); });
}

Result<bool> FolderSource::next(SourceEntry &entry)
{
    m_file.close();
    if (++m_index >= m_found.size())
        return false;
    const Found &f = m_found.at(m_index);
    entry = SourceEntry();
    entry.rawPath = f.relative.toUtf8();
    entry.kind = f.kind;
    entry.linkTarget = f.linkTarget;
    if (f.kind == SourceEntry::Kind::Other && QFileInfo(f.absolute).isFile())
        entry.skipReason = tr("the open workpaper itself (or its journal) is never imported into itself");
    m_file.setFileName(f.absolute);
    return true;
}

Result<qint64> FolderSource::read(char *buffer, qint64 capacity)
{
    auto n = readOpen(m_file, buffer, capacity);
    if (n)
        m_read += *n;
    return n;
}

} // namespace Tickmark::Core
