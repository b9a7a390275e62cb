// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entrysource.h"

#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QString>

namespace Tickmark::Core {

/// One file given directly (a PDF, an image, a CSV…) as a package of one entry named after the file.
class SingleFileSource final : public EntrySource
{
public:
    explicit SingleFileSource(const QString &path);

    Result<bool> next(SourceEntry &entry) override;
    Result<qint64> read(char *buffer, qint64 capacity) override;
    qint64 sourceBytesRead() const override { return m_read; }

private:
    QString m_path;
    QFile m_file;
    bool m_done = false;
    qint64 m_read = 0;
};

/// A folder, recursively, in byte order of the relative paths. Regular files are entries of kind File;
/// symlinks (never followed, also to folders) and devices, FIFOs and sockets are reported with their kind so
/// the importer skips and lists them. @p exclude (canonical paths, e.g. the open workpaper and its journal) are
/// reported as Other. Names are Qt's UTF-8 decoding of the file system's names.
class FolderSource final : public EntrySource
{
    Q_DECLARE_TR_FUNCTIONS(Tickmark::Core::FolderSource)

public:
    FolderSource(const QString &root, const QStringList &exclude);

    Result<bool> next(SourceEntry &entry) override;
    Result<qint64> read(char *buffer, qint64 capacity) override;
    qint64 sourceBytesRead() const override { return m_read; }
    /// Sum of the sizes of the regular files found (for progress).
    qint64 totalBytes() const { return m_totalBytes; }

private:
    struct Found
    {
        QString relative;
        QString absolute;
        SourceEntry::Kind kind;
        QByteArray linkTarget;
    };
    void scan(const QStringList &exclude);

    QString m_root;
    QList<Found> m_found;
    qsizetype m_index = -1;
    QFile m_file;
    qint64 m_read = 0;
    qint64 m_totalBytes = 0;
};

} // namespace Tickmark::Core
