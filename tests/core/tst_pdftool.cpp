// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// PdfTool runs tickmark-pdf (TICKMARK_PDF_TOOL, set by CTest) per call. Every file of ../shared/corpus/pdf gets
// info, text and a page-1 render: the test process never crashes or hangs, each file yields a result or a clear
// error, and the outcomes match what Debian 12's Poppler did with each file (OBSERVED-poppler-qt6-22.12.tsv).
#include "pdf/pdftool.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtConcurrent>
#include <QtTest>

using namespace Tickmark;
using namespace Tickmark::Core;

namespace {

constexpr int kPerFileTimeoutMs = 10000;

// One row of OBSERVED-poppler-qt6-22.12.tsv (opened without a password).
struct Observed
{
    QString result; // open, load_failed, locked, HANG
    int pages = -1;
    QSize render;   // page 1 at 36 dpi
    int textChars = -1; // non-space characters of pages 1-3
};

QHash<QString, Observed> readObserved(const QString &tsvPath)
{
    QHash<QString, Observed> rows;
    QFile file(tsvPath);
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    file.readLine(); // header
    while (!file.atEnd()) {
        const QStringList f = QString::fromUtf8(file.readLine()).split(u'\t');
        if (f.size() < 8 || f.at(1) != QLatin1String("(none)"))
            continue;
        Observed o;
        o.result = f.at(2);
        bool ok = false;
        o.pages = f.at(3).toInt(&ok);
        if (!ok)
            o.pages = -1;
        const QStringList wh = f.at(5).split(u'x');
        if (wh.size() == 2)
            o.render = QSize(wh.at(0).toInt(), wh.at(1).toInt());
        o.textChars = f.at(7).toInt(&ok);
        if (!ok)
            o.textChars = -1;
        rows.insert(f.at(0), o);
    }
    return rows;
}

// CJK text that Poppler decodes only with poppler-data's CMaps, which the probe's machine lacked: this machine
// extracts more text than OBSERVED records (e.g. "日本語テスト" after "Hello ASCII"), so the count is not compared.
const QStringList kTextNeedsPopplerData = {
    QStringLiteral("pdfjs/90ms_rksj_h_sample.pdf"), QStringLiteral("pdfjs/complex_ttf_font.pdf"),
    QStringLiteral("pdfjs/noembed-eucjp.pdf"),      QStringLiteral("pdfjs/noembed-identity-2.pdf"),
    QStringLiteral("pdfjs/noembed-identity.pdf"),   QStringLiteral("pdfjs/noembed-jis7.pdf"),
    QStringLiteral("pdfjs/noembed-sjis.pdf"),       QStringLiteral("pdfjs/vertical.pdf"),
};

// What PdfTool made of one file.
struct Outcome
{
    QString relPath;
    Result<PdfInfo> info = fail(ErrorCode::NotFound, QString());
    Result<QStringList> text = fail(ErrorCode::NotFound, QString());
    Result<QImage> render = fail(ErrorCode::NotFound, QString());
    qint64 ms = 0;
};

Outcome probe(const QString &root, const QString &relPath)
{
    const PdfTool tool(kPerFileTimeoutMs);
    const QString path = root + u'/' + relPath;
    Outcome out;
    out.relPath = relPath;
    QElapsedTimer timer;
    timer.start();
    out.info = tool.info(path);
    if (out.info) {
        out.text = tool.text(path);
        out.render = tool.render(path, 0, 36);
    }
    out.ms = timer.elapsed();
    return out;
}

int nonSpaceChars(const QStringList &pages)
{
    int n = 0;
    for (qsizetype p = 0; p < std::min<qsizetype>(3, pages.size()); ++p) {
        const QList<uint> codePoints = pages.at(p).toUcs4();
        for (const uint c : codePoints)
            n += QChar::isSpace(char32_t(c)) ? 0 : 1;
    }
    return n;
}

// Problems with one outcome against the observed row; empty when it matches.
QStringList check(const Outcome &o, const Observed &expected)
{
    QStringList problems;
    const auto problem = [&](const QString &what) { problems.append(o.relPath + QStringLiteral(": ") + what); };
    const QString fileName = o.relPath.section(u'/', -1);
    for (const Error *e : {o.info ? nullptr : &o.info.error(), o.text ? nullptr : &o.text.error(),
                           o.render ? nullptr : &o.render.error()}) {
        if (e && e->code == ErrorCode::ImportFailed && !e->detail.contains(fileName))
            problem(QStringLiteral("error does not name the file: ") + e->detail);
    }
    if (expected.result == QLatin1String("locked")) {
        if (o.info || !o.info.error().detail.contains(QLatin1String("password-protected")))
            problem(QStringLiteral("not refused as password-protected"));
    } else if (expected.result == QLatin1String("load_failed")) {
        if (o.info || !o.info.error().detail.contains(QLatin1String("not a PDF")))
            problem(QStringLiteral("not refused as unreadable"));
    } else if (!o.info) {
        problem(QStringLiteral("info failed: ") + o.info.error().detail);
    } else if (expected.result == QLatin1String("open")) {
        if (o.info->pages != expected.pages)
            problem(QStringLiteral("%1 pages, expected %2").arg(o.info->pages).arg(expected.pages));
        if (expected.render.isValid() && (!o.render || o.render->size() != expected.render))
            problem(QStringLiteral("page 1 render: %1").arg(o.render ? QStringLiteral("%1x%2").arg(o.render->width()).arg(o.render->height()) : o.render.error().detail));
        if (!expected.render.isValid() && o.render)
            problem(QStringLiteral("page 1 rendered although Poppler has none"));
        if (!o.text)
            problem(QStringLiteral("text failed: ") + o.text.error().detail);
        else if (expected.textChars >= 0 && !kTextNeedsPopplerData.contains(o.relPath) && nonSpaceChars(*o.text) != expected.textChars)
            problem(QStringLiteral("%1 text characters, expected %2").arg(nonSpaceChars(*o.text)).arg(expected.textChars));
    }
    return problems;
}

QString writeTestPdf(const QString &dir)
{
    const QString path = dir + QStringLiteral("/evidence.pdf");
    QPdfWriter writer(path);
    writer.setTitle(QStringLiteral("Generated evidence"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSize(24);
    painter.setFont(font);
    painter.drawText(QPointF(300, 400), QStringLiteral("Tickmark evidence"));
    writer.newPage();
    painter.drawText(QPointF(300, 400), QStringLiteral("Second page: more evidence here"));
    painter.end();
    return path;
}

} // namespace

class TestPdfTool : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void generatedPdf();
    void refusals();
    void namedCorpusFiles();
    void wholeCorpus();

private:
    QTemporaryDir m_dir;
    QString m_pdf;
};

void TestPdfTool::initTestCase()
{
    QVERIFY2(QFileInfo(PdfTool::executable()).isExecutable(), qPrintable(PdfTool::executable()));
    QVERIFY(m_dir.isValid());
    m_pdf = writeTestPdf(m_dir.path());
}

void TestPdfTool::generatedPdf()
{
    const PdfTool tool;
    const auto info = tool.info(m_pdf);
    TM_VERIFY_OK(info);
    QCOMPARE(info->pages, 2);
    QCOMPARE(info->title, QStringLiteral("Generated evidence"));
    QCOMPARE(info->created, QDate::currentDate()); // QPdfWriter stamps "now"
    QCOMPARE(qRound(info->pageSizes.at(0).width()), 595); // A4 in points
    QCOMPARE(qRound(info->pageSizes.at(0).height()), 842);

    const auto text = tool.text(m_pdf);
    TM_VERIFY_OK(text);
    QCOMPARE(text->size(), 2);
    QVERIFY2(text->at(0).contains(QLatin1String("Tickmark evidence")), qPrintable(text->at(0)));
    QVERIFY(text->at(1).contains(QLatin1String("more evidence")));

    const auto hits = tool.find(m_pdf, QStringLiteral("EVIDENCE"));
    TM_VERIFY_OK(hits);
    QCOMPARE(hits->size(), 2);
    QCOMPARE(hits->at(0).page, 0);
    QCOMPARE(hits->at(0).rects.size(), 1);
    const QRectF r = hits->at(0).rects.at(0);
    // drawn at (300, 400) device pixels at 300 dpi: x = 72 pt, baseline at 96 pt; "Tickmark " comes first
    QVERIFY2(r.x() > 100 && r.x() < 300 && r.y() > 60 && r.bottom() < 120, qPrintable(QStringLiteral("%1,%2 %3x%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height())));
    const auto none = tool.find(m_pdf, QStringLiteral("absent-word"));
    TM_VERIFY_OK(none);
    QVERIFY(none->isEmpty());

    const auto image = tool.render(m_pdf, 0, 72);
    TM_VERIFY_OK(image);
    QCOMPARE(image->size(), QSize(595, 842));
    // Not blank: dark text pixels in the band where the line was drawn, white elsewhere.
    int dark = 0;
    for (int y = 60; y < 110; ++y) {
        for (int x = 60; x < 400; ++x)
            dark += qGray(image->pixel(x, y)) < 128 ? 1 : 0;
    }
    QVERIFY2(dark > 200, qPrintable(QString::number(dark)));
    QCOMPARE(qGray(image->pixel(500, 700)), 255);

    const auto thumbs = tool.thumbnails(m_pdf, 12, 10);
    TM_VERIFY_OK(thumbs);
    QCOMPARE(thumbs->size(), 2);
    QCOMPARE(thumbs->at(1).size(), QSize(99, 140));
}

void TestPdfTool::refusals()
{
    const PdfTool tool;
    const auto missingPage = tool.render(m_pdf, 5, 72);
    QVERIFY(!missingPage);
    QCOMPARE(missingPage.error().code, ErrorCode::ImportFailed);
    QVERIFY2(missingPage.error().detail.contains(QLatin1String("page 6 does not exist")), qPrintable(missingPage.error().detail));

    const QString notPdf = m_dir.filePath(QStringLiteral("notes.pdf"));
    QFile f(notPdf);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not a PDF\n");
    f.close();
    const auto bad = tool.info(notPdf);
    QVERIFY(!bad);
    QCOMPARE(bad.error().detail, QStringLiteral("notes.pdf: the file is not a PDF or is damaged beyond repair"));

    const auto missing = tool.text(m_dir.filePath(QStringLiteral("gone.pdf")));
    QVERIFY(!missing);
    QCOMPARE(missing.error().detail, QStringLiteral("gone.pdf: the file cannot be read"));

    // A helper that cannot start, dies by a signal, or does not answer in time (killed) is reported as such.
    const QByteArray realTool = qgetenv("TICKMARK_PDF_TOOL");
    const auto restore = qScopeGuard([&realTool] { qputenv("TICKMARK_PDF_TOOL", realTool); });
    qputenv("TICKMARK_PDF_TOOL", m_dir.filePath(QStringLiteral("no-such-tool")).toLocal8Bit());
    const auto noTool = tool.info(m_pdf);
    QVERIFY(!noTool);
    QVERIFY2(noTool.error().detail.contains(QLatin1String("could not be started")), qPrintable(noTool.error().detail));
    const QString crasher = m_dir.filePath(QStringLiteral("crasher.sh"));
    QFile script(crasher);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\nif [ \"$1\" = info ]; then kill -SEGV $$; fi\nsleep 30\n");
    script.close();
    script.setPermissions(script.permissions() | QFileDevice::ExeOwner);
    qputenv("TICKMARK_PDF_TOOL", crasher.toLocal8Bit());
    const auto crashed = tool.info(m_pdf);
    QVERIFY(!crashed);
    QCOMPARE(crashed.error().detail, QStringLiteral("the PDF viewer process crashed on evidence.pdf (the file is probably damaged)"));
    QElapsedTimer timer;
    timer.start();
    const auto slow = PdfTool(500).text(m_pdf);
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(!slow);
    QCOMPARE(slow.error().detail, QStringLiteral("evidence.pdf: the PDF viewer process did not finish within 1 s"));
}

void TestPdfTool::namedCorpusFiles()
{
    const QString root = Test::corpusPath(QStringLiteral("pdf"));
    if (root.isEmpty())
        QSKIP("../shared/corpus/pdf is not present: the corpus is not committed (see DEVELOPERS.md)");
    const PdfTool tool(kPerFileTimeoutMs);
    // Locked PDFs: numPages() would segfault Poppler 22.12, so the helper refuses them before it.
    for (const char *locked : {"qpdf/c-r6-in.pdf", "pdfjs/issue6010_1.pdf", "qpdf/enc-XI-long-password.pdf"}) {
        const auto info = tool.info(root + u'/' + QLatin1String(locked));
        QVERIFY(!info);
        QVERIFY2(info.error().detail.endsWith(QLatin1String("the PDF is password-protected; ask the client for an "
                                                           "unprotected copy")),
                 qPrintable(info.error().detail));
    }
    const auto potato = tool.text(root + QStringLiteral("/qpdf/bad2.pdf"));
    TM_VERIFY_OK(potato);
    QCOMPARE(potato->join(QString()).trimmed(), QStringLiteral("Potato"));
    const auto salad = tool.text(root + QStringLiteral("/qpdf/bad8.pdf"));
    TM_VERIFY_OK(salad);
    QCOMPARE(salad->join(QString()).trimmed(), QStringLiteral("Salad"));
    const auto thirty = tool.text(root + QStringLiteral("/qpdf/hybrid-xref.pdf"));
    TM_VERIFY_OK(thirty);
    QCOMPARE(thirty->size(), 30);
    QCOMPARE(thirty->at(29).trimmed(), QStringLiteral("Potato 29"));
    const auto basic = tool.info(root + QStringLiteral("/pdfjs/basicapi.pdf"));
    TM_VERIFY_OK(basic);
    QCOMPARE(basic->title, QStringLiteral("Basic API Test"));
    QCOMPARE(basic->created, QDate(2012, 4, 10));
    const auto sizes = tool.info(root + QStringLiteral("/pdfjs/sizes.pdf"));
    TM_VERIFY_OK(sizes);
    QVERIFY(sizes->pageSizes.size() > 1 && sizes->pageSizes.at(0) != sizes->pageSizes.at(1));
    const auto bad1 = tool.info(root + QStringLiteral("/qpdf/bad1.pdf"));
    QVERIFY(!bad1);
    QCOMPARE(bad1.error().detail, QStringLiteral("bad1.pdf: the file is not a PDF or is damaged beyond repair"));
}

void TestPdfTool::wholeCorpus()
{
    const QString root = Test::corpusPath(QStringLiteral("pdf"));
    if (root.isEmpty())
        QSKIP("../shared/corpus/pdf is not present: the corpus is not committed (see DEVELOPERS.md)");
    const QHash<QString, Observed> observed = readObserved(root + QStringLiteral("/OBSERVED-poppler-qt6-22.12.tsv"));
    QVERIFY(observed.size() > 150);
    QStringList files;
    QDirIterator it(root, {QStringLiteral("*.pdf")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(root).relativeFilePath(it.next()));
    files.sort();
    QCOMPARE(files.size(), 194);

    // Several helpers at once: the two files that hang Poppler wait out their timeouts alongside the rest.
    QThreadPool pool;
    pool.setMaxThreadCount(6);
    QElapsedTimer timer;
    timer.start();
    const QList<Outcome> outcomes =
        QtConcurrent::blockingMapped(&pool, files, [&root](const QString &rel) { return probe(root, rel); });
    qInfo("%lld files in %lld ms", qint64(outcomes.size()), timer.elapsed());

    QStringList problems;
    int refused = 0;
    int rendered = 0;
    for (const Outcome &o : outcomes) {
        QVERIFY2(observed.contains(o.relPath), qPrintable(o.relPath));
        problems += check(o, observed.value(o.relPath));
        refused += o.info ? 0 : 1;
        rendered += o.render ? 1 : 0;
        if (o.ms > 3 * kPerFileTimeoutMs + 2000)
            problems.append(o.relPath + QStringLiteral(": took %1 ms").arg(o.ms));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(refused, 25 + 19);
    const int observedRenders = int(std::count_if(observed.cbegin(), observed.cend(),
                                                  [](const Observed &o) { return o.render.isValid(); }));
    QCOMPARE(rendered, observedRenders);

    // The decompression bomb: text extraction is stopped by the time or memory limit, with a clear error.
    const auto bomb = std::find_if(outcomes.cbegin(), outcomes.cend(),
                                   [](const Outcome &o) { return o.relPath == QLatin1String("pdfjs/bomb_giant.pdf"); });
    QVERIFY(bomb != outcomes.cend() && !bomb->text);
    QVERIFY2(bomb->text.error().detail.contains(QLatin1String("did not finish within 10 s"))
                 || bomb->text.error().detail.contains(QLatin1String("crashed on bomb_giant.pdf")),
             qPrintable(bomb->text.error().detail));
}

QTEST_MAIN(TestPdfTool)
#include "tst_pdftool.moc"
