// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "criteriaservice.h"

#include "workpaper/repositories.h"
#include "workpaper/workpaper.h"

#include <algorithm>

namespace Tickmark::Core {

Result<QList<Criterion>> CriteriaService::inScope() const
{
    const auto details = m_wp.repositories().engagement.details();
    if (!details)
        return details.error();
    return CriteriaCatalog::inCategories(details->categories);
}

Result<QList<CoverageRow>> CriteriaService::coverage() const
{
    const auto criteria = inScope();
    if (!criteria)
        return criteria.error();
    const auto mapped = m_wp.repositories().controls.controlsByCriterion();
    if (!mapped)
        return mapped.error();
    QList<CoverageRow> rows;
    for (const Criterion &c : *criteria)
        rows.append({c, mapped->value(c.id)});
    std::stable_partition(rows.begin(), rows.end(), [](const CoverageRow &r) { return r.controls.isEmpty(); });
    return rows;
}

} // namespace Tickmark::Core
