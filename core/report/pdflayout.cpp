// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdflayout_p.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QTextOption>

namespace Tickmark::Core::Pdf {

namespace {

constexpr qreal kCellPadY = 3.5 * kPt;
constexpr qreal kBulletIndent = 16 * kPt;

QFont font(const QString &family, qreal points, bool bold = false, bool italic = false)
{
    QFont f(QFontDatabase::hasFamily(family) ? family : QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    f.setKerning(true);
    // A (tiny) letter spacing makes Qt 6.4 shape without ligatures: Qt writes no ToUnicode entry that maps an "fi"
    // ligature back to its letters, so "Significant" could not be searched for or copied out of the PDF.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.2);
    // Hinting would snap glyphs to a screen's pixel grid; the PDF is vector output.
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

} // namespace

Style Style::make()
{
    const QString serif = QStringLiteral("DejaVu Serif");
    const QString sans = QStringLiteral("DejaVu Sans");
    Style s;
    s.body = font(serif, 9.5);
    s.bodyBold = font(serif, 9.5, true);
    s.bullet = s.body;
    s.note = font(serif, 8.5, false, true);
    s.h1Label = font(sans, 8.5, true);
    s.h1Label.setLetterSpacing(QFont::AbsoluteSpacing, 1.2);
    s.h1 = font(sans, 17, true);
    s.h2 = font(sans, 11, true);
    s.h3 = font(sans, 9, true);
    s.h4 = font(serif, 9.5, true);
    s.table = font(sans, 7.5);
    s.tableBold = font(sans, 7.5, true);
    s.mono = font(QStringLiteral("DejaVu Sans Mono"), 6.5);
    s.header = font(sans, 7);
    s.cover = font(sans, 24, true);
    return s;
}

Geometry Geometry::make(PaperSize paper)
{
    Geometry g;
    g.page = paper == PaperSize::Letter ? QSizeF(612 * kPt, 792 * kPt) : QSizeF(595.28 * kPt, 841.89 * kPt);
    const qreal side = 66 * kPt;
    g.body = QRectF(QPointF(side, 82 * kPt), QPointF(g.page.width() - side, g.page.height() - 70 * kPt));
    return g;
}

std::shared_ptr<QTextLayout> layoutSpans(const QList<TextSpan> &spans, const QFont &base, qreal width,
                                         const QPaintDevice *device, qreal leading, Qt::Alignment align)
{
    QString text;
    QList<QTextLayout::FormatRange> formats;
    for (const TextSpan &span : spans) {
        QString t = span.text;
        t.replace(QLatin1Char('\n'), QChar::LineSeparator);
        if (span.bold || span.italic) {
            QTextLayout::FormatRange range;
            range.start = int(text.size());
            range.length = int(t.size());
            if (span.bold)
                range.format.setFontWeight(QFont::Bold);
            if (span.italic)
                range.format.setFontItalic(true);
            formats << range;
        }
        text += t;
    }
    auto layout = std::make_shared<QTextLayout>(text, base, device);
    QTextOption option(align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    layout->setFormats(formats);
    layout->setCacheEnabled(true);
    const qreal lineHeight = QFontMetricsF(base, device).height() * leading;
    layout->beginLayout();
    qreal y = 0;
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(width);
        // Centre the glyphs in the taller line box so that the extra leading is shared above and below.
        line.setPosition(QPointF(0, y + (lineHeight - line.height()) / 2));
        y += lineHeight;
    }
    layout->endLayout();
    return layout;
}

qreal linesHeight(const QTextLayout &layout, int first, int count)
{
    if (count <= 0)
        return 0;
    const qreal pitch = layout.lineCount() > 1 ? layout.lineAt(1).y() - layout.lineAt(0).y()
                                               : layout.lineAt(0).height() + 2 * layout.lineAt(0).y();
    Q_UNUSED(first);
    return pitch * count;
}

Flow::Flow(const Style &style, const Geometry &geometry, const QPaintDevice *device, int firstPage)
    : m_style(style)
    , m_geo(geometry)
    , m_device(device)
    , m_firstPage(firstPage)
{}

void Flow::newPage()
{
    pages.append(Page());
    m_y = m_geo.body.top();
}

qreal Flow::room() const
{
    return m_geo.body.bottom() - m_y;
}

void Flow::addSection(const ReportSection &section)
{
    newPage();
    const qreal width = m_geo.body.width();
    const int pageNo = m_firstPage + int(pages.size()) - 1;
    contents << TocEntry{section.heading(), 1, pageNo};
    auto label = layoutSpans({TextSpan{section.number.toUpper()}}, m_style.h1Label, width, m_device);
    addText(label, m_geo.body.left(), m_style.accent, 4 * kPt);
    auto title = layoutSpans({TextSpan{section.title}}, m_style.h1, width, m_device, 1.15);
    addText(title, m_geo.body.left(), m_style.ink, 8 * kPt);
    pages.last().rules << RuleItem{QLineF(m_geo.body.left(), m_y, m_geo.body.right(), m_y), 1.2 * kPt, m_style.accent};
    m_y += 16 * kPt;
    for (int i = 0; i < section.blocks.size(); ++i)
        addBlock(section.blocks, i);
}

void Flow::addBlock(const QList<ReportBlock> &blocks, int index)
{
    const ReportBlock &block = blocks.at(index);
    const qreal width = m_geo.body.width();
    switch (block.kind) {
    case ReportBlock::Kind::Heading:
        addHeading(block, keepHeight(blocks, index + 1));
        return;
    case ReportBlock::Kind::Paragraph:
        addText(layoutSpans(block.spans, m_style.body, width, m_device, 1.38, Qt::AlignJustify), m_geo.body.left(),
                m_style.ink, 7 * kPt);
        return;
    case ReportBlock::Kind::Note:
        addText(layoutSpans(block.spans, m_style.note, width, m_device), m_geo.body.left(), m_style.muted, 6 * kPt);
        return;
    case ReportBlock::Kind::Bullet:
        addBullet(block);
        return;
    case ReportBlock::Kind::Table:
        addTable(block.table);
        return;
    }
}

qreal Flow::headingHeight(const ReportBlock &block) const
{
    const QFont &f = block.level <= 2 ? m_style.h2 : block.level == 3 ? m_style.h3 : m_style.h4;
    const qreal before = block.level <= 2 ? 12 * kPt : 8 * kPt;
    return before + QFontMetricsF(f, m_device).height() * 1.2 + 4 * kPt;
}

qreal Flow::keepHeight(const QList<ReportBlock> &blocks, int index) const
{
    if (index >= blocks.size())
        return 0;
    const ReportBlock &block = blocks.at(index);
    switch (block.kind) {
    case ReportBlock::Kind::Heading:
        return headingHeight(block) + keepHeight(blocks, index + 1);
    case ReportBlock::Kind::Table:
        return tableStartHeight(block.table); // exactly what addTable keeps together
    default:
        return QFontMetricsF(m_style.body, m_device).height() * 1.38 * 2;
    }
}

void Flow::addHeading(const ReportBlock &block, qreal keep)
{
    const qreal before = block.level <= 2 ? 12 * kPt : 8 * kPt;
    const bool atTop = m_y <= m_geo.body.top() + 20 * kPt;
    if (!atTop && room() < headingHeight(block) + keep)
        newPage();
    else if (m_y > m_geo.body.top())
        m_y += before;
    const QFont &f = block.level <= 2 ? m_style.h2 : block.level == 3 ? m_style.h3 : m_style.h4;
    const QColor color = block.level <= 2 ? m_style.accent : m_style.ink;
    if (block.level == 2)
        contents << TocEntry{plainText(block.spans), 2, m_firstPage + int(pages.size()) - 1};
    addText(layoutSpans(block.spans, f, m_geo.body.width(), m_device, 1.2), m_geo.body.left(), color, 4 * kPt);
}

void Flow::addText(const std::shared_ptr<QTextLayout> &layout, qreal x, QColor color, qreal spaceAfter)
{
    const int total = layout->lineCount();
    int first = 0;
    while (first < total) {
        const qreal pitch = linesHeight(*layout, 0, 1);
        int fit = int(room() / pitch);
        const int left = total - first;
        if (fit < left) {
            // Keep at least two lines of a paragraph together at the foot and the head of a page.
            if (fit >= 2 && left - fit < 2 && left >= 4)
                fit = left - 2;
            const bool atTop = m_y <= m_geo.body.top();
            if (!atTop && (fit < 1 || (fit < 2 && left > 1))) {
                newPage();
                continue;
            }
            fit = qMax(fit, 1);
        }
        fit = qMin(fit, left);
        pages.last().texts << TextItem{layout, first, fit, QPointF(x, m_y), color};
        m_y += pitch * fit;
        first += fit;
        if (first < total)
            newPage();
    }
    m_y += spaceAfter;
}

void Flow::addBullet(const ReportBlock &block)
{
    const qreal width = m_geo.body.width() - kBulletIndent;
    auto layout = layoutSpans(block.spans, m_style.bullet, width, m_device, 1.38, Qt::AlignJustify);
    const qreal pitch = linesHeight(*layout, 0, 1);
    if (room() < pitch * qMin(2, layout->lineCount()))
        newPage();
    auto mark = layoutSpans({TextSpan{QStringLiteral("\u2022")}}, m_style.bullet, kBulletIndent, m_device, 1.38);
    pages.last().texts << TextItem{mark, 0, 1, QPointF(m_geo.body.left() + 4 * kPt, m_y), m_style.accent};
    addText(layout, m_geo.body.left() + kBulletIndent, m_style.ink, 4 * kPt);
}

} // namespace Tickmark::Core::Pdf
