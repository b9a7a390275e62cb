// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// TestingService: evidence references of result cells (schema v8, docs/testing.md).
#include "testingservice.h"

#include "common/summary.h"
#include "workpaper/repositories.h"
#include "workpaper/workpaper.h"

#include <QCoreApplication>

#include <algorithm>

namespace Tickmark::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tickmark::Core", text);
}

int storedPage(const std::optional<int> &page)
{
    return page.value_or(0);
}

QString itemText(const QString &package, const QString &path, int page)
{
    QString text = package + QLatin1Char('/') + path;
    if (page > 0)
        text += tr(", p. %1").arg(page);
    return text;
}

QJsonObject referenceJson(const EvidenceReferenceRecord &r)
{
    return {{QStringLiteral("evidence"), r.package + QLatin1Char('/') + r.path},
            {QStringLiteral("sha256"), QString::fromLatin1(r.sha256)},
            {QStringLiteral("page"), r.page > 0 ? QJsonValue(r.page) : QJsonValue()},
            {QStringLiteral("label"), r.label}};
}

// Two references name the same thing when item and page match (the label is a detail of one).
bool sameTarget(const EvidenceReference &a, qint64 evidenceId, int page)
{
    return a.evidenceId == evidenceId && storedPage(a.page) == page;
}

} // namespace

QString evidenceReferenceText(const CellEvidenceReference &reference)
{
    return itemText(reference.package, reference.path, storedPage(reference.reference.page));
}

QString TestingService::cellText(const QString &controlId, qint64 row, const QString &letter)
{
    return tr("row %1, attribute %2 of control %3").arg(QString::number(row), letter, controlId);
}

Result<void> TestingService::checkReference(const EvidenceReference &reference, const QString &cellText) const
{
    Repositories &repos = m_wp.repositories();
    const auto item = repos.evidence.itemById(reference.evidenceId);
    if (!item)
        return item.error();
    if (!*item)
        return fail(ErrorCode::NotFound, tr("evidence item %1 does not exist, so %2 cannot refer to it")
                                             .arg(QString::number(reference.evidenceId), cellText));
    const QString name = (*item)->packageName + QLatin1Char('/') + (*item)->path;
    if (reference.page && *reference.page < 1)
        return fail(ErrorCode::InvalidArgument,
                    tr("page %1 of %2 does not exist: pages are numbered from 1").arg(QString::number(*reference.page), name));
    const auto pages = repos.testing.evidencePageCount(reference.evidenceId);
    if (!pages)
        return pages.error();
    if (reference.page && *pages && *reference.page > **pages)
        return fail(ErrorCode::InvalidArgument, tr("page %1 of %2 does not exist: the document has %3 pages")
                                                    .arg(QString::number(*reference.page), name,
                                                         QString::number(**pages)));
    return {};
}

Result<QJsonArray> TestingService::referencesJson(const Cell &cell, qint64 row) const
{
    const auto stored = m_wp.repositories().testing.cellReferences(cell.sampleId, row, cell.attributeId);
    if (!stored)
        return stored.error();
    QJsonArray out;
    for (const EvidenceReferenceRecord &r : *stored)
        out.append(referenceJson(r));
    return out;
}

Result<QJsonObject> TestingService::replaceReferences(const Cell &cell, qint64 row,
                                                      const QList<EvidenceReference> &references)
{
    TestingRepository &repo = m_wp.repositories().testing;
    const auto before = referencesJson(cell, row);
    const auto current = repo.cellReferences(cell.sampleId, row, cell.attributeId);
    if (!before)
        return before.error();
    if (!current)
        return current.error();
    bool changed = false;
    // Keep what stays (with who added it and when), drop the rest, then add what is new.
    for (const EvidenceReferenceRecord &r : *current) {
        const bool kept = std::any_of(references.cbegin(), references.cend(), [&](const EvidenceReference &n) {
            return sameTarget(n, r.evidenceId, r.page) && n.label.trimmed() == r.label;
        });
        if (kept)
            continue;
        if (auto removed = repo.removeReference(cell.sampleId, row, cell.attributeId, r.evidenceId, r.page); !removed)
            return removed.error();
        changed = true;
    }
    const QString now = m_wp.clock().now().toUTC().toString(Qt::ISODate);
    for (const EvidenceReference &n : references) {
        EvidenceReferenceRecord record;
        record.evidenceId = n.evidenceId;
        record.page = storedPage(n.page);
        record.label = n.label.trimmed();
        record.addedAt = now;
        record.addedBy = formatActor(m_wp.actor());
        const auto added = repo.addReference(cell.sampleId, row, cell.attributeId, record);
        if (!added)
            return added.error();
        changed = changed || *added;
    }
    if (!changed)
        return QJsonObject();
    const auto after = referencesJson(cell, row);
    if (!after)
        return after.error();
    return QJsonObject{{QStringLiteral("evidence_before"), *before}, {QStringLiteral("evidence"), *after}};
}

Result<void> TestingService::addEvidenceReference(const QString &controlId, qint64 row, const QString &letter,
                                                  const EvidenceReference &reference, const QString &population)
{
    const auto cell = resolveCell(controlId, row, letter, population);
    if (!cell)
        return cell.error();
    const QString where = cellText(controlId, row, cell->letter);
    if (auto ok = checkReference(reference, where); !ok)
        return ok;
    Repositories &repos = m_wp.repositories();
    const auto result = repos.testing.resultOf(cell->sampleId, row, cell->attributeId);
    if (!result)
        return result.error();
    if (result->isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    tr("%1 has no result yet; record pass, deviation or N/A before referring to evidence").arg(where));
    return m_wp.perform(QStringLiteral("control:%1").arg(controlId), QStringLiteral("evidence"),
                        [&]() -> Result<QString> {
        EvidenceReferenceRecord record;
        record.evidenceId = reference.evidenceId;
        record.page = storedPage(reference.page);
        record.label = reference.label.trimmed();
        record.addedAt = m_wp.clock().now().toUTC().toString(Qt::ISODate);
        record.addedBy = formatActor(m_wp.actor());
        const auto added = repos.testing.addReference(cell->sampleId, row, cell->attributeId, record);
        if (!added)
            return added.error();
        const auto item = repos.evidence.itemById(reference.evidenceId);
        const QString name = item && *item ? itemText((*item)->packageName, (*item)->path, record.page) : QString();
        if (!*added)
            return fail(ErrorCode::AlreadyExists, tr("%1 already refers to %2").arg(where, name));
        QJsonObject now{{QStringLiteral("population"), cell->population},
                        {QStringLiteral("row"), row},
                        {QStringLiteral("attribute"), cell->letter},
                        {QStringLiteral("evidence_added"), name},
                        {QStringLiteral("sha256"), item && *item ? QString::fromLatin1((*item)->sha256) : QString()}};
        if (!record.label.isEmpty())
            now.insert(QStringLiteral("label"), record.label);
        return changeSummary({}, now);
    });
}

Result<void> TestingService::removeEvidenceReference(const QString &controlId, qint64 row, const QString &letter,
                                                     qint64 evidenceId, std::optional<int> page,
                                                     const QString &population)
{
    const auto cell = resolveCell(controlId, row, letter, population);
    if (!cell)
        return cell.error();
    Repositories &repos = m_wp.repositories();
    const auto item = repos.evidence.itemById(evidenceId);
    if (!item)
        return item.error();
    const QString name = *item ? itemText((*item)->packageName, (*item)->path, storedPage(page))
                               : tr("evidence item %1").arg(QString::number(evidenceId));
    return m_wp.perform(QStringLiteral("control:%1").arg(controlId), QStringLiteral("evidence"),
                        [&]() -> Result<QString> {
        const auto removed =
            repos.testing.removeReference(cell->sampleId, row, cell->attributeId, evidenceId, storedPage(page));
        if (!removed)
            return removed.error();
        if (!*removed)
            return fail(ErrorCode::NotFound,
                        tr("%1 does not refer to %2").arg(cellText(controlId, row, cell->letter), name));
        return changeSummary({{QStringLiteral("population"), cell->population},
                              {QStringLiteral("row"), row},
                              {QStringLiteral("attribute"), cell->letter},
                              {QStringLiteral("evidence_removed"), name}},
                             {});
    });
}

Result<void> TestingService::setEvidenceReferences(const QString &controlId, qint64 row, const QString &letter,
                                                   const QList<EvidenceReference> &references,
                                                   const QString &population)
{
    const auto cell = resolveCell(controlId, row, letter, population);
    if (!cell)
        return cell.error();
    const QString where = cellText(controlId, row, cell->letter);
    for (const EvidenceReference &reference : references) {
        if (auto ok = checkReference(reference, where); !ok)
            return ok;
    }
    Repositories &repos = m_wp.repositories();
    const auto result = repos.testing.resultOf(cell->sampleId, row, cell->attributeId);
    if (!result)
        return result.error();
    if (result->isEmpty() && !references.isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    tr("%1 has no result yet; record pass, deviation or N/A before referring to evidence").arg(where));
    return m_wp.perform(QStringLiteral("control:%1").arg(controlId), QStringLiteral("evidence"),
                        [&]() -> Result<QString> {
        const auto changed = replaceReferences(*cell, row, references);
        if (!changed)
            return changed.error();
        const QJsonObject item{{QStringLiteral("population"), cell->population},
                               {QStringLiteral("row"), row},
                               {QStringLiteral("attribute"), cell->letter}};
        QJsonObject was = item;
        QJsonObject now = item;
        was.insert(QStringLiteral("evidence"), changed->value(QStringLiteral("evidence_before")));
        now.insert(QStringLiteral("evidence"), changed->value(QStringLiteral("evidence")));
        return changeSummary(was, now);
    });
}

Result<std::optional<int>> TestingService::evidencePageCount(qint64 evidenceId) const
{
    return m_wp.repositories().testing.evidencePageCount(evidenceId);
}

Result<QList<CellEvidenceReference>> TestingService::evidenceReferences(const QString &controlId) const
{
    const auto control = controlRowId(controlId);
    if (!control)
        return control.error();
    const auto stored = m_wp.repositories().testing.references(*control);
    if (!stored)
        return stored.error();
    QList<CellEvidenceReference> out;
    out.reserve(stored->size());
    for (const EvidenceReferenceRecord &r : *stored) {
        CellEvidenceReference c;
        c.population = r.population;
        c.row = r.row;
        c.attribute = r.letter;
        c.reference = {r.evidenceId, r.page > 0 ? std::optional<int>(r.page) : std::nullopt, r.label};
        c.package = r.package;
        c.path = r.path;
        c.sha256 = r.sha256;
        c.mediaType = r.mediaType;
        c.addedAt = QDateTime::fromString(r.addedAt, Qt::ISODate);
        c.addedBy = r.addedBy;
        out << c;
    }
    return out;
}

} // namespace Tickmark::Core
