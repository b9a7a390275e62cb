// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Tickmark::Core {

class Workpaper;

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
public:
    explicit TestingService(Workpaper &workpaper) : m_wp(workpaper) {}

    /// Appends a procedure to control @p controlId; the text is required.
    Result<void> addProcedure(const QString &controlId, ProcedureKind kind, const QString &text);
    /// The control's procedures in the order they were added.
    Result<QList<TestProcedure>> procedures(const QString &controlId) const;

    /// Adds attribute @p letter (one or two letters, case-insensitive, stored upper-case; empty = the next free letter
    /// from A) to control @p controlId and returns it. AlreadyExists when the letter is taken.
    Result<TestAttribute> addAttribute(const QString &controlId, const QString &letter, const QString &text);
    /// The control's attributes, by letter.
    Result<QList<TestAttribute>> attributes(const QString &controlId) const;

    /// Records @p result of attribute @p letter on population row @p row of the control's sample, replacing an earlier
    /// result of that item and attribute. With several populations @p population names the one meant; otherwise it
    /// may be empty. Refused when the control, its population or sample, the row in the sample or the attribute is
    /// missing.
    Result<void> record(const QString &controlId, qint64 row, const QString &letter, AttributeResult result,
                        const QString &note = {}, const QString &population = {});
    /// Removes the result of attribute @p letter on row @p row (the undo of a first entry); NotFound when there is
    /// none. The control's exception stays (its live count drops), as when a deviation is changed to a pass.
    Result<void> clearResult(const QString &controlId, qint64 row, const QString &letter,
                             const QString &population = {});
    /// The results on the current samples of the control's populations, by population, row and letter.
    Result<QList<RecordedResult>> results(const QString &controlId) const;

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
    Result<Cell> resolveCell(const QString &controlId, qint64 row, const QString &letter,
                             const QString &population) const;
    Result<qint64> controlRowId(const QString &controlId) const;
    Workpaper &m_wp;
};

} // namespace Tickmark::Core
