// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exceptionservice.h"

#include "controltally.h"
#include "common/summary.h"
#include "criteria/criterion.h"
#include "workpaper/repositories.h"
#include "workpaper/workpaper.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Tickmark::Core {

namespace {

QJsonValue criterionMetJson(const std::optional<bool> &met)
{
    return met ? QJsonValue(*met) : QJsonValue();
}

QJsonObject exceptionJson(const ExceptionRecord &r)
{
    return {{QStringLiteral("kind"), r.kind},
            {QStringLiteral("description"), r.description},
            {QStringLiteral("cause"), r.cause},
            {QStringLiteral("criteria"), QJsonArray::fromStringList(r.criteria)},
            {QStringLiteral("management_response"), r.managementResponse},
            {QStringLiteral("assessment"), r.assessment},
            {QStringLiteral("criterion_met"), criterionMetJson(r.criterionMet)},
            {QStringLiteral("reasoning"), r.reasoning}};
}

} // namespace

QString exceptionKindKey(ExceptionKind kind)
{
    switch (kind) {
    case ExceptionKind::Operating:
        return QStringLiteral("operating");
    case ExceptionKind::Design:
        return QStringLiteral("design");
    case ExceptionKind::Description:
        return QStringLiteral("description");
    }
    return QStringLiteral("operating");
}

std::optional<ExceptionKind> exceptionKindFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (const ExceptionKind kind : {ExceptionKind::Operating, ExceptionKind::Design, ExceptionKind::Description}) {
        if (exceptionKindKey(kind) == k)
            return kind;
    }
    return std::nullopt;
}

QString assessmentKey(ExceptionAssessment assessment)
{
    switch (assessment) {
    case ExceptionAssessment::Unassessed:
        return QStringLiteral("unassessed");
    case ExceptionAssessment::Isolated:
        return QStringLiteral("isolated");
    case ExceptionAssessment::Systematic:
        return QStringLiteral("systematic");
    }
    return QStringLiteral("unassessed");
}

std::optional<ExceptionAssessment> assessmentFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (const ExceptionAssessment a :
         {ExceptionAssessment::Unassessed, ExceptionAssessment::Isolated, ExceptionAssessment::Systematic}) {
        if (assessmentKey(a) == k)
            return a;
    }
    return std::nullopt;
}

namespace {

// The public form of a stored exception, with live deviation figures for operating exceptions.
Result<ControlException> toException(Workpaper &wp, const ExceptionRecord &r)
{
    ControlException e;
    e.id = r.id;
    e.controlId = r.controlRef;
    e.kind = exceptionKindFromKey(r.kind).value_or(ExceptionKind::Operating);
    e.description = r.description;
    e.cause = r.cause;
    e.criteria = r.criteria;
    e.managementResponse = r.managementResponse;
    e.assessment = assessmentFromKey(r.assessment).value_or(ExceptionAssessment::Unassessed);
    e.criterionMet = r.criterionMet;
    e.reasoning = r.reasoning;
    e.raisedAt = QDateTime::fromString(r.raisedAt, Qt::ISODate);
    e.raisedBy = r.raisedBy;
    if (e.kind == ExceptionKind::Operating) {
        const auto tally = tallyControl(wp, r.controlRef);
        if (!tally)
            return tally.error();
        e.deviations = tally->deviations;
        e.sampleSize = tally->sampleSize;
    }
    return e;
}

Result<QList<ControlException>> toExceptions(Workpaper &wp, const Result<QList<ExceptionRecord>> &records)
{
    if (!records)
        return records.error();
    QList<ControlException> out;
    for (const ExceptionRecord &r : *records) {
        auto e = toException(wp, r);
        if (!e)
            return e.error();
        out.append(*e);
    }
    return out;
}

} // namespace

Result<QList<ControlException>> ExceptionService::list() const
{
    return toExceptions(m_wp, m_wp.repositories().exceptions.list());
}

Result<QList<ControlException>> ExceptionService::forControl(const QString &controlId) const
{
    const auto rowId = m_wp.repositories().testing.controlRowId(controlId);
    if (!rowId)
        return rowId.error();
    if (!*rowId)
        return fail(ErrorCode::NotFound, tr("control %1 does not exist").arg(controlId));
    return toExceptions(m_wp, m_wp.repositories().exceptions.list(controlId));
}

Result<ControlException> ExceptionService::get(qint64 id) const
{
    const auto found = m_wp.repositories().exceptions.find(id);
    if (!found)
        return found.error();
    if (!*found)
        return fail(ErrorCode::NotFound, tr("exception %1 does not exist").arg(id));
    return toException(m_wp, **found);
}

Result<qint64> ExceptionService::raise(const QString &controlId, ExceptionKind kind, const QString &description)
{
    Repositories &repos = m_wp.repositories();
    const auto rowId = repos.testing.controlRowId(controlId);
    if (!rowId)
        return rowId.error();
    if (!*rowId)
        return fail(ErrorCode::NotFound, tr("control %1 does not exist").arg(controlId));
    const QString text = description.trimmed();
    if (text.isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    tr("an exception on control %1 needs a description").arg(controlId));
    const auto control = repos.controls.find(controlId);
    if (!control)
        return control.error();
    const auto next = repos.exceptions.nextId();
    if (!next)
        return next.error();
    ExceptionRecord record;
    record.id = *next;
    record.kind = exceptionKindKey(kind);
    record.description = text;
    record.criteria = *control ? (*control)->criteria : QStringList();
    record.raisedAt = m_wp.clock().now().toUTC().toString(Qt::ISODate);
    record.raisedBy = formatActor(m_wp.actor());
    auto ok = m_wp.perform(QStringLiteral("exception:%1").arg(*next), QStringLiteral("raise"), [&]() -> Result<QString> {
        const auto id = repos.exceptions.insert(**rowId, record);
        if (!id)
            return id.error();
        QJsonObject after = exceptionJson(record);
        after.insert(QStringLiteral("control"), controlId);
        return changeSummary({}, after);
    });
    if (!ok)
        return ok.error();
    return *next;
}

Result<void> ExceptionService::update(qint64 id, const ExceptionUpdate &update)
{
    const auto found = m_wp.repositories().exceptions.find(id);
    if (!found)
        return found.error();
    if (!*found)
        return fail(ErrorCode::NotFound, tr("exception %1 does not exist").arg(id));
    ExceptionRecord record = **found;
    if (update.description) {
        if (update.description->trimmed().isEmpty())
            return fail(ErrorCode::InvalidArgument, tr("exception %1: the description cannot be empty").arg(id));
        record.description = update.description->trimmed();
    }
    if (update.criteria) {
        QStringList criteria;
        for (const QString &c : *update.criteria) {
            const QString criterion = c.trimmed().toUpper();
            if (criterion.isEmpty())
                continue;
            if (CriteriaCatalog::indexOf(criterion) < 0)
                return fail(ErrorCode::InvalidArgument,
                            tr("exception %1: %2 is not a trust services criterion").arg(id).arg(c.trimmed()));
            if (!criteria.contains(criterion))
                criteria << criterion;
        }
        record.criteria = CriteriaCatalog::sorted(criteria);
    }
    if (update.cause)
        record.cause = update.cause->trimmed();
    if (update.managementResponse)
        record.managementResponse = update.managementResponse->trimmed();
    if (update.assessment)
        record.assessment = assessmentKey(*update.assessment);
    if (update.criterionMet)
        record.criterionMet = *update.criterionMet;
    if (update.reasoning)
        record.reasoning = update.reasoning->trimmed();
    return m_wp.perform(QStringLiteral("exception:%1").arg(id), QStringLiteral("update"), [&]() -> Result<QString> {
        if (auto saved = m_wp.repositories().exceptions.update(record); !saved)
            return saved.error();
        return diffSummary(exceptionJson(**found), exceptionJson(record));
    });
}

} // namespace Tickmark::Core
