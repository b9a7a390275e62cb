// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfviewer.h"

#include "common/errortext.h"
#include "pdfpageview.h"

#include <QFutureWatcher>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSpinBox>
#include <QStackedWidget>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace Tickmark::Ui {

namespace {

constexpr double kMinZoom = 0.25;
constexpr double kMaxZoom = 4.0;
constexpr double kZoomStep = 1.25;
constexpr double kThumbnailDpi = 12.0; // a Letter or A4 page becomes about 100 x 140 pixels
constexpr int kMaxThumbnails = 300;
constexpr int kCacheKiB = 256 * 1024;
constexpr int kPageMargin = 24; // around the page inside the scroll area

quint64 renderKey(int page, double dpi)
{
    return (quint64(quint32(page)) << 32) | quint32(qRound(dpi * 100));
}

int keyPage(quint64 key)
{
    return int(key >> 32);
}

double keyDpi(quint64 key)
{
    return double(quint32(key)) / 100.0;
}

QToolButton *makeButton(QWidget *parent, const QString &text, const QString &name, const QIcon &icon = QIcon())
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setIcon(icon);
    button->setToolButtonStyle(icon.isNull() ? Qt::ToolButtonTextOnly : Qt::ToolButtonIconOnly);
    button->setToolTip(name);
    button->setAccessibleName(name);
    button->setAutoRaise(true);
    return button;
}

// Helper runs block their thread for up to the PdfTool timeout on a hanging PDF: they get their own pool so they
// never starve other users of the global one.
QThreadPool *pdfPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool(QCoreApplication::instance());
        p->setMaxThreadCount(4);
        return p;
    }();
    return pool;
}

} // namespace

// Runs @p job on the thread pool and hands its result to @p done on the UI thread, unless the document changed.
template<typename Job, typename Done>
static void runJob(PdfViewer *viewer, const int *generation, int *busy, Job job, Done done,
                   void (PdfViewer::*setBusy)(bool))
{
    using T = decltype(job());
    auto *watcher = new QFutureWatcher<T>(viewer);
    const int started = *generation;
    if ((*busy)++ == 0)
        (viewer->*setBusy)(true);
    QObject::connect(watcher, &QFutureWatcherBase::finished, viewer, [=] {
        watcher->deleteLater();
        if (started != *generation)
            return; // an answer about a document no longer shown
        if (--(*busy) == 0)
            (viewer->*setBusy)(false);
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(pdfPool(), std::move(job)));
}

PdfViewer::PdfViewer(QWidget *parent) : QWidget(parent), m_cache(kCacheKiB)
{
    buildUi();
    m_fitTimer = new QTimer(this);
    m_fitTimer->setSingleShot(true);
    m_fitTimer->setInterval(120);
    connect(m_fitTimer, &QTimer::timeout, this, [this] {
        if (m_fitWidth && m_info.pages > 0)
            fitWidth();
    });
    const auto shortcut = [this](QKeySequence key, void (PdfViewer::*slot)()) {
        auto *s = new QShortcut(key, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_PageDown), &PdfViewer::nextPage);
    shortcut(QKeySequence(Qt::Key_PageUp), &PdfViewer::previousPage);
    shortcut(QKeySequence::ZoomIn, &PdfViewer::zoomIn);
    shortcut(QKeySequence::ZoomOut, &PdfViewer::zoomOut);
    shortcut(QKeySequence::FindNext, &PdfViewer::findNext);
    shortcut(QKeySequence::FindPrevious, &PdfViewer::findPrevious);
    auto *focusFind = new QShortcut(QKeySequence::Find, this);
    focusFind->setContext(Qt::WidgetWithChildrenShortcut);
    connect(focusFind, &QShortcut::activated, this, [this] { m_findBox->setFocus(Qt::ShortcutFocusReason); });
    clear();
}

PdfViewer::~PdfViewer() = default;

QWidget *PdfViewer::buildToolBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(4, 2, 4, 2);
    row->setSpacing(4);
    m_prev = makeButton(bar, tr("Previous"), tr("Previous page"), style()->standardIcon(QStyle::SP_ArrowUp));
    m_next = makeButton(bar, tr("Next"), tr("Next page"), style()->standardIcon(QStyle::SP_ArrowDown));
    m_pageBox = new QSpinBox(bar);
    m_pageBox->setAccessibleName(tr("Page number"));
    m_pageBox->setKeyboardTracking(false);
    m_pageCount = new QLabel(bar);
    m_zoomOut = makeButton(bar, QStringLiteral("\u2212"), tr("Zoom out"));
    m_zoomLabel = new QLabel(bar);
    m_zoomLabel->setMinimumWidth(m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("400 %")) + 4);
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    m_zoomIn = makeButton(bar, QStringLiteral("+"), tr("Zoom in"));
    m_fit = makeButton(bar, tr("Fit width"), tr("Fit the page to the width of the pane"));
    m_fit->setCheckable(true);
    m_findBox = new QLineEdit(bar);
    m_findBox->setPlaceholderText(tr("Find in document"));
    m_findBox->setAccessibleName(tr("Find in document"));
    m_findBox->setClearButtonEnabled(true);
    m_findBox->setMaximumWidth(240);
    m_findPrev = makeButton(bar, tr("Previous match"), tr("Previous match"), style()->standardIcon(QStyle::SP_ArrowLeft));
    m_findNext = makeButton(bar, tr("Next match"), tr("Next match"), style()->standardIcon(QStyle::SP_ArrowRight));
    m_findLabel = new QLabel(bar);
    m_busyBar = new QProgressBar(bar);
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(60);
    m_busyBar->setMaximumHeight(10);
    m_busyBar->setTextVisible(false);
    m_busyBar->setAccessibleName(tr("Rendering"));
    m_busyBar->setToolTip(tr("Rendering…"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_prev, m_next, m_pageBox, m_pageCount})
        row->addWidget(w);
    row->addSpacing(12);
    for (QWidget *w : std::initializer_list<QWidget *>{m_zoomOut, m_zoomLabel, m_zoomIn, m_fit})
        row->addWidget(w);
    row->addStretch(1);
    for (QWidget *w : std::initializer_list<QWidget *>{m_busyBar, m_findBox, m_findPrev, m_findNext, m_findLabel})
        row->addWidget(w);

    connect(m_prev, &QToolButton::clicked, this, &PdfViewer::previousPage);
    connect(m_next, &QToolButton::clicked, this, &PdfViewer::nextPage);
    connect(m_pageBox, &QSpinBox::valueChanged, this, [this](int value) { setPage(value - 1); });
    connect(m_zoomOut, &QToolButton::clicked, this, &PdfViewer::zoomOut);
    connect(m_zoomIn, &QToolButton::clicked, this, &PdfViewer::zoomIn);
    connect(m_fit, &QToolButton::clicked, this, &PdfViewer::fitWidth);
    connect(m_findBox, &QLineEdit::returnPressed, this, [this] {
        if (m_findBox->text() == m_lastNeedle && !m_matches.isEmpty())
            findNext();
        else
            find(m_findBox->text());
    });
    connect(m_findPrev, &QToolButton::clicked, this, &PdfViewer::findPrevious);
    connect(m_findNext, &QToolButton::clicked, this, &PdfViewer::findNext);
    return bar;
}

void PdfViewer::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildToolBar());

    m_thumbs = new QListWidget(this);
    m_thumbs->setAccessibleName(tr("Page thumbnails"));
    m_thumbs->setViewMode(QListView::IconMode);
    m_thumbs->setFlow(QListView::TopToBottom);
    m_thumbs->setWrapping(false);
    m_thumbs->setMovement(QListView::Static);
    m_thumbs->setResizeMode(QListView::Adjust);
    m_thumbs->setIconSize(QSize(100, 140));
    m_thumbs->setSpacing(6);
    m_thumbs->setGridSize(QSize(124, 166));
    m_thumbs->setFixedWidth(150);
    connect(m_thumbs, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            setPage(row);
    });

    m_view = new PdfPageView;
    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(kPageMargin / 2, kPageMargin / 2, kPageMargin / 2, kPageMargin / 2);
    pageLayout->addWidget(m_view, 0, Qt::AlignHCenter | Qt::AlignTop);
    pageLayout->addStretch(1);
    m_scroll = new QScrollArea(this);
    m_scroll->setAccessibleName(tr("Page"));
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_scroll->setWidgetResizable(true);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn); // so fit width does not flip it on and off
    m_scroll->setWidget(page);

    auto *document = new QWidget(this);
    auto *row = new QHBoxLayout(document);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    row->addWidget(m_thumbs);
    row->addWidget(m_scroll, 1);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setAlignment(Qt::AlignCenter);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setMargin(24);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(document);
    m_stack->addWidget(m_error);
    layout->addWidget(m_stack, 1);
}

void PdfViewer::clear()
{
    ++m_generation;
    m_busy = 0;
    setBusy(false);
    m_path.clear();
    m_info = {};
    m_page = 0;
    m_cache.clear();
    m_pending.clear();
    m_matches.clear();
    m_currentMatch = -1;
    m_lastNeedle.clear();
    m_pendingPage = -1;
    m_pendingWords.clear();
    m_thumbs->clear();
    m_view->setImage({});
    m_view->setHighlights({}, -1);
    m_view->setPageGeometry({}, 1.0);
    m_findBox->clear();
    m_findLabel->clear();
    m_error->clear();
    m_stack->setCurrentIndex(0);
    updateControls();
}

void PdfViewer::load(const QString &pdfPath)
{
    clear();
    m_path = pdfPath;
    m_fitWidth = true;
    const Core::PdfTool tool = m_tool;
    runJob(this, &m_generation, &m_busy, [tool, pdfPath] { return tool.info(pdfPath); },
           [this](const Result<Core::PdfInfo> &info) { infoLoaded(info); }, &PdfViewer::setBusy);
}

void PdfViewer::infoLoaded(const Result<Core::PdfInfo> &info)
{
    if (!info)
        return showError(info.error());
    if (info->pages <= 0)
        return showError(fail(ErrorCode::ImportFailed, tr("the PDF has no pages")));
    m_info = *info;
    for (int i = 0; i < m_info.pages; ++i) {
        auto *item = new QListWidgetItem(QString::number(i + 1), m_thumbs);
        item->setTextAlignment(Qt::AlignHCenter);
    }
    const int page = m_pendingPage >= 0 ? std::min(m_pendingPage, m_info.pages - 1) : 0;
    m_page = -1; // so that setPage() below counts as a change
    if (m_fitWidth)
        m_zoom = fitWidthZoom();
    setPage(page);
    if (!m_pendingWords.isEmpty())
        runFind(m_pendingWords, page);
    const Core::PdfTool tool = m_tool;
    const QString path = m_path;
    const int count = std::min(m_info.pages, kMaxThumbnails);
    runJob(this, &m_generation, &m_busy, [tool, path, count] { return tool.thumbnails(path, kThumbnailDpi, count); },
           [this](const Result<QList<QImage>> &images) {
               if (images)
                   thumbnailsLoaded(*images);
           }, &PdfViewer::setBusy);
    emit loaded(m_info.pages);
}

void PdfViewer::thumbnailsLoaded(const QList<QImage> &images)
{
    for (qsizetype i = 0; i < images.size() && i < m_thumbs->count(); ++i) {
        if (!images.at(i).isNull())
            m_thumbs->item(int(i))->setIcon(QIcon(QPixmap::fromImage(images.at(i))));
    }
}

void PdfViewer::showError(const Error &error)
{
    // The detail starts with the file name, so it keeps its case (errorSentence() would capitalise it).
    QString detail = error.detail.trimmed();
    if (!detail.endsWith(u'.'))
        detail += u'.';
    m_error->setText(tr("This PDF cannot be shown.") + QStringLiteral("\n\n") + detail);
    m_stack->setCurrentIndex(1);
    updateControls();
    emit failed(m_error->text());
}

QString PdfViewer::errorText() const
{
    return m_stack->currentIndex() == 1 ? m_error->text() : QString();
}

int PdfViewer::highlightCount() const
{
    return int(m_view->highlightCount());
}

QImage PdfViewer::pageImage() const
{
    return m_view->image();
}

void PdfViewer::setBusy(bool busy)
{
    m_busyBar->setVisible(busy);
    emit busyChanged(busy);
}

void PdfViewer::setPage(int page)
{
    if (m_info.pages <= 0)
        return;
    page = std::clamp(page, 0, m_info.pages - 1);
    if (page == m_page)
        return;
    m_page = page;
    showPage();
}

void PdfViewer::nextPage()
{
    setPage(m_page + 1);
}

void PdfViewer::previousPage()
{
    setPage(m_page - 1);
}

void PdfViewer::zoomIn()
{
    setZoom(m_zoom * kZoomStep);
}

void PdfViewer::zoomOut()
{
    setZoom(m_zoom / kZoomStep);
}

void PdfViewer::setZoom(double zoom)
{
    m_fitWidth = false;
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    showPage();
}

void PdfViewer::fitWidth()
{
    m_fitWidth = true;
    m_zoom = fitWidthZoom();
    showPage();
}

double PdfViewer::fitWidthZoom() const
{
    const QSizeF size = m_info.pageSizes.value(std::max(m_page, 0));
    const int available = m_scroll->viewport()->width() - kPageMargin - 8; // - 8: rounding, never a scroll bar
    if (size.width() <= 0 || available < 100)
        return 1.0;
    return std::clamp(available / (size.width() * 96.0 / 72.0), kMinZoom, kMaxZoom);
}

void PdfViewer::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fitWidth)
        m_fitTimer->start();
}

quint64 PdfViewer::currentKey() const
{
    return renderKey(m_page, 96.0 * m_zoom * devicePixelRatioF());
}

// Sizes the page for the current zoom, shows the cached rendering or the previous one stretched, and asks for a
// rendering when none is cached.
void PdfViewer::showPage()
{
    if (m_info.pages <= 0)
        return;
    const bool samePage = m_view->property("page").toInt() == m_page && !m_view->image().isNull();
    m_view->setPageGeometry(m_info.pageSizes.value(m_page), m_zoom);
    m_view->setProperty("page", m_page);
    if (const QImage *cached = m_cache.object(currentKey())) {
        m_view->setImage(*cached);
        emit pageShown(m_page);
    } else {
        if (!samePage)
            m_view->setImage({});
        requestRender();
    }
    updateHighlights();
    updateControls();
}

void PdfViewer::requestRender()
{
    const quint64 key = currentKey();
    if (m_pending.contains(key))
        return;
    m_pending.insert(key);
    const Core::PdfTool tool = m_tool;
    const QString path = m_path;
    runJob(this, &m_generation, &m_busy, [tool, path, key] { return tool.render(path, keyPage(key), keyDpi(key)); },
           [this, key](const Result<QImage> &image) { renderLoaded(key, image); }, &PdfViewer::setBusy);
}

void PdfViewer::renderLoaded(quint64 key, const Result<QImage> &image)
{
    m_pending.remove(key);
    if (!image) {
        if (keyPage(key) == m_page)
            showError(image.error());
        return;
    }
    m_cache.insert(key, new QImage(*image), std::max<qsizetype>(1, image->sizeInBytes() / 1024));
    if (key == currentKey()) { // otherwise the user has moved on: keep it cached only
        m_view->setImage(*image);
        emit pageShown(m_page);
    }
}

void PdfViewer::find(const QString &needle)
{
    m_lastNeedle = needle;
    m_findBox->setText(needle);
    m_matches.clear();
    m_currentMatch = -1;
    if (needle.trimmed().isEmpty() || m_path.isEmpty()) {
        updateHighlights();
        updateControls();
        return;
    }
    runFind({needle}, -1);
}

void PdfViewer::runFind(const QStringList &needles, int preferredPage)
{
    const Core::PdfTool tool = m_tool;
    const QString path = m_path;
    m_findLabel->setText(tr("Searching…"));
    runJob(this, &m_generation, &m_busy,
           [tool, path, needles]() -> Result<QList<Core::PdfFindHit>> {
               QList<Core::PdfFindHit> all;
               for (const QString &needle : needles) {
                   auto hits = tool.find(path, needle);
                   if (!hits)
                       return hits.error();
                   all += *hits;
               }
               return all;
           },
           [this, preferredPage](const Result<QList<Core::PdfFindHit>> &hits) { findLoaded(hits, preferredPage); },
           &PdfViewer::setBusy);
}

void PdfViewer::findLoaded(const Result<QList<Core::PdfFindHit>> &hits, int preferredPage)
{
    m_matches.clear();
    if (!hits) {
        m_findLabel->setText(tr("Find failed"));
        m_findLabel->setToolTip(errorSentence(hits.error().detail));
        return;
    }
    for (const Core::PdfFindHit &hit : *hits) {
        for (const QRectF &rect : hit.rects)
            m_matches.append({hit.page, rect});
    }
    std::sort(m_matches.begin(), m_matches.end(), [](const Match &a, const Match &b) {
        return std::tuple(a.page, a.rect.y(), a.rect.x()) < std::tuple(b.page, b.rect.y(), b.rect.x());
    });
    int first = 0;
    if (preferredPage >= 0) {
        const auto it = std::find_if(m_matches.cbegin(), m_matches.cend(),
                                     [preferredPage](const Match &m) { return m.page >= preferredPage; });
        first = it == m_matches.cend() ? 0 : int(it - m_matches.cbegin());
    }
    m_currentMatch = -1;
    if (m_matches.isEmpty()) {
        updateHighlights();
        updateControls();
    } else {
        showMatch(first);
    }
    emit findFinished(int(m_matches.size()));
}

void PdfViewer::findNext()
{
    if (!m_matches.isEmpty())
        showMatch((m_currentMatch + 1) % int(m_matches.size()));
}

void PdfViewer::findPrevious()
{
    if (!m_matches.isEmpty())
        showMatch((m_currentMatch + int(m_matches.size()) - 1) % int(m_matches.size()));
}

void PdfViewer::showMatch(int index)
{
    m_currentMatch = index;
    const Match &match = m_matches.at(index);
    if (match.page != m_page)
        setPage(match.page);
    updateHighlights();
    updateControls();
    const QRect r = m_view->toWidget(match.rect).translated(m_view->pos());
    m_scroll->ensureVisible(r.center().x(), r.center().y(), r.width() / 2 + 40, r.height() / 2 + 80);
}

void PdfViewer::updateHighlights()
{
    QList<QRectF> rects;
    int current = -1;
    for (qsizetype i = 0; i < m_matches.size(); ++i) {
        if (m_matches.at(i).page != m_page)
            continue;
        if (i == m_currentMatch)
            current = int(rects.size());
        rects.append(m_matches.at(i).rect);
    }
    m_view->setHighlights(rects, current);
}

void PdfViewer::updateControls()
{
    const bool shown = m_info.pages > 0 && m_stack->currentIndex() == 0;
    m_prev->setEnabled(shown && m_page > 0);
    m_next->setEnabled(shown && m_page < m_info.pages - 1);
    {
        const QSignalBlocker block(m_pageBox);
        m_pageBox->setEnabled(shown);
        m_pageBox->setRange(shown ? 1 : 0, std::max(1, m_info.pages));
        m_pageBox->setValue(m_page + 1);
    }
    m_pageCount->setText(shown ? tr("of %1").arg(m_info.pages) : QString());
    m_zoomOut->setEnabled(shown && m_zoom > kMinZoom + 1e-9);
    m_zoomIn->setEnabled(shown && m_zoom < kMaxZoom - 1e-9);
    m_fit->setEnabled(shown);
    m_fit->setChecked(m_fitWidth);
    m_zoomLabel->setText(shown ? tr("%1 %").arg(qRound(m_zoom * 100)) : QString());
    m_findBox->setEnabled(shown);
    m_findPrev->setEnabled(m_matches.size() > 0);
    m_findNext->setEnabled(m_matches.size() > 0);
    if (!m_lastNeedle.isEmpty() && m_matches.isEmpty() && m_busy == 0)
        m_findLabel->setText(tr("No matches"));
    else if (!m_matches.isEmpty())
        m_findLabel->setText(tr("%1 of %2").arg(m_currentMatch + 1).arg(m_matches.size()));
    {
        const QSignalBlocker block(m_thumbs);
        m_thumbs->setCurrentRow(shown ? m_page : -1);
    }
}

void PdfViewer::openAt(int page, const QStringList &highlightWords)
{
    QStringList words;
    for (const QString &w : highlightWords) {
        if (!w.trimmed().isEmpty())
            words.append(w.trimmed());
    }
    if (m_info.pages <= 0) { // still loading: infoLoaded() applies it
        m_pendingPage = page;
        m_pendingWords = words;
        return;
    }
    setPage(page);
    m_lastNeedle = words.join(u' ');
    m_findBox->setText(m_lastNeedle);
    if (!words.isEmpty())
        runFind(words, page);
}

} // namespace Tickmark::Ui
