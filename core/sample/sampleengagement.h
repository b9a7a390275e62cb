// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workpaper/workpaper.h"

namespace Tickmark::Core {

/// Builds the bundled fictional sample engagement (resources/sample: a SaaS company, Type II, Security,
/// Availability and Confidentiality, ~47 controls, two subservice organizations, CUECs) into a new workpaper
/// at @p path. Refuses an existing file; on failure nothing is left at @p path.
Result<std::unique_ptr<Workpaper>> createSampleEngagement(const QString &path, const Actor &actor,
                                                          std::shared_ptr<const Clock> clock = {});

} // namespace Tickmark::Core
