// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QWidget>

class QGraphicsPixmapItem;
class QGraphicsScene;
class QGraphicsView;
class QLabel;
class QToolButton;

namespace Tickmark::Ui {

/// Shows one image: zoom with the wheel or the buttons, pan by dragging, fit to the pane (the default until the
/// user zooms) or actual size.
///
/// Object names: "imageView", "zoomInButton", "zoomOutButton", "fitButton", "actualSizeButton", "zoomLabel".
class ImageViewer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageViewer)

public:
    explicit ImageViewer(QWidget *parent = nullptr);

    /// Shows @p image fitted to the pane.
    void setImage(const QImage &image);
    const QImage &image() const { return m_image; }
    void clear();

    /// The current scale (1.0 = one image pixel per screen pixel).
    double zoom() const { return m_zoom; }
    void zoomIn();
    void zoomOut();
    /// Scales @p factor times around the centre; the view stops following the pane's size.
    void zoomBy(double factor);
    /// Fits the whole image in the pane and keeps it fitted when the pane resizes.
    void fitToWindow();
    void actualSize();
    bool isFitted() const { return m_fit; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyZoom(double zoom);

    QImage m_image;
    QGraphicsScene *m_scene = nullptr;
    QGraphicsView *m_view = nullptr;
    QGraphicsPixmapItem *m_pixmap = nullptr;
    QLabel *m_zoomLabel = nullptr;
    double m_zoom = 1.0;
    bool m_fit = true;
};

} // namespace Tickmark::Ui
