// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace Tickmark::Core {

class Workpaper;
struct AttributeRecord;
struct ProcedureRecord;

/// How a control is tested (AICPA's four kinds of test of controls).
enum class ProcedureKind { Inquiry, Observation, Inspection, Reperformance };
QString procedureKindKey(ProcedureKind kind); ///< "inquiry" | "observation" | "inspection" | "reperformance"
std::optional<ProcedureKind> procedureKindFromKey(const QString &key);

/// The outcome of one attribute on one sample item.
enum class AttributeResult { Pass, Deviation, NotApplicable };
QString attributeResultKey(AttributeResult result); ///< "pass" | "deviation" | "na"
std::optional<AttributeResult> attributeResultFromKey(const QString &key);

/// One test procedure of a control.
struct TestProcedure
{
    ProcedureKind kind = ProcedureKind::Inquiry;
    QString text;
};

/// One test attribute of a control: what is checked on every sample item, named by a letter (A, B, C…).
struct TestAttribute
{
    QString letter;
    QString text;
};

/// One recorded result: attribute @c attribute on population row @c row of the sample of @c population.
struct RecordedResult
{
    QString population;
    qint64 row = 0;
    QString attribute; ///< the letter
    AttributeResult result = AttributeResult::Pass;
    QString note;
    QDateTime recordedAt;
    QString recordedBy; ///< "Name (INITIALS)"
};

/// A reference from a result cell to an evidence item and, optionally, one of its pages.
struct EvidenceReference
{
    qint64 evidenceId = 0;
    std::optional<int> page; ///< 1-based; nullopt = the whole document
    QString label;           ///< optional, e.g. "approval e-mail"

    bool operator==(const EvidenceReference &) const = default;
};

/// An evidence reference as listed: the cell it belongs to, the reference, and the item it names.
struct CellEvidenceReference
{
    QString population;
    qint64 row = 0;
    QString attribute; ///< the letter
    EvidenceReference reference;
    QString package;   ///< the item's package
    QString path;      ///< the item's path inside the package
    QByteArray sha256; ///< the item's content (hex)
    QString mediaType;
    QDateTime addedAt;
    QString addedBy; ///< "Name (INITIALS)"
};

/// "package/path" with ", p. 3" when a page is named: how a reference reads in lists and messages.
QString evidenceReferenceText(const CellEvidenceReference &reference);

/// A Type I walkthrough (a test of one): whether the control's design was found implemented.
struct Walkthrough
{
    bool designImplemented = false;
    QString note;
    QDateTime recordedAt;
    QString recordedBy; ///< "Name (INITIALS)"
};

/// True when @p procedures is not empty and every one is an inquiry: inquiry alone is not sufficient evidence.
bool inquiryOnly(const QList<TestProcedure> &procedures);

/// Designs and records the tests of controls: procedures, attributes, and one result per sample item and attribute.
/// A control's sample is the sample of its population. Each change is one audited action on "control:ID"
/// ("design" or "record"). Errors name the control, population, row or attribute involved: NotFound for an unknown
/// control or population, InvalidArgument for everything else the caller can fix. Thread affinity: the workpaper's.
class TestingService final
{
    Q_DECLARE_TR_FUNCTIONS(Tickmark::Core::TestingService)

public:
    explicit TestingService(Workpaper &workpaper) : m_wp(workpaper) {}

    /// Appends a procedure to control @p controlId; the text is required.
    Result<void> addProcedure(const QString &controlId, ProcedureKind kind, const QString &text);
    /// The control's procedures in the order they were added.
    Result<QList<TestProcedure>> procedures(const QString &controlId) const;
    /// Changes procedure number @p number (1-based, in the order of procedures()) of control @p controlId to
    /// @p kind and @p text (required). NotFound names the procedures the control has.
    Result<void> updateProcedure(const QString &controlId, int number, ProcedureKind kind, const QString &text);
    /// Removes procedure number @p number (1-based). The others keep their order.
    Result<void> removeProcedure(const QString &controlId, int number);

    /// Adds attribute @p letter (one or two letters, case-insensitive, stored upper-case; empty = the next free letter
    /// from A) to control @p controlId and returns it. AlreadyExists when the letter is taken.
    Result<TestAttribute> addAttribute(const QString &controlId, const QString &letter, const QString &text);
    /// The control's attributes, by letter.
    Result<QList<TestAttribute>> attributes(const QString &controlId) const;
    /// Changes the text of attribute @p letter of control @p controlId; results recorded on it stay.
    Result<void> updateAttribute(const QString &controlId, const QString &letter, const QString &text);
    /// How many results and evidence references attribute @p letter has (on any sample): {results, references}.
    Result<std::pair<qint64, qint64>> attributeUsage(const QString &controlId, const QString &letter) const;
    /// Removes attribute @p letter. When results are recorded on it, refused (InvalidArgument, naming how many
    /// results and evidence references would go) unless @p withResults, which removes them with it; the control's
    /// exception stays, as with clearResult().
    Result<void> removeAttribute(const QString &controlId, const QString &letter, bool withResults = false);

    /// Records @p result of attribute @p letter on population row @p row of the control's sample, replacing an earlier
    /// result of that item and attribute. @p population names the population whose sample is tested; it may be empty
    /// when the control has one population, or only one with a sample. Refused when the control, its population or
    /// sample, the row in the sample or the attribute is missing.
    Result<void> record(const QString &controlId, qint64 row, const QString &letter, AttributeResult result,
                        const QString &note = {}, const QString &population = {});
    /// Records as record() does and sets the cell's evidence references to exactly @p references, in one action
    /// (the undo of clearing a cell puts result, note and references back together). Each reference is checked
    /// as in addEvidenceReference().
    Result<void> recordWithReferences(const QString &controlId, qint64 row, const QString &letter,
                                      AttributeResult result, const QString &note,
                                      const QList<EvidenceReference> &references, const QString &population = {});
    /// Removes the result of attribute @p letter on row @p row (the undo of a first entry) with its evidence
    /// references; NotFound when there is none. The control's exception stays (its live count drops), as when a
    /// deviation is changed to a pass.
    Result<void> clearResult(const QString &controlId, qint64 row, const QString &letter,
                             const QString &population = {});
    /// The results on the current samples of the control's populations, by population, row and letter.
    Result<QList<RecordedResult>> results(const QString &controlId) const;

    /// Adds a reference to evidence item @p evidenceId (page @p page, 1-based, or the whole document) to the
    /// result of attribute @p letter on row @p row. The cell needs a recorded result (InvalidArgument otherwise);
    /// NotFound for an unknown item; InvalidArgument for a page below 1 or beyond the item's page count when that
    /// is known (PDFs whose text was extracted); AlreadyExists for the same item and page twice. Audited
    /// ("control:ID", "evidence").
    Result<void> addEvidenceReference(const QString &controlId, qint64 row, const QString &letter,
                                      const EvidenceReference &reference, const QString &population = {});
    /// Removes the reference to item @p evidenceId, page @p page; NotFound when the cell has no such reference.
    Result<void> removeEvidenceReference(const QString &controlId, qint64 row, const QString &letter,
                                         qint64 evidenceId, std::optional<int> page, const QString &population = {});
    /// Replaces the cell's references by @p references in one action (each checked as above; duplicates are
    /// merged). The cell needs a recorded result unless @p references is empty.
    Result<void> setEvidenceReferences(const QString &controlId, qint64 row, const QString &letter,
                                       const QList<EvidenceReference> &references, const QString &population = {});
    /// The page count of evidence item @p evidenceId when known (a PDF whose text was extracted), else nullopt.
    Result<std::optional<int>> evidencePageCount(qint64 evidenceId) const;
    /// The evidence references on the current samples of the control's populations, by population, row, letter,
    /// package, path and page.
    Result<QList<CellEvidenceReference>> evidenceReferences(const QString &controlId) const;

    /// Records the Type I walkthrough of control @p controlId (replacing an earlier one). A design found not
    /// implemented also raises (or joins) the control's design exception in the same transaction.
    Result<void> recordWalkthrough(const QString &controlId, bool designImplemented, const QString &note);
    /// The control's walkthrough, if one was recorded.
    Result<std::optional<Walkthrough>> walkthrough(const QString &controlId) const;
    /// Removes the control's walkthrough.
    Result<void> clearWalkthrough(const QString &controlId);

    /// Records that the control's event did not occur in the period (empty population); @p reason is required.
    /// The control is then concluded "not operated", which reports differently from "tested, no exceptions".
    /// A population with 0 rows and no sample is treated the same way without this call.
    Result<void> setNotOperated(const QString &controlId, const QString &reason);
    /// Withdraws setNotOperated().
    Result<void> clearNotOperated(const QString &controlId);
    /// The recorded reason, if the control is marked as not operated.
    Result<std::optional<QString>> notOperatedReason(const QString &controlId) const;

private:
    /// A resolved result cell: the control's row id, the population and sample, and the attribute.
    struct Cell
    {
        qint64 control = 0;
        QString population;
        qint64 sampleId = 0;
        qint64 attributeId = 0;
        QString letter;
    };
    /// The population whose sample is tested for @p controlId: @p population when named (it must be one of the
    /// control's), else the control's only population, else its only population with a sample.
    Result<QString> samplePopulation(const QString &controlId, const QString &population) const;
    Result<Cell> resolveCell(const QString &controlId, qint64 row, const QString &letter,
                             const QString &population) const;
    Result<qint64> controlRowId(const QString &controlId) const;
    /// Records @p result and @p note on @p cell inside the caller's action, joining or raising the exception of a
    /// deviation; with @p references, also sets the cell's references. Returns the audit summary.
    Result<QString> recordInAction(const QString &controlId, const Cell &cell, qint64 row, AttributeResult result,
                                   const QString &note, const QList<EvidenceReference> *references);
    /// Procedure @p number (1-based) of control row @p control; NotFound names the valid numbers.
    Result<ProcedureRecord> procedureAt(const QString &controlId, qint64 control, int number) const;
    /// Attribute @p letter of control row @p control; NotFound names the defined letters.
    Result<AttributeRecord> attributeAt(const QString &controlId, qint64 control, const QString &letter) const;
    /// "row 5, attribute B of control C-1", for messages.
    static QString cellText(const QString &controlId, qint64 row, const QString &letter);
    /// Checks that @p reference names an existing item and a page within it, for messages about @p cellText.
    Result<void> checkReference(const EvidenceReference &reference, const QString &cellText) const;
    /// Replaces the references of @p cell by @p references inside the caller's action; returns the summary
    /// entries {"evidence_before", "evidence"} (empty when nothing changed).
    Result<QJsonObject> replaceReferences(const Cell &cell, qint64 row, const QList<EvidenceReference> &references);
    /// The cell's references as JSON (for audit summaries).
    Result<QJsonArray> referencesJson(const Cell &cell, qint64 row) const;
    Workpaper &m_wp;
};

} // namespace Tickmark::Core
