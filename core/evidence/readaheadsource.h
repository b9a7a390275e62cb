// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entrysource.h"

#include <QByteArray>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace Tickmark::Core {

/// Runs another EntrySource on a worker thread a bounded number of blocks ahead of its reader, so that reading and
/// inflating a package overlaps with what the importer does with the bytes (hashing them, writing them to SQLite).
///
/// Same contract as the inner source, seen from the reading thread: next() and read() deliver what the inner source
/// delivered, errors included, and sourceBytesRead() and encryptionDetected() are the inner source's values as of
/// the entry or block last delivered (so limits computed from them mean what they meant without read-ahead).
/// Only entries for which @p wantsData is true have their data read ahead; for the others read() returns 0 at once
/// and the inner source skips the data, as it would if nobody read it.
///
/// The worker starts on the first next(); from then on the inner source belongs to it until the entries end, an
/// error is delivered, or this object is destroyed (which stops the worker and waits for it). Memory: at most
/// @p maxBlocks blocks of @p blockBytes in flight.
class ReadAheadSource final : public EntrySource
{
public:
    using WantsData = std::function<bool(const SourceEntry &)>;

    ReadAheadSource(EntrySource &inner, WantsData wantsData, int maxBlocks = 8,
                    qsizetype blockBytes = qsizetype(1) << 20);
    ~ReadAheadSource() override;
    ReadAheadSource(const ReadAheadSource &) = delete;
    ReadAheadSource &operator=(const ReadAheadSource &) = delete;

    Result<bool> next(SourceEntry &entry) override;
    Result<qint64> read(char *buffer, qint64 capacity) override;
    qint64 sourceBytesRead() const override { return m_sourceBytes; }
    bool encryptionDetected() const override { return m_encryption; }

private:
    struct Item
    {
        enum class Kind { Entry, Data, EndOfData, End, Failure };
        Kind kind = Kind::End;
        SourceEntry entry;          ///< Kind::Entry
        bool withData = false;      ///< Kind::Entry: its data follows (Data items, then EndOfData)
        QByteArray data;            ///< Kind::Data
        std::optional<Error> error; ///< Kind::Failure
        qint64 sourceBytes = 0;
        bool encryption = false;
    };

    void work();
    bool readData();
    bool push(Item item);
    Item pop();
    Item stamped(Item::Kind kind) const;
    void take(const Item &item);

    EntrySource &m_inner;
    WantsData m_wantsData;
    const int m_maxBlocks;
    const qsizetype m_blockBytes;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Item> m_queue;
    bool m_stop = false;
    std::thread m_worker;

    // Reading side only.
    QByteArray m_block;
    qsizetype m_offset = 0;
    bool m_inData = false;   ///< between an entry whose data is read ahead and its EndOfData
    bool m_finished = false; ///< End or an error was delivered
    qint64 m_sourceBytes = 0;
    bool m_encryption = false;
};

} // namespace Tickmark::Core
