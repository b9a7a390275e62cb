// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tickmark::Core {

class Workpaper;

/// Where an exception comes from: deviations found when testing the control's operation, or a matter raised by hand
/// about the control's design or the description of the system.
enum class ExceptionKind { Operating, Design, Description };
QString exceptionKindKey(ExceptionKind kind); ///< "operating" | "design" | "description"
std::optional<ExceptionKind> exceptionKindFromKey(const QString &key);

/// The auditor's judgement of the deviations.
enum class ExceptionAssessment { Unassessed, Isolated, Systematic };
QString assessmentKey(ExceptionAssessment assessment); ///< "unassessed" | "isolated" | "systematic"
std::optional<ExceptionAssessment> assessmentFromKey(const QString &key);

/// One exception of a control. For operating exceptions @c deviations and @c sampleSize are live figures from the
/// control's recorded results (sample items with at least one deviation / items in the sample), so "1 of 25" is
/// always current; for design and description exceptions both are 0.
struct ControlException
{
    qint64 id = 0;
    QString controlId;
    ExceptionKind kind = ExceptionKind::Operating;
    QString description;
    QString cause;
    int deviations = 0;
    int sampleSize = 0;
    QStringList criteria; ///< affected criteria; initially the control's mapping, editable
    QString managementResponse;
    ExceptionAssessment assessment = ExceptionAssessment::Unassessed;
    std::optional<bool> criterionMet; ///< unset until the auditor concludes
    QString reasoning;                 ///< the auditor's reasoning for the assessment and conclusion
    QDateTime raisedAt;
    QString raisedBy; ///< "Name (INITIALS)"
};

/// Changes to an exception; unset fields are left as they are.
struct ExceptionUpdate
{
    std::optional<QString> description;
    std::optional<QString> cause;
    std::optional<QStringList> criteria;
    std::optional<QString> managementResponse;
    std::optional<ExceptionAssessment> assessment;
    std::optional<std::optional<bool>> criterionMet;
    std::optional<QString> reasoning;
};

/// Exceptions per control. Recording a deviation (TestingService::record) creates the control's operating exception
/// in the same transaction, or joins the existing one; exceptions can also be raised by hand. Each change is one
/// audited action on "exception:ID". Thread affinity: the workpaper's.
class ExceptionService final
{
    Q_DECLARE_TR_FUNCTIONS(Tickmark::Core::ExceptionService)

public:
    explicit ExceptionService(Workpaper &workpaper) : m_wp(workpaper) {}

    /// All exceptions, by control position then id.
    Result<QList<ControlException>> list() const;
    /// The exceptions of control @p controlId.
    Result<QList<ControlException>> forControl(const QString &controlId) const;
    /// Exception @p id; NotFound names the id.
    Result<ControlException> get(qint64 id) const;
    /// Raises an exception by hand on @p controlId; the description is required. Returns the new id.
    Result<qint64> raise(const QString &controlId, ExceptionKind kind, const QString &description);
    /// Applies @p update to exception @p id; criteria must be valid criterion ids (the error names the bad one).
    Result<void> update(qint64 id, const ExceptionUpdate &update);

private:
    Workpaper &m_wp;
};

} // namespace Tickmark::Core
