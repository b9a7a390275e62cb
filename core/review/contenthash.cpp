// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contenthash.h"

#include "common/sha256.h"
#include "controls/controlservice.h"
#include "engagement/engagementservice.h"
#include "evidence/evidenceservice.h"
#include "population/populationservice.h"
#include "sampling/samplingservice.h"
#include "storage/auditrepository.h"
#include "testing/exceptionservice.h"
#include "testing/testingservice.h"
#include "workpaper/repositories.h"
#include "workpaper/workpaper.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <map>

namespace Tickmark::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tickmark::Core", text);
}

QJsonValue optionalBool(const std::optional<bool> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QString hashOf(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromLatin1(Sha256::hex(doc.toJson(QJsonDocument::Compact)));
}

QJsonObject exceptionState(const ExceptionRecord &r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("control"), r.controlRef},
            {QStringLiteral("kind"), r.kind},
            {QStringLiteral("description"), r.description},
            {QStringLiteral("cause"), r.cause},
            {QStringLiteral("management_response"), r.managementResponse},
            {QStringLiteral("assessment"), r.assessment},
            {QStringLiteral("criterion_met"), optionalBool(r.criterionMet)},
            {QStringLiteral("reasoning"), r.reasoning},
            {QStringLiteral("raised_at"), r.raisedAt},
            {QStringLiteral("raised_by"), r.raisedBy},
            {QStringLiteral("criteria"), QJsonArray::fromStringList(r.criteria)}};
}

Result<QJsonArray> controlTests(Workpaper &wp, const QString &id, QJsonObject &state)
{
    const auto procedures = wp.testing().procedures(id);
    const auto attributes = wp.testing().attributes(id);
    const auto results = wp.testing().results(id);
    if (!procedures)
        return procedures.error();
    if (!attributes)
        return attributes.error();
    if (!results)
        return results.error();
    QJsonArray p;
    for (const TestProcedure &x : *procedures)
        p.append(QJsonArray{procedureKindKey(x.kind), x.text});
    QJsonArray a;
    for (const TestAttribute &x : *attributes)
        a.append(QJsonArray{x.letter, x.text});
    QJsonArray r;
    for (const RecordedResult &x : *results)
        r.append(QJsonArray{x.population, x.row, x.attribute, attributeResultKey(x.result), x.note,
                            x.recordedAt.toUTC().toString(Qt::ISODate), x.recordedBy});
    state.insert(QStringLiteral("procedures"), p);
    state.insert(QStringLiteral("attributes"), a);
    state.insert(QStringLiteral("results"), r);
    // Evidence references (schema v8) count only when there are some, so older sign-offs keep their hash.
    const auto references = wp.testing().evidenceReferences(id);
    if (!references)
        return references.error();
    QJsonArray e;
    for (const CellEvidenceReference &x : *references)
        e.append(QJsonArray{x.population, x.row, x.attribute, QString::fromLatin1(x.sha256),
                            x.package + QLatin1Char('/') + x.path, x.reference.page.value_or(0), x.reference.label});
    if (!e.isEmpty())
        state.insert(QStringLiteral("evidence_references"), e);
    return r;
}

Result<QJsonValue> controlState(Workpaper &wp, const QString &id)
{
    Repositories &repos = wp.repositories();
    const auto control = repos.controls.find(id);
    if (!control)
        return control.error();
    if (!*control)
        return fail(ErrorCode::NotFound, tr("control %1 does not exist").arg(id));
    const Control &c = **control;
    QJsonObject state{{QStringLiteral("id"), c.id},
                      {QStringLiteral("description"), c.description},
                      {QStringLiteral("criteria"), QJsonArray::fromStringList(c.criteria)},
                      {QStringLiteral("frequency"), frequencyKey(c.frequency)},
                      {QStringLiteral("type"), controlTypeKey(c.type)},
                      {QStringLiteral("owner"), c.owner},
                      {QStringLiteral("key"), c.key}};
    if (auto tests = controlTests(wp, id, state); !tests)
        return tests.error();
    const auto rowId = repos.testing.controlRowId(id);
    if (!rowId || !*rowId)
        return rowId ? fail(ErrorCode::NotFound, tr("control %1 does not exist").arg(id)) : rowId.error();
    const auto setting = repos.exceptions.setting(**rowId);
    if (!setting)
        return setting.error();
    state.insert(QStringLiteral("setting"),
                 QJsonObject{{QStringLiteral("tolerable_rate"), setting->tolerableRate},
                             {QStringLiteral("risk"), setting->risk},
                             {QStringLiteral("not_operated"), setting->notOperatedReason
                                                                  ? QJsonValue(*setting->notOperatedReason)
                                                                  : QJsonValue()},
                             {QStringLiteral("walkthrough"), optionalBool(setting->walkthroughImplemented)},
                             {QStringLiteral("walkthrough_note"), setting->walkthroughNote}});
    const auto exceptions = repos.exceptions.list(id);
    if (!exceptions)
        return exceptions.error();
    QJsonArray x;
    for (const ExceptionRecord &r : *exceptions)
        x.append(exceptionState(r));
    state.insert(QStringLiteral("exceptions"), x);
    const auto evidence = wp.evidence().itemsForControl(id);
    if (!evidence)
        return evidence.error();
    QStringList linked;
    for (const EvidenceItem &item : *evidence)
        linked << QString::fromLatin1(item.sha256) + QLatin1Char(' ') + item.packageName + QLatin1Char('/') + item.path;
    linked.sort();
    state.insert(QStringLiteral("evidence"), QJsonArray::fromStringList(linked));
    return QJsonValue(state);
}

Result<QJsonValue> exceptionStateOf(Workpaper &wp, const QString &key)
{
    bool ok = false;
    const qint64 id = key.toLongLong(&ok);
    if (!ok)
        return fail(ErrorCode::InvalidArgument, tr("exception:%1 is not an exception id (a number)").arg(key));
    const auto found = wp.repositories().exceptions.find(id);
    if (!found)
        return found.error();
    if (!*found)
        return fail(ErrorCode::NotFound, tr("exception %1 does not exist").arg(id));
    return QJsonValue(exceptionState(**found));
}

Result<QJsonValue> populationState(Workpaper &wp, const QString &name)
{
    const auto info = wp.populations().find(name);
    if (!info)
        return info.error();
    if (!*info)
        return fail(ErrorCode::NotFound, tr("population \"%1\" does not exist").arg(name));
    const PopulationInfo &p = **info;
    QJsonObject state{{QStringLiteral("name"), p.name},
                      {QStringLiteral("control"), p.controlId},
                      {QStringLiteral("source"), p.sourceName},
                      {QStringLiteral("sha256"), QString::fromLatin1(p.sha256)},
                      {QStringLiteral("columns"), QJsonArray::fromStringList(p.columns)},
                      {QStringLiteral("rows"), p.rowCount},
                      {QStringLiteral("imported_at"), p.importedAt.toUTC().toString(Qt::ISODate)},
                      {QStringLiteral("imported_by"), p.importedBy}};
    const auto sample = wp.sampling().sample(name);
    if (!sample)
        return sample.error();
    if (*sample) {
        QJsonArray rows;
        for (const qint64 row : (*sample)->rows)
            rows.append(row);
        state.insert(QStringLiteral("sample"),
                     QJsonObject{{QStringLiteral("method"), selectionMethodKey((*sample)->method)},
                                 {QStringLiteral("seed"), QString::number((*sample)->seed)},
                                 {QStringLiteral("rows"), rows},
                                 {QStringLiteral("drawn_at"), (*sample)->drawnAt.toUTC().toString(Qt::ISODate)},
                                 {QStringLiteral("drawn_by"), (*sample)->drawnBy}});
    }
    return QJsonValue(state);
}

// Every evidence content's state, keyed by "evidence:SHA256": the items holding it, from one listing.
Result<std::map<QString, QJsonArray>> evidenceStates(Workpaper &wp)
{
    const auto items = wp.evidence().list();
    if (!items)
        return items.error();
    std::map<QString, QJsonArray> states;
    for (const EvidenceItem &item : *items) {
        QStringList controls = item.controls;
        controls.sort();
        states[QStringLiteral("evidence:") + QString::fromLatin1(item.sha256)].append(
            QJsonObject{{QStringLiteral("package"), item.packageName},
                        {QStringLiteral("path"), item.path},
                        {QStringLiteral("size"), item.size},
                        {QStringLiteral("media_type"), item.mediaType},
                        {QStringLiteral("effective_date"), item.effectiveDate.toString(Qt::ISODate)},
                        {QStringLiteral("controls"), QJsonArray::fromStringList(controls)}});
    }
    return states;
}

Result<QJsonValue> evidenceState(Workpaper &wp, const QString &sha)
{
    const auto states = evidenceStates(wp);
    if (!states)
        return states.error();
    const auto found = states->find(QStringLiteral("evidence:") + sha.toLower());
    if (found == states->end())
        return fail(ErrorCode::NotFound, tr("no evidence item has SHA-256 %1").arg(sha));
    return QJsonValue(found->second);
}

// The member references of a section, in a stable order.
Result<QStringList> sectionMembers(Workpaper &wp, const QString &section)
{
    QStringList refs;
    if (section == QStringLiteral("controls")) {
        const auto controls = wp.repositories().controls.list();
        if (!controls)
            return controls.error();
        for (const Control &c : *controls)
            refs << QStringLiteral("control:") + c.id;
    } else if (section == QStringLiteral("samples")) {
        const auto populations = wp.populations().list();
        if (!populations)
            return populations.error();
        for (const PopulationInfo &p : *populations)
            refs << QStringLiteral("population:") + p.name;
        refs.sort();
    } else if (section == QStringLiteral("exceptions")) {
        const auto exceptions = wp.repositories().exceptions.list();
        if (!exceptions)
            return exceptions.error();
        for (const ExceptionRecord &r : *exceptions)
            refs << QStringLiteral("exception:%1").arg(r.id);
    }
    return refs;
}

Result<QJsonValue> scopeState(Workpaper &wp)
{
    const auto details = wp.engagement().details();
    const auto orgs = wp.engagement().subserviceOrgs();
    const auto cuecs = wp.engagement().cuecs();
    if (!details)
        return details.error();
    if (!orgs)
        return orgs.error();
    if (!cuecs)
        return cuecs.error();
    QJsonArray o;
    for (const SubserviceOrg &org : *orgs)
        o.append(QJsonArray{org.name, org.services, int(org.method), org.csocs});
    QJsonArray c;
    for (const Cuec &cuec : *cuecs)
        c.append(QJsonArray{cuec.text, QJsonArray::fromStringList(cuec.criteria)});
    QJsonObject state = engagementToJson(*details);
    state.insert(QStringLiteral("subservice_orgs"), o);
    state.insert(QStringLiteral("cuecs"), c);
    return QJsonValue(state);
}

// The report section: the scope and every change recorded on the report (template, description, opinion, paper;
// events on "section:report" and on report* / description* / opinion* objects). Review actions and the issue event
// itself are not changes of the report's content.
Result<QJsonValue> reportState(Workpaper &wp)
{
    static const QStringList notChanges{QStringLiteral("note"),    QStringLiteral("reply"),
                                        QStringLiteral("clear"),   QStringLiteral("signoff"),
                                        QStringLiteral("withdraw-signoff"), QStringLiteral("issue")};
    const auto scope = reviewObjectHash(wp, QStringLiteral("section:scope"));
    if (!scope)
        return scope.error();
    QJsonArray events;
    for (const QString &prefix : {QStringLiteral("section:report"), QStringLiteral("report"),
                                  QStringLiteral("description"), QStringLiteral("opinion")}) {
        AuditFilter filter;
        filter.objectPrefix = prefix;
        const auto list = wp.repositories().audit.list(filter);
        if (!list)
            return list.error();
        for (const AuditEvent &e : *list) {
            if (!notChanges.contains(e.action))
                events.append(QString::fromLatin1(e.hash));
        }
    }
    return QJsonValue(QJsonObject{{QStringLiteral("scope"), *scope}, {QStringLiteral("events"), events}});
}

Result<QJsonValue> sectionState(Workpaper &wp, const QString &section)
{
    if (!reviewSections().contains(section))
        return fail(ErrorCode::NotFound, tr("section \"%1\" does not exist; the sections are %2")
                                             .arg(section, reviewSections().join(QStringLiteral(", "))));
    if (section == QStringLiteral("scope"))
        return scopeState(wp);
    if (section == QStringLiteral("report"))
        return reportState(wp);
    if (section == QStringLiteral("evidence")) {
        const auto states = evidenceStates(wp);
        if (!states)
            return states.error();
        QJsonObject state;
        for (const auto &[ref, items] : *states)
            state.insert(ref, hashOf(items));
        return QJsonValue(state);
    }
    const auto members = sectionMembers(wp, section);
    if (!members)
        return members.error();
    QJsonObject state;
    for (const QString &ref : *members) {
        const auto hash = reviewObjectHash(wp, ref);
        if (!hash)
            return hash.error();
        state.insert(ref, *hash);
    }
    return QJsonValue(state);
}

} // namespace

QStringList reviewSections()
{
    return {QStringLiteral("scope"),   QStringLiteral("controls"),   QStringLiteral("evidence"),
            QStringLiteral("samples"), QStringLiteral("exceptions"), QStringLiteral("report")};
}

Result<QJsonValue> reviewObjectState(Workpaper &workpaper, const QString &ref)
{
    const qsizetype colon = ref.indexOf(QLatin1Char(':'));
    const QString kind = colon > 0 ? ref.left(colon) : QString();
    const QString key = colon > 0 ? ref.mid(colon + 1) : QString();
    if (kind.isEmpty() || key.isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    tr("\"%1\" is not an object reference; use control:ID, exception:ID, population:NAME,"
                       " evidence:SHA256 or section:NAME")
                        .arg(ref));
    if (kind == QStringLiteral("control"))
        return controlState(workpaper, key);
    if (kind == QStringLiteral("exception"))
        return exceptionStateOf(workpaper, key);
    if (kind == QStringLiteral("population"))
        return populationState(workpaper, key);
    if (kind == QStringLiteral("evidence"))
        return evidenceState(workpaper, key);
    if (kind == QStringLiteral("section"))
        return sectionState(workpaper, key);
    return fail(ErrorCode::InvalidArgument,
                tr("\"%1\": unknown kind of object \"%2\"; use control, exception, population, evidence or section")
                    .arg(ref, kind));
}

Result<QString> reviewObjectHash(Workpaper &workpaper, const QString &ref)
{
    const auto state = reviewObjectState(workpaper, ref);
    if (!state)
        return state.error();
    return hashOf(*state);
}

} // namespace Tickmark::Core
