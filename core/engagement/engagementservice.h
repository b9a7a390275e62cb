// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "engagement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace Tickmark::Core {

class Workpaper;

/// Audit summary of engagement details.
QString engagementSummary(const EngagementDetails &details);
QJsonObject engagementToJson(const EngagementDetails &details);

/// Reads and changes the engagement: details, subservice organizations and CUECs. Each change is one audited
/// action; validation errors name the field.
class EngagementService final
{
    Q_DECLARE_TR_FUNCTIONS(Tickmark::Core::EngagementService)

public:
    explicit EngagementService(Workpaper &workpaper) : m_wp(workpaper) {}

    Result<EngagementDetails> details() const;
    Result<void> update(const EngagementDetails &details);
    /// UTC time the report was issued (the engagement locked), or an invalid QDateTime while it is open.
    /// Lock and reopen are ReviewService::lock() and ReviewService::reopen().
    Result<QDateTime> issuedAt() const;
    /// Advice for the current details (e.g. Type II period length); never blocks a change.
    QStringList warnings() const;

    Result<QList<SubserviceOrg>> subserviceOrgs() const;
    /// Returns the new organization's id.
    Result<qint64> addSubservice(const SubserviceOrg &org);
    Result<void> updateSubservice(const SubserviceOrg &org);
    Result<void> removeSubservice(qint64 id);

    Result<QList<Cuec>> cuecs() const;
    Result<qint64> addCuec(const Cuec &cuec);
    Result<void> updateCuec(const Cuec &cuec);
    Result<void> removeCuec(qint64 id);

private:
    Result<void> checkCuec(const Cuec &cuec) const;
    Workpaper &m_wp;
};

} // namespace Tickmark::Core
