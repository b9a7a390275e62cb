// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

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

/// Cuts text, chunk by chunk, into segments of about @p segmentBytes bytes (64 KiB: a hit's snippet is made from its
/// segment, so small segments keep search fast and hits precise), at whitespace where there is some, and
/// hands each on as UTF-8: as it is when it is valid UTF-8, else read as Latin-1 (a Windows export) and converted.
/// A large file never sits in memory whole, and valid UTF-8 is never decoded or copied on its way to the index.
class TextSegmenter final
{
public:
    using Sink = std::function<bool(QByteArrayView utf8)>;
    explicit TextSegmenter(Sink sink, qsizetype segmentBytes = qsizetype(64) << 10);

    /// Takes @p bytes; false when the sink failed.
    bool add(QByteArrayView bytes);
    /// Hands on the rest; false when the sink failed.
    bool finish();
    /// Segments handed on so far.
    int segments() const { return m_segments; }
    /// Whether every segment so far was valid UTF-8 (else some were read as Latin-1).
    bool allUtf8() const { return m_latin1Segments == 0; }

private:
    bool flush(bool all);
    qsizetype cutPoint(QByteArrayView rest) const;
    bool hand(QByteArrayView segment);

    Sink m_sink;
    qsizetype m_segmentBytes;
    QByteArray m_buffer;
    int m_segments = 0;
    int m_latin1Segments = 0;
};

} // namespace Tickmark::Core
