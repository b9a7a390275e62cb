// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivereader.h"

#include <QCoreApplication>
#include <QFile>

#include <archive.h>
#include <archive_entry.h>

#if defined(Q_OS_LINUX) || defined(Q_OS_MACOS)
#include <clocale>
#define TICKMARK_THREAD_LOCALE 1
#endif

#include <algorithm>
#include <vector>

namespace Tickmark::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tickmark::Core", text);
}

// Bytes handed to libarchive per read callback. Small enough that read-ahead barely blurs the per-entry
// compression ratio, large enough that callbacks cost nothing next to inflating and hashing.
constexpr qsizetype kReadBlock = qsizetype(64) << 10;

#ifdef TICKMARK_THREAD_LOCALE
// Switches this thread to C.UTF-8 for libarchive's character-set conversions (it consults the thread's
// LC_CTYPE when an archive object first converts a name) and restores the previous locale on destruction.
class Utf8LocaleScope final
{
public:
    Utf8LocaleScope()
    {
        static const locale_t utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", locale_t(nullptr));
        if (utf8)
            m_previous = uselocale(utf8);
    }
    ~Utf8LocaleScope()
    {
        if (m_previous)
            uselocale(m_previous);
    }
    Utf8LocaleScope(const Utf8LocaleScope &) = delete;
    Utf8LocaleScope &operator=(const Utf8LocaleScope &) = delete;

private:
    locale_t m_previous = nullptr;
};
#else
struct Utf8LocaleScope
{
};
#endif

struct ArchiveFree
{
    void operator()(archive *handle) const { archive_read_free(handle); }
};

QString archiveError(archive *handle)
{
    const char *text = archive_error_string(handle);
    return text && *text ? QString::fromUtf8(text) : tr("libarchive gave no reason");
}

SourceEntry::Kind kindOf(archive_entry *entry)
{
    if (archive_entry_hardlink(entry))
        return SourceEntry::Kind::Hardlink;
    switch (archive_entry_filetype(entry)) {
    case AE_IFREG:
        return SourceEntry::Kind::File;
    case AE_IFDIR:
        return SourceEntry::Kind::Directory;
    case AE_IFLNK:
        return SourceEntry::Kind::Symlink;
    case AE_IFCHR:
    case AE_IFBLK:
        return SourceEntry::Kind::Device;
    case AE_IFIFO:
        return SourceEntry::Kind::Fifo;
    case AE_IFSOCK:
        return SourceEntry::Kind::Socket;
    default:
        return SourceEntry::Kind::Other;
    }
}

QByteArray rawName(archive_entry *entry)
{
    // The multibyte form is the stored bytes when the archive did not say what they are; under our UTF-8
    // thread locale it is UTF-8 when the archive stored Unicode.
    if (const char *mbs = archive_entry_pathname(entry))
        return QByteArray(mbs);
    if (const char *utf8 = archive_entry_pathname_utf8(entry))
        return QByteArray(utf8);
    return {};
}

} // namespace

struct ArchiveReader::State
{
    Utf8LocaleScope locale; // first member: outlives the archive object, which may convert names until freed
    QFile file;
    std::vector<char> block = std::vector<char>(size_t(kReadBlock));
    qint64 delivered = 0;
    std::unique_ptr<archive, ArchiveFree> handle;
    bool started = false;

    static la_ssize_t readCallback(archive *, void *self, const void **buffer)
    {
        auto *s = static_cast<State *>(self);
        const qint64 n = s->file.read(s->block.data(), kReadBlock);
        *buffer = s->block.data();
        if (n > 0)
            s->delivered += n;
        return n < 0 ? ARCHIVE_FATAL : la_ssize_t(n);
    }
    static la_int64_t seekCallback(archive *, void *self, la_int64_t offset, int whence)
    {
        auto *s = static_cast<State *>(self);
        qint64 target = offset;
        if (whence == SEEK_CUR)
            target += s->file.pos();
        else if (whence == SEEK_END)
            target += s->file.size();
        if (target < 0 || !s->file.seek(target))
            return ARCHIVE_FATAL;
        return target;
    }
    static la_int64_t skipCallback(archive *, void *self, la_int64_t request)
    {
        auto *s = static_cast<State *>(self);
        const qint64 step = std::clamp<qint64>(request, 0, s->file.size() - s->file.pos());
        return s->file.seek(s->file.pos() + step) ? step : 0;
    }
};

ArchiveReader::ArchiveReader(std::unique_ptr<State> state)
    : m_state(std::move(state))
{}

ArchiveReader::~ArchiveReader() = default;

Result<std::unique_ptr<ArchiveReader>> ArchiveReader::open(const QString &path, Compression compression)
{
    auto state = std::make_unique<State>();
    state->file.setFileName(path);
    if (!state->file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return fail(ErrorCode::FileError, tr("cannot open %1: %2").arg(path, state->file.errorString()));
    state->handle.reset(archive_read_new());
    archive *a = state->handle.get();
    if (!a)
        return fail(ErrorCode::ImportFailed, tr("out of memory"));
    // Never format_all / filter_all, and no filter bidding at all: see the class comment.
    archive_read_support_format_zip(a);
    archive_read_support_format_tar(a);
    archive_read_support_format_7zip(a);
    if (compression != Compression::None) {
        const int filter = compression == Compression::Gzip    ? ARCHIVE_FILTER_GZIP
                           : compression == Compression::Bzip2 ? ARCHIVE_FILTER_BZIP2
                                                               : ARCHIVE_FILTER_XZ;
        if (archive_read_append_filter(a, filter) != ARCHIVE_OK)
            return fail(ErrorCode::ImportFailed, archiveError(a));
    }
    archive_read_set_read_callback(a, &State::readCallback);
    archive_read_set_seek_callback(a, &State::seekCallback);
    archive_read_set_skip_callback(a, &State::skipCallback);
    archive_read_set_callback_data(a, state.get());
    if (archive_read_open1(a) != ARCHIVE_OK)
        return fail(ErrorCode::ImportFailed, archiveError(a));
    return std::unique_ptr<ArchiveReader>(new ArchiveReader(std::move(state)));
}

Result<bool> ArchiveReader::next(SourceEntry &entry)
{
    archive *a = m_state->handle.get();
    archive_entry *header = nullptr;
    const int rc = archive_read_next_header(a, &header);
    if (rc == ARCHIVE_EOF)
        return false;
    // ARCHIVE_WARN is about metadata (a name that does not convert, an odd pax attribute), not about data.
    if (rc < ARCHIVE_WARN || rc == ARCHIVE_RETRY)
        return fail(ErrorCode::ImportFailed, archiveError(a));
    m_state->started = true;
    entry = SourceEntry();
    entry.rawPath = rawName(header);
    entry.kind = kindOf(header);
    if (const char *target = archive_entry_hardlink(header))
        entry.linkTarget = QByteArray(target);
    else if (const char *link = archive_entry_symlink(header))
        entry.linkTarget = QByteArray(link);
    entry.declaredSize = archive_entry_size_is_set(header) ? archive_entry_size(header) : -1;
    entry.encrypted = archive_entry_is_encrypted(header) != 0;
    if (archive_entry_mtime_is_set(header) && archive_entry_mtime(header) > 0)
        entry.modified = QDateTime::fromSecsSinceEpoch(archive_entry_mtime(header), Qt::UTC);
    // libarchive 3.6 drops a name it cannot convert (a zip that flags its names as UTF-8 but holds other bytes):
    // the bytes are not recoverable through its API, so the entry is skipped with libarchive's reason.
    if (entry.rawPath.isEmpty() && rc == ARCHIVE_WARN)
        entry.skipReason = tr("its name cannot be read (%1)").arg(archiveError(a));
    return true;
}

Result<qint64> ArchiveReader::read(char *buffer, qint64 capacity)
{
    archive *a = m_state->handle.get();
    const la_ssize_t n = archive_read_data(a, buffer, size_t(capacity));
    // Every negative value is a refusal, ARCHIVE_WARN included: zip reports a bad CRC and data longer than
    // declared (corpus hazard 7) only as a warning.
    if (n < 0)
        return fail(ErrorCode::ImportFailed, archiveError(a));
    return qint64(n);
}

qint64 ArchiveReader::sourceBytesRead() const
{
    return m_state->delivered;
}

bool ArchiveReader::encryptionDetected() const
{
    return archive_read_has_encrypted_entries(m_state->handle.get()) > 0;
}

QString ArchiveReader::format() const
{
    if (!m_state->started)
        return {};
    archive *a = m_state->handle.get();
    switch (archive_format(a) & ARCHIVE_FORMAT_BASE_MASK) {
    case ARCHIVE_FORMAT_ZIP:
        return QStringLiteral("zip");
    case ARCHIVE_FORMAT_7ZIP:
        return QStringLiteral("7z");
    case ARCHIVE_FORMAT_TAR:
        break;
    default:
        return QStringLiteral("unknown");
    }
    switch (archive_filter_code(a, 0)) {
    case ARCHIVE_FILTER_GZIP:
        return QStringLiteral("tar.gz");
    case ARCHIVE_FILTER_BZIP2:
        return QStringLiteral("tar.bz2");
    case ARCHIVE_FILTER_XZ:
        return QStringLiteral("tar.xz");
    default:
        return QStringLiteral("tar");
    }
}

} // namespace Tickmark::Core
