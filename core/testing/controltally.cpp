// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controltally.h"

#include "common/actor.h"
#include "workpaper/repositories.h"
#include "workpaper/workpaper.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace Tickmark::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tickmark::Core", text);
}

struct ItemState
{
    QSet<QString> letters;
    bool deviation = false;
};

} // namespace

Result<ControlTally> tallyControl(Workpaper &workpaper, const QString &controlId)
{
    Repositories &repos = workpaper.repositories();
    const auto rowId = repos.testing.controlRowId(controlId);
    if (!rowId)
        return rowId.error();
    if (!*rowId)
        return fail(ErrorCode::NotFound, tr("control %1 does not exist").arg(controlId));
    ControlTally tally;
    const auto names = repos.populations.namesForControl(controlId);
    if (!names)
        return names.error();
    QSet<QString> sampled; // "population\nrow" of every current sample item
    for (const QString &name : *names) {
        const auto info = repos.populations.find(name);
        if (!info)
            return info.error();
        if (!*info)
            continue;
        ++tally.populations;
        if ((*info)->rowCount == 0)
            tally.emptyPopulation = true;
        const auto sample = repos.samples.find((*info)->id);
        if (!sample)
            return sample.error();
        if (!*sample)
            continue;
        for (const qint64 row : (*sample)->rows)
            sampled.insert(name + QLatin1Char('\n') + QString::number(row));
    }
    tally.sampleSize = int(sampled.size());
    const auto attributes = repos.testing.attributes(**rowId);
    if (!attributes)
        return attributes.error();
    tally.attributes = int(attributes->size());
    const auto results = repos.testing.results(**rowId);
    if (!results)
        return results.error();
    QHash<QString, ItemState> items;
    for (const ResultRecord &r : *results) {
        const QString key = r.population + QLatin1Char('\n') + QString::number(r.row);
        if (!sampled.contains(key))
            continue;
        ItemState &state = items[key];
        state.letters.insert(r.letter);
        state.deviation = state.deviation || r.result == QStringLiteral("deviation");
    }
    for (const ItemState &state : std::as_const(items)) {
        ++tally.itemsStarted;
        if (tally.attributes > 0 && state.letters.size() >= tally.attributes)
            ++tally.itemsDone;
        if (state.deviation)
            ++tally.deviations;
    }
    return tally;
}

namespace {

Result<std::optional<qint64>> existingOfKind(Repositories &repos, const QString &controlId, const QString &kind)
{
    const auto list = repos.exceptions.list(controlId);
    if (!list)
        return list.error();
    for (const ExceptionRecord &r : *list) {
        if (r.kind == kind)
            return std::optional<qint64>(r.id);
    }
    return std::optional<qint64>();
}

Result<qint64> insertException(Workpaper &workpaper, const QString &controlId, qint64 controlRowId,
                               const QString &kind, const QString &description)
{
    Repositories &repos = workpaper.repositories();
    const auto control = repos.controls.find(controlId);
    if (!control)
        return control.error();
    ExceptionRecord record;
    record.kind = kind;
    record.description = description;
    record.criteria = *control ? (*control)->criteria : QStringList();
    record.raisedAt = workpaper.clock().now().toUTC().toString(Qt::ISODate);
    record.raisedBy = formatActor(workpaper.actor());
    return repos.exceptions.insert(controlRowId, record);
}

} // namespace

Result<std::pair<qint64, bool>> joinOrCreateOperatingException(Workpaper &workpaper, const QString &controlId,
                                                                qint64 controlRowId, const QString &letter,
                                                                const QString &note)
{
    const auto existing = workpaper.repositories().exceptions.operatingFor(controlRowId);
    if (!existing)
        return existing.error();
    if (*existing)
        return std::pair<qint64, bool>(**existing, false);
    const QString description = note.isEmpty() ? tr("Deviation noted in attribute %1.").arg(letter)
                                               : tr("Deviation noted in attribute %1: %2").arg(letter, note);
    const auto id = insertException(workpaper, controlId, controlRowId, QStringLiteral("operating"), description);
    if (!id)
        return id.error();
    return std::pair<qint64, bool>(*id, true);
}

Result<qint64> joinOrCreateDesignException(Workpaper &workpaper, const QString &controlId, qint64 controlRowId,
                                           const QString &description)
{
    const auto existing = existingOfKind(workpaper.repositories(), controlId, QStringLiteral("design"));
    if (!existing)
        return existing.error();
    if (*existing)
        return **existing;
    return insertException(workpaper, controlId, controlRowId, QStringLiteral("design"), description);
}

} // namespace Tickmark::Core
