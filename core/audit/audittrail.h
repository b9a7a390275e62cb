// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "auditevent.h"
#include "common/result.h"
#include "storage/auditrepository.h"

namespace Tickmark::Core {

class Workpaper;

/// Read side of the append-only audit trail (events are written by Workpaper::perform).
class AuditTrail final
{
    Q_DECLARE_TR_FUNCTIONS(Tickmark::Core::AuditTrail)

public:
    explicit AuditTrail(Workpaper &workpaper) : m_wp(workpaper) {}

    /// Events matching @p filter (object prefix, user name or initials, inclusive UTC date range), in seq order.
    Result<QList<AuditEvent>> events(const AuditFilter &filter = {}) const;
    /// The distinct user names in the trail, sorted (for a viewer's user filter).
    Result<QStringList> users() const;
    /// The events matching @p filter as CSV (UTF-8, RFC 4180, header row; seq, at, user, initials, role, object,
    /// action, summary, hash). Fields starting with = + - @ are prefixed with ' so spreadsheets do not run them.
    Result<QByteArray> toCsv(const AuditFilter &filter = {}) const;
    /// @p events as that CSV, in the order given.
    static QByteArray toCsv(const QList<AuditEvent> &events);
    /// Writes toCsv(@p filter) to @p path (replacing it, never the workpaper itself); FileError names the path.
    Result<void> exportCsv(const AuditFilter &filter, const QString &path) const;
    /// Writes @p events (a viewer's own selection) the same way.
    Result<void> exportEvents(const QList<AuditEvent> &events, const QString &path) const;
    /// Recomputes the hash chain from the first event: sequence gaps, a changed field, a wrong link or a
    /// missing tail (compared with the head recorded at each append) name the first broken event.
    Result<ChainReport> verify() const;

private:
    Workpaper &m_wp;
};

} // namespace Tickmark::Core
