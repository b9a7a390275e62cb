// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "criterion.h"

namespace Tickmark::Core {

class Workpaper;

/// The criteria active for this engagement (those of its in-scope categories) and their coverage by controls.
class CriteriaService final
{
public:
    explicit CriteriaService(Workpaper &workpaper) : m_wp(workpaper) {}

    /// In-scope criteria in catalog order.
    Result<QList<Criterion>> inScope() const;
    /// In-scope criteria with their controls: criteria with no control first, then the rest, each in catalog order.
    Result<QList<CoverageRow>> coverage() const;

private:
    Workpaper &m_wp;
};

} // namespace Tickmark::Core
