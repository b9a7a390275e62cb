// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// TestingService: the test states that are not sample results (Type I walkthrough, "not operated").
#include "testingservice.h"

#include "common/summary.h"
#include "controltally.h"
#include "workpaper/repositories.h"
#include "workpaper/workpaper.h"

#include <QCoreApplication>

namespace Tickmark::Core {

Result<void> TestingService::recordWalkthrough(const QString &controlId, bool designImplemented, const QString &note)
{
    Repositories &repos = m_wp.repositories();
    const auto control = controlRowId(controlId);
    if (!control)
        return control.error();
    const QString trimmed = note.trimmed();
    if (!designImplemented && trimmed.isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    tr("control %1: say what was found when the design is not implemented (a note is required)")
                        .arg(controlId));
    auto setting = repos.exceptions.setting(*control);
    if (!setting)
        return setting.error();
    setting->walkthroughImplemented = designImplemented;
    setting->walkthroughNote = trimmed;
    setting->walkthroughAt = m_wp.clock().now().toUTC().toString(Qt::ISODate);
    setting->walkthroughBy = formatActor(m_wp.actor());
    return m_wp.perform(
        QStringLiteral("control:%1").arg(controlId), QStringLiteral("walkthrough"), [&]() -> Result<QString> {
            if (auto saved = repos.exceptions.saveSetting(*control, *setting); !saved)
                return saved.error();
            QJsonObject after{{QStringLiteral("design_implemented"), designImplemented},
                              {QStringLiteral("note"), trimmed}};
            if (!designImplemented) {
                const auto exception = joinOrCreateDesignException(
                    m_wp, controlId, *control, tr("Walkthrough: the design is not implemented: %1").arg(trimmed));
                if (!exception)
                    return exception.error();
                after.insert(QStringLiteral("exception"), *exception);
            }
            return changeSummary({}, after);
        });
}

Result<std::optional<Walkthrough>> TestingService::walkthrough(const QString &controlId) const
{
    const auto control = controlRowId(controlId);
    if (!control)
        return control.error();
    const auto setting = m_wp.repositories().exceptions.setting(*control);
    if (!setting)
        return setting.error();
    if (!setting->walkthroughImplemented)
        return std::optional<Walkthrough>();
    return std::optional<Walkthrough>(Walkthrough{*setting->walkthroughImplemented, setting->walkthroughNote,
                                                  QDateTime::fromString(setting->walkthroughAt, Qt::ISODate),
                                                  setting->walkthroughBy});
}

Result<void> TestingService::clearWalkthrough(const QString &controlId)
{
    Repositories &repos = m_wp.repositories();
    const auto control = controlRowId(controlId);
    if (!control)
        return control.error();
    auto setting = repos.exceptions.setting(*control);
    if (!setting)
        return setting.error();
    if (!setting->walkthroughImplemented)
        return fail(ErrorCode::InvalidArgument, tr("control %1 has no walkthrough to clear").arg(controlId));
    const QJsonObject before{{QStringLiteral("design_implemented"), *setting->walkthroughImplemented},
                             {QStringLiteral("note"), setting->walkthroughNote}};
    setting->walkthroughImplemented.reset();
    setting->walkthroughNote.clear();
    setting->walkthroughAt.clear();
    setting->walkthroughBy.clear();
    return m_wp.perform(QStringLiteral("control:%1").arg(controlId), QStringLiteral("clear-walkthrough"),
                        [&]() -> Result<QString> {
                            if (auto saved = repos.exceptions.saveSetting(*control, *setting); !saved)
                                return saved.error();
                            return changeSummary(before, {});
                        });
}

Result<void> TestingService::setNotOperated(const QString &controlId, const QString &reason)
{
    Repositories &repos = m_wp.repositories();
    const auto control = controlRowId(controlId);
    if (!control)
        return control.error();
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    tr("control %1: give the reason the control did not operate in the period").arg(controlId));
    auto setting = repos.exceptions.setting(*control);
    if (!setting)
        return setting.error();
    const QString before = setting->notOperatedReason.value_or(QString());
    setting->notOperatedReason = trimmed;
    return m_wp.perform(
        QStringLiteral("control:%1").arg(controlId), QStringLiteral("not-operated"), [&]() -> Result<QString> {
            if (auto saved = repos.exceptions.saveSetting(*control, *setting); !saved)
                return saved.error();
            return changeSummary(before.isEmpty() ? QJsonObject() : QJsonObject{{QStringLiteral("reason"), before}},
                                 {{QStringLiteral("reason"), trimmed}});
        });
}

Result<void> TestingService::clearNotOperated(const QString &controlId)
{
    Repositories &repos = m_wp.repositories();
    const auto control = controlRowId(controlId);
    if (!control)
        return control.error();
    auto setting = repos.exceptions.setting(*control);
    if (!setting)
        return setting.error();
    if (!setting->notOperatedReason)
        return fail(ErrorCode::InvalidArgument, tr("control %1 is not marked as not operated").arg(controlId));
    const QString before = *setting->notOperatedReason;
    setting->notOperatedReason.reset();
    return m_wp.perform(QStringLiteral("control:%1").arg(controlId), QStringLiteral("clear-not-operated"),
                        [&]() -> Result<QString> {
                            if (auto saved = repos.exceptions.saveSetting(*control, *setting); !saved)
                                return saved.error();
                            return changeSummary({{QStringLiteral("reason"), before}}, {});
                        });
}

Result<std::optional<QString>> TestingService::notOperatedReason(const QString &controlId) const
{
    const auto control = controlRowId(controlId);
    if (!control)
        return control.error();
    const auto setting = m_wp.repositories().exceptions.setting(*control);
    if (!setting)
        return setting.error();
    return setting->notOperatedReason;
}

} // namespace Tickmark::Core
