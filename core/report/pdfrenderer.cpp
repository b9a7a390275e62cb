// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfrenderer.h"

#include "pdflayout_p.h"
#include "pdfmetadata_p.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>

namespace Tickmark::Core {

namespace {

using namespace Pdf;

QString tr(const char *text)
{
    return QCoreApplication::translate("Tickmark::Core", text);
}

/// The contents pages: entry lines with dot leaders and page numbers.
class Contents final
{
    Q_DECLARE_TR_FUNCTIONS(Tickmark::Core::Contents)

public:
    Contents(const Style &style, const Geometry &geo, const QPaintDevice *device)
        : m_style(style)
        , m_geo(geo)
        , m_device(device)
        , m_fm(style.body, const_cast<QPaintDevice *>(device))
    {
        m_pitch = m_fm.height() * 1.75;
        m_titleSpace = QFontMetricsF(style.h1, const_cast<QPaintDevice *>(device)).height() * 1.3 + 26 * kPt;
    }

    int pageCount(const QList<TocEntry> &entries) const
    {
        int pages = 1;
        qreal y = m_geo.body.top() + m_titleSpace;
        for (const TocEntry &e : entries) {
            const qreal need = m_pitch * (e.level == 1 ? 0.5 : 0.0) + m_pitch * int(split(e, device()).size());
            if (y + need > m_geo.body.bottom()) {
                ++pages;
                y = m_geo.body.top();
            }
            y += need;
        }
        return pages;
    }

    /// Paints the contents from the current page on, calling @p nextPage before each further page.
    void paint(QPainter &p, const QList<TocEntry> &entries, const std::function<void()> &nextPage) const
    {
        qreal y = m_geo.body.top();
        p.setPen(m_style.ink);
        p.setFont(m_style.h1);
        p.setPen(m_style.accent);
        p.drawText(QPointF(m_geo.body.left(), y + QFontMetricsF(m_style.h1, p.device()).ascent()), tr("Contents"));
        y += m_titleSpace - 12 * kPt;
        p.fillRect(QRectF(m_geo.body.left(), y, m_geo.body.width(), 1.2 * kPt), m_style.accent);
        y += 12 * kPt;
        for (const TocEntry &e : entries) {
            const QStringList parts = split(e, p.device());
            const qreal need = m_pitch * (e.level == 1 ? 0.5 : 0.0) + m_pitch * int(parts.size());
            if (y + need > m_geo.body.bottom()) {
                nextPage();
                y = m_geo.body.top();
            }
            if (e.level == 1)
                y += m_pitch * 0.5;
            for (int i = 0; i < parts.size(); ++i) {
                paintEntry(p, e, parts.at(i), i == parts.size() - 1, y);
                y += m_pitch;
            }
        }
    }

private:
    QFont entryFont(const TocEntry &e) const { return e.level == 1 ? m_style.bodyBold : m_style.body; }
    qreal indent(const TocEntry &e) const { return e.level == 1 ? 0 : 16 * kPt; }
    /// Room for an entry's text on a line: the page number and a few leader dots stay free.
    qreal textRoom(const TocEntry &e) const { return m_geo.body.width() - indent(e) - 40 * kPt; }

    /// The entry's text in lines: a title too long for one line wraps at a space (never elided).
    QStringList split(const TocEntry &e, const QPaintDevice *device) const
    {
        const QFontMetricsF fm(entryFont(e), const_cast<QPaintDevice *>(device));
        QStringList lines;
        QString rest = e.text;
        while (fm.horizontalAdvance(rest) > textRoom(e)) {
            qsizetype cut = rest.lastIndexOf(QLatin1Char(' '));
            while (cut > 0 && fm.horizontalAdvance(rest.left(cut)) > textRoom(e))
                cut = rest.lastIndexOf(QLatin1Char(' '), cut - 1);
            if (cut <= 0)
                break;
            lines << rest.left(cut);
            rest = rest.mid(cut + 1);
        }
        lines << rest;
        return lines;
    }

    const QPaintDevice *device() const { return m_device; }

    /// One line of an entry; the last line carries the leaders and the page number.
    void paintEntry(QPainter &p, const TocEntry &e, const QString &text, bool last, qreal y) const
    {
        const QFont font = entryFont(e);
        const QFontMetricsF fm(font, p.device());
        const QString number = QString::number(e.page);
        const qreal numberWidth = fm.horizontalAdvance(number);
        const qreal left = m_geo.body.left() + indent(e);
        const qreal right = m_geo.body.right();
        const qreal baseline = y + fm.ascent();
        p.setFont(font);
        p.setPen(e.level == 1 ? m_style.accent : m_style.ink);
        p.drawText(QPointF(left, baseline), text);
        if (!last)
            return;
        p.drawText(QPointF(right - numberWidth, baseline), number);
        // Dot leaders on a fixed grid, so that the dots of all lines line up.
        const qreal dotStep = 4.5 * kPt;
        const qreal from = left + fm.horizontalAdvance(text) + 6 * kPt;
        const qreal to = right - numberWidth - 6 * kPt;
        p.setPen(m_style.rule);
        p.setFont(m_style.body);
        for (qreal x = std::ceil(from / dotStep) * dotStep; x < to; x += dotStep)
            p.drawText(QPointF(x, baseline), QStringLiteral("."));
    }

    const Style &m_style;
    const Geometry &m_geo;
    const QPaintDevice *m_device;
    QFontMetricsF m_fm;
    qreal m_pitch = 0;
    qreal m_titleSpace = 0;
};

void paintWatermark(QPainter &p, const Style &style, const Geometry &geo)
{
    // Painted as outlines, not text: rotated glyphs would interleave with the page's lines in text extraction and
    // search. The word "DRAFT" is also in the footer as text.
    QFont f = style.h1;
    // A path is laid out in device units with no device to convert points: size the font in pixels.
    f.setPixelSize(int(100 * kPt));
    f.setLetterSpacing(QFont::AbsoluteSpacing, 3 * kPt);
    QPainterPath path;
    path.addText(QPointF(0, 0), f, tr("DRAFT"));
    const QRectF box = path.boundingRect();
    p.save();
    p.translate(geo.page.width() / 2, geo.page.height() / 2);
    p.rotate(-50);
    p.translate(-box.center());
    p.setPen(Qt::NoPen);
    p.fillPath(path, style.watermark);
    p.restore();
}

void paintHeaderFooter(QPainter &p, const ReportDocument &doc, const Style &style, const Geometry &geo, int page,
                       int pages)
{
    const QFontMetricsF fm(style.header, p.device());
    p.setFont(style.header);
    p.setPen(style.muted);
    if (page > 1) {
        const qreal base = geo.body.top() - 22 * kPt;
        p.drawText(QPointF(geo.body.left(), base), fm.elidedText(doc.runningHeader, Qt::ElideRight, geo.body.width()));
        p.fillRect(QRectF(geo.body.left(), base + fm.descent() + 4 * kPt, geo.body.width(), 0.5 * kPt), style.rule);
    }
    const qreal footer = geo.body.bottom() + 34 * kPt;
    const QString number = tr("Page %1 of %2").arg(page).arg(pages);
    p.drawText(QPointF(geo.page.width() / 2 - fm.horizontalAdvance(number) / 2, footer), number);
    if (page > 1 && !doc.author.isEmpty())
        p.drawText(QPointF(geo.body.left(), footer), doc.author);
    if (doc.draft) {
        const QString draft = tr("DRAFT \u2014 subject to change");
        p.setPen(QColor(0xb0, 0x00, 0x20));
        p.drawText(QPointF(geo.body.right() - fm.horizontalAdvance(draft), footer), draft);
    }
}

void paintCover(QPainter &p, const ReportDocument &doc, const Style &style, const Geometry &geo)
{
    p.fillRect(QRectF(0, 0, 16 * kPt, geo.page.height()), style.accent);
    const qreal left = geo.body.left();
    const qreal width = geo.body.width();
    qreal y = geo.page.height() * 0.28;
    auto line = [&](const QString &text, const QFont &font, const QColor &color, qreal after, qreal leading = 1.2) {
        auto layout = layoutSpans({TextSpan{text}}, font, width, p.device(), leading);
        p.setPen(color);
        layout->draw(&p, QPointF(left, y));
        y += linesHeight(*layout, 0, layout->lineCount()) + after;
    };
    line(doc.coverLines.value(0).toUpper(), style.h1Label, style.accent, 14 * kPt);
    line(doc.coverLines.value(1), style.cover, style.ink, 8 * kPt, 1.1);
    QFont system = style.h2;
    system.setPointSizeF(14);
    system.setBold(false);
    line(doc.coverLines.value(2), system, style.ink, 6 * kPt);
    line(doc.coverLines.value(3), style.body, style.muted, 18 * kPt);
    p.fillRect(QRectF(left, y, 90 * kPt, 2 * kPt), style.accent);
    y += 20 * kPt;
    QFont title = style.body;
    title.setItalic(true);
    title.setPointSizeF(10.5);
    line(doc.title, title, style.ink, 0, 1.4);

    y = geo.page.height() - 150 * kPt;
    line(doc.preparedBy, style.h3, style.ink, 6 * kPt);
    line(tr("This report is intended solely for the specified parties named in the restricted use paragraph of "
            "Section I."),
         style.note, style.muted, 0);
}

Result<QByteArray> paintDocument(const ReportDocument &doc, const PdfOptions &options, PdfRenderInfo &info)
{
    const QDateTime created = QDateTime::currentDateTimeUtc();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kDpi);
        writer.setPageSize(QPageSize(options.paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setPdfVersion(options.pdfA ? QPagedPaintDevice::PdfVersion_A1b : QPagedPaintDevice::PdfVersion_1_4);
        writer.setTitle(doc.title);
        writer.setCreator(QStringLiteral("Tickmark"));
        writer.setDocumentXmpMetadata(xmpMetadata(doc, options.pdfA, created));

        const Style style = Style::make();
        const Geometry geo = Geometry::make(options.paper);
        Flow flow(style, geo, &writer, 0);
        for (const ReportSection &section : doc.sections)
            flow.addSection(section);
        const Contents contents(style, geo, &writer);
        const int tocPages = contents.pageCount(flow.contents);
        const int offset = 1 + tocPages + 1; // flow numbered its first page 0
        for (TocEntry &e : flow.contents)
            e.page += offset;
        info.contents = flow.contents;
        info.pages = 1 + tocPages + int(flow.pages.size());

        QPainter p;
        if (!p.begin(&writer))
            return fail(ErrorCode::FileError, tr("cannot start the PDF writer"));
        p.setRenderHint(QPainter::TextAntialiasing);
        int page = 1;
        auto startPage = [&](bool first) {
            if (!first)
                writer.newPage();
            if (doc.draft)
                paintWatermark(p, style, geo);
            paintHeaderFooter(p, doc, style, geo, page, info.pages);
        };
        startPage(true);
        paintCover(p, doc, style, geo);
        ++page;
        startPage(false);
        contents.paint(p, info.contents, [&]() {
            ++page;
            startPage(false);
        });
        for (const Page &body : std::as_const(flow.pages)) {
            ++page;
            startPage(false);
            for (const FillItem &f : body.fills)
                p.fillRect(f.rect, f.color);
            for (const TextItem &t : body.texts) {
                p.setPen(t.color);
                const qreal shift = t.layout->lineAt(t.first).y() - t.layout->lineAt(0).y();
                for (int i = t.first; i < t.first + t.count; ++i)
                    t.layout->lineAt(i).draw(&p, t.origin - QPointF(0, shift));
            }
            for (const RuleItem &r : body.rules)
                p.fillRect(QRectF(r.line.x1(), r.line.y1() - r.width / 2, r.line.dx(), r.width), r.color);
        }
        p.end();
    }
    return withInfoMetadata(bytes, doc, created);
}

} // namespace

QString paperSizeKey(PaperSize paper)
{
    return paper == PaperSize::Letter ? QStringLiteral("letter") : QStringLiteral("a4");
}

std::optional<PaperSize> paperSizeFromKey(const QString &key)
{
    if (key.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0)
        return PaperSize::A4;
    if (key.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0)
        return PaperSize::Letter;
    return std::nullopt;
}

Result<PdfRenderInfo> PdfRenderer::render(const ReportDocument &doc, const QString &path, const PdfOptions &options)
{
    PdfRenderInfo info;
    auto bytes = paintDocument(doc, options, info);
    if (!bytes)
        return bytes.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return fail(ErrorCode::FileError, tr("cannot write the report to %1: %2").arg(path, file.errorString()));
    return info;
}

} // namespace Tickmark::Core
