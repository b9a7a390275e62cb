// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textextraction.h"

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

void Utf8Check::add(QByteArrayView bytes)
{
    if (!m_valid)
        return;
    const QString decoded = m_decoder.decode(bytes);
    m_valid = !m_decoder.hasError();
}

TextSegmenter::TextSegmenter(bool utf8, Sink sink, qsizetype segmentChars)
    : m_decoder(utf8 ? QStringDecoder::Utf8 : QStringDecoder::Latin1)
    , m_sink(std::move(sink))
    , m_segmentChars(segmentChars)
{}

bool TextSegmenter::add(QByteArrayView bytes)
{
    m_buffer += m_decoder.decode(bytes);
    return flush(false);
}

bool TextSegmenter::finish()
{
    return flush(true);
}

bool TextSegmenter::flush(bool all)
{
    while (m_buffer.size() >= m_segmentChars || (all && !m_buffer.trimmed().isEmpty())) {
        qsizetype cut = m_buffer.size();
        if (!all || m_buffer.size() > m_segmentChars) {
            cut = std::min(m_buffer.size(), m_segmentChars);
            // Cut after the last whitespace of the segment's second half, so words stay whole.
            for (qsizetype i = cut - 1; i > cut / 2; --i) {
                if (m_buffer.at(i).isSpace()) {
                    cut = i + 1;
                    break;
                }
            }
        }
        const QString segment = m_buffer.left(cut);
        m_buffer.remove(0, cut);
        ++m_segments;
        if (!m_sink(segment))
            return false;
    }
    if (all)
        m_buffer.clear();
    return true;
}

} // namespace Tickmark::Core
