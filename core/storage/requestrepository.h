// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "evidence/requestservice.h"

#include <QList>
#include <QString>

#include <optional>

namespace Tickmark::Core {

class Database;

/// Storage of the request (PBC) list (schema v5): requests, their related controls and status history, and the
/// request_ref of the evidence packages that answer them. (Search text and effective dates: EvidenceRepository.)
class RequestRepository final
{
public:
    explicit RequestRepository(const Database &db) : m_db(db) {}

    /// The storage id of request @p ref, or nullopt.
    Result<std::optional<qint64>> idOf(const QString &ref) const;
    /// Every ref, in any order.
    Result<QStringList> refs() const;
    /// Inserts ref, description, owner, due and status; returns the id (fails on a duplicate ref).
    Result<qint64> insert(const EvidenceRequest &request);
    /// Rewrites description, owner and due date.
    Result<void> update(qint64 id, const EvidenceRequest &request);
    Result<void> setStatus(qint64 id, RequestStatus status);
    /// Replaces the related controls; NotFound naming the first control that does not exist.
    Result<void> setControls(qint64 id, const QStringList &controls);
    Result<void> addHistory(qint64 id, const RequestStatusChange &change);
    Result<void> remove(qint64 id);
    /// Requests (all, or the one named @p ref) by ref, with controls, history and answering packages.
    Result<QList<EvidenceRequest>> list(const QString &ref = {}) const;
    /// Names package @p packageName as answering @p ref; NotFound if there is no such package.
    Result<void> setPackageRequest(const QString &packageName, const QString &ref);

private:
    Result<void> fillDetails(qint64 id, EvidenceRequest &request) const;
    const Database &m_db;
};

} // namespace Tickmark::Core
