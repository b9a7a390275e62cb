// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditevent.h"
#include "common/result.h"
#include "storage/auditrepository.h"

namespace Tickmark::Core {

class Workpaper;

/// Read side of the append-only audit trail (events are written by Workpaper::perform).
class AuditTrail final
{
public:
    explicit AuditTrail(Workpaper &workpaper) : m_wp(workpaper) {}

    Result<QList<AuditEvent>> events(const AuditFilter &filter = {}) const;
    /// Recomputes the hash chain from the first event: sequence gaps, a changed field, a wrong link or a
    /// missing tail (compared with the head recorded at each append) name the first broken event.
    Result<ChainReport> verify() const;

private:
    Workpaper &m_wp;
};

} // namespace Tickmark::Core
