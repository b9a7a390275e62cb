// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

#include <functional>

namespace Tickmark::Core {

/// How the text of a content is extracted for the search index.
enum class TextSource {
    None,  ///< images, archives, Office files, other binaries: not indexed
    Plain, ///< text/*, CSV, JSON, XML, e-mail (message/rfc822): decoded directly
    Pdf,   ///< through the PDF helper process, one row per page
};

/// The text source for an item of media type @p mediaType.
TextSource textSourceOf(const QString &mediaType);

/// Checks, chunk by chunk, whether bytes are valid UTF-8 (memory: the decoder's state only).
class Utf8Check final
{
public:
    void add(QByteArrayView bytes);
    bool valid() const { return m_valid; }

private:
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    bool m_valid = true;
};

/// Decodes text chunk by chunk (UTF-8, or Latin-1 when it is not valid UTF-8) and hands it on in segments of about
/// @p segmentChars characters, cut at whitespace, so a large file never sits in memory whole.
class TextSegmenter final
{
public:
    using Sink = std::function<bool(const QString &segment)>;
    TextSegmenter(bool utf8, Sink sink, qsizetype segmentChars = qsizetype(1) << 20);

    /// Decodes @p bytes; false when the sink failed.
    bool add(QByteArrayView bytes);
    /// Hands on the rest; false when the sink failed.
    bool finish();
    /// Segments handed on so far.
    int segments() const { return m_segments; }

private:
    bool flush(bool all);

    QStringDecoder m_decoder;
    Sink m_sink;
    qsizetype m_segmentChars;
    QString m_buffer;
    int m_segments = 0;
};

} // namespace Tickmark::Core
