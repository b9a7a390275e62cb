// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

namespace Tickmark::Core {

class Workpaper;

/// The report's stored parts: templates, the description of the system, the opinion choice; export and issue.
class ReportService final
{
public:
    explicit ReportService(Workpaper &workpaper) : m_wp(workpaper) {}

private:
    Workpaper &m_wp;
};

} // namespace Tickmark::Core
