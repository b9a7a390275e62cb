// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// EvidenceService: full-text indexing (text and CSV directly, PDFs through the PDF helper) and search.
#include "common/summary.h"
#include "evidenceservice.h"
#include "pdf/pdftool.h"
#include "textextraction.h"
#include "workpaper/repositories.h"
#include "workpaper/workpaper.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace Tickmark::Core {

namespace {

const QString kIndexed = QStringLiteral("indexed");
const QString kSkipped = QStringLiteral("skipped");
const QString kFailed = QStringLiteral("failed");

bool pdfToolAvailable()
{
    const QString exe = PdfTool::executable();
    if (exe.isEmpty())
        return false;
    if (QFileInfo(exe).isAbsolute())
        return QFileInfo(exe).isExecutable();
    return !QStandardPaths::findExecutable(exe).isEmpty();
}

} // namespace

Result<EvidenceIndexReport> EvidenceService::indexText(const std::function<bool(qint64, qint64)> &progress)
{
    const auto pending = m_wp.repositories().evidence.unindexedContents();
    if (!pending)
        return pending.error();
    EvidenceIndexReport report;
    if (pending->isEmpty())
        return report;
    bool cancelled = false;
    qint64 recorded = 0;
    auto ok = m_wp.perform(QStringLiteral("evidence"), QStringLiteral("index-text"), [&]() -> Result<QString> {
        qint64 done = 0;
        for (const UnindexedContent &content : *pending) {
            if (progress && !progress(done, pending->size())) {
                cancelled = true;
                break;
            }
            const auto stored = indexContent(content, report);
            if (!stored)
                return stored.error();
            recorded += *stored ? 1 : 0;
            ++done;
        }
        if (progress && !cancelled)
            progress(done, pending->size());
        return changeSummary({}, {{QStringLiteral("indexed"), report.items},
                                  {QStringLiteral("skipped"), report.skipped},
                                  {QStringLiteral("problems"), QJsonArray::fromStringList(report.problems)}});
    });
    if (!ok)
        return ok.error();
    if (cancelled)
        return fail(ErrorCode::Cancelled, tr("text indexing was cancelled; %1 contents were indexed").arg(recorded));
    return report;
}

// Returns whether a state row was written (false: left for a later run, e.g. the PDF helper is missing).
Result<bool> EvidenceService::indexContent(const UnindexedContent &content, EvidenceIndexReport &report)
{
    auto &repo = m_wp.repositories().evidence;
    const QDateTime now = m_wp.clock().now();
    switch (textSourceOf(content.mediaType)) {
    case TextSource::None: {
        ++report.skipped;
        auto ok = repo.markIndexed(content.sha256, kSkipped, 0, tr("no text (%1)").arg(content.mediaType), now);
        return ok ? Result<bool>(true) : Result<bool>(ok.error());
    }
    case TextSource::Plain:
        return indexPlainText(content, report, now);
    case TextSource::Pdf:
        break;
    }
    if (!pdfToolAvailable()) {
        ++report.skipped;
        report.problems << tr("%1: the PDF helper (tickmark-pdf) is not available; the PDF will be indexed once it is")
                               .arg(content.name);
        return false;
    }
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("evidence.pdf"));
    if (!dir.isValid())
        return fail(ErrorCode::FileError, tr("cannot create a temporary folder to read %1").arg(content.name));
    if (auto ok = exportItem(content.sha256, file); !ok)
        return ok.error();
    auto pages = PdfTool().text(file);
    QFile::remove(file); // the text is all that is needed from here on
    if (!pages) {
        ++report.skipped;
        report.problems << tr("%1: %2").arg(content.name, pages.error().detail);
        auto ok = repo.markIndexed(content.sha256, kFailed, 0, pages.error().detail, now);
        return ok ? Result<bool>(true) : Result<bool>(ok.error());
    }
    const auto writer = repo.writer();
    if (!writer)
        return writer.error();
    bool anyText = false;
    for (int i = 0; i < pages->size(); ++i) {
        QString &page = (*pages)[i];
        if (page.trimmed().isEmpty())
            continue;
        anyText = true;
        if (auto ok = (*writer)->addText(content.sha256, i + 1, page.toUtf8()); !ok)
            return ok.error();
        page.clear();
    }
    anyText ? ++report.items : ++report.skipped;
    auto ok = repo.markIndexed(content.sha256, anyText ? kIndexed : kSkipped, int(pages->size()),
                               anyText ? QString() : tr("no text layer (a scan?)"), now);
    return ok ? Result<bool>(true) : Result<bool>(ok.error());
}

// Text files go to the index straight from the chunk store, in segments, as UTF-8 (SQLite's C API: no decoding).
Result<bool> EvidenceService::indexPlainText(const UnindexedContent &content, EvidenceIndexReport &report,
                                             const QDateTime &now)
{
    auto &repo = m_wp.repositories().evidence;
    const auto writer = repo.writer();
    if (!writer)
        return writer.error();
    Result<void> stored;
    TextSegmenter segmenter([&](QByteArrayView utf8) {
        stored = (*writer)->addText(content.sha256, 0, utf8);
        return bool(stored);
    });
    auto ok = repo.forEachChunk(content.sha256,
                                [&](qint64, QByteArrayView chunk) -> Result<bool> { return segmenter.add(chunk); });
    if (!ok)
        return ok.error();
    if (!stored || !segmenter.finish() || !stored)
        return stored.error();
    ++report.items;
    auto marked = repo.markIndexed(content.sha256, kIndexed, segmenter.segments(),
                                   segmenter.allUtf8() ? QStringLiteral("UTF-8") : QStringLiteral("ISO-8859-1"), now);
    return marked ? Result<bool>(true) : Result<bool>(marked.error());
}

Result<QList<EvidenceSearchHit>> EvidenceService::search(const QString &query, int limit) const
{
    const QString q = query.trimmed();
    if (q.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("the search is empty; give one or more words"));
    auto &repo = m_wp.repositories().evidence;
    // The best row of each content and page (text files are indexed in segments, all page 0).
    const auto rows = repo.searchText(q, std::max(1, limit));
    if (!rows) {
        if (rows.error().code == ErrorCode::InvalidArgument)
            return fail(ErrorCode::InvalidArgument,
                        tr("the search \"%1\" is not valid (%2); put words with punctuation in double quotes,"
                           " e.g. \"SOC-2\"")
                            .arg(q, rows.error().detail));
        return rows.error();
    }
    QHash<QByteArray, QList<EvidenceItem>> holders;
    QList<EvidenceSearchHit> hits;
    for (const EvidenceTextHit &row : *rows) {
        if (!holders.contains(row.sha256)) {
            auto items = repo.itemsWithContent(row.sha256);
            if (!items)
                return items.error();
            if (auto ok = describeItems(*items); !ok)
                return ok.error();
            holders.insert(row.sha256, *items);
        }
        for (const EvidenceItem &item : holders.value(row.sha256)) {
            if (hits.size() >= limit)
                return hits;
            hits.append({item, row.page, row.snippet.simplified(), row.rank});
        }
    }
    return hits;
}

} // namespace Tickmark::Core
