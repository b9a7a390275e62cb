// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace Tickmark::Core {

class Database;

/// A test procedure as stored: kind key ("inquiry", "observation", "inspection", "reperformance") and text.
struct ProcedureRecord
{
    qint64 id = 0;
    QString kind;
    QString text;
};

/// A test attribute as stored.
struct AttributeRecord
{
    qint64 id = 0;
    QString letter;
    QString text;
};

/// A recorded result as stored, with the population whose sample it belongs to and the attribute's letter.
struct ResultRecord
{
    QString population;
    qint64 row = 0;
    QString letter;
    QString result; ///< "pass" | "deviation" | "na"
    QString note;
    QString recordedAt;
    QString recordedBy;
};

/// An evidence reference of a result cell as stored, with the cell it belongs to and the item it names.
struct EvidenceReferenceRecord
{
    QString population;
    qint64 row = 0;
    QString letter;
    qint64 evidenceId = 0;
    int page = 0; ///< 1-based; 0 = the whole document
    QString label;
    QString addedAt;
    QString addedBy;
    QString package;    ///< the item's package name
    QString path;       ///< the item's path inside the package
    QByteArray sha256;  ///< the item's content
    QString mediaType;  ///< the item's media type
};

/// Storage of the tests of controls: procedures, attributes and the results recorded on sample items. Controls are
/// named by their reference ("CTL-01"); callers check that the control exists (controlRowId). Use inside the
/// workpaper's transaction for changes; not thread-safe.
class TestingRepository final
{
public:
    explicit TestingRepository(const Database &db) : m_db(db) {}

    /// The control's row id, or nullopt when no control has reference @p controlRef.
    Result<std::optional<qint64>> controlRowId(const QString &controlRef) const;

    /// Appends a procedure after the control's existing ones.
    Result<void> addProcedure(qint64 controlRowId, const QString &kind, const QString &text);
    /// In the order they were added.
    Result<QList<ProcedureRecord>> procedures(qint64 controlRowId) const;

    /// Changes procedure @p procedureId's kind and text.
    Result<void> updateProcedure(qint64 procedureId, const QString &kind, const QString &text);
    /// Deletes procedure @p procedureId.
    Result<void> removeProcedure(qint64 procedureId);

    /// Stores attribute @p letter; AlreadyExists when the control has it already.
    Result<void> addAttribute(qint64 controlRowId, const QString &letter, const QString &text);
    /// Ordered by letter (A…Z, then AA…).
    Result<QList<AttributeRecord>> attributes(qint64 controlRowId) const;

    /// Changes attribute @p attributeId's text.
    Result<void> updateAttribute(qint64 attributeId, const QString &text);
    /// Deletes attribute @p attributeId with its results and their evidence references (cascade).
    Result<void> removeAttribute(qint64 attributeId);
    /// How many results (on any sample) and evidence references attribute @p attributeId has.
    Result<std::pair<qint64, qint64>> attributeUsage(qint64 attributeId) const;

    /// The id of population @p populationId's current sample, or nullopt when none was drawn.
    Result<std::optional<qint64>> sampleId(qint64 populationId) const;
    /// Stores the result for (sample, row, attribute), replacing an earlier one; returns the earlier result key
    /// or an empty string when there was none.
    Result<QString> record(qint64 sampleId, qint64 row, qint64 attributeId, const QString &result, const QString &note,
                           const QString &recordedAt, const QString &recordedBy);
    /// Deletes one result; returns its result key before ("" when there was none).
    Result<QString> clearResult(qint64 sampleId, qint64 row, qint64 attributeId);
    /// Results on the current samples of the control's populations, by population, row and attribute letter.
    Result<QList<ResultRecord>> results(qint64 controlRowId) const;
    /// The result key of (sample, row, attribute), or "" when none is recorded.
    Result<QString> resultOf(qint64 sampleId, qint64 row, qint64 attributeId) const;

    /// Adds an evidence reference to a recorded result; false when the same item and page is referenced already.
    Result<bool> addReference(qint64 sampleId, qint64 row, qint64 attributeId, const EvidenceReferenceRecord &ref);
    /// Removes one reference; false when there was none.
    Result<bool> removeReference(qint64 sampleId, qint64 row, qint64 attributeId, qint64 evidenceId, int page);
    /// Removes every reference of one cell.
    Result<void> clearReferences(qint64 sampleId, qint64 row, qint64 attributeId);
    /// The references of one cell, by package, path and page (population, row and letter left empty).
    Result<QList<EvidenceReferenceRecord>> cellReferences(qint64 sampleId, qint64 row, qint64 attributeId) const;
    /// The references on the current samples of the control's populations, by population, row, letter, package,
    /// path and page.
    Result<QList<EvidenceReferenceRecord>> references(qint64 controlRowId) const;
    /// The page count of evidence item @p evidenceId when it is known (a PDF whose text was extracted).
    Result<std::optional<int>> evidencePageCount(qint64 evidenceId) const;

    /// How many results are recorded on population @p populationId's current sample (0 without a sample).
    Result<qint64> resultCount(qint64 populationId) const;

private:
    const Database &m_db;
};

} // namespace Tickmark::Core
