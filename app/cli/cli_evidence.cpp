// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Evidence commands: evidence import, evidence list, evidence export, evidence verify.
#include "cli_command.h"
#include "cli_common.h"

#include "evidence/evidenceservice.h"
#include "workpaper/workpaper.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Tickmark::Cli {

namespace {

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes);
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
            {QStringLiteral("request"), result.package.requestRef},
            {QStringLiteral("files"), result.files},
            {QStringLiteral("bytes"), result.bytes},
            {QStringLiteral("skipped"), skipped},
            {QStringLiteral("items"), items}};
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
                array.append(QJsonObject{{QStringLiteral("package"), item.packageName},
                                         {QStringLiteral("path"), item.path},
                                         {QStringLiteral("sha256"), hex(item.sha256)},
                                         {QStringLiteral("size"), item.size},
                                         {QStringLiteral("media_type"), item.mediaType}});
            printJson(array);
            return kExitOk;
        }
        if (list.isEmpty()) {
            printLine(tr("No evidence imported."));
            return kExitOk;
        }
        for (const Core::EvidenceItem &item : list)
            printLine(QStringLiteral("%1  %2/%3  %4  %5")
                          .arg(hex(item.sha256), item.packageName, item.path)
                          .arg(item.size)
                          .arg(item.mediaType));
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

} // namespace

QList<Command> evidenceCommands()
{
    return {
        {{QStringLiteral("evidence"), QStringLiteral("import")},
         {fileArgument(), {QStringLiteral("PACKAGE"), tr("An archive (zip, tar, 7z), a single file or a folder.")}},
         {QCommandLineOption(QStringLiteral("request"), tr("The PBC request the package answers."), tr("ID")),
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
         tr("JSON: [{\"package\", \"path\", \"sha256\", \"size\", \"media_type\"}], by package and path."),
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
    };
}

} // namespace Tickmark::Cli
