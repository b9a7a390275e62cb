// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/auditrepository.h"
#include "storage/controlrepository.h"
#include "storage/engagementrepository.h"
#include "storage/evidencerepository.h"
#include "storage/exceptionrepository.h"
#include "storage/populationrepository.h"
#include "storage/reportrepository.h"
#include "storage/requestrepository.h"
#include "storage/reviewrepository.h"
#include "storage/testingrepository.h"

namespace Tickmark::Core {

/// The storage objects of one workpaper, shared by its services.
struct Repositories
{
    explicit Repositories(const Database &db)
        : engagement(db), controls(db), audit(db), populations(db), samples(db), evidence(db), testing(db), requests(db), exceptions(db), review(db), report(db)
    {
    }
    EngagementRepository engagement;
    ControlRepository controls;
    AuditRepository audit;
    PopulationRepository populations;
    SampleRepository samples;
    EvidenceRepository evidence;
    TestingRepository testing;
    RequestRepository requests;
    ExceptionRepository exceptions;
    ReviewRepository review;
    ReportRepository report;
};

} // namespace Tickmark::Core
