// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidenceservice.h"

#include "archivereader.h"
#include "common/sha256.h"
#include "common/summary.h"
#include "datedsource.h"
#include "evidenceimporter.h"
#include "filesources.h"
#include "mediatype.h"
#include "readaheadsource.h"
#include "requestservice.h"
#include "workpaper/repositories.h"
#include "workpaper/workpaper.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSaveFile>

#include <algorithm>

Q_LOGGING_CATEGORY(lcEvidence, "tickmark.evidence", QtWarningMsg)

namespace Tickmark::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tickmark::Core", text);
}

constexpr int kSkippedInSummary = 100; // skipped entries listed in the audit event; the count is always complete

struct FileFacts
{
    QByteArray sha256;
    qint64 size = 0;
    QByteArray head;
};

// One pass over the package file: its digest and its first bytes for sniffing.
Result<FileFacts> hashFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::FileError, tr("cannot open %1: %2").arg(path, file.errorString()));
    FileFacts facts;
    Sha256 hash;
    QByteArray block(kEvidenceChunkBytes, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(block.data(), block.size());
        if (n < 0)
            return fail(ErrorCode::FileError, tr("cannot read %1: %2").arg(path, file.errorString()));
        if (n == 0)
            break;
        const QByteArrayView bytes(block.constData(), n);
        hash.update(bytes);
        if (facts.head.size() < kSniffBytes)
            facts.head += bytes.first(std::min<qsizetype>(n, kSniffBytes - facts.head.size()));
        facts.size += n;
    }
    facts.sha256 = hash.hexDigest();
    return facts;
}

ArchiveReader::Compression compressionOf(const QString &mediaType)
{
    if (mediaType == QLatin1String("application/gzip"))
        return ArchiveReader::Compression::Gzip;
    if (mediaType == QLatin1String("application/x-bzip2"))
        return ArchiveReader::Compression::Bzip2;
    if (mediaType == QLatin1String("application/x-xz"))
        return ArchiveReader::Compression::Xz;
    return ArchiveReader::Compression::None;
}

QString compressorName(const QString &mediaType)
{
    switch (compressionOf(mediaType)) {
    case ArchiveReader::Compression::Gzip:
        return QStringLiteral("gzip");
    case ArchiveReader::Compression::Bzip2:
        return QStringLiteral("bzip2");
    case ArchiveReader::Compression::Xz:
        return QStringLiteral("xz");
    case ArchiveReader::Compression::None:
        break;
    }
    return {};
}

Error archiveOpenError(const QString &name, const PackageSniff &sniff, const Error &error)
{
    if (error.code != ErrorCode::ImportFailed)
        return error;
    if (sniff.kind == PackageKind::Unknown)
        return fail(ErrorCode::ImportFailed,
                    tr("%1 is neither a supported archive (zip, tar, tar.gz, tar.bz2, tar.xz, 7z) nor a recognised"
                       " evidence file (PDF, image, text, CSV, Office document)")
                        .arg(name));
    if (const QString compressor = compressorName(sniff.mediaType); !compressor.isEmpty())
        return fail(ErrorCode::ImportFailed, tr("%1 is %2-compressed but holds no tar archive (%3); only compressed"
                                                " tar archives are supported")
                                                 .arg(name, compressor, error.detail));
    return fail(ErrorCode::ImportFailed,
                tr("%1 cannot be read as a zip, tar or 7z archive (%2)").arg(name, error.detail));
}

QString importSummary(const EvidencePackage &package, const EvidenceImportResult &result)
{
    QJsonArray skipped;
    for (const SkippedEntry &s : result.skipped.first(std::min<qsizetype>(result.skipped.size(), kSkippedInSummary)))
        skipped.append(QJsonObject{{QStringLiteral("path"), s.path}, {QStringLiteral("reason"), s.reason}});
    return changeSummary({}, {{QStringLiteral("package"), package.name},
                              {QStringLiteral("sha256"), QString::fromLatin1(package.sha256)},
                              {QStringLiteral("format"), package.format},
                              {QStringLiteral("size"), package.size},
                              {QStringLiteral("files"), result.files},
                              {QStringLiteral("bytes"), result.bytes},
                              {QStringLiteral("new_contents"), result.newBlobs},
                              {QStringLiteral("skipped_count"), result.skipped.size()},
                              {QStringLiteral("skipped"), skipped},
                              {QStringLiteral("request"), package.requestRef}});
}

} // namespace

Result<EvidenceImportResult> EvidenceService::importPackage(const QString &path, const EvidenceImportOptions &options)
{
    const QString name = options.name.trimmed().isEmpty() ? QFileInfo(path).fileName() : options.name.trimmed();
    // An issued engagement takes no evidence: say so before reading the package (whose refusal could not be
    // recorded either).
    if (auto unlocked = m_wp.requireUnlocked(); !unlocked)
        return unlocked.error();
    if (const QString ref = options.requestRef.trimmed(); !ref.isEmpty()) {
        const auto request = m_wp.repositories().requests.idOf(ref);
        if (!request)
            return request.error();
        if (!*request)
            return fail(ErrorCode::NotFound, tr("request %1 does not exist; add it to the request list before importing"
                                                " %2 as its answer")
                                                 .arg(ref, name));
    }
    QByteArray sha256;
    auto result = importChecked(path, name, options, sha256);
    if (!result && result.error().code == ErrorCode::ImportFailed)
        recordRefusal(name, sha256, result.error().detail);
    return result;
}

Result<EvidenceImportResult> EvidenceService::importChecked(const QString &path, const QString &name,
                                                            const EvidenceImportOptions &options, QByteArray &sha256)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(ErrorCode::FileError, tr("%1 does not exist").arg(path));
    if (m_wp.isOwnFile(path))
        return fail(ErrorCode::ImportFailed,
                    tr("%1 is the open workpaper; it cannot be imported into itself").arg(name));
    if (info.isDir())
        return importFolder(path, name, options);
    if (!info.isFile())
        return fail(ErrorCode::ImportFailed, tr("%1 is not a regular file or a folder").arg(name));
    return importFile(path, name, options, sha256);
}

Result<EvidenceImportResult> EvidenceService::importFile(const QString &path, const QString &name,
                                                         const EvidenceImportOptions &options, QByteArray &sha256)
{
    const auto facts = hashFile(path);
    if (!facts)
        return facts.error();
    sha256 = facts->sha256;
    if (facts->size == 0)
        return fail(ErrorCode::ImportFailed, tr("%1 is empty (0 bytes); there is nothing to import").arg(name));
    if (auto ok = checkNotImported(facts->sha256, name); !ok)
        return ok.error();
    const QString fileName = QFileInfo(path).fileName();
    const PackageSniff sniff = sniffPackage(facts->head, fileName);
    EvidencePackage package;
    package.name = name;
    package.sha256 = facts->sha256;
    package.size = facts->size;
    if (sniff.kind == PackageKind::Unsupported)
        return fail(ErrorCode::ImportFailed, tr("%1 is in %2 format, which Tickmark does not read; ask the client for a"
                                                " zip, 7z or tar package")
                                                 .arg(name, sniff.formatName));
    if (sniff.kind == PackageKind::Document) {
        if (hasArchiveExtension(fileName))
            return fail(ErrorCode::ImportFailed, tr("%1 is named like an archive but is not a zip, tar or 7z archive"
                                                    " (its content looks like %2)")
                                                     .arg(name, sniff.mediaType));
        SingleFileSource source(path);
        package.format = QStringLiteral("file");
        return store(source, package, options, facts->size,
                     [&name](EvidencePackage &p, EvidenceImporter &, const EvidenceImportResult &r) -> Result<void> {
                         // The file was read twice (digest, then content): both reads must agree.
                         if (r.items.size() == 1 && r.items.first().sha256 == p.sha256)
                             return {};
                         return fail(ErrorCode::ImportFailed,
                                     tr("%1 changed while it was being imported; try again").arg(name));
                     });
    }
    auto reader = ArchiveReader::open(path, compressionOf(sniff.mediaType));
    if (!reader)
        return archiveOpenError(name, sniff, reader.error());
    ArchiveReader &archive = **reader;
    package.format = QStringLiteral("archive"); // the exact format is known after the first entry
    return store(archive, package, options, facts->size,
                 [&archive](EvidencePackage &p, EvidenceImporter &, const EvidenceImportResult &) {
                     p.format = archive.format().isEmpty() ? QStringLiteral("unknown") : archive.format();
                     return Result<void>();
                 });
}

Result<EvidenceImportResult> EvidenceService::importFolder(const QString &path, const QString &name,
                                                           const EvidenceImportOptions &options)
{
    const QString workpaper = QFileInfo(m_wp.path()).canonicalFilePath();
    FolderSource source(path, {workpaper, workpaper + QStringLiteral("-journal")});
    EvidencePackage package;
    package.name = name;
    package.format = QStringLiteral("folder");
    return store(
        source, package, options, source.totalBytes(),
        [this, &name](EvidencePackage &p, EvidenceImporter &importer, const EvidenceImportResult &r) -> Result<void> {
            p.sha256 = importer.manifestDigest();
            p.size = r.bytes;
            return checkNotImported(p.sha256, name);
        });
}

Result<EvidenceImportResult> EvidenceService::store(EntrySource &source, EvidencePackage package,
                                                    const EvidenceImportOptions &options, qint64 sourceSize,
                                                    const FinishPackage &finish)
{
    const QString requested = package.name;
    const auto unique = uniquePackageName(package.name);
    if (!unique)
        return unique.error();
    package.name = *unique;
    package.importedAt = m_wp.clock().now();
    package.importedBy = formatActor(m_wp.actor());
    package.requestRef = options.requestRef.trimmed();
    EvidenceImportResult result;
    auto &repo = m_wp.repositories().evidence;
    auto ok = m_wp.perform(
        QStringLiteral("evidence:%1").arg(package.name), QStringLiteral("import"), [&]() -> Result<QString> {
            const auto id = repo.insertPackage(package);
            if (!id)
                return id.error();
            package.id = *id;
            auto writer = repo.writer();
            if (!writer)
                return writer.error();
            // The package is read and inflated on a worker thread while this one hashes and writes.
            ReadAheadSource ahead(source, &EvidenceImporter::readsData);
            DatedSource dated(ahead);
            EvidenceImporter importer(dated, **writer, options, sourceSize);
            NewEvidenceItem item;
            item.packageId = package.id;
            item.receivedAt = package.importedAt;
            item.importedBy = package.importedBy;
            if (auto ran = importer.run(item, result); !ran) {
                if (ran.error().code == ErrorCode::Cancelled)
                    return fail(ErrorCode::Cancelled,
                                tr("the import of %1 was cancelled; nothing was stored").arg(requested));
                if (ran.error().code == ErrorCode::ImportFailed || ran.error().code == ErrorCode::FileError)
                    return fail(ran.error().code, tr("%1: %2").arg(requested, ran.error().detail));
                return ran.error();
            }
            if (finish) {
                if (auto done = finish(package, importer, result); !done)
                    return done.error();
            }
            if (auto done = repo.finishPackage(package); !done)
                return done.error();
            if (auto done = repo.setEffectiveDates(package.id, dated.dates()); !done)
                return done.error();
            if (!package.requestRef.isEmpty()) {
                if (auto answered = m_wp.requests().recordAnswer(package.requestRef, package.name); !answered)
                    return answered.error();
            }
            return importSummary(package, result);
        });
    if (!ok)
        return ok.error();
    result.package = package;
    return result;
}

Result<QString> EvidenceService::uniquePackageName(const QString &name) const
{
    QString candidate = name;
    for (int n = 2;; ++n) {
        const auto taken = m_wp.repositories().evidence.packageNameTaken(candidate);
        if (!taken)
            return taken.error();
        if (!*taken)
            return candidate;
        candidate = QStringLiteral("%1 (%2)").arg(name).arg(n);
    }
}

Result<void> EvidenceService::checkNotImported(const QByteArray &sha256, const QString &name) const
{
    const auto existing = m_wp.repositories().evidence.packageBySha256(sha256);
    if (!existing)
        return existing.error();
    if (*existing)
        return fail(ErrorCode::AlreadyExists,
                    tr("%1 was already imported as package \"%2\" on %3 (same SHA-256 %4)")
                        .arg(name, (*existing)->name, (*existing)->importedAt.toString(Qt::ISODate),
                             QString::fromLatin1(sha256)));
    return {};
}

void EvidenceService::recordRefusal(const QString &name, const QByteArray &sha256, const QString &reason)
{
    // After the import's rollback, in its own small transaction: the refusal itself belongs in the trail.
    QJsonObject after{{QStringLiteral("package"), name}, {QStringLiteral("reason"), reason}};
    if (!sha256.isEmpty())
        after.insert(QStringLiteral("sha256"), QString::fromLatin1(sha256));
    const auto ok = m_wp.perform(QStringLiteral("evidence:%1").arg(name), QStringLiteral("refused"),
                                 [&]() -> Result<QString> { return changeSummary({}, after); });
    if (!ok)
        qCWarning(lcEvidence) << "could not record the refusal of" << name << ":" << ok.error().detail;
}

Result<QList<EvidenceItem>> EvidenceService::list() const
{
    auto items = m_wp.repositories().evidence.items();
    if (!items)
        return items;
    if (auto ok = describeItems(*items); !ok)
        return ok.error();
    return items;
}

Result<QList<EvidencePackage>> EvidenceService::packages() const
{
    return m_wp.repositories().evidence.packages();
}

Result<std::pair<QByteArray, qint64>>
EvidenceService::rehash(const QByteArray &sha256, const std::function<Result<bool>(QByteArrayView)> &sink) const
{
    Sha256 hash;
    qint64 bytes = 0;
    auto ok = m_wp.repositories().evidence.forEachChunk(sha256, [&](qint64, QByteArrayView chunk) -> Result<bool> {
        hash.update(chunk);
        bytes += chunk.size();
        return sink ? sink(chunk) : Result<bool>(true);
    });
    if (!ok)
        return ok.error();
    return std::pair<QByteArray, qint64>(hash.hexDigest(), bytes);
}

QString EvidenceService::describeContent(const QByteArray &sha256) const
{
    const auto items = m_wp.repositories().evidence.itemsWithContent(sha256);
    if (!items || items->isEmpty())
        return tr("content %1").arg(QString::fromLatin1(sha256));
    QStringList names;
    for (const EvidenceItem &item : *items)
        names << QStringLiteral("%1/%2").arg(item.packageName, item.path);
    return names.join(QStringLiteral(", "));
}

Result<EvidenceVerifyReport> EvidenceService::verify(const std::function<bool(qint64, qint64)> &progress) const
{
    auto &repo = m_wp.repositories().evidence;
    const auto blobs = repo.blobs();
    if (!blobs)
        return blobs.error();
    const auto items = repo.itemCount();
    if (!items)
        return items.error();
    EvidenceVerifyReport report;
    report.items = *items;
    qint64 total = 0;
    for (const auto &blob : *blobs)
        total += blob.second;
    for (const auto &[sha256, size] : *blobs) {
        const auto actual = rehash(sha256, [&](QByteArrayView chunk) -> Result<bool> {
            report.bytes += chunk.size();
            if (progress && !progress(report.bytes, total))
                return fail(ErrorCode::Cancelled, tr("the verification was cancelled"));
            return true;
        });
        if (!actual)
            return actual.error();
        ++report.blobs;
        if (actual->first == sha256 && actual->second == size)
            continue;
        const auto holders = repo.itemsWithContent(sha256);
        if (!holders)
            return holders.error();
        for (const EvidenceItem &item : *holders)
            report.mismatches.append({item.packageName, item.path, sha256, actual->first, size, actual->second});
        if (holders->isEmpty())
            report.mismatches.append({QString(), QString(), sha256, actual->first, size, actual->second});
    }
    return report;
}

Result<void> EvidenceService::exportItem(const QByteArray &sha256, const QString &outPath) const
{
    if (auto ok = m_wp.checkExportTarget(outPath); !ok)
        return ok;
    const auto size = m_wp.repositories().evidence.blobSize(sha256);
    if (!size)
        return size.error();
    if (!*size)
        return fail(ErrorCode::NotFound, tr("no evidence has the SHA-256 %1").arg(QString::fromLatin1(sha256)));
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly))
        return fail(ErrorCode::FileError, tr("cannot write %1: %2").arg(outPath, out.errorString()));
    const auto actual = rehash(sha256, [&](QByteArrayView chunk) -> Result<bool> {
        if (out.write(chunk.data(), chunk.size()) != chunk.size())
            return fail(ErrorCode::FileError, tr("cannot write %1: %2").arg(outPath, out.errorString()));
        return true;
    });
    if (!actual) {
        out.cancelWriting();
        return actual.error();
    }
    if (actual->first != sha256 || actual->second != **size) {
        out.cancelWriting();
        return fail(ErrorCode::IntegrityFailure,
                    tr("the stored bytes of %1 no longer match their SHA-256 (expected %2 of %3 bytes, found %4 of %5"
                       " bytes); nothing was written to %6")
                        .arg(describeContent(sha256), QString::fromLatin1(sha256))
                        .arg(**size)
                        .arg(QString::fromLatin1(actual->first))
                        .arg(actual->second)
                        .arg(outPath));
    }
    if (!out.commit())
        return fail(ErrorCode::FileError, tr("cannot write %1: %2").arg(outPath, out.errorString()));
    return {};
}

Result<QByteArray> EvidenceService::readItem(const QByteArray &sha256, qint64 maxBytes) const
{
    auto &repo = m_wp.repositories().evidence;
    const auto size = repo.blobSize(sha256);
    if (!size)
        return size.error();
    if (!*size)
        return fail(ErrorCode::NotFound, tr("no evidence has the SHA-256 %1").arg(QString::fromLatin1(sha256)));
    QByteArray out;
    const qint64 wanted = std::clamp<qint64>(maxBytes, 0, **size);
    out.reserve(qsizetype(wanted));
    auto ok = repo.forEachChunk(sha256, [&](qint64, QByteArrayView chunk) -> Result<bool> {
        out.append(chunk.first(std::min<qsizetype>(chunk.size(), qsizetype(wanted - out.size()))));
        return out.size() < wanted;
    });
    if (!ok)
        return ok.error();
    return out;
}

} // namespace Tickmark::Core
