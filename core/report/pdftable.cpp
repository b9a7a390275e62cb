// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Tables of the PDF layout: header row repeated after every page break, rows split across pages only when a row is
// taller than what is left of an empty page.
#include "pdflayout_p.h"

#include <QFontMetricsF>

namespace Tickmark::Core::Pdf {

namespace {

constexpr qreal kPadX = 4.5 * kPt;
constexpr qreal kPadY = 3.6 * kPt;

struct Row
{
    QList<std::shared_ptr<QTextLayout>> cells;
    QList<int> next; ///< per cell, the first line not yet placed
    bool done() const
    {
        for (int i = 0; i < cells.size(); ++i) {
            if (next.at(i) < cells.at(i)->lineCount())
                return false;
        }
        return true;
    }
    /// Height of the rest of the row (without padding).
    qreal restHeight() const
    {
        qreal h = 0;
        for (int i = 0; i < cells.size(); ++i)
            h = qMax(h, linesHeight(*cells.at(i), 0, cells.at(i)->lineCount() - next.at(i)));
        return h;
    }
};

QList<qreal> columnWidths(const ReportTable &table, qreal total)
{
    QList<double> rel = table.widths;
    while (rel.size() < table.header.size())
        rel << 1.0;
    double sum = 0;
    for (int i = 0; i < table.header.size(); ++i)
        sum += rel.at(i);
    QList<qreal> out;
    for (int i = 0; i < table.header.size(); ++i)
        out << total * rel.at(i) / sum;
    return out;
}

Row layoutRow(const QStringList &cells, const ReportTable &table, const QList<qreal> &widths, const Style &style,
              const QPaintDevice *device)
{
    Row row;
    for (int c = 0; c < widths.size(); ++c) {
        const bool mono = table.monospaceLast && c == widths.size() - 1;
        row.cells << layoutSpans({TextSpan{cells.value(c)}}, mono ? style.mono : style.table, widths.at(c) - 2 * kPadX,
                                 device, 1.25);
        row.next << 0;
    }
    return row;
}

Row layoutHeader(const ReportTable &table, const QList<qreal> &widths, const Style &style, const QPaintDevice *device)
{
    Row header;
    for (int c = 0; c < table.header.size(); ++c) {
        header.cells << layoutSpans({TextSpan{table.header.at(c)}}, style.tableBold, widths.at(c) - 2 * kPadX, device,
                                    1.25);
        header.next << 0;
    }
    return header;
}

} // namespace

qreal Flow::tableStartHeight(const ReportTable &table) const
{
    // The header row stays with the whole first row; only a first row taller than a quarter page may start on the
    // page with two of its lines.
    const QList<qreal> widths = columnWidths(table, m_geo.body.width());
    const qreal headerHeight = layoutHeader(table, widths, m_style, m_device).restHeight() + 2 * kPadY;
    const qreal minFirst = QFontMetricsF(m_style.table, m_device).height() * 1.25 * 2 + 2 * kPadY;
    if (table.rows.isEmpty())
        return headerHeight;
    const qreal first = layoutRow(table.rows.first(), table, widths, m_style, m_device).restHeight() + 2 * kPadY;
    return headerHeight + (first <= m_geo.body.height() / 4 ? first : minFirst);
}

void Flow::addTable(const ReportTable &table)
{
    const QList<qreal> widths = columnWidths(table, m_geo.body.width());
    const qreal left = m_geo.body.left();
    const qreal right = m_geo.body.right();
    const Row header = layoutHeader(table, widths, m_style, m_device);
    const qreal headerHeight = header.restHeight() + 2 * kPadY;

    auto placeCells = [&](Row &row, qreal height, bool isHeader) {
        qreal x = left;
        Page &page = pages.last();
        if (isHeader) {
            page.fills << FillItem{QRectF(left, m_y, right - left, height), m_style.headerFill};
            page.rules << RuleItem{QLineF(left, m_y, right, m_y), 1.0 * kPt, m_style.accent};
        }
        for (int c = 0; c < row.cells.size(); ++c) {
            const auto &cell = row.cells.at(c);
            const qreal pitch = cell->lineCount() ? linesHeight(*cell, 0, 1) : 0;
            int count = 0;
            while (row.next.at(c) + count < cell->lineCount() && pitch * (count + 1) <= height - 2 * kPadY + 0.5)
                ++count;
            if (count > 0) {
                const bool mono = table.monospaceLast && c == row.cells.size() - 1 && !isHeader;
                page.texts << TextItem{cell, row.next.at(c), count, QPointF(x + kPadX, m_y + kPadY),
                                       isHeader ? m_style.accent : (mono ? m_style.muted : m_style.ink)};
            }
            row.next[c] += count;
            x += widths.at(c);
        }
        m_y += height;
        page.rules << RuleItem{QLineF(left, m_y, right, m_y), (isHeader ? 0.8 : 0.35) * kPt,
                               isHeader ? m_style.accent : m_style.rule};
    };
    auto placeHeader = [&]() {
        Row copy = header;
        placeCells(copy, headerHeight, true);
    };
    auto closePage = [&]() {
        pages.last().rules << RuleItem{QLineF(left, m_y, right, m_y), 0.8 * kPt, m_style.accent};
        newPage();
        placeHeader();
    };

    // The header and the first row (or two lines of a very tall one) stay together.
    const qreal minFirst = QFontMetricsF(m_style.table, m_device).height() * 1.25 * 2 + 2 * kPadY;
    if (room() < tableStartHeight(table))
        newPage();
    placeHeader();
    const qreal emptyPageRoom = m_geo.body.height() - headerHeight;
    for (const QStringList &cells : table.rows) {
        Row row = layoutRow(cells, table, widths, m_style, m_device);
        while (!row.done()) {
            const qreal need = row.restHeight() + 2 * kPadY;
            if (need <= room()) {
                placeCells(row, need, false);
                break;
            }
            if (need <= emptyPageRoom || room() < minFirst) {
                closePage();
                continue;
            }
            // Taller than a page: fill this one and carry the rest over.
            placeCells(row, room(), false);
            if (!row.done())
                closePage();
        }
    }
    pages.last().rules << RuleItem{QLineF(left, m_y, right, m_y), 0.8 * kPt, m_style.accent};
    m_y += 10 * kPt;
}

} // namespace Tickmark::Core::Pdf
