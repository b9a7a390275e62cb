// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QWidget>

namespace Tickmark::Ui {

/// One rendered PDF page with find highlights drawn over it. Sized to the page at the current zoom; while a
/// sharper rendering is on its way the previous image is shown stretched to that size. Its size is fixed (for the
/// layout of the scroll area around it).
class PdfPageView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PdfPageView)

public:
    explicit PdfPageView(QWidget *parent = nullptr);

    /// The page's size in points and the zoom (1.0 = 96 logical pixels per inch); resizes the widget.
    void setPageGeometry(const QSizeF &pagePoints, double zoom);
    /// The rendered page (its devicePixelRatio is ignored: it is drawn over the whole widget).
    void setImage(const QImage &image);
    /// Highlight rectangles in points (page coordinates); @p current (-1 for none) is drawn stronger.
    void setHighlights(const QList<QRectF> &rects, int current);
    /// Widget coordinates of a rectangle in points.
    QRect toWidget(const QRectF &pointsRect) const;

    const QImage &image() const { return m_image; }
    qsizetype highlightCount() const { return m_highlights.size(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QImage m_image;
    QSizeF m_pagePoints;
    double m_zoom = 1.0;
    QList<QRectF> m_highlights;
    int m_current = -1;
};

} // namespace Tickmark::Ui
