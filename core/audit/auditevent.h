// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Tickmark::Core {

/// One row of the append-only audit trail.
struct AuditEvent
{
    qint64 seq = 0;       ///< 1, 2, 3… without gaps
    QDateTime at;         ///< UTC
    QString user;         ///< acting user's name
    QString initials;
    QString role;         ///< preparer|reviewer|partner
    QString object;       ///< object reference, e.g. "control:CTL-01", "engagement"
    QString action;       ///< e.g. "create", "update", "delete", "import", "refused"
    QString summary;      ///< before/after summary (compact JSON)
    QByteArray prevHash;  ///< hex SHA-256 of the previous event ("" for the first)
    QByteArray hash;      ///< hex SHA-256 over prevHash and this event's fields
};

/// Result of recomputing the chain.
struct ChainReport
{
    bool ok = true;
    qint64 events = 0;        ///< events checked
    qint64 firstBroken = 0;   ///< seq of the first bad event (0 when ok)
    QString problem;          ///< one line naming the event and what is wrong
};

/// The canonical hash of an event given its predecessor's hash (hex). Exposed for tests and other tools.
QByteArray auditEventHash(const AuditEvent &event);

} // namespace Tickmark::Core
