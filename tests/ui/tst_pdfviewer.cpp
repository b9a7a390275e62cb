// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF viewer renders through the tickmark-pdf helper (TICKMARK_PDF_TOOL, set by CTest) off the UI thread.
#include "evidence/pdfviewer.h"
#include "testsupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPdfWriter>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Tickmark;
using namespace Tickmark::Ui;

namespace {

constexpr int kWaitMs = 20000;

// Three A4 pages; "evidence" twice on page 1, once on page 2, not on page 3.
QString writeTestPdf(const QString &dir)
{
    const QString path = dir + QStringLiteral("/evidence.pdf");
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSize(24);
    painter.setFont(font);
    painter.drawText(QPointF(300, 400), QStringLiteral("Tickmark evidence"));
    painter.drawText(QPointF(300, 600), QStringLiteral("More evidence of access reviews"));
    painter.fillRect(QRectF(300, 800, 1500, 40), Qt::darkBlue);
    writer.newPage();
    painter.drawText(QPointF(300, 400), QStringLiteral("Page two evidence"));
    writer.newPage();
    painter.drawText(QPointF(300, 400), QStringLiteral("Page three"));
    painter.end();
    return path;
}

int darkPixels(const QImage &image)
{
    int dark = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
    }
    return dark;
}

template<typename T>
T *child(QWidget *parent, const QString &accessibleName)
{
    const auto all = parent->findChildren<T *>();
    for (T *w : all) {
        if (w->accessibleName() == accessibleName)
            return w;
    }
    return nullptr;
}

} // namespace

class TestPdfViewer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsPagesZoomAndFind();
    void openAtHighlightsWords();
    void brokenFileShowsError();
    void lockedCorpusFileShowsError();

private:
    QTemporaryDir m_dir;
    QString m_pdf;
};

void TestPdfViewer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pdf = writeTestPdf(m_dir.path());
}

void TestPdfViewer::showsPagesZoomAndFind()
{
    PdfViewer viewer;
    viewer.resize(900, 700);
    viewer.show();
    viewer.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&viewer)); // shortcuts (PageUp/PageDown) need the active window
    QSignalSpy loaded(&viewer, &PdfViewer::loaded);
    QSignalSpy shown(&viewer, &PdfViewer::pageShown);
    viewer.load(m_pdf);
    QVERIFY(viewer.isBusy()); // the info job runs in the background
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, kWaitMs);
    QCOMPARE(loaded.at(0).at(0).toInt(), 3);
    QCOMPARE(viewer.pageCount(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(shown.size() >= 1, kWaitMs);
    QCOMPARE(viewer.currentPage(), 0);
    QVERIFY(viewer.errorText().isEmpty());

    // Controls: "of 3", page box 1, accessible names on the buttons.
    auto *pageBox = child<QSpinBox>(&viewer, QStringLiteral("Page number"));
    QVERIFY(pageBox);
    QCOMPARE(pageBox->value(), 1);
    QCOMPARE(pageBox->maximum(), 3);
    const auto labels = viewer.findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) { return l->text() == QLatin1String("of 3"); }));
    for (const QString &name : {QStringLiteral("Previous page"), QStringLiteral("Next page"), QStringLiteral("Zoom in"),
                                QStringLiteral("Zoom out"), QStringLiteral("Previous match"), QStringLiteral("Next match")})
        QVERIFY2(child<QToolButton>(&viewer, name), qPrintable(name));

    // Fit width: the page fills the pane's width less a margin; the rendering has text on it.
    const QImage page1 = viewer.pageImage();
    QVERIFY(page1.width() > 500);
    QVERIFY2(darkPixels(page1) > 300, qPrintable(QString::number(darkPixels(page1))));
    QCOMPARE(qGray(page1.pixel(page1.width() - 5, page1.height() - 5)), 255);

    // Thumbnails arrive for all three pages.
    auto *thumbs = child<QListWidget>(&viewer, QStringLiteral("Page thumbnails"));
    QVERIFY(thumbs);
    QCOMPARE(thumbs->count(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(!thumbs->item(2)->icon().isNull(), kWaitMs);

    // Next page with the button, then PageDown/PageUp.
    child<QToolButton>(&viewer, QStringLiteral("Next page"))->click();
    QCOMPARE(viewer.currentPage(), 1);
    QCOMPARE(pageBox->value(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(shown.size() >= 2 && shown.last().at(0).toInt() == 1, kWaitMs);
    QVERIFY(darkPixels(viewer.pageImage()) < darkPixels(page1)); // page 2 holds less ink
    QTest::keyClick(thumbs, Qt::Key_PageDown);
    QCOMPARE(viewer.currentPage(), 2);
    QTest::keyClick(thumbs, Qt::Key_PageDown); // stays on the last page
    QCOMPARE(viewer.currentPage(), 2);
    QTest::keyClick(thumbs, Qt::Key_PageUp);
    QCOMPARE(viewer.currentPage(), 1);
    pageBox->setValue(1);
    QCOMPARE(viewer.currentPage(), 0);

    // Zoom in: a larger rendering replaces the fit-width one.
    const double fitZoom = viewer.zoom();
    const int before = viewer.pageImage().width();
    child<QToolButton>(&viewer, QStringLiteral("Zoom in"))->click();
    QVERIFY(qAbs(viewer.zoom() - fitZoom * 1.25) < 1e-6);
    QTRY_VERIFY_WITH_TIMEOUT(viewer.pageImage().width() > before * 1.2, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!viewer.isBusy(), kWaitMs);

    // Find: two hits on page 1, one on page 2; next hit moves to page 2.
    QSignalSpy found(&viewer, &PdfViewer::findFinished);
    auto *findBox = child<QLineEdit>(&viewer, QStringLiteral("Find in document"));
    QVERIFY(findBox);
    findBox->setText(QStringLiteral("EVIDENCE"));
    QTest::keyClick(findBox, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(found.size(), 1, kWaitMs);
    QCOMPARE(viewer.hitCount(), 3);
    QCOMPARE(viewer.currentPage(), 0);
    QCOMPARE(viewer.highlightCount(), 2);
    viewer.fitWidth();
    QTRY_VERIFY_WITH_TIMEOUT(!viewer.isBusy(), kWaitMs);
    QVERIFY(viewer.grab().save(QStringLiteral("/tmp/tickmark-pdfviewer.png")));
    viewer.findNext();
    QCOMPARE(viewer.currentPage(), 0);
    viewer.findNext();
    QCOMPARE(viewer.currentPage(), 1);
    QCOMPARE(viewer.highlightCount(), 1);
    viewer.findNext(); // wraps around
    QCOMPARE(viewer.currentPage(), 0);
    viewer.find(QStringLiteral("no such words"));
    QTRY_COMPARE_WITH_TIMEOUT(found.size(), 2, kWaitMs);
    QCOMPARE(viewer.hitCount(), 0);
    QCOMPARE(viewer.highlightCount(), 0);
}

void TestPdfViewer::openAtHighlightsWords()
{
    PdfViewer viewer;
    viewer.resize(800, 600);
    viewer.show();
    QSignalSpy found(&viewer, &PdfViewer::findFinished);
    viewer.load(m_pdf);
    viewer.openAt(1, {QStringLiteral("two"), QStringLiteral("evidence")}); // before the document has loaded
    QTRY_COMPARE_WITH_TIMEOUT(found.size(), 1, kWaitMs);
    QCOMPARE(viewer.currentPage(), 1);
    QCOMPARE(viewer.highlightCount(), 2); // "two" and "evidence" on page 2
    QCOMPARE(viewer.hitCount(), 4);
    viewer.openAt(2, {QStringLiteral("three")});
    QTRY_COMPARE_WITH_TIMEOUT(found.size(), 2, kWaitMs);
    QCOMPARE(viewer.currentPage(), 2);
    QCOMPARE(viewer.highlightCount(), 1);
}

void TestPdfViewer::brokenFileShowsError()
{
    const QString broken = m_dir.filePath(QStringLiteral("broken.pdf"));
    QFile f(broken);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage\n");
    f.close();
    PdfViewer viewer;
    viewer.resize(600, 400);
    viewer.show();
    QSignalSpy failed(&viewer, &PdfViewer::failed);
    viewer.load(broken);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kWaitMs);
    QCOMPARE(viewer.errorText(), QStringLiteral("This PDF cannot be shown.\n\nbroken.pdf: the file is not a PDF or is "
                                                "damaged beyond repair."));
    QCOMPARE(viewer.pageCount(), 0);
    QVERIFY(!viewer.isBusy());
    QVERIFY(viewer.grab().save(QStringLiteral("/tmp/tickmark-pdfviewer-error.png")));
    // The same viewer still opens a good file afterwards.
    QSignalSpy loaded(&viewer, &PdfViewer::loaded);
    viewer.load(m_pdf);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, kWaitMs);
    QVERIFY(viewer.errorText().isEmpty());
}

void TestPdfViewer::lockedCorpusFileShowsError()
{
    const QString locked = Test::corpusPath(QStringLiteral("pdf/qpdf/c-r6-in.pdf"));
    if (locked.isEmpty())
        QSKIP("../shared/corpus/pdf is not present: the corpus is not committed (see DEVELOPERS.md)");
    PdfViewer viewer;
    QSignalSpy failed(&viewer, &PdfViewer::failed);
    viewer.load(locked);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kWaitMs);
    QVERIFY2(viewer.errorText().contains(QLatin1String("password-protected")), qPrintable(viewer.errorText()));
}

QTEST_MAIN(TestPdfViewer)
#include "tst_pdfviewer.moc"
