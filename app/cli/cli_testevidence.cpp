// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Evidence references of test results: test evidence (list, --add, --remove).
#include "cli_testevidence.h"

#include "cli_common.h"

#include "evidence/evidenceservice.h"
#include "workpaper/workpaper.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace Tickmark::Cli {

namespace {

Error invalid(const QString &detail)
{
    return fail(ErrorCode::InvalidArgument, detail);
}

bool matchesCell(const Core::CellEvidenceReference &r, qint64 row, const QString &letter, const QString &population)
{
    return r.row == row && r.attribute == letter && (population.isEmpty() || r.population == population);
}

void printReferences(const QList<Core::CellEvidenceReference> &references)
{
    if (references.isEmpty())
        printLine(tr("No evidence references."));
    for (const Core::CellEvidenceReference &r : references) {
        QString line = tr("%1 row %2, attribute %3: %4")
                           .arg(r.population, QString::number(r.row), r.attribute, Core::evidenceReferenceText(r));
        if (!r.reference.label.isEmpty())
            line += QStringLiteral(" (%1)").arg(rowText({r.reference.label}));
        printLine(line);
    }
}

// The cell's references after removing @p removed and adding @p added (an added one replaces the same item and
// page, so its label can be changed).
Result<QList<Core::EvidenceReference>> combined(const QList<Core::CellEvidenceReference> &current,
                                                const QList<Core::EvidenceReference> &removed,
                                                const QList<Core::EvidenceReference> &added,
                                                const QList<QString> &removedNames, const QString &cellText)
{
    QList<Core::EvidenceReference> out;
    for (const Core::CellEvidenceReference &r : current)
        out << r.reference;
    const auto same = [](const Core::EvidenceReference &a, const Core::EvidenceReference &b) {
        return a.evidenceId == b.evidenceId && a.page == b.page;
    };
    for (qsizetype i = 0; i < removed.size(); ++i) {
        const auto it = std::find_if(out.begin(), out.end(),
                                     [&](const Core::EvidenceReference &r) { return same(r, removed.at(i)); });
        if (it == out.end())
            return invalid(tr("%1 does not refer to %2").arg(cellText, removedNames.at(i)));
        out.erase(it);
    }
    for (const Core::EvidenceReference &a : added) {
        out.erase(std::remove_if(out.begin(), out.end(), [&](const Core::EvidenceReference &r) { return same(r, a); }),
                  out.end());
        out << a;
    }
    return out;
}

struct CellArgs
{
    QString controlId;
    qint64 row = 0;
    QString letter;
    QString population;
};

int changeReferences(const Invocation &invocation, const CellArgs &cell)
{
    const QString label = invocation.value(QStringLiteral("label"));
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        QList<Core::EvidenceReference> added;
        QList<Core::EvidenceReference> removed;
        QStringList removedNames;
        for (const QString &value : invocation.values(QStringLiteral("add"))) {
            const auto ref = evidenceReferenceValue(workpaper, value, label);
            if (!ref)
                return failure(ref.error());
            added << *ref;
        }
        for (const QString &value : invocation.values(QStringLiteral("remove"))) {
            const auto ref = evidenceReferenceValue(workpaper, value);
            if (!ref)
                return failure(ref.error());
            removed << *ref;
            removedNames << value.trimmed();
        }
        const auto current = workpaper.testing().evidenceReferences(cell.controlId);
        if (!current)
            return failure(current.error());
        QList<Core::CellEvidenceReference> mine;
        for (const Core::CellEvidenceReference &r : *current) {
            if (matchesCell(r, cell.row, cell.letter, cell.population))
                mine << r;
        }
        const QString where =
            tr("row %1, attribute %2 of control %3").arg(QString::number(cell.row), cell.letter, cell.controlId);
        const auto wanted = combined(mine, removed, added, removedNames, where);
        if (!wanted)
            return failure(wanted.error());
        if (auto ok = workpaper.testing().setEvidenceReferences(cell.controlId, cell.row, cell.letter, *wanted,
                                                                 cell.population);
            !ok)
            return failure(ok.error());
        const auto after = workpaper.testing().evidenceReferences(cell.controlId);
        if (!after)
            return failure(after.error());
        QList<Core::CellEvidenceReference> now;
        for (const Core::CellEvidenceReference &r : *after) {
            if (matchesCell(r, cell.row, cell.letter, cell.population))
                now << r;
        }
        if (invocation.json())
            printJson(evidenceReferencesJson(now));
        else
            printReferences(now);
        return kExitOk;
    });
}

int runEvidence(const Invocation &invocation)
{
    const auto controlId = requiredValue(invocation, QStringLiteral("control"));
    if (!controlId)
        return usageError(controlId.error().detail);
    const bool changing = invocation.isSet(QStringLiteral("add")) || invocation.isSet(QStringLiteral("remove"));
    const bool cellGiven = invocation.isSet(QStringLiteral("row")) || invocation.isSet(QStringLiteral("attribute"));
    CellArgs cell{*controlId, 0, {}, invocation.value(QStringLiteral("population")).trimmed()};
    if (changing || cellGiven) {
        const auto row = integerValue(invocation, QStringLiteral("row"), 1, std::numeric_limits<qint64>::max());
        if (!row)
            return usageError(row.error().detail);
        const auto letter = requiredValue(invocation, QStringLiteral("attribute"));
        if (!letter)
            return usageError(letter.error().detail);
        cell.row = *row;
        cell.letter = letter->toUpper();
    }
    if (changing)
        return changeReferences(invocation, cell);
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        const auto all = workpaper.testing().evidenceReferences(cell.controlId);
        if (!all)
            return failure(all.error());
        QList<Core::CellEvidenceReference> shown;
        for (const Core::CellEvidenceReference &r : *all) {
            if (!cellGiven || matchesCell(r, cell.row, cell.letter, cell.population))
                shown << r;
        }
        if (invocation.json())
            printJson(evidenceReferencesJson(shown));
        else
            printReferences(shown);
        return kExitOk;
    });
}

} // namespace

Result<Core::EvidenceReference> evidenceReferenceValue(Core::Workpaper &workpaper, const QString &value,
                                                       const QString &label)
{
    static const QRegularExpression withPage(QStringLiteral("^(.+):(\\d+)$"));
    QString ref = value.trimmed();
    Core::EvidenceReference out;
    out.label = label.trimmed();
    if (const auto m = withPage.match(ref); m.hasMatch()) {
        ref = m.captured(1);
        bool ok = false;
        const int page = m.captured(2).toInt(&ok);
        if (!ok || page < 1)
            return invalid(tr("--evidence \"%1\": the page must be a number from 1").arg(value.trimmed()));
        out.page = page;
    }
    if (ref.isEmpty())
        return invalid(tr("an evidence reference is empty; give SHA256 or PACKAGE/PATH, optionally with :PAGE"));
    const auto items = workpaper.evidence().list();
    if (!items)
        return items.error();
    static const QRegularExpression sha(QStringLiteral("^[0-9a-fA-F]{64}$"));
    QList<Core::EvidenceItem> found;
    for (const Core::EvidenceItem &item : *items) {
        const bool bySha = sha.match(ref).hasMatch() && QString::fromLatin1(item.sha256) == ref.toLower();
        if (bySha || item.packageName + QLatin1Char('/') + item.path == ref)
            found << item;
    }
    if (found.isEmpty())
        return fail(ErrorCode::NotFound, tr("evidence \"%1\" does not exist; give an item's SHA-256 or PACKAGE/PATH as"
                                            " `evidence list` shows them")
                                             .arg(ref));
    if (found.size() > 1) {
        QStringList names;
        for (const Core::EvidenceItem &item : std::as_const(found))
            names << item.packageName + QLatin1Char('/') + item.path;
        return invalid(tr("evidence %1 is held by several items (%2); name one as PACKAGE/PATH")
                           .arg(ref, names.join(QStringLiteral(", "))));
    }
    out.evidenceId = found.first().id;
    return out;
}

QJsonArray evidenceReferencesJson(const QList<Core::CellEvidenceReference> &references)
{
    QJsonArray out;
    for (const Core::CellEvidenceReference &r : references)
        out.append(QJsonObject{{QStringLiteral("population"), r.population},
                               {QStringLiteral("row"), r.row},
                               {QStringLiteral("attribute"), r.attribute},
                               {QStringLiteral("evidence_id"), r.reference.evidenceId},
                               {QStringLiteral("package"), r.package},
                               {QStringLiteral("path"), r.path},
                               {QStringLiteral("sha256"), QString::fromLatin1(r.sha256)},
                               {QStringLiteral("media_type"), r.mediaType},
                               {QStringLiteral("page"), r.reference.page ? QJsonValue(*r.reference.page) : QJsonValue()},
                               {QStringLiteral("label"), r.reference.label},
                               {QStringLiteral("added_at"), r.addedAt.toUTC().toString(Qt::ISODate)},
                               {QStringLiteral("added_by"), r.addedBy}});
    return out;
}

QList<Command> testEvidenceCommands()
{
    return {
        {{QStringLiteral("test"), QStringLiteral("evidence")},
         {fileArgument()},
         {QCommandLineOption(QStringLiteral("control"), tr("The control's ID (required)."), tr("ID")),
          QCommandLineOption(QStringLiteral("row"), tr("The population row of the result (with --attribute)."),
                             tr("N")),
          QCommandLineOption(QStringLiteral("attribute"), tr("The attribute's letter (with --row)."), tr("A")),
          QCommandLineOption(QStringLiteral("add"),
                             tr("Refer the result to an evidence item: its SHA-256 or PACKAGE/PATH, optionally"
                                " with :PAGE (repeatable)."),
                             tr("REF[:PAGE]")),
          QCommandLineOption(QStringLiteral("remove"), tr("Remove a reference (repeatable)."), tr("REF[:PAGE]")),
          QCommandLineOption(QStringLiteral("label"), tr("A label for the references added."), tr("TEXT")),
          QCommandLineOption(QStringLiteral("population"),
                             tr("The population whose sample is tested, when the control has several with a sample."),
                             tr("NAME")),
          jsonOption()},
         tr("List, add or remove the evidence references of test results"),
         tr("Without --add or --remove, lists the references of the control (or of one result with --row and\n"
            "--attribute). --add and --remove change one result's references in one action; the result must be\n"
            "recorded first. A page beyond a PDF's known page count is an error.\n"
            "JSON: [{\"population\", \"row\", \"attribute\", \"evidence_id\", \"package\", \"path\", \"sha256\",\n"
            "\"media_type\", \"page\" (null: the whole document), \"label\", \"added_at\", \"added_by\"}]"),
         &runEvidence},
    };
}

} // namespace Tickmark::Cli
