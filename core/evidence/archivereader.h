// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entrysource.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace Tickmark::Core {

/// Streams the entries of a zip, tar (ustar, pax, GNU; plain, gzip, bzip2 or xz compressed) or 7z archive with
/// libarchive; nothing is extracted to disk. Only those formats are enabled: with every format on, Debian 12's
/// libarchive 3.6 loops or calls exit() on some inputs and reads plain text as mtree (which then reads files from
/// the local disk) - see ../shared/corpus/README.md, hazards 5-7. Filters are not bid for either: the caller names
/// the one decompression filter (from the file's magic number) and exactly that one is applied. Filter bidding
/// nests up to 25 filters, and a 293-byte gzip-inside-gzip file keeps it busy for minutes.
///
/// Entry names are read under a C.UTF-8 thread locale, so they do not depend on the user's locale: names stored
/// as raw bytes (zip without the UTF-8 flag, ustar) come back as those bytes, names stored as Unicode (7z, pax,
/// flagged zip) as UTF-8. The file is read through counting callbacks, so sourceBytesRead() is the compressed
/// input consumed, monotonic across seeks. Not thread-safe; the thread that opens it must also read and free it.
class ArchiveReader final : public EntrySource
{
    Q_DECLARE_TR_FUNCTIONS(Tickmark::Core::ArchiveReader)

public:
    /// The one decompression filter applied before the format reader.
    enum class Compression { None, Gzip, Bzip2, Xz };

    /// Opens @p path. Fails (FileError; or ImportFailed with libarchive's reason) if the file cannot be read or,
    /// once decompressed, is not one of the enabled formats ("Unrecognized archive format").
    static Result<std::unique_ptr<ArchiveReader>> open(const QString &path, Compression compression);
    ~ArchiveReader() override;
    ArchiveReader(const ArchiveReader &) = delete;
    ArchiveReader &operator=(const ArchiveReader &) = delete;

    Result<bool> next(SourceEntry &entry) override;
    Result<qint64> read(char *buffer, qint64 capacity) override;
    qint64 sourceBytesRead() const override;
    bool encryptionDetected() const override;

    /// "zip", "7z", "tar", "tar.gz", "tar.bz2" or "tar.xz"; empty before the first entry was read.
    QString format() const;

private:
    struct State;
    explicit ArchiveReader(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
};

} // namespace Tickmark::Core
