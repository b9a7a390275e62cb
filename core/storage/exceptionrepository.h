// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tickmark::Core {

class Database;

/// An exception as stored (keys as in the schema: kind "operating|design|description", assessment
/// "unassessed|isolated|systematic"); criteria sorted by id.
struct ExceptionRecord
{
    qint64 id = 0;
    QString controlRef;
    QString kind;
    QString description;
    QString cause;
    QString managementResponse;
    QString assessment = QStringLiteral("unassessed");
    std::optional<bool> criterionMet;
    QString reasoning;
    QString raisedAt;
    QString raisedBy;
    QStringList criteria;
};

/// Per-control evaluation inputs and non-sample test states as stored; defaults when the control has no row.
struct TestSettingRecord
{
    double tolerableRate = 0.05;
    double risk = 0.10;
    std::optional<QString> notOperatedReason;      ///< set: the control's event did not occur in the period
    std::optional<bool> walkthroughImplemented;     ///< set: a Type I walkthrough was recorded
    QString walkthroughNote;
    QString walkthroughAt;
    QString walkthroughBy;
};

/// Storage of exceptions and evaluation settings. Use inside the workpaper's transaction for changes.
class ExceptionRepository final
{
public:
    explicit ExceptionRepository(const Database &db) : m_db(db) {}

    /// Exceptions of control @p controlRef, or all when empty; by control position, then id.
    Result<QList<ExceptionRecord>> list(const QString &controlRef = {}) const;
    Result<std::optional<ExceptionRecord>> find(qint64 id) const;
    /// The id of the control's operating exception, if it has one (the lowest id when several).
    Result<std::optional<qint64>> operatingFor(qint64 controlRowId) const;
    /// The id the next inserted exception gets.
    Result<qint64> nextId() const;
    /// Inserts @p record for control row @p controlRowId with id record.id (0: chosen by SQLite); returns the id.
    Result<qint64> insert(qint64 controlRowId, const ExceptionRecord &record);
    /// Rewrites the editable fields and criteria of exception record.id.
    Result<void> update(const ExceptionRecord &record);

    Result<TestSettingRecord> setting(qint64 controlRowId) const;
    Result<void> saveSetting(qint64 controlRowId, const TestSettingRecord &setting);

private:
    Result<void> writeCriteria(qint64 id, const QStringList &criteria);
    const Database &m_db;
};

} // namespace Tickmark::Core
