// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampleengagement.h"

#include "controls/controlservice.h"
#include "engagement/engagementservice.h"
#include "io/csvreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Tickmark::Core {

namespace {

Result<QByteArray> resource(const QString &name)
{
    QFile f(QStringLiteral(":/tickmark/sample/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::FileError, QStringLiteral("sample resource %1 is missing").arg(name));
    return f.readAll();
}

EngagementDetails detailsFromJson(const QJsonObject &o)
{
    EngagementDetails d;
    d.client = o.value(QStringLiteral("client")).toString();
    d.system = o.value(QStringLiteral("system")).toString();
    d.type = o.value(QStringLiteral("type")).toInt() == 1 ? ReportType::TypeI : ReportType::TypeII;
    d.asOf = QDate::fromString(o.value(QStringLiteral("as_of")).toString(), Qt::ISODate);
    d.periodFrom = QDate::fromString(o.value(QStringLiteral("period_from")).toString(), Qt::ISODate);
    d.periodTo = QDate::fromString(o.value(QStringLiteral("period_to")).toString(), Qt::ISODate);
    d.categories.clear();
    for (const QJsonValue &v : o.value(QStringLiteral("categories")).toArray()) {
        if (auto c = categoryFromKey(v.toString()))
            d.categories << *c;
    }
    d.firm = o.value(QStringLiteral("firm")).toString();
    d.firmCity = o.value(QStringLiteral("firm_city")).toString();
    d.partner = o.value(QStringLiteral("partner")).toString();
    return d;
}

Result<void> addScopeLists(Workpaper &wp, const QJsonObject &o)
{
    for (const QJsonValue &v : o.value(QStringLiteral("subservice_organizations")).toArray()) {
        const QJsonObject s = v.toObject();
        SubserviceOrg org{0, s.value(QStringLiteral("name")).toString(), s.value(QStringLiteral("services")).toString(),
                          s.value(QStringLiteral("method")).toString() == QLatin1String("inclusive")
                              ? SubserviceMethod::Inclusive
                              : SubserviceMethod::CarveOut,
                          s.value(QStringLiteral("csocs")).toString()};
        if (auto id = wp.engagement().addSubservice(org); !id)
            return id.error();
    }
    for (const QJsonValue &v : o.value(QStringLiteral("cuecs")).toArray()) {
        const QJsonObject c = v.toObject();
        QStringList criteria;
        for (const QJsonValue &id : c.value(QStringLiteral("criteria")).toArray())
            criteria << id.toString();
        if (auto id = wp.engagement().addCuec({0, c.value(QStringLiteral("text")).toString(), criteria}); !id)
            return id.error();
    }
    return {};
}

Result<void> populate(Workpaper &wp, const QJsonObject &o)
{
    if (auto ok = addScopeLists(wp, o); !ok)
        return ok;
    const auto csv = resource(QStringLiteral("controls.csv"));
    if (!csv)
        return csv.error();
    const auto table = readCsv(*csv);
    if (!table)
        return table.error();
    const auto matrix = parseControlMatrix(*table);
    if (!matrix)
        return matrix.error();
    if (auto imported = wp.controls().importMatrix(*matrix, QStringLiteral("sample controls.csv")); !imported)
        return imported.error();
    return {};
}

} // namespace

Result<std::unique_ptr<Workpaper>> createSampleEngagement(const QString &path, const Actor &actor,
                                                          std::shared_ptr<const Clock> clock)
{
    const auto json = resource(QStringLiteral("engagement.json"));
    if (!json)
        return json.error();
    const QJsonObject o = QJsonDocument::fromJson(*json).object();
    auto wp = Workpaper::create(path, detailsFromJson(o), actor, std::move(clock));
    if (!wp)
        return wp.error();
    if (auto ok = populate(**wp, o); !ok) {
        wp->reset();
        QFile::remove(path);
        return ok.error();
    }
    return wp;
}

} // namespace Tickmark::Core
