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

bool TextSegmenter::flush(bool all)
{
    while (m_buffer.size() > m_segmentBytes || (all && !m_buffer.isEmpty())) {
        const qsizetype cut = m_buffer.size() > m_segmentBytes ? cutPoint() : m_buffer.size();
        const QByteArrayView segment = QByteArrayView(m_buffer).first(cut);
        if (!isBlank(segment) && !hand(segment))
            return false;
        m_buffer.remove(0, cut);
    }
    return true;
}

// Where to end the next segment of a full buffer: after the last whitespace of the segment's second half, so words
// stay whole; without whitespace, at the segment size moved back to the start of a UTF-8 sequence.
qsizetype TextSegmenter::cutPoint() const
{
    for (qsizetype i = m_segmentBytes - 1; i > m_segmentBytes / 2; --i) {
        if (isAsciiSpace(m_buffer.at(i)))
            return i + 1;
    }
    qsizetype cut = m_segmentBytes;
    for (int back = 0; back < 3 && (uchar(m_buffer.at(cut)) & 0xC0) == 0x80; ++back)
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
