// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Test-of-controls commands: test design, test record, test list (test evidence: cli_testevidence.cpp).
#include "cli_command.h"
#include "cli_common.h"
#include "cli_testevidence.h"

#include "sampling/samplesize.h"
#include "testing/evaluationservice.h"
#include "testing/testingservice.h"
#include "workpaper/workpaper.h"

#include <QJsonArray>

#include <algorithm>
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

Result<int> numberValue(const Invocation &invocation, const QString &name)
{
    const auto n = integerValue(invocation, name, 1, std::numeric_limits<int>::max());
    if (!n)
        return n.error();
    return static_cast<int>(*n);
}

int updateProcedure(const Invocation &invocation, const QString &controlId)
{
    const auto number = numberValue(invocation, QStringLiteral("update-procedure"));
    if (!number)
        return usageError(number.error().detail);
    const auto text = requiredValue(invocation, QStringLiteral("text"));
    if (!text)
        return usageError(text.error().detail);
    const QString kindText = invocation.value(QStringLiteral("procedure")).trimmed();
    const auto kind = Core::procedureKindFromKey(kindText);
    if (invocation.isSet(QStringLiteral("procedure")) && !kind)
        return usageError(tr("--procedure: \"%1\" is not a procedure; use inquiry, observation, inspection or"
                             " reperformance")
                              .arg(kindText));
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        auto procedures = workpaper.testing().procedures(controlId);
        if (!procedures)
            return failure(procedures.error());
        // Without --procedure the kind stays; an unknown number is reported by the service.
        const Core::ProcedureKind keep = *number <= procedures->size() ? procedures->at(*number - 1).kind
                                                                       : Core::ProcedureKind::Inquiry;
        if (auto ok = workpaper.testing().updateProcedure(controlId, *number, kind.value_or(keep), *text); !ok)
            return failure(ok.error());
        printLine(tr("Changed procedure %1 of control %2.").arg(QString::number(*number), controlId));
        if ((procedures = workpaper.testing().procedures(controlId)))
            warnInquiryOnly(controlId, *procedures);
        return kExitOk;
    });
}

int removeProcedure(const Invocation &invocation, const QString &controlId)
{
    const auto number = numberValue(invocation, QStringLiteral("remove-procedure"));
    if (!number)
        return usageError(number.error().detail);
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        if (auto ok = workpaper.testing().removeProcedure(controlId, *number); !ok)
            return failure(ok.error());
        printLine(tr("Removed procedure %1 of control %2.").arg(QString::number(*number), controlId));
        if (const auto procedures = workpaper.testing().procedures(controlId))
            warnInquiryOnly(controlId, *procedures);
        return kExitOk;
    });
}

int updateAttribute(const Invocation &invocation, const QString &controlId)
{
    const auto letter = requiredValue(invocation, QStringLiteral("update-attribute"));
    if (!letter)
        return usageError(letter.error().detail);
    const auto text = requiredValue(invocation, QStringLiteral("text"));
    if (!text)
        return usageError(text.error().detail);
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        if (auto ok = workpaper.testing().updateAttribute(controlId, *letter, *text); !ok)
            return failure(ok.error());
        printLine(tr("Changed attribute %1 of control %2.").arg(letter->toUpper(), controlId));
        return kExitOk;
    });
}

int removeAttribute(const Invocation &invocation, const QString &controlId)
{
    const auto letter = requiredValue(invocation, QStringLiteral("remove-attribute"));
    if (!letter)
        return usageError(letter.error().detail);
    const bool withResults = invocation.isSet(QStringLiteral("with-results"));
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        if (auto ok = workpaper.testing().removeAttribute(controlId, *letter, withResults); !ok) {
            if (ok.error().code == ErrorCode::InvalidArgument && !withResults)
                return failure(Error{ok.error().code, ok.error().detail + tr(" (--with-results removes them)")});
            return failure(ok.error());
        }
        printLine(tr("Removed attribute %1 of control %2.").arg(letter->toUpper(), controlId));
        return kExitOk;
    });
}

int runDesign(const Invocation &invocation)
{
    const auto controlId = requiredValue(invocation, QStringLiteral("control"));
    if (!controlId)
        return usageError(controlId.error().detail);
    const bool update = invocation.isSet(QStringLiteral("update-procedure"));
    const bool procedure = invocation.isSet(QStringLiteral("procedure")) && !update;
    const bool attribute = invocation.isSet(QStringLiteral("attribute"));
    const QStringList edits{QStringLiteral("update-procedure"), QStringLiteral("remove-procedure"),
                            QStringLiteral("update-attribute"), QStringLiteral("remove-attribute")};
    const auto given = std::count_if(edits.cbegin(), edits.cend(),
                                     [&](const QString &name) { return invocation.isSet(name); });
    if (int(procedure) + int(attribute) + given != 1)
        return usageError(tr("test design: give one of --procedure KIND, --attribute [LETTER] (each with --text),"
                             " --update-procedure N, --remove-procedure N, --update-attribute A or"
                             " --remove-attribute A"));
    if (update)
        return updateProcedure(invocation, *controlId);
    if (invocation.isSet(QStringLiteral("remove-procedure")))
        return removeProcedure(invocation, *controlId);
    if (invocation.isSet(QStringLiteral("update-attribute")))
        return updateAttribute(invocation, *controlId);
    if (invocation.isSet(QStringLiteral("remove-attribute")))
        return removeAttribute(invocation, *controlId);
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

// Records the result; with --evidence, also refers it to those items (added to the cell's references) in the same
// action, so a refused reference records nothing.
int recordWithEvidence(const Invocation &invocation, Core::Workpaper &workpaper, const QString &controlId, qint64 row,
                       const QString &letter, Core::AttributeResult result)
{
    const QString note = invocation.value(QStringLiteral("note"));
    const QString population = invocation.value(QStringLiteral("population"));
    const QStringList values = invocation.values(QStringLiteral("evidence"));
    if (values.isEmpty()) {
        if (auto ok = workpaper.testing().record(controlId, row, letter, result, note, population); !ok)
            return failure(ok.error());
        return kExitOk;
    }
    const auto current = workpaper.testing().evidenceReferences(controlId);
    if (!current)
        return failure(current.error());
    QList<Core::EvidenceReference> references;
    for (const Core::CellEvidenceReference &r : *current) {
        if (r.row == row && r.attribute == letter.trimmed().toUpper() &&
            (population.trimmed().isEmpty() || r.population == population.trimmed()))
            references << r.reference;
    }
    for (const QString &value : values) {
        const auto reference = evidenceReferenceValue(workpaper, value);
        if (!reference)
            return failure(reference.error());
        if (!references.contains(*reference))
            references << *reference;
    }
    if (auto ok = workpaper.testing().recordWithReferences(controlId, row, letter, result, note, references,
                                                           population);
        !ok)
        return failure(ok.error());
    return kExitOk;
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
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        if (auto ok = recordWithEvidence(invocation, workpaper, *controlId, *row, *letter, *result); ok != kExitOk)
            return ok;
        printLine(tr("Recorded %1 for attribute %2 on row %3 of control %4's sample.")
                      .arg(Core::attributeResultKey(*result), letter->toUpper())
                      .arg(*row)
                      .arg(*controlId));
        return kExitOk;
    });
}

QJsonObject listJson(const QList<Core::TestProcedure> &procedures, const QList<Core::TestAttribute> &attributes,
                     const QList<Core::RecordedResult> &results,
                     const QList<Core::CellEvidenceReference> &references)
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
    return {{QStringLiteral("procedures"), p},
            {QStringLiteral("attributes"), a},
            {QStringLiteral("results"), r},
            {QStringLiteral("evidence_references"), evidenceReferencesJson(references)}};
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
        const auto references = workpaper.testing().evidenceReferences(*controlId);
        if (!references)
            return failure(references.error());
        if (invocation.json()) {
            printJson(listJson(*procedures, *attributes, *results, *references));
            return kExitOk;
        }
        printListText(*controlId, *procedures, *attributes, *results);
        warnInquiryOnly(*controlId, *procedures);
        return kExitOk;
    });
}

QString percent(double fraction)
{
    return QStringLiteral("%1%").arg(fraction * 100.0, 0, 'f', 1);
}

QString conclusionText(Core::ControlConclusion conclusion)
{
    switch (conclusion) {
    case Core::ControlConclusion::NotTested:
        return tr("not tested");
    case Core::ControlConclusion::InProgress:
        return tr("testing in progress");
    case Core::ControlConclusion::NotOperated:
        return tr("not operated: the control's event did not occur in the period (not tested, no exceptions noted)");
    case Core::ControlConclusion::Effective:
        return tr("operating effectively: tested, no deviations");
    case Core::ControlConclusion::DeviationsWithinTolerable:
        return tr("deviations noted, upper deviation limit within the tolerable rate");
    case Core::ControlConclusion::NotEffective:
        return tr("not operating effectively");
    }
    return {};
}

QJsonObject evaluationJson(const Core::ControlEvaluation &e)
{
    return {{QStringLiteral("control"), e.controlId},
            {QStringLiteral("sample_size"), e.sampleSize},
            {QStringLiteral("items_done"), e.itemsDone},
            {QStringLiteral("deviations"), e.deviations},
            {QStringLiteral("deviation_rate"), e.deviationRate},
            {QStringLiteral("upper_deviation_limit"),
             e.upperDeviationLimit ? QJsonValue(*e.upperDeviationLimit) : QJsonValue()},
            {QStringLiteral("tolerable_rate"), e.tolerableRate},
            {QStringLiteral("risk"), e.riskOfOverreliance},
            {QStringLiteral("exceptions"), e.openExceptions},
            {QStringLiteral("conclusion"), Core::controlConclusionKey(e.conclusion)}};
}

void printEvaluation(const Core::ControlEvaluation &e)
{
    printLine(tr("Control %1").arg(e.controlId));
    printLine(tr("  Sample: %1 items, %2 done, %3 with deviations (%4)")
                  .arg(e.sampleSize)
                  .arg(e.itemsDone)
                  .arg(e.deviations)
                  .arg(percent(e.deviationRate)));
    if (e.upperDeviationLimit)
        printLine(tr("  Upper deviation limit: %1 at %2 risk of overreliance; tolerable rate %3")
                      .arg(percent(*e.upperDeviationLimit), percent(e.riskOfOverreliance), percent(e.tolerableRate)));
    else
        printLine(tr("  Tolerable rate %1 at %2 risk of overreliance")
                      .arg(percent(e.tolerableRate), percent(e.riskOfOverreliance)));
    printLine(tr("  Exceptions: %1").arg(e.openExceptions));
    printLine(tr("  Conclusion: %1").arg(conclusionText(e.conclusion)));
}

// A rate as `sample size` reads one (0.05, .035, 5%, 3.25%), strictly between 0 and 1.
Result<double> fractionValue(const Invocation &invocation, const QString &name)
{
    const QString text = invocation.value(name).trimmed();
    const auto rate = Core::Rate::parse(text);
    const double value = rate ? rate->toDouble() : 0.0;
    if (!rate || value <= 0.0 || value >= 1.0)
        return invalid(tr("--%1: \"%2\" is not a rate between 0 and 1 (e.g. 0.05 or 5%)").arg(name, text));
    return value;
}

int runEvaluate(const Invocation &invocation)
{
    const auto controlId = requiredValue(invocation, QStringLiteral("control"));
    if (!controlId)
        return usageError(controlId.error().detail);
    const bool setTolerance = invocation.isSet(QStringLiteral("tolerable")) || invocation.isSet(QStringLiteral("risk"));
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        if (setTolerance) {
            const auto current = workpaper.evaluation().control(*controlId);
            if (!current)
                return failure(current.error());
            double tolerable = current->tolerableRate;
            double risk = current->riskOfOverreliance;
            if (invocation.isSet(QStringLiteral("tolerable"))) {
                const auto v = fractionValue(invocation, QStringLiteral("tolerable"));
                if (!v)
                    return usageError(v.error().detail);
                tolerable = *v;
            }
            if (invocation.isSet(QStringLiteral("risk"))) {
                const auto v = fractionValue(invocation, QStringLiteral("risk"));
                if (!v)
                    return usageError(v.error().detail);
                risk = *v;
            }
            if (auto set = workpaper.evaluation().setTolerance(*controlId, tolerable, risk); !set)
                return failure(set.error());
        }
        const auto evaluation = workpaper.evaluation().control(*controlId);
        if (!evaluation)
            return failure(evaluation.error());
        if (invocation.json())
            printJson(evaluationJson(*evaluation));
        else
            printEvaluation(*evaluation);
        return kExitOk;
    });
}

Result<bool> yesNo(const Invocation &invocation, const QString &name)
{
    const QString text = invocation.value(name).trimmed().toLower();
    if (text == QStringLiteral("yes"))
        return true;
    if (text == QStringLiteral("no"))
        return false;
    return invalid(tr("--%1: \"%2\" is not yes or no").arg(name, invocation.value(name).trimmed()));
}

int runWalkthrough(const Invocation &invocation)
{
    const auto controlId = requiredValue(invocation, QStringLiteral("control"));
    if (!controlId)
        return usageError(controlId.error().detail);
    const auto implemented = yesNo(invocation, QStringLiteral("implemented"));
    if (!implemented)
        return usageError(implemented.error().detail);
    const QString note = invocation.value(QStringLiteral("note"));
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        if (auto ok = workpaper.testing().recordWalkthrough(*controlId, *implemented, note); !ok)
            return failure(ok.error());
        printLine(*implemented ? tr("Recorded the walkthrough of control %1: design implemented.").arg(*controlId)
                               : tr("Recorded the walkthrough of control %1: design not implemented; a design"
                                    " exception is open.")
                                     .arg(*controlId));
        return kExitOk;
    });
}

int runNotOperated(const Invocation &invocation)
{
    const auto controlId = requiredValue(invocation, QStringLiteral("control"));
    if (!controlId)
        return usageError(controlId.error().detail);
    const bool clear = invocation.isSet(QStringLiteral("clear"));
    const QString reason = invocation.value(QStringLiteral("reason"));
    if (clear == invocation.isSet(QStringLiteral("reason")))
        return usageError(tr("test not-operated: give either --reason TEXT or --clear"));
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        const auto ok = clear ? workpaper.testing().clearNotOperated(*controlId)
                              : workpaper.testing().setNotOperated(*controlId, reason);
        if (!ok)
            return failure(ok.error());
        printLine(clear ? tr("Control %1 is no longer marked as not operated.").arg(*controlId)
                        : tr("Control %1 is marked as not operated in the period.").arg(*controlId));
        return kExitOk;
    });
}

QCommandLineOption controlOption()
{
    return QCommandLineOption(QStringLiteral("control"), tr("The control's ID (required)."), tr("ID"));
}

QList<Command> testDesignAndRecordCommands();

} // namespace

QList<Command> testCommands()
{
    return testDesignAndRecordCommands() + testEvidenceCommands();
}

namespace {

QList<Command> testDesignAndRecordCommands()
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
                             tr("TEXT")),
          QCommandLineOption(QStringLiteral("update-procedure"),
                             tr("Change procedure N (1-based, as test list shows them): --text, and --procedure to"
                                " change its kind."),
                             tr("N")),
          QCommandLineOption(QStringLiteral("remove-procedure"), tr("Remove procedure N."), tr("N")),
          QCommandLineOption(QStringLiteral("update-attribute"), tr("Change the text of attribute A (--text)."),
                             tr("A")),
          QCommandLineOption(QStringLiteral("remove-attribute"), tr("Remove attribute A."), tr("A")),
          QCommandLineOption(QStringLiteral("with-results"),
                             tr("With --remove-attribute: also remove the results and evidence references recorded"
                                " on it."))},
         tr("Add, change or remove a control's test procedures and attributes"),
         tr("Give one of --procedure KIND or --attribute [LETTER] (to add, with --text), --update-procedure N,\n"
            "--remove-procedure N, --update-attribute A or --remove-attribute A. An attribute with recorded\n"
            "results is removed only with --with-results. A control tested by inquiry alone draws a warning:\n"
            "inquiry alone is not sufficient evidence."),
         &runDesign},
        {{QStringLiteral("test"), QStringLiteral("record")},
         {fileArgument()},
         {controlOption(),
          QCommandLineOption(QStringLiteral("row"), tr("The population row, one of the sample's (required)."), tr("N")),
          QCommandLineOption(QStringLiteral("attribute"), tr("The attribute's letter (required)."), tr("A")),
          QCommandLineOption(QStringLiteral("result"), tr("pass, deviation or na (required)."), tr("RESULT")),
          QCommandLineOption(QStringLiteral("note"), tr("A note on the result."), tr("TEXT")),
          QCommandLineOption(QStringLiteral("population"),
                             tr("The population whose sample is tested, when the control has several with a sample."),
                             tr("NAME")),
          QCommandLineOption(QStringLiteral("evidence"),
                             tr("Refer the result to an evidence item: its SHA-256 or PACKAGE/PATH, optionally with"
                                " :PAGE (repeatable)."),
                             tr("REF[:PAGE]"))},
         tr("Record the result of an attribute on a sample item"),
         tr("N is a row of the control's sample; an unsampled row or an undefined attribute is an error.\n"
            "Recording again replaces the earlier result of that item and attribute; its evidence references\n"
            "stay, and --evidence adds to them (an unknown item or a page beyond a PDF's end records nothing)."),
         &runRecord},
        {{QStringLiteral("test"), QStringLiteral("list")},
         {fileArgument()},
         {controlOption(), jsonOption()},
         tr("Show a control's procedures, attributes and recorded results"),
         tr("JSON: {\"procedures\": [{\"kind\", \"text\"}], \"attributes\": [{\"letter\", \"text\"}],\n"
            "\"results\": [{\"population\", \"row\", \"attribute\", \"result\", \"note\", \"recorded_at\",\n"
            "\"recorded_by\"}], \"evidence_references\": [as test evidence --json]}"),
         &runList},
        {{QStringLiteral("test"), QStringLiteral("evaluate")},
         {fileArgument()},
         {controlOption(),
          QCommandLineOption(QStringLiteral("tolerable"),
                             tr("Set the control's tolerable rate first (e.g. 0.05 or 5%; default 5%)."), tr("T")),
          QCommandLineOption(QStringLiteral("risk"),
                             tr("Set the control's risk of overreliance first (e.g. 0.10 or 10%; default 10%)."),
                             tr("R")),
          jsonOption()},
         tr("Evaluate a control's test: deviations, upper deviation limit and conclusion"),
         tr("JSON: {\"control\", \"sample_size\", \"items_done\", \"deviations\", \"deviation_rate\",\n"
            "\"upper_deviation_limit\" (null before results), \"tolerable_rate\", \"risk\", \"exceptions\",\n"
            "\"conclusion\"}; conclusion is not-tested, in-progress, not-operated, effective,\n"
            "deviations-within-tolerable or not-effective. Rates are fractions."),
         &runEvaluate},
        {{QStringLiteral("test"), QStringLiteral("walkthrough")},
         {fileArgument()},
         {controlOption(),
          QCommandLineOption(QStringLiteral("implemented"), tr("Whether the design was found implemented: yes or no."),
                             tr("yes|no")),
          QCommandLineOption(QStringLiteral("note"), tr("What was observed (required for no)."), tr("TEXT"))},
         tr("Record a Type I walkthrough (a test of one) of a control's design"),
         tr("A design found not implemented raises the control's design exception."),
         &runWalkthrough},
        {{QStringLiteral("test"), QStringLiteral("not-operated")},
         {fileArgument()},
         {controlOption(),
          QCommandLineOption(QStringLiteral("reason"), tr("Why the control's event did not occur."), tr("TEXT")),
          QCommandLineOption(QStringLiteral("clear"), tr("Withdraw the mark."))},
         tr("Mark a control as not operated in the period (its event did not occur)"),
         tr("A not-operated control is reported differently from one tested without exceptions. A population\n"
            "with 0 rows is treated the same way automatically."),
         &runNotOperated},
    };
}

} // namespace

} // namespace Tickmark::Cli
