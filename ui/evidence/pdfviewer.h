// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdf/pdftool.h"

#include <QCache>
#include <QSet>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QScrollArea;
class QSpinBox;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace Tickmark::Ui {

class PdfPageView;

/// The evidence pane's PDF preview: page navigation (buttons, page box, PageUp/PageDown), zoom and fit width, a
/// thumbnail strip, and find with highlights. Every parse and render runs in the tickmark-pdf helper process
/// (Core::PdfTool) on a worker thread; results come back on the UI thread, rendered pages are cached and answers
/// for an earlier document, page or zoom are dropped. A damaged or password-protected PDF shows its error in the
/// pane.
class PdfViewer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PdfViewer)

public:
    explicit PdfViewer(QWidget *parent = nullptr);
    ~PdfViewer() override;

    /// Opens @p pdfPath (asynchronously: loaded() or failed() follows) at page 1, fit to width.
    void load(const QString &pdfPath);
    /// The same as load().
    void openFile(const QString &pdfPath) { load(pdfPath); }
    /// Shows page @p page (0-based) with every occurrence of @p highlightWords marked (for search hits); may be
    /// called right after load().
    void openAt(int page, const QStringList &highlightWords);
    /// Empties the pane.
    void clear();

    QString filePath() const { return m_path; }
    int pageCount() const { return m_info.pages; }
    /// 0-based.
    int currentPage() const { return m_page; }
    /// 1.0 = 100 % (96 pixels per inch).
    double zoom() const { return m_zoom; }
    bool isBusy() const { return m_busy > 0; }
    /// The error shown in the pane, empty when the document is shown.
    QString errorText() const;
    /// Find hits over all pages, and the highlights drawn on the current page.
    int hitCount() const { return int(m_matches.size()); }
    int highlightCount() const;
    /// The page image currently shown (possibly a stretched earlier rendering while a new one is on its way).
    QImage pageImage() const;

public slots:
    void setPage(int page);
    void nextPage();
    void previousPage();
    void zoomIn();
    void zoomOut();
    void setZoom(double zoom);
    void fitWidth();
    /// Finds @p needle (case-insensitive) in the whole document and moves to the first hit.
    void find(const QString &needle);
    void findNext();
    void findPrevious();

signals:
    void loaded(int pages);
    void failed(const QString &message);
    /// A fresh rendering of @p page is on screen.
    void pageShown(int page);
    void findFinished(int hits);
    void busyChanged(bool busy);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Match
    {
        int page;
        QRectF rect;
    };

    void buildUi();
    QWidget *buildToolBar();
    void setBusy(bool busy);
    void showError(const Error &error);
    void infoLoaded(const Result<Core::PdfInfo> &info);
    void thumbnailsLoaded(const QList<QImage> &images);
    void findLoaded(const Result<QList<Core::PdfFindHit>> &hits, int preferredPage);
    void runFind(const QStringList &needles, int preferredPage);
    void requestRender();
    void renderLoaded(quint64 key, const Result<QImage> &image);
    void showPage();
    void showMatch(int index);
    void updateHighlights();
    void updateControls();
    quint64 currentKey() const;
    double fitWidthZoom() const;

    Core::PdfTool m_tool;
    QString m_path;
    int m_generation = 0;
    Core::PdfInfo m_info;
    int m_page = 0;
    double m_zoom = 1.0;
    bool m_fitWidth = true;
    int m_busy = 0;
    QCache<quint64, QImage> m_cache;
    QSet<quint64> m_pending;
    QList<Match> m_matches;
    int m_currentMatch = -1;
    QString m_lastNeedle;
    int m_pendingPage = -1;
    QStringList m_pendingWords;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_error = nullptr;
    QListWidget *m_thumbs = nullptr;
    QScrollArea *m_scroll = nullptr;
    PdfPageView *m_view = nullptr;
    QToolButton *m_prev = nullptr;
    QToolButton *m_next = nullptr;
    QSpinBox *m_pageBox = nullptr;
    QLabel *m_pageCount = nullptr;
    QToolButton *m_zoomOut = nullptr;
    QToolButton *m_zoomIn = nullptr;
    QToolButton *m_fit = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QLineEdit *m_findBox = nullptr;
    QToolButton *m_findPrev = nullptr;
    QToolButton *m_findNext = nullptr;
    QLabel *m_findLabel = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QTimer *m_fitTimer = nullptr;
};

} // namespace Tickmark::Ui
