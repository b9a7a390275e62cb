// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "control.h"
#include "controlmatrix.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace Tickmark::Core {

class Workpaper;

QJsonObject controlToJson(const Control &control);

/// A control mapped to a criterion outside the engagement's categories: kept, but coverage, testing results and
/// the report only look at in-scope criteria, so the importer is told.
struct OutOfScopeMapping
{
    QString control;
    QString criterion;
    bool operator==(const OutOfScopeMapping &) const = default;
};

/// What an import of a control matrix did.
struct ControlImportResult
{
    int added = 0;
    QStringList unknownHeaders;
    QString encoding;
    QList<OutOfScopeMapping> outOfScope; ///< in matrix order
};

/// Controls of the engagement: create, edit, delete, import. Each call is one audited action; criterion ids
/// are checked against the catalog; a duplicate id is refused.
class ControlService final
{
    Q_DECLARE_TR_FUNCTIONS(Tickmark::Core::ControlService)

public:
    explicit ControlService(Workpaper &workpaper) : m_wp(workpaper) {}

    Result<QList<Control>> list() const;
    Result<std::optional<Control>> find(const QString &id) const;
    Result<int> count() const;

    /// Adds @p control at the end, or at a stored position obtained from position() (used by undo).
    Result<void> add(const Control &control, std::optional<int> position = std::nullopt);
    /// Replaces control @p id with @p control (the id may change).
    Result<void> update(const QString &id, const Control &control);
    Result<void> remove(const QString &id);
    /// The control's stored ordering key, to put it back in place after an undone delete.
    Result<int> position(const QString &id) const;

    /// Imports every control of @p matrix in one action; any invalid row or a clash with an existing id fails the
    /// whole import and changes nothing. @p source names the file in the audit trail.
    Result<ControlImportResult> importMatrix(const ControlMatrix &matrix, const QString &source);
    /// Reads and imports a .csv control matrix file.
    Result<ControlImportResult> importFile(const QString &path);

private:
    Result<void> check(const Control &control) const;
    Result<QList<OutOfScopeMapping>> outOfScope(const QList<Control> &controls) const;
    Workpaper &m_wp;
};

} // namespace Tickmark::Core
