// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the PDF renderer: the layout engine that turns a ReportDocument's sections into positioned items on
// pages, before anything is painted (so that the contents can name the page of every heading).
#pragma once

#include "pdfrenderer.h"

#include <QColor>
#include <QFont>
#include <QLineF>
#include <QRectF>
#include <QTextLayout>

#include <memory>

class QPaintDevice;

namespace Tickmark::Core::Pdf {

/// Device units per typographic point (the writer runs at 720 dpi).
constexpr qreal kPt = 10.0;
constexpr int kDpi = 720;

/// Lines [first, first + count) of a laid-out text, drawn so that line @c first's top is at @c origin.
struct TextItem
{
    std::shared_ptr<QTextLayout> layout;
    int first = 0;
    int count = 0;
    QPointF origin;
    QColor color;
};

struct RuleItem
{
    QLineF line;
    qreal width = kPt * 0.5;
    QColor color;
};

struct FillItem
{
    QRectF rect;
    QColor color;
};

/// One laid-out page of the body.
struct Page
{
    QList<FillItem> fills;
    QList<RuleItem> rules;
    QList<TextItem> texts;
};

/// The report's typography.
struct Style
{
    QFont body, bodyBold, bullet, note, h1Label, h1, h2, h3, h4, table, tableBold, mono, header, cover;
    QColor ink{0x1a, 0x1a, 0x1a};
    QColor accent{0x1f, 0x3a, 0x5f};
    QColor muted{0x5f, 0x66, 0x6d};
    QColor rule{0xb8, 0xc0, 0xc8};
    QColor headerFill{0xe9, 0xee, 0xf3};
    QColor watermark{0xec, 0xec, 0xec};
    static Style make();
};

/// Page geometry in device units.
struct Geometry
{
    QSizeF page;
    QRectF body; ///< the area between the running header and the footer
    static Geometry make(PaperSize paper);
};

/// Lays out text with TextSpan emphasis: wraps at word boundaries (anywhere for long tokens such as hashes), with
/// @p leading as the line-height factor. Forced breaks: '\n'.
std::shared_ptr<QTextLayout> layoutSpans(const QList<TextSpan> &spans, const QFont &font, qreal width,
                                         const QPaintDevice *device, qreal leading = 1.3,
                                         Qt::Alignment align = Qt::AlignLeft);
/// Height of lines [first, first + count) of @p layout.
qreal linesHeight(const QTextLayout &layout, int first, int count);

/// Flows sections onto pages. The first body page gets physical number @p firstPage.
class Flow final
{
public:
    Flow(const Style &style, const Geometry &geometry, const QPaintDevice *device, int firstPage);

    void addSection(const ReportSection &section);

    QList<Page> pages;
    QList<TocEntry> contents;

private:
    void newPage();
    qreal room() const;
    void addBlock(const QList<ReportBlock> &blocks, int index);
    void addHeading(const ReportBlock &block, qreal keep);
    void addText(const std::shared_ptr<QTextLayout> &layout, qreal x, QColor color, qreal spaceAfter);
    void addBullet(const ReportBlock &block);
    void addTable(const ReportTable &table);
    /// Height the table needs at its start: the header row with the first row (see addTable).
    qreal tableStartHeight(const ReportTable &table) const;
    /// Height the start of block @p index needs on the same page as a heading before it.
    qreal keepHeight(const QList<ReportBlock> &blocks, int index) const;
    qreal headingHeight(const ReportBlock &block) const;

    const Style &m_style;
    const Geometry &m_geo;
    const QPaintDevice *m_device;
    int m_firstPage;
    qreal m_y = 0;
};

} // namespace Tickmark::Core::Pdf
