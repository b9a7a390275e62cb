// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/actor.h"
#include "common/clock.h"
#include "controls/control.h"
#include "engagement/engagement.h"
#include "workpaper/workpaper.h"

#include <QString>

#include <memory>

namespace Tickmark::Test {

/// "Pat Preparer (PP)", preparer role.
Core::Actor preparer();
/// A clock fixed at 2026-03-01T09:00:00Z that advances one second per read.
std::shared_ptr<Core::FixedClock> fixedClock();
/// A valid Type II engagement (Security + Availability, 2026-01-01..2026-09-30).
Core::EngagementDetails typeTwoDetails();
/// Creates a new workpaper at @p path; fails the calling test via QFAIL-style message on error (returns null).
std::unique_ptr<Core::Workpaper> createWorkpaper(const QString &path);
/// ../shared/corpus/<sub> relative to the project root, or empty when the corpus is not present.
QString corpusPath(const QString &sub);
/// A manual ad-hoc control mapped to @p criteria.
Core::Control control(const QString &id, const QStringList &criteria, const QString &description = QStringLiteral("A control"));
/// SHA-256 hex of a file's bytes (empty if unreadable).
QByteArray fileSha256(const QString &path);

} // namespace Tickmark::Test

/// QVERIFY for a Result: on failure the message is the error's detail.
#define TM_VERIFY_OK(expr)                                                                                             \
    do {                                                                                                               \
        const auto &tmResult = (expr);                                                                                 \
        QVERIFY2(bool(tmResult), qPrintable(tmResult ? QString() : tmResult.error().detail));                        \
    } while (false)
