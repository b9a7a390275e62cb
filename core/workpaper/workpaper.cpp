// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workpaper.h"

#include "audit/audittrail.h"
#include "controls/controlservice.h"
#include "criteria/criteriaservice.h"
#include "engagement/engagementservice.h"
#include "evidence/evidenceservice.h"
#include "evidence/requestservice.h"
#include "population/populationservice.h"
#include "sampling/samplingservice.h"
#include "report/reportservice.h"
#include "review/reviewservice.h"
#include "testing/evaluationservice.h"
#include "testing/exceptionservice.h"
#include "testing/testingservice.h"
#include "repositories.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <filesystem>
#include <system_error>

namespace Tickmark::Core {

Workpaper::Workpaper(std::unique_ptr<Database> db, const Actor &actor, std::shared_ptr<const Clock> clock)
    : m_db(std::move(db))
    , m_actor(actor)
    , m_clock(clock ? std::move(clock) : std::make_shared<SystemClock>())
    , m_repos(std::make_unique<Repositories>(*m_db))
    , m_engagement(std::make_unique<EngagementService>(*this))
    , m_controls(std::make_unique<ControlService>(*this))
    , m_criteria(std::make_unique<CriteriaService>(*this))
    , m_audit(std::make_unique<AuditTrail>(*this))
    , m_populations(std::make_unique<PopulationService>(*this))
    , m_sampling(std::make_unique<SamplingService>(*this))
    , m_evidence(std::make_unique<EvidenceService>(*this))
    , m_testing(std::make_unique<TestingService>(*this))
    , m_requests(std::make_unique<RequestService>(*this))
    , m_exceptions(std::make_unique<ExceptionService>(*this))
    , m_evaluation(std::make_unique<EvaluationService>(*this))
    , m_review(std::make_unique<ReviewService>(*this))
    , m_report(std::make_unique<ReportService>(*this))
{
}

Workpaper::~Workpaper() = default;

Result<std::unique_ptr<Workpaper>> Workpaper::create(const QString &path, const EngagementDetails &details,
                                                     const Actor &actor, std::shared_ptr<const Clock> clock)
{
    if (auto problem = validateEngagement(details))
        return fail(ErrorCode::InvalidArgument, *problem);
    auto db = Database::create(path);
    if (!db)
        return db.error();
    std::unique_ptr<Workpaper> wp(new Workpaper(std::move(*db), actor, std::move(clock)));
    auto ok = wp->perform(QStringLiteral("engagement"), QStringLiteral("create"), [&]() -> Result<QString> {
        if (auto saved = wp->m_repos->engagement.saveDetails(details, wp->clock().now()); !saved)
            return saved.error();
        return engagementSummary(details);
    });
    if (!ok) {
        wp.reset();
        QFile::remove(path);
        return ok.error();
    }
    return wp;
}

Result<std::unique_ptr<Workpaper>> Workpaper::open(const QString &path, const Actor &actor,
                                                   std::shared_ptr<const Clock> clock)
{
    auto db = Database::open(path);
    if (!db)
        return db.error();
    std::unique_ptr<Workpaper> wp(new Workpaper(std::move(*db), actor, std::move(clock)));
    if (auto details = wp->m_repos->engagement.details(); !details)
        return fail(ErrorCode::NotAWorkpaper, tr("%1 holds no engagement: %2").arg(path, details.error().detail));
    return wp;
}

QString Workpaper::path() const
{
    return m_db->path();
}

int Workpaper::schemaVersion() const
{
    return m_db->schemaVersion();
}

Result<void> Workpaper::saveCopy(const QString &target) const
{
    return m_db->backupTo(target);
}

bool Workpaper::isLocked() const
{
    const auto at = m_repos->engagement.issuedAt();
    return at && at->isValid();
}

bool Workpaper::isOwnFile(const QString &file) const
{
    // equivalent() sees through symbolic and hard links when both exist; the name comparison covers a file that
    // does not exist yet (a -journal file comes and goes), without case on systems that ignore it.
#ifdef Q_OS_WIN
    constexpr Qt::CaseSensitivity kNames = Qt::CaseInsensitive;
#else
    constexpr Qt::CaseSensitivity kNames = Qt::CaseSensitive;
#endif
    std::error_code error;
    const std::filesystem::path asked(file.toStdU16String());
    const QString askedName = QFileInfo(file).absoluteFilePath();
    const QString own = path();
    for (const QString &mine :
         {own, own + QStringLiteral("-wal"), own + QStringLiteral("-shm"), own + QStringLiteral("-journal")}) {
        if (std::filesystem::equivalent(asked, std::filesystem::path(mine.toStdU16String()), error) ||
            askedName.compare(QFileInfo(mine).absoluteFilePath(), kNames) == 0)
            return true;
    }
    return false;
}

Result<void> Workpaper::checkExportTarget(const QString &target) const
{
    if (isOwnFile(target))
        return fail(ErrorCode::InvalidArgument,
                    tr("%1 is the open workpaper (or one of its files); choose another file to write to").arg(target));
    return {};
}

Result<void> Workpaper::requireUnlocked() const
{
    if (isLocked())
        return fail(ErrorCode::Locked, tr("the engagement's report is issued and the workpaper is locked;"
                                          " a reviewer or partner must reopen it first"));
    return {};
}

Result<void> Workpaper::perform(const QString &object, const QString &action,
                                const std::function<Result<QString>()> &body)
{
    return performChecked(object, action, body, false);
}

Result<void> Workpaper::performReopen(const std::function<Result<QString>()> &body)
{
    return performChecked(QStringLiteral("engagement"), QStringLiteral("reopen"), body, true);
}

Result<void> Workpaper::performChecked(const QString &object, const QString &action,
                                       const std::function<Result<QString>()> &body, bool reopening)
{
    Transaction tx(*m_db);
    if (!tx.isActive())
        return tx.error();
    if (!reopening) {
        if (auto unlocked = requireUnlocked(); !unlocked)
            return unlocked;
    }
    auto summary = body();
    if (!summary)
        return summary.error();
    if (reopening && isLocked())
        return fail(ErrorCode::Locked, tr("reopening did not lift the lock; nothing was changed"));
    AuditEvent event;
    event.at = m_clock->now();
    event.user = m_actor.name;
    event.initials = m_actor.initials;
    event.role = roleToString(m_actor.role);
    event.object = object;
    event.action = action;
    event.summary = *summary;
    if (auto appended = m_repos->audit.append(event); !appended)
        return appended.error();
    if (auto committed = tx.commit(); !committed)
        return committed;
    Q_EMIT changed(object);
    return {};
}

} // namespace Tickmark::Core
