// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/auditevent.h"
#include "common/result.h"

#include <functional>

namespace Tickmark::Core {

class Database;

/// Filter for listing audit events; empty fields match everything.
struct AuditFilter
{
    QString objectPrefix;   ///< e.g. "control:" or "control:CTL-01"
    QString user;
    QDateTime from;   ///< inclusive, UTC
    QDateTime to;     ///< inclusive, UTC
};

/// Storage of the append-only audit trail (the table's triggers refuse UPDATE and DELETE).
class AuditRepository final
{
public:
    explicit AuditRepository(const Database &db) : m_db(db) {}

    /// Appends @p event: fills seq, prevHash and hash from the current chain head and records the new head in
    /// meta. Call inside the action's transaction so the event lands with the change or not at all.
    Result<AuditEvent> append(AuditEvent event);
    /// Calls @p visit for every event in seq order until it returns false.
    Result<void> forEach(const std::function<bool(const AuditEvent &)> &visit) const;
    Result<QList<AuditEvent>> list(const AuditFilter &filter) const;
    /// The head recorded in meta as (seq, hash); (0, "") for an empty trail.
    Result<std::pair<qint64, QByteArray>> recordedHead() const;

private:
    const Database &m_db;
};

} // namespace Tickmark::Core
