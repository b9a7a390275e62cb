// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tickmark::Core {

class Workpaper;

/// A PBC request's state.
enum class RequestStatus { Open, Received, Accepted, Rejected };
QString requestStatusKey(RequestStatus status); ///< "open" | "received" | "accepted" | "rejected"
std::optional<RequestStatus> requestStatusFromKey(const QString &key);

/// One change of a request's status.
struct RequestStatusChange
{
    RequestStatus status = RequestStatus::Open;
    QString note;
    QString by; ///< "Name (INITIALS)"
    QDateTime at;
};

/// One request of the "provided by client" list.
struct EvidenceRequest
{
    QString ref;          ///< the request's id, e.g. "R-001" (unique, chosen by the user or generated)
    QString description;
    QStringList controls; ///< related control ids
    QString owner;        ///< the client's person responsible
    QDate due;            ///< may be null
    RequestStatus status = RequestStatus::Open;
    QList<RequestStatusChange> history; ///< oldest first; the first entry is the creation
    QStringList packages; ///< evidence packages that answer it
    /// Open past its due date (as of @p today).
    bool overdue(const QDate &today) const
    {
        return due.isValid() && today > due && status == RequestStatus::Open;
    }
};

/// The request (PBC) list. Each change is one audited action on "request:REF". Thread affinity: the workpaper's.
class RequestService final
{
    Q_DECLARE_TR_FUNCTIONS(Tickmark::Core::RequestService)

public:
    explicit RequestService(Workpaper &workpaper) : m_wp(workpaper) {}

    /// Adds a request; an empty ref gets the next "R-NNN". Controls must exist. Returns the ref.
    Result<QString> add(const EvidenceRequest &request);
    /// Changes description, controls, owner and due date of request @p ref (status and history are ignored).
    Result<void> update(const QString &ref, const EvidenceRequest &request);
    /// Moves request @p ref to @p status, appending to its history.
    Result<void> setStatus(const QString &ref, RequestStatus status, const QString &note = {});
    Result<void> remove(const QString &ref);
    Result<EvidenceRequest> get(const QString &ref) const;
    /// All requests, by ref.
    Result<QList<EvidenceRequest>> list() const;
    /// Marks package @p packageName as answering request @p ref (status open → received).
    Result<void> answerWith(const QString &ref, const QString &packageName);

    /// Writes the request list to send to the client: .xlsx (libxlsxwriter) or .csv by @p path's suffix.
    Result<void> exportList(const QString &path) const;

    /// Inside an open perform() (the import's): names package @p packageName as answering @p ref and moves an
    /// open or rejected request to received with a history entry. Returns the change summary ("" if unchanged).
    Result<QString> recordAnswer(const QString &ref, const QString &packageName);

private:
    Result<void> validate(const EvidenceRequest &request) const;
    Result<qint64> idOf(const QString &ref) const;
    Result<QString> changeStatus(const QString &ref, RequestStatus from, RequestStatus to, const QString &note);

    Workpaper &m_wp;
};

} // namespace Tickmark::Core
