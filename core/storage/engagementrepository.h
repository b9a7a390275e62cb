// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "engagement/engagement.h"

#include <QDateTime>

namespace Tickmark::Core {

class Database;

/// Storage of the engagement row, subservice organizations and CUECs.
class EngagementRepository final
{
public:
    explicit EngagementRepository(const Database &db) : m_db(db) {}

    Result<EngagementDetails> details() const;
    /// Inserts the single engagement row (on create) or updates it.
    Result<void> saveDetails(const EngagementDetails &details, const QDateTime &now);
    /// UTC time of issue, or invalid when not issued.
    Result<QDateTime> issuedAt() const;
    Result<void> setIssuedAt(const QDateTime &at);

    Result<QList<SubserviceOrg>> subserviceOrgs() const;
    Result<qint64> insertSubservice(const SubserviceOrg &org);
    Result<void> updateSubservice(const SubserviceOrg &org);
    Result<void> removeSubservice(qint64 id);

    Result<QList<Cuec>> cuecs() const;
    Result<qint64> insertCuec(const Cuec &cuec);
    Result<void> updateCuec(const Cuec &cuec);
    Result<void> removeCuec(qint64 id);

private:
    Result<void> writeCuecCriteria(qint64 id, const QStringList &criteria);
    const Database &m_db;
};

} // namespace Tickmark::Core
