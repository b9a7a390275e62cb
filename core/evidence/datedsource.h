// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entrysource.h"

#include <QDate>
#include <QHash>

namespace Tickmark::Core {

/// Passes another source's entries through unchanged and remembers the modification date of each entry that has
/// one (archives), so the import can store it as the item's effective date. The date is the local calendar date of
/// the stored time: zip keeps local wall-clock times, which libarchive reads in the local time zone.
class DatedSource final : public EntrySource
{
public:
    explicit DatedSource(EntrySource &inner) : m_inner(inner) {}

    Result<bool> next(SourceEntry &entry) override
    {
        auto more = m_inner.next(entry);
        if (more && *more && entry.modified.isValid())
            m_dates.insert(entry.rawPath, entry.modified.toLocalTime().date());
        return more;
    }
    Result<qint64> read(char *buffer, qint64 capacity) override { return m_inner.read(buffer, capacity); }
    qint64 sourceBytesRead() const override { return m_inner.sourceBytesRead(); }
    bool encryptionDetected() const override { return m_inner.encryptionDetected(); }

    /// raw entry name -> date of every entry read that had a modification time (the last one for a repeated name).
    const QHash<QByteArray, QDate> &dates() const { return m_dates; }

private:
    EntrySource &m_inner;
    QHash<QByteArray, QDate> m_dates;
};

} // namespace Tickmark::Core
