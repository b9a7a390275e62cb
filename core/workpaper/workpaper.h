// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/actor.h"
#include "common/clock.h"
#include "common/result.h"
#include "engagement/engagement.h"

#include <QObject>

#include <functional>
#include <memory>

namespace Tickmark::Core {

class AuditTrail;
class ControlService;
class CriteriaService;
class Database;
class EngagementService;
class EvaluationService;
class EvidenceService;
class ExceptionService;
class PopulationService;
class ReportService;
class RequestService;
class ReviewService;
class SamplingService;
class TestingService;
struct Repositories;

/// One open engagement: the `.tickmark` file and the services that read and change it.
///
/// Every change goes through perform(), which makes it one transaction with one audit event: it lands whole
/// or not at all, and a locked (issued) engagement refuses it. Thread affinity: the opening thread.
class Workpaper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workpaper)

public:
    /// Creates @p path (refused if it exists) with the engagement @p details. A null clock means the system clock.
    static Result<std::unique_ptr<Workpaper>> create(const QString &path, const EngagementDetails &details,
                                                     const Actor &actor, std::shared_ptr<const Clock> clock = {});
    /// Opens an existing workpaper; see Database::open for the refusals.
    static Result<std::unique_ptr<Workpaper>> open(const QString &path, const Actor &actor,
                                                   std::shared_ptr<const Clock> clock = {});
    ~Workpaper() override;

    QString path() const;
    int schemaVersion() const;
    const Actor &actor() const { return m_actor; }
    void setActor(const Actor &actor) { m_actor = actor; }
    const Clock &clock() const { return *m_clock; }

    EngagementService &engagement() { return *m_engagement; }
    ControlService &controls() { return *m_controls; }
    CriteriaService &criteria() { return *m_criteria; }
    AuditTrail &auditTrail() { return *m_audit; }
    PopulationService &populations() { return *m_populations; }
    SamplingService &sampling() { return *m_sampling; }
    EvidenceService &evidence() { return *m_evidence; }
    TestingService &testing() { return *m_testing; }
    RequestService &requests() { return *m_requests; }
    ExceptionService &exceptions() { return *m_exceptions; }
    EvaluationService &evaluation() { return *m_evaluation; }
    ReviewService &review() { return *m_review; }
    ReportService &report() { return *m_report; }

    /// Whether @p file is this workpaper or one of SQLite's files beside it (-wal, -shm, -journal), also through a
    /// symbolic or hard link.
    bool isOwnFile(const QString &file) const;
    /// Refuses @p target when isOwnFile(): every export checks its output with this, so that no export can
    /// overwrite the engagement it comes from.
    Result<void> checkExportTarget(const QString &target) const;
    /// Writes a consistent single-file copy to @p target (VACUUM INTO); the open file is unchanged.
    Result<void> saveCopy(const QString &target) const;
    /// Whether the report was issued (then every mutation is refused).
    bool isLocked() const;
    /// The Locked error while the report is issued, else success: for actions that check other things before
    /// perform(), so that a locked workpaper is what they report first.
    Result<void> requireUnlocked() const;

    /// Runs @p body as one user action on @p object ("control:CTL-01"): begins a transaction, refuses when locked,
    /// runs body (which returns the before/after summary for the audit trail), appends the audit event and
    /// commits. On any error nothing is stored. Emits changed(object) after a commit.
    Result<void> perform(const QString &object, const QString &action, const std::function<Result<QString>()> &body);

    /// Storage access for services in core (not for ui).
    Repositories &repositories() { return *m_repos; }

Q_SIGNALS:
    /// An action on @p object was committed. @p object is a reference such as "engagement" or "control:CTL-01".
    void changed(const QString &object);

private:
    // ReviewService::reopen() is the one action allowed on a locked workpaper: it runs through performReopen(),
    // which skips the lock check and refuses to commit unless the body lifted the lock.
    friend class ReviewService;
    Result<void> performReopen(const std::function<Result<QString>()> &body);
    Result<void> performChecked(const QString &object, const QString &action,
                                const std::function<Result<QString>()> &body, bool reopening);

    Workpaper(std::unique_ptr<Database> db, const Actor &actor, std::shared_ptr<const Clock> clock);

    std::unique_ptr<Database> m_db;
    Actor m_actor;
    std::shared_ptr<const Clock> m_clock;
    std::unique_ptr<Repositories> m_repos;
    std::unique_ptr<EngagementService> m_engagement;
    std::unique_ptr<ControlService> m_controls;
    std::unique_ptr<CriteriaService> m_criteria;
    std::unique_ptr<AuditTrail> m_audit;
    std::unique_ptr<PopulationService> m_populations;
    std::unique_ptr<SamplingService> m_sampling;
    std::unique_ptr<EvidenceService> m_evidence;
    std::unique_ptr<TestingService> m_testing;
    std::unique_ptr<RequestService> m_requests;
    std::unique_ptr<ExceptionService> m_exceptions;
    std::unique_ptr<EvaluationService> m_evaluation;
    std::unique_ptr<ReviewService> m_review;
    std::unique_ptr<ReportService> m_report;
};

} // namespace Tickmark::Core
