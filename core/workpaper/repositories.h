// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/auditrepository.h"
#include "storage/controlrepository.h"
#include "storage/engagementrepository.h"
#include "storage/evidencerepository.h"
#include "storage/populationrepository.h"
#include "storage/testingrepository.h"

namespace Tickmark::Core {

/// The storage objects of one workpaper, shared by its services.
struct Repositories
{
    explicit Repositories(const Database &db)
        : engagement(db), controls(db), audit(db), populations(db), samples(db), evidence(db), testing(db)
    {
    }
    EngagementRepository engagement;
    ControlRepository controls;
    AuditRepository audit;
    PopulationRepository populations;
    SampleRepository samples;
    EvidenceRepository evidence;
    TestingRepository testing;
};

} // namespace Tickmark::Core
