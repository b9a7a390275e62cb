// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageviewer.h"

#include "settings/appearance.h"

#include <QEvent>
#include <QGraphicsPixmapItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Tickmark::Ui {

namespace {

/// The grey around an image: light grey on a light palette, a shade under the window colour on a dark one.
QColor surroundColour(const QPalette &palette)
{
    return isDarkPalette(palette) ? palette.color(QPalette::Window).darker(125) : QColor(0xE4, 0xE6, 0xE9);
}

constexpr double kStep = 1.25;
constexpr double kMinZoom = 0.02;
constexpr double kMaxZoom = 32.0;

QToolButton *toolButton(const QString &text, const QString &tip, const QString &objectName, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setAccessibleName(tip);
    b->setObjectName(objectName);
    b->setAutoRaise(true);
    return b;
}

} // namespace

ImageViewer::ImageViewer(QWidget *parent)
    : QWidget(parent)
    , m_scene(new QGraphicsScene(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *bar = new QHBoxLayout;
    bar->setSpacing(2);
    auto *zoomOut = toolButton(QStringLiteral("−"), tr("Zoom out"), QStringLiteral("zoomOutButton"), this);
    auto *zoomIn = toolButton(QStringLiteral("+"), tr("Zoom in"), QStringLiteral("zoomInButton"), this);
    auto *fit = toolButton(tr("Fit"), tr("Fit the image in the pane"), QStringLiteral("fitButton"), this);
    auto *actual = toolButton(tr("100%"), tr("Actual size"), QStringLiteral("actualSizeButton"), this);
    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setObjectName(QStringLiteral("zoomLabel"));
    connect(zoomOut, &QToolButton::clicked, this, &ImageViewer::zoomOut);
    connect(zoomIn, &QToolButton::clicked, this, &ImageViewer::zoomIn);
    connect(fit, &QToolButton::clicked, this, &ImageViewer::fitToWindow);
    connect(actual, &QToolButton::clicked, this, &ImageViewer::actualSize);
    for (QWidget *w : {static_cast<QWidget *>(zoomOut), static_cast<QWidget *>(zoomIn), static_cast<QWidget *>(fit),
                       static_cast<QWidget *>(actual), static_cast<QWidget *>(m_zoomLabel)})
        bar->addWidget(w);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_view = new QGraphicsView(m_scene, this);
    m_view->setObjectName(QStringLiteral("imageView"));
    m_view->setAccessibleName(tr("Image"));
    m_view->setDragMode(QGraphicsView::ScrollHandDrag);
    m_view->setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    m_view->setRenderHint(QPainter::SmoothPixmapTransform);
    // A neutral grey shows where an image with white margins ends (re-read when the palette changes).
    m_view->setBackgroundBrush(surroundColour(m_view->palette()));
    m_view->viewport()->installEventFilter(this);
    layout->addWidget(m_view, 1);
    m_pixmap = m_scene->addPixmap({});
    m_pixmap->setTransformationMode(Qt::SmoothTransformation);
}

void ImageViewer::setImage(const QImage &image)
{
    m_image = image;
    m_pixmap->setPixmap(QPixmap::fromImage(image));
    m_scene->setSceneRect(m_pixmap->boundingRect());
    fitToWindow();
}

void ImageViewer::clear()
{
    setImage({});
}

void ImageViewer::zoomIn()
{
    zoomBy(kStep);
}

void ImageViewer::zoomOut()
{
    zoomBy(1 / kStep);
}

void ImageViewer::zoomBy(double factor)
{
    m_fit = false;
    applyZoom(m_zoom * factor);
}

void ImageViewer::actualSize()
{
    m_fit = false;
    applyZoom(1.0);
}

void ImageViewer::fitToWindow()
{
    m_fit = true;
    if (m_image.isNull()) {
        applyZoom(1.0);
        return;
    }
    const QSize area = m_view->viewport()->size() - QSize(4, 4);
    const double zx = double(std::max(area.width(), 1)) / m_image.width();
    const double zy = double(std::max(area.height(), 1)) / m_image.height();
    // Small images are shown at their size rather than blown up.
    applyZoom(std::min({zx, zy, 1.0}));
}

void ImageViewer::applyZoom(double zoom)
{
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    m_view->setTransform(QTransform::fromScale(m_zoom, m_zoom));
    m_zoomLabel->setText(m_image.isNull() ? QString() : tr("%1%").arg(std::lround(m_zoom * 100)));
}

bool ImageViewer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport()) {
        if (event->type() == QEvent::Wheel) {
            const auto *wheel = static_cast<QWheelEvent *>(event);
            const int delta = wheel->angleDelta().y();
            if (delta != 0)
                zoomBy(std::pow(kStep, delta / 120.0));
            return true;
        }
        if (event->type() == QEvent::Resize && m_fit)
            fitToWindow();
        if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
            m_view->setBackgroundBrush(surroundColour(m_view->palette()));
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Tickmark::Ui
