// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace Tickmark::Core {

/// Source of "now" for audit events and evidence timestamps; tests inject a fixed clock.
class Clock
{
public:
    virtual ~Clock() = default;
    /// Current time in UTC.
    virtual QDateTime now() const = 0;
};

/// The wall clock.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

/// A clock that returns a settable instant and advances by one second on each read.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime start) : m_now(std::move(start)) {}
    QDateTime now() const override
    {
        QDateTime t = m_now;
        m_now = m_now.addSecs(1);
        return t;
    }
    void set(QDateTime t) { m_now = std::move(t); }

private:
    mutable QDateTime m_now;
};

} // namespace Tickmark::Core
