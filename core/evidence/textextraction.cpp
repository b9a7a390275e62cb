// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textextraction.h"

#include <algorithm>

namespace Tickmark::Core {

TextSource textSourceOf(const QString &mediaType)
{
    if (mediaType == QLatin1String("application/pdf"))
        return TextSource::Pdf;
    if (mediaType.startsWith(QLatin1String("text/")) || mediaType == QLatin1String("application/json") ||
        mediaType == QLatin1String("application/xml") || mediaType == QLatin1String("message/rfc822"))
        return TextSource::Plain;
    return TextSource::None;
}

namespace {

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v';
}

bool isBlank(QByteArrayView bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), isAsciiSpace);
}

} // namespace

TextSegmenter::TextSegmenter(Sink sink, qsizetype segmentBytes)
    : m_sink(std::move(sink))
    , m_segmentBytes(std::max<qsizetype>(16, segmentBytes))
{}

bool TextSegmenter::add(QByteArrayView bytes)
{
    m_buffer.append(bytes.data(), bytes.size());
    return flush(false);
}

bool TextSegmenter::finish()
{
    return flush(true);
}

// Segments are handed on as views of the buffer; what they took is removed once at the end (not once per segment:
// a 1 MiB chunk holds sixteen of them).
bool TextSegmenter::flush(bool all)
{
    const QByteArrayView buffer(m_buffer);
    qsizetype start = 0;
    bool ok = true;
    while (ok && (buffer.size() - start > m_segmentBytes || (all && start < buffer.size()))) {
        const QByteArrayView rest = buffer.sliced(start);
        const qsizetype cut = rest.size() > m_segmentBytes ? cutPoint(rest) : rest.size();
        const QByteArrayView segment = rest.first(cut);
        ok = isBlank(segment) || hand(segment);
        start += cut;
    }
    m_buffer.remove(0, start);
    return ok;
}

// Where to end the next segment of @p rest (longer than a segment): after the last whitespace of the segment's
// second half, so words stay whole; without whitespace, at the segment size moved back to the start of a UTF-8
// sequence.
qsizetype TextSegmenter::cutPoint(QByteArrayView rest) const
{
    for (qsizetype i = m_segmentBytes - 1; i > m_segmentBytes / 2; --i) {
        if (isAsciiSpace(rest.at(i)))
            return i + 1;
    }
    qsizetype cut = m_segmentBytes;
    for (int back = 0; back < 3 && (uchar(rest.at(cut)) & 0xC0) == 0x80; ++back)
        --cut;
    return cut;
}

bool TextSegmenter::hand(QByteArrayView segment)
{
    ++m_segments;
    if (segment.isValidUtf8())
        return m_sink(segment);
    ++m_latin1Segments;
    return m_sink(QString::fromLatin1(segment).toUtf8());
}

} // namespace Tickmark::Core
