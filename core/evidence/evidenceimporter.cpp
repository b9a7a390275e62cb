// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidenceimporter.h"

#include "entrypath.h"
#include "entrysource.h"
#include "mediatype.h"

#include <QCoreApplication>
#include <QLocale>

namespace Tickmark::Core {

namespace {

QString quoted(const QString &path)
{
    return QStringLiteral("\"%1\"").arg(path);
}

QString bytesText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

// Where one file's chunks go: kept in memory while the file is small, so that content already stored costs no
// writes at all; written under the staging key once the file outgrows the buffer.
class ContentSink final
{
public:
    explicit ContentSink(EvidenceWriter &writer)
        : m_writer(writer)
    {}

    Result<void> append(QByteArray chunk)
    {
        if (!m_staged && m_pending.size() < EvidenceImporter::kMaxBufferedChunks) {
            m_pending.append(std::move(chunk));
            return {};
        }
        if (!m_staged) {
            m_staged = true;
            for (const QByteArray &c : std::as_const(m_pending)) {
                if (auto ok = m_writer.addChunk({}, m_seq++, c); !ok)
                    return ok;
            }
            m_pending.clear();
        }
        return m_writer.addChunk({}, m_seq++, chunk);
    }

    /// Stores the content as @p sha256 unless it is there already; returns whether it was new.
    Result<bool> finish(const QByteArray &sha256, qint64 size)
    {
        const auto exists = m_writer.blobExists(sha256);
        if (!exists)
            return exists.error();
        if (m_staged) {
            auto ok = *exists ? m_writer.dropStaging() : m_writer.addBlob(sha256, size);
            if (ok && !*exists)
                ok = m_writer.promoteStaging(sha256);
            if (!ok)
                return ok.error();
            return !*exists;
        }
        if (*exists)
            return false;
        if (auto ok = m_writer.addBlob(sha256, size); !ok)
            return ok.error();
        for (qsizetype i = 0; i < m_pending.size(); ++i) {
            if (auto ok = m_writer.addChunk(sha256, i, m_pending.at(i)); !ok)
                return ok.error();
        }
        return true;
    }

private:
    EvidenceWriter &m_writer;
    QList<QByteArray> m_pending;
    qint64 m_seq = 0;
    bool m_staged = false;
};

} // namespace

EvidenceImporter::EvidenceImporter(EntrySource &source, EvidenceWriter &writer, const EvidenceImportOptions &options,
                                   qint64 sourceSize)
    : m_source(source)
    , m_writer(writer)
    , m_options(options)
    , m_sourceSize(sourceSize)
{}

bool EvidenceImporter::readsData(const SourceEntry &entry)
{
    return entry.kind == SourceEntry::Kind::File && !entry.encrypted && entry.skipReason.isEmpty() &&
           checkEntryPath(entry.rawPath).problem.isEmpty();
}

Result<void> EvidenceImporter::run(const NewEvidenceItem &item, EvidenceImportResult &result)
{
    SourceEntry entry;
    for (;;) {
        const auto more = m_source.next(entry);
        if (!more) {
            if (m_source.encryptionDetected())
                return fail(ErrorCode::ImportFailed, tr("the package's list of entries is encrypted; ask the client"
                                                        " for an unencrypted package"));
            if (m_lastEntry.isEmpty())
                return fail(ErrorCode::ImportFailed, tr("the package is damaged or truncated before its first entry"
                                                        " (%1)")
                                                         .arg(more.error().detail));
            return fail(ErrorCode::ImportFailed, tr("the package is damaged or truncated after entry %1 (%2)")
                                                     .arg(quoted(m_lastEntry), more.error().detail));
        }
        if (!*more)
            break;
        if (++m_entries > m_options.limits.maxEntries)
            return fail(ErrorCode::ImportFailed, tr("the package has more than %1 entries (the limit); ask the"
                                                    " client to split it")
                                                     .arg(m_options.limits.maxEntries));
        if (auto ok = handleEntry(entry, item, result); !ok)
            return ok;
        if (auto ok = reportProgress(); !ok)
            return ok;
    }
    if (result.files == 0) {
        QString detail = tr("the package holds no files to import");
        if (!result.skipped.isEmpty())
            detail += tr(" (skipped entries: %1; the first: %2: %3)")
                          .arg(result.skipped.size())
                          .arg(quoted(result.skipped.first().path), result.skipped.first().reason);
        return fail(ErrorCode::ImportFailed, detail);
    }
    return {};
}

Result<void> EvidenceImporter::handleEntry(const SourceEntry &entry, NewEvidenceItem item, EvidenceImportResult &result)
{
    const QString display =
        entry.rawPath.isEmpty() ? tr("(entry %1, without a name)").arg(m_entries) : displayPath(entry.rawPath);
    m_lastEntry = display;
    if (entry.encrypted)
        return fail(ErrorCode::ImportFailed,
                    tr("entry %1 is encrypted; ask the client for an unencrypted package").arg(quoted(display)));
    if (entry.kind == SourceEntry::Kind::Directory)
        return {};
    const EntryPathCheck check = checkEntryPath(entry.rawPath);
    if (const QString reason = skipReason(entry, check.problem); !reason.isEmpty()) {
        result.skipped.append({display, reason});
        return {};
    }
    // No check against the size the entry declares: declared sizes lie in both directions (corpus hazard 7 and
    // test_read_format_zip_uncompressed_size_off_by_4gib.zip), so the limits count the bytes actually read.
    auto content = storeContent(display);
    if (!content)
        return content.error();
    item.path = uniquePath(displayPath(check.normalized), m_usedPaths);
    item.rawPath = entry.rawPath;
    item.sha256 = content->sha256;
    item.size = content->size;
    item.mediaType = sniffMediaType(content->head, QString::fromUtf8(check.normalized));
    if (auto id = m_writer.addItem(item); !id)
        return id.error();
    m_manifest.update(content->sha256 + "  " + check.normalized + '\n');
    result.items.append({item.path, item.sha256, item.size, item.mediaType});
    ++result.files;
    result.bytes += item.size;
    result.newBlobs += content->isNew ? 1 : 0;
    return {};
}

QString EvidenceImporter::skipReason(const SourceEntry &entry, const QString &pathProblem) const
{
    if (!entry.skipReason.isEmpty())
        return entry.skipReason;
    if (!pathProblem.isEmpty())
        return pathProblem;
    const QString target = displayPath(entry.linkTarget);
    switch (entry.kind) {
    case SourceEntry::Kind::File:
    case SourceEntry::Kind::Directory:
        return {};
    case SourceEntry::Kind::Symlink:
        return tr("symbolic link to %1 (links are never followed)").arg(quoted(target));
    case SourceEntry::Kind::Hardlink:
        return tr("hard link to %1 (links are never followed)").arg(quoted(target));
    case SourceEntry::Kind::Device:
        return tr("device file (only regular files are imported)");
    case SourceEntry::Kind::Fifo:
        return tr("FIFO / named pipe (only regular files are imported)");
    case SourceEntry::Kind::Socket:
        return tr("socket (only regular files are imported)");
    case SourceEntry::Kind::Other:
        break;
    }
    return tr("not a regular file (only regular files are imported)");
}

Result<EvidenceImporter::Content> EvidenceImporter::storeContent(const QString &display)
{
    ContentSink sink(m_writer);
    Sha256 hash;
    Content content;
    const qint64 consumedAtStart = m_source.sourceBytesRead();
    QByteArray chunk(kEvidenceChunkBytes, Qt::Uninitialized);
    qsizetype filled = 0;
    for (;;) {
        const auto n = m_source.read(chunk.data() + filled, chunk.size() - filled);
        if (!n)
            return readError(display, n.error());
        filled += *n;
        content.size += *n;
        m_totalBytes += *n;
        if (auto ok = checkGrowth(display, content.size, consumedAtStart); !ok)
            return ok.error();
        if (*n > 0 && filled < chunk.size())
            continue;
        if (content.head.isEmpty())
            content.head = chunk.first(std::min(filled, kSniffBytes));
        if (filled == 0)
            break;
        chunk.truncate(filled);
        hash.update(chunk);
        if (auto ok = sink.append(std::exchange(chunk, QByteArray(kEvidenceChunkBytes, Qt::Uninitialized))); !ok)
            return ok.error();
        filled = 0;
        if (*n == 0)
            break;
        if (auto ok = reportProgress(); !ok)
            return ok.error();
    }
    content.sha256 = hash.hexDigest();
    auto isNew = sink.finish(content.sha256, content.size);
    if (!isNew)
        return isNew.error();
    content.isNew = *isNew;
    return content;
}

Result<void> EvidenceImporter::checkGrowth(const QString &display, qint64 entryBytes, qint64 consumedAtStart) const
{
    const EvidenceLimits &limits = m_options.limits;
    if (m_totalBytes > limits.maxTotalBytes)
        return fail(ErrorCode::ImportFailed, tr("entry %1 takes the package past its limit of %2 uncompressed"
                                                " (a decompression bomb?)")
                                                 .arg(quoted(display), bytesText(limits.maxTotalBytes)));
    if (limits.maxRatio <= 0 || entryBytes <= limits.ratioMinEntryBytes)
        return {};
    const qint64 consumed = m_source.sourceBytesRead() - consumedAtStart + kRatioSlackBytes;
    if (double(entryBytes) > double(consumed) * double(limits.maxRatio))
        return fail(ErrorCode::ImportFailed, tr("entry %1 expands to more than %2 times its compressed size"
                                                " (a decompression bomb?); the limit applies to entries over %3")
                                                 .arg(quoted(display))
                                                 .arg(limits.maxRatio)
                                                 .arg(bytesText(limits.ratioMinEntryBytes)));
    return {};
}

Result<void> EvidenceImporter::reportProgress() const
{
    if (!m_options.progress)
        return {};
    const EvidenceImportProgress p{m_totalBytes, m_entries, m_source.sourceBytesRead(), m_sourceSize};
    if (m_options.progress(p))
        return {};
    return fail(ErrorCode::Cancelled, tr("the import was cancelled; nothing was stored"));
}

Error EvidenceImporter::readError(const QString &display, const Error &error) const
{
    if (m_source.encryptionDetected())
        return fail(ErrorCode::ImportFailed,
                    tr("entry %1 is encrypted; ask the client for an unencrypted package").arg(quoted(display)));
    if (error.code == ErrorCode::FileError)
        return fail(ErrorCode::FileError, tr("%1 cannot be read (%2)").arg(quoted(display), error.detail));
    return fail(ErrorCode::ImportFailed,
                tr("entry %1 is damaged or truncated (%2)").arg(quoted(display), error.detail));
}

} // namespace Tickmark::Core
