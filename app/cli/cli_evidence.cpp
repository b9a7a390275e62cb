// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Evidence commands: evidence import, evidence list, evidence export, evidence verify, evidence search,
// evidence link.
#include "cli_command.h"
#include "cli_common.h"

#include "evidence/evidenceservice.h"
#include "workpaper/workpaper.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QRegularExpression>

namespace Tickmark::Cli {

namespace {

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes);
}

// The request a package answers, null when it answers none (the same in `evidence import` and `evidence list`).
QJsonValue requestJson(const QString &ref)
{
    return ref.isEmpty() ? QJsonValue() : QJsonValue(ref);
}

QJsonObject importJson(const Core::EvidenceImportResult &result)
{
    QJsonArray skipped;
    for (const Core::SkippedEntry &entry : result.skipped)
        skipped.append(QJsonObject{{QStringLiteral("path"), entry.path}, {QStringLiteral("reason"), entry.reason}});
    QJsonArray items;
    for (const Core::ImportedItem &item : result.items)
        items.append(QJsonObject{{QStringLiteral("path"), item.path},
                                 {QStringLiteral("sha256"), hex(item.sha256)},
                                 {QStringLiteral("size"), item.size},
                                 {QStringLiteral("media_type"), item.mediaType}});
    return {{QStringLiteral("package"), result.package.name},
            {QStringLiteral("sha256"), hex(result.package.sha256)},
            {QStringLiteral("format"), result.package.format},
            {QStringLiteral("request"), requestJson(result.package.requestRef)},
            {QStringLiteral("files"), result.files},
            {QStringLiteral("bytes"), result.bytes},
            {QStringLiteral("skipped"), skipped},
            {QStringLiteral("items"), items}};
}

QJsonObject itemJson(const Core::EvidenceItem &item)
{
    return {{QStringLiteral("package"), item.packageName},
            {QStringLiteral("path"), item.path},
            {QStringLiteral("sha256"), hex(item.sha256)},
            {QStringLiteral("size"), item.size},
            {QStringLiteral("media_type"), item.mediaType},
            {QStringLiteral("effective_date"),
             item.effectiveDate.isValid() ? QJsonValue(item.effectiveDate.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("out_of_period"), item.outOfPeriod},
            {QStringLiteral("controls"), QJsonArray::fromStringList(item.controls)},
            {QStringLiteral("request"), requestJson(item.requestRef)}};
}

QString itemLine(const Core::EvidenceItem &item)
{
    QString line = QStringLiteral("%1  %2/%3  %4  %5")
                       .arg(hex(item.sha256), item.packageName, item.path)
                       .arg(item.size)
                       .arg(item.mediaType);
    if (item.effectiveDate.isValid())
        line += QStringLiteral("  ") + item.effectiveDate.toString(Qt::ISODate);
    if (item.outOfPeriod)
        line += QStringLiteral("  ") + tr("(out of period)");
    if (!item.controls.isEmpty())
        line += QStringLiteral("  ") + tr("controls: %1").arg(item.controls.join(QStringLiteral(", ")));
    if (!item.requestRef.isEmpty())
        line += QStringLiteral("  ") + tr("request: %1").arg(item.requestRef);
    return line;
}

int runImport(const Invocation &invocation)
{
    const QString package = invocation.argument(1);
    Core::EvidenceImportOptions options;
    options.requestRef = invocation.value(QStringLiteral("request")).trimmed();
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        const auto result = workpaper.evidence().importPackage(package, options);
        if (!result)
            return failure(result.error());
        const Core::EvidenceImportResult &imported = result.value();
        // Index the new text right away so that a search finds it (unless deferred: "evidence search" and the app
        // index what is missing); a failure here does not undo the import.
        if (!invocation.isSet(QStringLiteral("no-index"))) {
            const auto indexed = workpaper.evidence().indexText();
            if (!indexed)
                printWarning(tr("%1: the text was not indexed for search: %2").arg(imported.package.name,
                                                                                 indexed.error().detail));
            else
                for (const QString &problem : indexed->problems)
                    printWarning(problem);
        }
        if (invocation.json()) {
            printJson(importJson(imported));
            return kExitOk;
        }
        for (const Core::SkippedEntry &entry : imported.skipped)
            printWarning(tr("%1: skipped %2: %3").arg(imported.package.name, entry.path, entry.reason));
        printLine(tr("Imported package \"%1\" (%2); files: %3; bytes: %4; skipped: %5.")
                      .arg(imported.package.name, imported.package.format)
                      .arg(imported.files)
                      .arg(imported.bytes)
                      .arg(imported.skipped.size()));
        printLine(tr("SHA-256 of the package: %1").arg(hex(imported.package.sha256)));
        for (const Core::ImportedItem &item : imported.items)
            printLine(QStringLiteral("  %1  %2  %3").arg(hex(item.sha256), item.path).arg(item.size));
        return kExitOk;
    });
}

int runList(const Invocation &invocation)
{
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        const auto items = workpaper.evidence().list();
        if (!items)
            return failure(items.error());
        const QList<Core::EvidenceItem> &list = items.value();
        if (invocation.json()) {
            QJsonArray array;
            for (const Core::EvidenceItem &item : list)
                array.append(itemJson(item));
            printJson(array);
            return kExitOk;
        }
        if (list.isEmpty()) {
            printLine(tr("No evidence imported."));
            return kExitOk;
        }
        for (const Core::EvidenceItem &item : list)
            printLine(itemLine(item));
        return kExitOk;
    });
}

int runExport(const Invocation &invocation)
{
    const QString sha256 = invocation.argument(1).trimmed().toLower();
    const QString out = invocation.argument(2);
    static const QRegularExpression hexDigest(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hexDigest.match(sha256).hasMatch())
        return usageError(tr("evidence export: \"%1\" is not a SHA-256; give 64 hex digits").arg(sha256));
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        const auto written = workpaper.evidence().exportItem(sha256.toLatin1(), out);
        if (!written)
            return failure(written.error());
        printLine(tr("Wrote %1 to %2.").arg(sha256, out));
        return kExitOk;
    });
}

QJsonObject verifyJson(const Core::EvidenceVerifyReport &report)
{
    QJsonArray mismatches;
    for (const Core::EvidenceMismatch &m : report.mismatches)
        mismatches.append(QJsonObject{{QStringLiteral("package"), m.package},
                                      {QStringLiteral("path"), m.path},
                                      {QStringLiteral("expected"), hex(m.expected)},
                                      {QStringLiteral("actual"), hex(m.actual)},
                                      {QStringLiteral("expected_size"), m.expectedSize},
                                      {QStringLiteral("actual_size"), m.actualSize}});
    return {{QStringLiteral("ok"), report.ok()},
            {QStringLiteral("items"), report.items},
            {QStringLiteral("blobs"), report.blobs},
            {QStringLiteral("bytes"), report.bytes},
            {QStringLiteral("mismatches"), mismatches}};
}

int runVerify(const Invocation &invocation)
{
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        const auto result = workpaper.evidence().verify();
        if (!result)
            return failure(result.error());
        const Core::EvidenceVerifyReport &report = result.value();
        if (invocation.json())
            printJson(verifyJson(report));
        if (!report.ok()) {
            const Core::EvidenceMismatch &first = report.mismatches.constFirst();
            return printError(tr("evidence %1/%2 does not match its SHA-256 %3 (stored bytes hash to %4); "
                                 "mismatched items: %5")
                                  .arg(first.package, first.path, hex(first.expected), hex(first.actual))
                                  .arg(report.mismatches.size()),
                              kExitFailure);
        }
        if (!invocation.json())
            printLine(tr("%1: evidence intact; items verified: %2; bytes: %3.")
                          .arg(invocation.file())
                          .arg(report.items)
                          .arg(report.bytes));
        return kExitOk;
    });
}

int runSearch(const Invocation &invocation)
{
    const QString query = invocation.argument(1);
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        // Search needs the index; a locked workpaper is searched as it was indexed before it was locked.
        const auto indexed = workpaper.evidence().indexText();
        if (!indexed && indexed.error().code != ErrorCode::Locked)
            return failure(indexed.error());
        if (indexed && !invocation.json())
            for (const QString &problem : indexed->problems)
                printWarning(problem);
        const auto hits = workpaper.evidence().search(query);
        if (!hits)
            return failure(hits.error());
        if (invocation.json()) {
            QJsonArray array;
            for (const Core::EvidenceSearchHit &hit : *hits)
                array.append(QJsonObject{{QStringLiteral("package"), hit.item.packageName},
                                         {QStringLiteral("path"), hit.item.path},
                                         {QStringLiteral("sha256"), hex(hit.item.sha256)},
                                         {QStringLiteral("page"), hit.page},
                                         {QStringLiteral("snippet"), hit.snippet}});
            printJson(array);
            return kExitOk;
        }
        if (hits->isEmpty()) {
            printLine(tr("No evidence matches \"%1\".").arg(query));
            return kExitOk;
        }
        for (const Core::EvidenceSearchHit &hit : *hits) {
            const QString where = hit.page > 0 ? tr("%1/%2, page %3").arg(hit.item.packageName, hit.item.path)
                                                     .arg(hit.page)
                                               : QStringLiteral("%1/%2").arg(hit.item.packageName, hit.item.path);
            printLine(QStringLiteral("%1  %2").arg(hex(hit.item.sha256), where));
            printLine(QStringLiteral("    ") + hit.snippet);
        }
        return kExitOk;
    });
}

int runLink(const Invocation &invocation)
{
    const auto control = requiredValue(invocation, QStringLiteral("control"));
    if (!control)
        return usageError(control.error().detail);
    const QString sha256 = invocation.value(QStringLiteral("sha256")).trimmed().toLower();
    const QString path = invocation.value(QStringLiteral("path")).trimmed();
    static const QRegularExpression hexDigest(QStringLiteral("^[0-9a-f]{64}$"));
    if (sha256.isEmpty() && path.isEmpty())
        return usageError(tr("evidence link: give --sha256 HASH (or --path PACKAGE/PATH)"));
    if (!sha256.isEmpty() && !hexDigest.match(sha256).hasMatch())
        return usageError(tr("evidence link: \"%1\" is not a SHA-256; give 64 hex digits").arg(sha256));
    const bool unlink = invocation.isSet(QStringLiteral("unlink"));
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        auto &evidence = workpaper.evidence();
        const auto done = unlink ? evidence.unlink(sha256.toLatin1(), *control, path)
                                 : evidence.link(sha256.toLatin1(), *control, path);
        if (!done)
            return failure(done.error());
        const QString what = path.isEmpty() ? sha256 : path;
        printLine(unlink ? tr("Unlinked %1 from control %2.").arg(what, *control)
                         : tr("Linked %1 to control %2.").arg(what, *control));
        return kExitOk;
    });
}

} // namespace

QList<Command> evidenceCommands()
{
    return {
        {{QStringLiteral("evidence"), QStringLiteral("import")},
         {fileArgument(), {QStringLiteral("PACKAGE"), tr("An archive (zip, tar, 7z), a single file or a folder.")}},
         {QCommandLineOption(QStringLiteral("request"), tr("The PBC request the package answers."), tr("ID")),
          QCommandLineOption(QStringLiteral("no-index"),
                             tr("Store the package only; its text is indexed for search later, by \"evidence"
                                " search\" or the app (for large text files that takes longer than the import).")),
          jsonOption()},
         tr("Import an evidence package into the workpaper"),
         tr("Skipped entries (links, devices, unsafe paths) are listed as warnings.\n"
            "JSON: {\"package\", \"sha256\", \"format\", \"request\", \"files\", \"bytes\",\n"
            "\"skipped\": [{\"path\", \"reason\"}], \"items\": [{\"path\", \"sha256\", \"size\", \"media_type\"}]}"),
         &runImport},
        {{QStringLiteral("evidence"), QStringLiteral("list")},
         {fileArgument()},
         {jsonOption()},
         tr("List the stored evidence items"),
         tr("JSON: [{\"package\", \"path\", \"sha256\", \"size\", \"media_type\", \"effective_date\",\n"
            "\"out_of_period\", \"controls\", \"request\"}], by package and path. effective_date and request are null\n"
            "when unknown."),
         &runList},
        {{QStringLiteral("evidence"), QStringLiteral("export")},
         {fileArgument(), {QStringLiteral("SHA256"), tr("The item's SHA-256 (64 hex digits).")},
          {QStringLiteral("OUTFILE"), tr("The file to write.")}},
         {},
         tr("Write a stored item's bytes to a file"),
         tr("The bytes are re-hashed on the way; the file appears only if they match."),
         &runExport},
        {{QStringLiteral("evidence"), QStringLiteral("verify")},
         {fileArgument()},
         {jsonOption()},
         tr("Re-hash every stored item; non-zero exit on a mismatch"),
         tr("JSON: {\"ok\", \"items\", \"blobs\", \"bytes\", \"mismatches\": [{\"package\", \"path\", \"expected\",\n"
            "\"actual\", \"expected_size\", \"actual_size\"}]}"),
         &runVerify},
        {{QStringLiteral("evidence"), QStringLiteral("search")},
         {fileArgument(), {QStringLiteral("QUERY"), tr("Words to find (all must occur); FTS5 syntax: \"exact phrase\",\n"
                                                       "OR, NOT, prefix*.")}},
         {jsonOption()},
         tr("Full-text search of the evidence (text, CSV, PDF)"),
         tr("Indexes any evidence not indexed yet first. Hits come best first; the matched words are wrapped in\n"
            "[ and ]. JSON: [{\"package\", \"path\", \"sha256\", \"page\", \"snippet\"}] (page 0 for text files)."),
         &runSearch},
        {{QStringLiteral("evidence"), QStringLiteral("link")},
         {fileArgument()},
         {QCommandLineOption(QStringLiteral("control"), tr("The control to link to."), tr("ID")),
          QCommandLineOption(QStringLiteral("sha256"), tr("The item's SHA-256 (every item with that content)."),
                             tr("HASH")),
          QCommandLineOption(QStringLiteral("path"), tr("One item, as PACKAGE/PATH (instead of or with --sha256)."),
                             tr("PACKAGE/PATH")),
          QCommandLineOption(QStringLiteral("unlink"), tr("Remove the link instead."))},
         tr("Link evidence to a control (or unlink it)"),
         tr("Recorded in the audit trail on evidence:SHA256."),
         &runLink},
    };
}

} // namespace Tickmark::Cli
