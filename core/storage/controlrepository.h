// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "controls/control.h"

#include <QHash>

#include <optional>

namespace Tickmark::Core {

class Database;

/// Storage of controls and their criterion mapping. Controls keep the order they were added in.
class ControlRepository final
{
public:
    explicit ControlRepository(const Database &db) : m_db(db) {}

    Result<QList<Control>> list() const;
    Result<std::optional<Control>> find(const QString &id) const;
    Result<int> count() const;
    /// Inserts at the end, or at the stored @p position (from position()) shifting later controls down.
    Result<void> insert(const Control &control, std::optional<int> position = std::nullopt);
    /// Replaces the control stored under @p id (which may be renamed to control.id).
    Result<void> update(const QString &id, const Control &control);
    Result<void> remove(const QString &id);
    /// Stored ordering key of @p id (increasing in display order, not necessarily contiguous), or NotFound.
    Result<int> position(const QString &id) const;
    /// criterion id -> control ids (in control order) for every mapped criterion.
    Result<QHash<QString, QStringList>> controlsByCriterion() const;

private:
    Result<void> writeCriteria(qint64 rowId, const QStringList &criteria);
    Result<qint64> rowId(const QString &id) const;
    const Database &m_db;
};

} // namespace Tickmark::Core
