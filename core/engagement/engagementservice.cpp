// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engagementservice.h"

#include "common/summary.h"
#include "criteria/criterion.h"
#include "workpaper/repositories.h"
#include "workpaper/workpaper.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Tickmark::Core {

namespace {

QJsonObject subserviceJson(const SubserviceOrg &o)
{
    return {{QStringLiteral("name"), o.name},
            {QStringLiteral("services"), o.services},
            {QStringLiteral("method"), o.method == SubserviceMethod::Inclusive ? QStringLiteral("inclusive")
                                                                                : QStringLiteral("carve-out")},
            {QStringLiteral("csocs"), o.csocs}};
}

QJsonObject cuecJson(const Cuec &c)
{
    return {{QStringLiteral("text"), c.text}, {QStringLiteral("criteria"), QJsonArray::fromStringList(c.criteria)}};
}

template<typename T>
std::optional<T> findById(const QList<T> &items, qint64 id)
{
    for (const T &item : items) {
        if (item.id == id)
            return item;
    }
    return std::nullopt;
}

} // namespace

QJsonObject engagementToJson(const EngagementDetails &d)
{
    QJsonArray categories;
    for (Category c : d.categories)
        categories.append(categoryKey(c));
    QJsonObject o{{QStringLiteral("client"), d.client},
                  {QStringLiteral("system"), d.system},
                  {QStringLiteral("type"), static_cast<int>(d.type)},
                  {QStringLiteral("categories"), categories},
                  {QStringLiteral("firm"), d.firm},
                  {QStringLiteral("firm_city"), d.firmCity},
                  {QStringLiteral("partner"), d.partner}};
    if (d.type == ReportType::TypeI) {
        o.insert(QStringLiteral("as_of"), d.asOf.toString(Qt::ISODate));
    } else {
        o.insert(QStringLiteral("from"), d.periodFrom.toString(Qt::ISODate));
        o.insert(QStringLiteral("to"), d.periodTo.toString(Qt::ISODate));
    }
    return o;
}

QString engagementSummary(const EngagementDetails &details)
{
    return changeSummary({}, engagementToJson(details));
}

Result<EngagementDetails> EngagementService::details() const
{
    return m_wp.repositories().engagement.details();
}

Result<void> EngagementService::update(const EngagementDetails &details)
{
    if (auto problem = validateEngagement(details))
        return fail(ErrorCode::InvalidArgument, *problem);
    return m_wp.perform(QStringLiteral("engagement"), QStringLiteral("update"), [&]() -> Result<QString> {
        const auto before = m_wp.repositories().engagement.details();
        if (!before)
            return before.error();
        if (auto ok = m_wp.repositories().engagement.saveDetails(details, m_wp.clock().now()); !ok)
            return ok.error();
        return diffSummary(engagementToJson(*before), engagementToJson(details));
    });
}

QStringList EngagementService::warnings() const
{
    const auto d = details();
    return d ? engagementWarnings(*d) : QStringList();
}

Result<QDateTime> EngagementService::issuedAt() const
{
    return m_wp.repositories().engagement.issuedAt();
}

Result<QList<SubserviceOrg>> EngagementService::subserviceOrgs() const
{
    return m_wp.repositories().engagement.subserviceOrgs();
}

Result<qint64> EngagementService::addSubservice(const SubserviceOrg &org)
{
    if (auto problem = validateSubservice(org))
        return fail(ErrorCode::InvalidArgument, *problem);
    qint64 id = 0;
    auto ok = m_wp.perform(QStringLiteral("subservice:%1").arg(org.name), QStringLiteral("create"),
                           [&]() -> Result<QString> {
                               auto inserted = m_wp.repositories().engagement.insertSubservice(org);
                               if (!inserted)
                                   return fail(ErrorCode::AlreadyExists,
                                               tr("subservice organization name: %1 is already listed").arg(org.name));
                               id = *inserted;
                               return changeSummary({}, subserviceJson(org));
                           });
    if (!ok)
        return ok.error();
    return id;
}

Result<void> EngagementService::updateSubservice(const SubserviceOrg &org)
{
    if (auto problem = validateSubservice(org))
        return fail(ErrorCode::InvalidArgument, *problem);
    return m_wp.perform(QStringLiteral("subservice:%1").arg(org.name), QStringLiteral("update"),
                        [&]() -> Result<QString> {
                            const auto all = m_wp.repositories().engagement.subserviceOrgs();
                            if (!all)
                                return all.error();
                            const auto before = findById(*all, org.id);
                            if (!before)
                                return fail(ErrorCode::NotFound, tr("subservice organization %1 does not exist").arg(org.id));
                            if (auto ok = m_wp.repositories().engagement.updateSubservice(org); !ok)
                                return ok.error();
                            return diffSummary(subserviceJson(*before), subserviceJson(org));
                        });
}

Result<void> EngagementService::removeSubservice(qint64 id)
{
    const auto all = subserviceOrgs();
    if (!all)
        return all.error();
    const auto before = findById(*all, id);
    if (!before)
        return fail(ErrorCode::NotFound, tr("subservice organization %1 does not exist").arg(id));
    return m_wp.perform(QStringLiteral("subservice:%1").arg(before->name), QStringLiteral("delete"),
                        [&]() -> Result<QString> {
                            if (auto ok = m_wp.repositories().engagement.removeSubservice(id); !ok)
                                return ok.error();
                            return changeSummary(subserviceJson(*before), {});
                        });
}

Result<QList<Cuec>> EngagementService::cuecs() const
{
    return m_wp.repositories().engagement.cuecs();
}

Result<void> EngagementService::checkCuec(const Cuec &cuec) const
{
    if (auto problem = validateCuec(cuec))
        return fail(ErrorCode::InvalidArgument, *problem);
    for (const QString &id : cuec.criteria) {
        if (CriteriaCatalog::indexOf(id) < 0)
            return fail(ErrorCode::InvalidArgument, tr("CUEC criteria: %1 is not a trust services criterion").arg(id));
    }
    return {};
}

Result<qint64> EngagementService::addCuec(const Cuec &cuec)
{
    if (auto ok = checkCuec(cuec); !ok)
        return ok.error();
    qint64 id = 0;
    auto ok = m_wp.perform(QStringLiteral("cuec"), QStringLiteral("create"), [&]() -> Result<QString> {
        auto inserted = m_wp.repositories().engagement.insertCuec(cuec);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return changeSummary({}, cuecJson(cuec));
    });
    if (!ok)
        return ok.error();
    return id;
}

Result<void> EngagementService::updateCuec(const Cuec &cuec)
{
    if (auto ok = checkCuec(cuec); !ok)
        return ok;
    return m_wp.perform(QStringLiteral("cuec:%1").arg(cuec.id), QStringLiteral("update"), [&]() -> Result<QString> {
        const auto all = m_wp.repositories().engagement.cuecs();
        if (!all)
            return all.error();
        const auto before = findById(*all, cuec.id);
        if (!before)
            return fail(ErrorCode::NotFound, tr("CUEC %1 does not exist").arg(cuec.id));
        if (auto ok = m_wp.repositories().engagement.updateCuec(cuec); !ok)
            return ok.error();
        return diffSummary(cuecJson(*before), cuecJson(cuec));
    });
}

Result<void> EngagementService::removeCuec(qint64 id)
{
    return m_wp.perform(QStringLiteral("cuec:%1").arg(id), QStringLiteral("delete"), [&]() -> Result<QString> {
        const auto all = m_wp.repositories().engagement.cuecs();
        if (!all)
            return all.error();
        const auto before = findById(*all, id);
        if (!before)
            return fail(ErrorCode::NotFound, tr("CUEC %1 does not exist").arg(id));
        if (auto ok = m_wp.repositories().engagement.removeCuec(id); !ok)
            return ok.error();
        return changeSummary(cuecJson(*before), {});
    });
}

} // namespace Tickmark::Core
