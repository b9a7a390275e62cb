// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestservice.h"

#include "common/summary.h"
#include "engagement/engagementservice.h"
#include "requestexport.h"
#include "workpaper/repositories.h"
#include "workpaper/workpaper.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace Tickmark::Core {

namespace {

QJsonObject requestJson(const EvidenceRequest &r)
{
    return {{QStringLiteral("ref"), r.ref},
            {QStringLiteral("description"), r.description},
            {QStringLiteral("controls"), QJsonArray::fromStringList(r.controls)},
            {QStringLiteral("owner"), r.owner},
            {QStringLiteral("due"), r.due.isValid() ? r.due.toString(Qt::ISODate) : QString()},
            {QStringLiteral("status"), requestStatusKey(r.status)}};
}

QString objectOf(const QString &ref)
{
    return QStringLiteral("request:%1").arg(ref);
}

// "R-" followed by one more than the largest number used so far, at least three digits.
QString nextRef(const QStringList &refs)
{
    static const QRegularExpression numbered(QStringLiteral("^R-(\\d{1,9})$"));
    int last = 0;
    for (const QString &ref : refs) {
        if (const auto m = numbered.match(ref); m.hasMatch())
            last = std::max(last, m.captured(1).toInt());
    }
    return QStringLiteral("R-%1").arg(last + 1, 3, 10, QLatin1Char('0'));
}

} // namespace

QString requestStatusKey(RequestStatus status)
{
    switch (status) {
    case RequestStatus::Open:
        return QStringLiteral("open");
    case RequestStatus::Received:
        return QStringLiteral("received");
    case RequestStatus::Accepted:
        return QStringLiteral("accepted");
    case RequestStatus::Rejected:
        return QStringLiteral("rejected");
    }
    return QStringLiteral("open");
}

std::optional<RequestStatus> requestStatusFromKey(const QString &key)
{
    for (RequestStatus s : {RequestStatus::Open, RequestStatus::Received, RequestStatus::Accepted,
                            RequestStatus::Rejected}) {
        if (requestStatusKey(s) == key.trimmed().toLower())
            return s;
    }
    return std::nullopt;
}

Result<void> RequestService::validate(const EvidenceRequest &request) const
{
    if (request.description.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("request %1: the description is empty").arg(request.ref));
    for (const QString &control : request.controls) {
        const auto found = m_wp.repositories().controls.find(control);
        if (!found)
            return found.error();
        if (!*found)
            return fail(ErrorCode::NotFound,
                        tr("request %1: control %2 does not exist").arg(request.ref, control));
    }
    return {};
}

Result<qint64> RequestService::idOf(const QString &ref) const
{
    const auto id = m_wp.repositories().requests.idOf(ref);
    if (!id)
        return id.error();
    if (!*id)
        return fail(ErrorCode::NotFound, tr("request %1 does not exist").arg(ref));
    return **id;
}

Result<QString> RequestService::add(const EvidenceRequest &request)
{
    auto &repo = m_wp.repositories().requests;
    EvidenceRequest r = request;
    r.ref = r.ref.trimmed();
    r.description = r.description.trimmed();
    r.owner = r.owner.trimmed();
    r.status = RequestStatus::Open;
    if (r.ref.isEmpty()) {
        const auto refs = repo.refs();
        if (!refs)
            return refs.error();
        r.ref = nextRef(*refs);
    }
    static const QRegularExpression validRef(QStringLiteral("^[^\\s/]{1,64}$"));
    if (!validRef.match(r.ref).hasMatch())
        return fail(ErrorCode::InvalidArgument, tr("request reference \"%1\" is not valid: use 1 to 64 characters"
                                                   " without spaces or slashes, e.g. R-001")
                                                    .arg(r.ref));
    if (auto ok = validate(r); !ok)
        return ok.error();
    const auto existing = repo.idOf(r.ref);
    if (!existing)
        return existing.error();
    if (*existing)
        return fail(ErrorCode::AlreadyExists, tr("request %1 already exists").arg(r.ref));
    auto ok = m_wp.perform(objectOf(r.ref), QStringLiteral("add"), [&]() -> Result<QString> {
        const auto id = repo.insert(r);
        if (!id)
            return id.error();
        if (auto done = repo.setControls(*id, r.controls); !done)
            return done.error();
        if (auto done = repo.addHistory(*id, {RequestStatus::Open, tr("requested"), formatActor(m_wp.actor()),
                                              m_wp.clock().now()});
            !done)
            return done.error();
        return changeSummary({}, requestJson(r));
    });
    if (!ok)
        return ok.error();
    return r.ref;
}

Result<void> RequestService::update(const QString &ref, const EvidenceRequest &request)
{
    auto &repo = m_wp.repositories().requests;
    const auto before = get(ref);
    if (!before)
        return before.error();
    EvidenceRequest r = *before;
    r.description = request.description.trimmed();
    r.owner = request.owner.trimmed();
    r.due = request.due;
    r.controls = request.controls;
    if (auto ok = validate(r); !ok)
        return ok.error();
    return m_wp.perform(objectOf(ref), QStringLiteral("update"), [&]() -> Result<QString> {
        const auto id = idOf(ref);
        if (!id)
            return id.error();
        if (auto done = repo.update(*id, r); !done)
            return done.error();
        if (auto done = repo.setControls(*id, r.controls); !done)
            return done.error();
        return diffSummary(requestJson(*before), requestJson(r));
    });
}

Result<void> RequestService::setStatus(const QString &ref, RequestStatus status, const QString &note)
{
    const auto before = get(ref);
    if (!before)
        return before.error();
    if (before->status == status)
        return fail(ErrorCode::InvalidArgument,
                    tr("request %1 is already %2").arg(ref, requestStatusKey(status)));
    return m_wp.perform(objectOf(ref), QStringLiteral("status"), [&]() -> Result<QString> {
        return changeStatus(ref, before->status, status, note.trimmed());
    });
}

Result<QString> RequestService::changeStatus(const QString &ref, RequestStatus from, RequestStatus to,
                                             const QString &note)
{
    auto &repo = m_wp.repositories().requests;
    const auto id = idOf(ref);
    if (!id)
        return id.error();
    if (auto done = repo.setStatus(*id, to); !done)
        return done.error();
    if (auto done = repo.addHistory(*id, {to, note, formatActor(m_wp.actor()), m_wp.clock().now()}); !done)
        return done.error();
    return changeSummary({{QStringLiteral("status"), requestStatusKey(from)}},
                         {{QStringLiteral("status"), requestStatusKey(to)}, {QStringLiteral("note"), note}});
}

Result<void> RequestService::remove(const QString &ref)
{
    const auto before = get(ref);
    if (!before)
        return before.error();
    if (!before->packages.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("request %1 is answered by evidence package(s) %2; it cannot be"
                                                   " removed")
                                                    .arg(ref, before->packages.join(QStringLiteral(", "))));
    return m_wp.perform(objectOf(ref), QStringLiteral("remove"), [&]() -> Result<QString> {
        const auto id = idOf(ref);
        if (!id)
            return id.error();
        if (auto done = m_wp.repositories().requests.remove(*id); !done)
            return done.error();
        return changeSummary(requestJson(*before), {});
    });
}

Result<EvidenceRequest> RequestService::get(const QString &ref) const
{
    const auto found = m_wp.repositories().requests.list(ref.trimmed());
    if (!found)
        return found.error();
    if (found->isEmpty())
        return fail(ErrorCode::NotFound, tr("request %1 does not exist").arg(ref));
    return found->constFirst();
}

Result<QList<EvidenceRequest>> RequestService::list() const
{
    return m_wp.repositories().requests.list();
}

Result<void> RequestService::answerWith(const QString &ref, const QString &packageName)
{
    const auto before = get(ref);
    if (!before)
        return before.error();
    return m_wp.perform(objectOf(ref), QStringLiteral("answer"), [&]() -> Result<QString> {
        auto summary = recordAnswer(ref, packageName);
        if (!summary)
            return summary.error();
        if (summary->isEmpty())
            return changeSummary({}, {{QStringLiteral("package"), packageName}});
        return summary;
    });
}

Result<QString> RequestService::recordAnswer(const QString &ref, const QString &packageName)
{
    const auto before = get(ref);
    if (!before)
        return before.error();
    if (auto done = m_wp.repositories().requests.setPackageRequest(packageName, ref); !done) {
        if (done.error().code == ErrorCode::NotFound)
            return fail(ErrorCode::NotFound, tr("evidence package \"%1\" does not exist").arg(packageName));
        return done.error();
    }
    // A new package re-opens the question for a rejected request too; an accepted one stays accepted.
    if (before->status != RequestStatus::Open && before->status != RequestStatus::Rejected)
        return QString();
    return changeStatus(ref, before->status, RequestStatus::Received,
                        tr("answered by evidence package \"%1\"").arg(packageName));
}

Result<void> RequestService::exportList(const QString &path) const
{
    if (auto ok = m_wp.checkExportTarget(path); !ok)
        return ok;
    const auto requests = list();
    if (!requests)
        return requests.error();
    const auto details = m_wp.engagement().details();
    if (!details)
        return details.error();
    const QDate today = m_wp.clock().now().toLocalTime().date();
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return writeRequestCsv(path, *requests, today);
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return writeRequestXlsx(path, *requests, *details, today);
    return fail(ErrorCode::InvalidArgument,
                tr("cannot export the request list to %1: the file name must end in .xlsx or .csv").arg(path));
}

} // namespace Tickmark::Core
