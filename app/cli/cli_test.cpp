// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Test-of-controls commands: test design, test record, test list.
#include "cli_command.h"
#include "cli_common.h"

#include "testing/testingservice.h"
#include "workpaper/workpaper.h"

#include <QJsonArray>

#include <limits>

namespace Tickmark::Cli {

namespace {

Error invalid(const QString &detail)
{
    return fail(ErrorCode::InvalidArgument, detail);
}

// Warns when the control's procedures are all inquiries: inquiry alone is not sufficient evidence.
void warnInquiryOnly(const QString &controlId, const QList<Core::TestProcedure> &procedures)
{
    if (Core::inquiryOnly(procedures))
        printWarning(tr("control %1: inquiry alone is not sufficient evidence; add an observation, inspection or"
                        " reperformance procedure")
                         .arg(controlId));
}

int designProcedure(const Invocation &invocation, const QString &controlId, const QString &text)
{
    const QString kindText = invocation.value(QStringLiteral("procedure")).trimmed();
    const auto kind = Core::procedureKindFromKey(kindText);
    if (!kind)
        return usageError(tr("--procedure: \"%1\" is not a procedure; use inquiry, observation, inspection or"
                             " reperformance")
                              .arg(kindText));
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        if (auto added = workpaper.testing().addProcedure(controlId, *kind, text); !added)
            return failure(added.error());
        printLine(tr("Added a procedure (%1) to control %2.").arg(Core::procedureKindKey(*kind), controlId));
        const auto procedures = workpaper.testing().procedures(controlId);
        if (procedures)
            warnInquiryOnly(controlId, *procedures);
        return kExitOk;
    });
}

int designAttribute(const Invocation &invocation, const QString &controlId, const QString &text)
{
    const QString letter = invocation.value(QStringLiteral("attribute")).trimmed();
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        const auto added = workpaper.testing().addAttribute(controlId, letter, text);
        if (!added)
            return failure(added.error());
        printLine(tr("Added attribute %1 to control %2.").arg(added->letter, controlId));
        return kExitOk;
    });
}

int runDesign(const Invocation &invocation)
{
    const auto controlId = requiredValue(invocation, QStringLiteral("control"));
    if (!controlId)
        return usageError(controlId.error().detail);
    const bool procedure = invocation.isSet(QStringLiteral("procedure"));
    const bool attribute = invocation.isSet(QStringLiteral("attribute"));
    if (procedure == attribute)
        return usageError(tr("test design: give either --procedure KIND or --attribute [LETTER], with --text"));
    const auto text = requiredValue(invocation, QStringLiteral("text"));
    if (!text)
        return usageError(text.error().detail);
    return procedure ? designProcedure(invocation, *controlId, *text) : designAttribute(invocation, *controlId, *text);
}

Result<Core::AttributeResult> resultValue(const Invocation &invocation)
{
    const auto text = requiredValue(invocation, QStringLiteral("result"));
    if (!text)
        return text.error();
    if (const auto result = Core::attributeResultFromKey(*text))
        return *result;
    return invalid(tr("--result: \"%1\" is not a result; use pass, deviation or na").arg(*text));
}

int runRecord(const Invocation &invocation)
{
    const auto controlId = requiredValue(invocation, QStringLiteral("control"));
    if (!controlId)
        return usageError(controlId.error().detail);
    const auto row = integerValue(invocation, QStringLiteral("row"), 1, std::numeric_limits<qint64>::max());
    if (!row)
        return usageError(row.error().detail);
    const auto letter = requiredValue(invocation, QStringLiteral("attribute"));
    if (!letter)
        return usageError(letter.error().detail);
    const auto result = resultValue(invocation);
    if (!result)
        return usageError(result.error().detail);
    const QString note = invocation.value(QStringLiteral("note"));
    const QString population = invocation.value(QStringLiteral("population"));
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        if (auto ok = workpaper.testing().record(*controlId, *row, *letter, *result, note, population); !ok)
            return failure(ok.error());
        printLine(tr("Recorded %1 for attribute %2 on row %3 of control %4's sample.")
                      .arg(Core::attributeResultKey(*result), letter->toUpper())
                      .arg(*row)
                      .arg(*controlId));
        return kExitOk;
    });
}

QJsonObject listJson(const QList<Core::TestProcedure> &procedures, const QList<Core::TestAttribute> &attributes,
                     const QList<Core::RecordedResult> &results)
{
    QJsonArray p;
    for (const Core::TestProcedure &procedure : procedures)
        p.append(QJsonObject{{QStringLiteral("kind"), Core::procedureKindKey(procedure.kind)},
                             {QStringLiteral("text"), procedure.text}});
    QJsonArray a;
    for (const Core::TestAttribute &attribute : attributes)
        a.append(QJsonObject{{QStringLiteral("letter"), attribute.letter}, {QStringLiteral("text"), attribute.text}});
    QJsonArray r;
    for (const Core::RecordedResult &result : results)
        r.append(QJsonObject{{QStringLiteral("population"), result.population},
                             {QStringLiteral("row"), result.row},
                             {QStringLiteral("attribute"), result.attribute},
                             {QStringLiteral("result"), Core::attributeResultKey(result.result)},
                             {QStringLiteral("note"), result.note},
                             {QStringLiteral("recorded_at"), result.recordedAt.toUTC().toString(Qt::ISODate)},
                             {QStringLiteral("recorded_by"), result.recordedBy}});
    return {{QStringLiteral("procedures"), p}, {QStringLiteral("attributes"), a}, {QStringLiteral("results"), r}};
}

void printListText(const QString &controlId, const QList<Core::TestProcedure> &procedures,
                   const QList<Core::TestAttribute> &attributes, const QList<Core::RecordedResult> &results)
{
    printLine(tr("Control %1").arg(controlId));
    printLine(tr("Procedures:"));
    if (procedures.isEmpty())
        printLine(tr("  (none)"));
    for (const Core::TestProcedure &procedure : procedures)
        printLine(QStringLiteral("  %1: %2").arg(Core::procedureKindKey(procedure.kind), procedure.text));
    printLine(tr("Attributes:"));
    if (attributes.isEmpty())
        printLine(tr("  (none)"));
    for (const Core::TestAttribute &attribute : attributes)
        printLine(QStringLiteral("  %1  %2").arg(attribute.letter, attribute.text));
    printLine(tr("Results:"));
    if (results.isEmpty())
        printLine(tr("  (none)"));
    for (const Core::RecordedResult &result : results) {
        QString line = tr("  %1 row %2, attribute %3: %4")
                           .arg(result.population)
                           .arg(result.row)
                           .arg(result.attribute, Core::attributeResultKey(result.result));
        if (!result.note.isEmpty())
            line += QStringLiteral(" (%1)").arg(rowText({result.note}));
        printLine(line);
    }
}

int runList(const Invocation &invocation)
{
    const auto controlId = requiredValue(invocation, QStringLiteral("control"));
    if (!controlId)
        return usageError(controlId.error().detail);
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        const auto procedures = workpaper.testing().procedures(*controlId);
        if (!procedures)
            return failure(procedures.error());
        const auto attributes = workpaper.testing().attributes(*controlId);
        if (!attributes)
            return failure(attributes.error());
        const auto results = workpaper.testing().results(*controlId);
        if (!results)
            return failure(results.error());
        if (invocation.json()) {
            printJson(listJson(*procedures, *attributes, *results));
            return kExitOk;
        }
        printListText(*controlId, *procedures, *attributes, *results);
        warnInquiryOnly(*controlId, *procedures);
        return kExitOk;
    });
}

QCommandLineOption controlOption()
{
    return QCommandLineOption(QStringLiteral("control"), tr("The control's ID (required)."), tr("ID"));
}

} // namespace

QList<Command> testCommands()
{
    return {
        {{QStringLiteral("test"), QStringLiteral("design")},
         {fileArgument()},
         {controlOption(),
          QCommandLineOption(QStringLiteral("procedure"),
                             tr("Add a procedure: inquiry, observation, inspection or reperformance."), tr("KIND")),
          // The bracketed value name makes the value optional (see cli_dispatch.cpp).
          QCommandLineOption(QStringLiteral("attribute"),
                             tr("Add a test attribute named LETTER (default: the next free letter from A)."),
                             tr("[LETTER]")),
          QCommandLineOption(QStringLiteral("text"), tr("What the procedure does or the attribute checks (required)."),
                             tr("TEXT"))},
         tr("Add a test procedure or a test attribute to a control"),
         tr("Give either --procedure KIND or --attribute [LETTER], each with --text. A control tested by\n"
            "inquiry alone draws a warning: inquiry alone is not sufficient evidence."),
         &runDesign},
        {{QStringLiteral("test"), QStringLiteral("record")},
         {fileArgument()},
         {controlOption(),
          QCommandLineOption(QStringLiteral("row"), tr("The population row, one of the sample's (required)."), tr("N")),
          QCommandLineOption(QStringLiteral("attribute"), tr("The attribute's letter (required)."), tr("A")),
          QCommandLineOption(QStringLiteral("result"), tr("pass, deviation or na (required)."), tr("RESULT")),
          QCommandLineOption(QStringLiteral("note"), tr("A note on the result."), tr("TEXT")),
          QCommandLineOption(QStringLiteral("population"),
                             tr("The population whose sample is tested, when the control has several."), tr("NAME"))},
         tr("Record the result of an attribute on a sample item"),
         tr("N is a row of the control's sample; an unsampled row or an undefined attribute is an error.\n"
            "Recording again replaces the earlier result of that item and attribute."),
         &runRecord},
        {{QStringLiteral("test"), QStringLiteral("list")},
         {fileArgument()},
         {controlOption(), jsonOption()},
         tr("Show a control's procedures, attributes and recorded results"),
         tr("JSON: {\"procedures\": [{\"kind\", \"text\"}], \"attributes\": [{\"letter\", \"text\"}],\n"
            "\"results\": [{\"population\", \"row\", \"attribute\", \"result\", \"note\", \"recorded_at\",\n"
            "\"recorded_by\"}]}"),
         &runList},
    };
}

} // namespace Tickmark::Cli
