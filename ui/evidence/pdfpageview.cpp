// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfpageview.h"

#include <QPainter>

#include <algorithm>

namespace Tickmark::Ui {

namespace {

constexpr double kPixelsPerPoint = 96.0 / 72.0;

} // namespace

PdfPageView::PdfPageView(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void PdfPageView::setPageGeometry(const QSizeF &pagePoints, double zoom)
{
    m_pagePoints = pagePoints;
    m_zoom = zoom;
    const double scale = kPixelsPerPoint * zoom;
    setFixedSize(std::max(1, qRound(pagePoints.width() * scale)), std::max(1, qRound(pagePoints.height() * scale)));
    update();
}

void PdfPageView::setImage(const QImage &image)
{
    m_image = image;
    update();
}

void PdfPageView::setHighlights(const QList<QRectF> &rects, int current)
{
    m_highlights = rects;
    m_current = current;
    update();
}

QRect PdfPageView::toWidget(const QRectF &pointsRect) const
{
    const double scale = kPixelsPerPoint * m_zoom;
    return QRectF(pointsRect.x() * scale, pointsRect.y() * scale, pointsRect.width() * scale,
                  pointsRect.height() * scale)
        .toAlignedRect();
}

void PdfPageView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    // The page itself stays white (as printed) in a dark palette too; the scroll area around it follows the
    // palette, and the highlights below sit on the white page, so their fixed colours read in either.
    painter.fillRect(rect(), Qt::white);
    if (!m_image.isNull()) {
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(QRectF(rect()), m_image, QRectF(m_image.rect()));
    }
    painter.setRenderHint(QPainter::Antialiasing);
    for (qsizetype i = 0; i < m_highlights.size(); ++i) {
        const bool current = i == m_current;
        const QRect r = toWidget(m_highlights.at(i)).adjusted(-1, -1, 1, 1);
        painter.setPen(current ? QPen(QColor(230, 120, 0), 2) : Qt::NoPen);
        painter.setBrush(current ? QColor(255, 150, 0, 110) : QColor(255, 220, 0, 100));
        painter.drawRect(r);
    }
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
}

} // namespace Tickmark::Ui
