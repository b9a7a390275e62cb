// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// EvidenceService: links to controls, effective dates, and the derived fields of listed items.
#include "common/summary.h"
#include "engagement/engagementservice.h"
#include "evidenceservice.h"
#include "workpaper/repositories.h"
#include "workpaper/workpaper.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

namespace Tickmark::Core {

namespace {

bool outOfPeriod(const QDate &date, const EngagementDetails &details)
{
    if (!date.isValid())
        return false;
    if (details.type == ReportType::TypeI)
        return details.asOf.isValid() && date > details.asOf;
    return (details.periodFrom.isValid() && date < details.periodFrom) ||
           (details.periodTo.isValid() && date > details.periodTo);
}

QString objectOf(const QByteArray &sha256)
{
    return QStringLiteral("evidence:%1").arg(QString::fromLatin1(sha256));
}

QJsonArray itemNames(const QList<EvidenceItem> &items)
{
    QJsonArray names;
    for (const EvidenceItem &item : items)
        names.append(QStringLiteral("%1/%2").arg(item.packageName, item.path));
    return names;
}

QString firstName(const QList<EvidenceItem> &items)
{
    return QStringLiteral("%1/%2").arg(items.constFirst().packageName, items.constFirst().path);
}

} // namespace

Result<void> EvidenceService::describeItems(QList<EvidenceItem> &items) const
{
    auto &repo = m_wp.repositories().evidence;
    const auto packages = repo.packages();
    const auto controls = repo.controlsByItem();
    const auto details = m_wp.engagement().details();
    if (!packages)
        return packages.error();
    if (!controls)
        return controls.error();
    if (!details)
        return details.error();
    QHash<qint64, QString> requests;
    for (const EvidencePackage &p : *packages)
        requests.insert(p.id, p.requestRef);
    for (EvidenceItem &item : items) {
        item.requestRef = requests.value(item.packageId);
        item.controls = controls->value(item.id);
        item.outOfPeriod = outOfPeriod(item.effectiveDate, *details);
    }
    return {};
}

Result<QList<EvidenceItem>> EvidenceService::linkTargets(const QByteArray &sha256, const QString &path) const
{
    auto &repo = m_wp.repositories().evidence;
    if (path.isEmpty()) {
        auto items = repo.itemsWithContent(sha256);
        if (items && items->isEmpty())
            return fail(ErrorCode::NotFound,
                        tr("no evidence item has the SHA-256 %1").arg(QString::fromLatin1(sha256)));
        return items;
    }
    const qsizetype slash = path.indexOf(QLatin1Char('/'));
    const auto item = slash > 0 ? repo.itemByPath(path.left(slash), path.mid(slash + 1))
                                : Result<std::optional<EvidenceItem>>(std::optional<EvidenceItem>());
    if (!item)
        return item.error();
    if (!*item)
        return fail(ErrorCode::NotFound,
                    tr("there is no evidence item \"%1\"; give it as PACKAGE/PATH as listed").arg(path));
    if (!sha256.isEmpty() && (*item)->sha256 != sha256)
        return fail(ErrorCode::InvalidArgument, tr("evidence item \"%1\" has the SHA-256 %2, not %3")
                                                    .arg(path, QString::fromLatin1((*item)->sha256),
                                                         QString::fromLatin1(sha256)));
    return QList<EvidenceItem>{**item};
}

Result<void> EvidenceService::link(const QByteArray &sha256, const QString &controlId, const QString &path)
{
    const auto control = m_wp.repositories().controls.find(controlId);
    if (!control)
        return control.error();
    if (!*control)
        return fail(ErrorCode::NotFound, tr("control %1 does not exist").arg(controlId));
    const auto targets = linkTargets(sha256, path);
    if (!targets)
        return targets.error();
    const QByteArray digest = targets->constFirst().sha256;
    return m_wp.perform(objectOf(digest), QStringLiteral("link"), [&]() -> Result<QString> {
        QList<EvidenceItem> linked;
        for (const EvidenceItem &item : *targets) {
            const auto added = m_wp.repositories().evidence.addLink(item.id, controlId);
            if (!added)
                return added.error();
            if (*added)
                linked.append(item);
        }
        if (linked.isEmpty())
            return fail(ErrorCode::AlreadyExists, tr("evidence %1 is already linked to control %2")
                                                      .arg(firstName(*targets),
                                                           controlId));
        return changeSummary({}, {{QStringLiteral("control"), controlId}, {QStringLiteral("items"), itemNames(linked)}});
    });
}

Result<void> EvidenceService::unlink(const QByteArray &sha256, const QString &controlId, const QString &path)
{
    const auto targets = linkTargets(sha256, path);
    if (!targets)
        return targets.error();
    const QByteArray digest = targets->constFirst().sha256;
    return m_wp.perform(objectOf(digest), QStringLiteral("unlink"), [&]() -> Result<QString> {
        QList<EvidenceItem> unlinked;
        for (const EvidenceItem &item : *targets) {
            const auto removed = m_wp.repositories().evidence.removeLink(item.id, controlId);
            if (!removed)
                return removed.error();
            if (*removed)
                unlinked.append(item);
        }
        if (unlinked.isEmpty())
            return fail(ErrorCode::NotFound, tr("evidence %1 is not linked to control %2")
                                                 .arg(firstName(*targets),
                                                      controlId));
        return changeSummary({{QStringLiteral("control"), controlId}, {QStringLiteral("items"), itemNames(unlinked)}},
                             {});
    });
}

Result<QList<EvidenceItem>> EvidenceService::itemsForControl(const QString &controlId) const
{
    const auto control = m_wp.repositories().controls.find(controlId);
    if (!control)
        return control.error();
    if (!*control)
        return fail(ErrorCode::NotFound, tr("control %1 does not exist").arg(controlId));
    auto items = m_wp.repositories().evidence.itemsForControl(controlId);
    if (!items)
        return items;
    if (auto ok = describeItems(*items); !ok)
        return ok.error();
    return items;
}

Result<QHash<QString, int>> EvidenceService::linkCountsByControl() const
{
    const auto links = m_wp.repositories().evidence.controlsByItem();
    if (!links)
        return links.error();
    QHash<QString, int> counts;
    for (const QStringList &controls : *links) {
        for (const QString &id : controls)
            ++counts[id];
    }
    return counts;
}

Result<void> EvidenceService::setEffectiveDate(qint64 itemId, const QDate &date)
{
    const auto item = m_wp.repositories().evidence.itemById(itemId);
    if (!item)
        return item.error();
    if (!*item)
        return fail(ErrorCode::NotFound, tr("evidence item %1 does not exist").arg(itemId));
    const EvidenceItem &before = **item;
    const auto iso = [](const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    const QString name = QStringLiteral("%1/%2").arg(before.packageName, before.path);
    return m_wp.perform(objectOf(before.sha256), QStringLiteral("effective-date"), [&]() -> Result<QString> {
        if (auto ok = m_wp.repositories().evidence.setEffectiveDate(itemId, date); !ok)
            return ok.error();
        return changeSummary({{QStringLiteral("item"), name}, {QStringLiteral("effective_date"), iso(before.effectiveDate)}},
                             {{QStringLiteral("item"), name}, {QStringLiteral("effective_date"), iso(date)}});
    });
}

} // namespace Tickmark::Core
