// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readaheadsource.h"

#include <algorithm>
#include <cstring>

namespace Tickmark::Core {

ReadAheadSource::ReadAheadSource(EntrySource &inner, WantsData wantsData, int maxBlocks, qsizetype blockBytes)
    : m_inner(inner)
    , m_wantsData(std::move(wantsData))
    , m_maxBlocks(std::max(1, maxBlocks))
    , m_blockBytes(std::max<qsizetype>(1, blockBytes))
{}

ReadAheadSource::~ReadAheadSource()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    if (m_worker.joinable())
        m_worker.join();
}

Result<bool> ReadAheadSource::next(SourceEntry &entry)
{
    if (m_finished)
        return false;
    if (!m_worker.joinable())
        m_worker = std::thread([this] { work(); });
    for (;;) {
        Item item = pop();
        take(item);
        switch (item.kind) {
        case Item::Kind::Data:
        case Item::Kind::EndOfData:
            continue; // the rest of an entry its reader did not read to the end
        case Item::Kind::Entry:
            entry = std::move(item.entry);
            m_inData = item.withData;
            m_block.clear();
            m_offset = 0;
            return true;
        case Item::Kind::End:
            m_finished = true;
            m_worker.join(); // its last item is delivered: it touches the inner source no more
            return false;
        case Item::Kind::Failure:
            m_finished = true;
            m_worker.join();
            return *item.error;
        }
    }
}

Result<qint64> ReadAheadSource::read(char *buffer, qint64 capacity)
{
    if (!m_inData || capacity <= 0)
        return 0;
    while (m_offset >= m_block.size()) {
        Item item = pop();
        take(item);
        if (item.kind == Item::Kind::Failure) {
            m_inData = false;
            m_finished = true;
            m_worker.join();
            return *item.error;
        }
        if (item.kind != Item::Kind::Data) { // EndOfData
            m_inData = false;
            m_block.clear();
            m_offset = 0;
            return 0;
        }
        m_block = std::move(item.data);
        m_offset = 0;
    }
    const qint64 n = std::min<qint64>(capacity, m_block.size() - m_offset);
    std::memcpy(buffer, m_block.constData() + m_offset, size_t(n));
    m_offset += n;
    return n;
}

// Worker thread from here to push().

void ReadAheadSource::work()
{
    for (;;) {
        SourceEntry header;
        const auto more = m_inner.next(header);
        if (!more) {
            Item failure = stamped(Item::Kind::Failure);
            failure.error = more.error();
            push(std::move(failure));
            return;
        }
        if (!*more) {
            push(stamped(Item::Kind::End));
            return;
        }
        Item entry = stamped(Item::Kind::Entry);
        entry.withData = m_wantsData(header);
        entry.entry = std::move(header);
        const bool withData = entry.withData;
        if (!push(std::move(entry)) || (withData && !readData()))
            return;
    }
}

// Reads the current entry's data in full blocks; false when the worker is to stop (after an error or on request).
bool ReadAheadSource::readData()
{
    for (;;) {
        QByteArray block(m_blockBytes, Qt::Uninitialized);
        qsizetype filled = 0;
        bool atEnd = false;
        while (filled < block.size() && !atEnd) {
            const auto n = m_inner.read(block.data() + filled, block.size() - filled);
            if (!n) {
                Item failure = stamped(Item::Kind::Failure);
                failure.error = n.error();
                push(std::move(failure));
                return false;
            }
            filled += *n;
            atEnd = *n == 0;
        }
        if (filled > 0) {
            block.truncate(filled);
            Item data = stamped(Item::Kind::Data);
            data.data = std::move(block);
            if (!push(std::move(data)))
                return false;
        }
        if (atEnd)
            return push(stamped(Item::Kind::EndOfData));
    }
}

ReadAheadSource::Item ReadAheadSource::stamped(Item::Kind kind) const
{
    Item item;
    item.kind = kind;
    item.sourceBytes = m_inner.sourceBytesRead();
    item.encryption = m_inner.encryptionDetected();
    return item;
}

bool ReadAheadSource::push(Item item)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stop || int(m_queue.size()) < m_maxBlocks; });
    if (m_stop)
        return false;
    m_queue.push_back(std::move(item));
    lock.unlock();
    m_changed.notify_all();
    return true;
}

// Reading thread.

ReadAheadSource::Item ReadAheadSource::pop()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_queue.empty(); });
    Item item = std::move(m_queue.front());
    m_queue.pop_front();
    lock.unlock();
    m_changed.notify_all();
    return item;
}

void ReadAheadSource::take(const Item &item)
{
    m_sourceBytes = item.sourceBytes;
    m_encryption = item.encryption;
}

} // namespace Tickmark::Core
