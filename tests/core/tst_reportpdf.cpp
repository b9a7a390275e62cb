// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF report read back with Poppler: every section heading present, the contents' page numbers equal the pages
// the headings are on, "Page N of M" on every page, DRAFT on every page of a draft only, the deviation under its
// control, metadata, paper sizes.
#include "report/pdfrenderer.h"
#include "report/reportbuilder.h"
#include "testsupport.h"
#include "tst_reportfixture.h"

#include <QRegularExpression>

#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <memory>

#include <poppler-qt6.h>

using namespace Tickmark;
using namespace Tickmark::Core;

namespace {

struct Rendered
{
    std::unique_ptr<Poppler::Document> pdf;
    PdfRenderInfo info;
    QStringList pages; ///< text of each page
};

QStringList lines(const QString &pageText)
{
    QStringList out;
    for (const QString &l : pageText.split(QLatin1Char('\n')))
        out << l.simplified();
    return out;
}

} // namespace

class TestReportPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void headingsAndContents();
    void pageNumbersOnEveryPage();
    void draftOnEveryPageOnlyWhenDraft();
    void deviationUnderItsControl();
    void typeOneHasNoResults();
    void tableHeaderRepeated();
    void noHeadingAtPageFoot();
    void metadataAndPaper();

private:
    Rendered render(const ReportInputs &in, const PdfOptions &options = {});
    QTemporaryDir m_dir;
    int m_count = 0;
};

void TestReportPdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // TICKMARK_KEEP_REPORTS=1 keeps the rendered PDFs (their folder is printed) to look at them.
    if (qEnvironmentVariableIsSet("TICKMARK_KEEP_REPORTS")) {
        m_dir.setAutoRemove(false);
        qInfo("PDFs kept in %s", qPrintable(m_dir.path()));
    }
}

Rendered TestReportPdf::render(const ReportInputs &in, const PdfOptions &options)
{
    Rendered r;
    const auto doc = buildReport(in);
    if (!doc) {
        qWarning("build failed: %s", qPrintable(doc.error().detail));
        return r;
    }
    const QString path = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(++m_count));
    const auto info = PdfRenderer::render(*doc, path, options);
    if (!info) {
        qWarning("render failed: %s", qPrintable(info.error().detail));
        return r;
    }
    r.info = *info;
    r.pdf = Poppler::Document::load(path);
    if (!r.pdf)
        return r;
    for (int i = 0; i < r.pdf->numPages(); ++i)
        r.pages << r.pdf->page(i)->text(QRectF());
    return r;
}

void TestReportPdf::headingsAndContents()
{
    // A final report: the diagonal DRAFT of a draft would split heading lines in the extracted text.
    ReportInputs in = Test::reportInputs(ReportType::TypeII, 40);
    in.draft = false;
    const Rendered r = render(in);
    QVERIFY(r.pdf);
    QCOMPARE(r.pdf->numPages(), r.info.pages);
    QVERIFY(r.info.pages > 12);
    const QStringList sections{
        QStringLiteral("Section I \u2014 Independent Service Auditor's Report"),
        QStringLiteral("Section II \u2014 Management's Assertion of Example Cloud Ltd"),
        QStringLiteral("Section III \u2014 Description of the Example Platform"),
        QStringLiteral("Section IV \u2014 Trust Services Criteria, Related Controls and Tests of "
                       "Controls"),
        QStringLiteral("Section V \u2014 Other Information Provided by Example Cloud Ltd")};
    QStringList listed;
    for (const TocEntry &e : r.info.contents) {
        if (e.level == 1)
            listed << e.text;
    }
    QCOMPARE(listed, sections);
    // Each entry's heading is a line of exactly its page (and not of an earlier body page after the last entry).
    const int firstBody = r.info.contents.first().page;
    int from = firstBody;
    for (const TocEntry &e : r.info.contents) {
        // A section's page starts with its label line ("SECTION IV"); its title may wrap.
        const QString wanted = e.level == 1 ? e.text.section(QStringLiteral(" \u2014 "), 0, 0).toUpper() : e.text;
        int found = 0;
        for (int p = from; p <= r.info.pages && !found; ++p) {
            if (lines(r.pages.at(p - 1)).contains(wanted))
                found = p;
        }
        QVERIFY2(found == e.page,
                 qPrintable(
                     QStringLiteral("\"%1\" listed on page %2, found on page %3").arg(e.text).arg(e.page).arg(found)));
        from = found;
        // The printed contents show the entry (wrapped if long, never cut short) and the same page number.
        QString printed;
        for (int p = 2; p < firstBody; ++p)
            printed += r.pages.at(p - 1) + QLatin1Char('\n');
        const QRegularExpression line(QRegularExpression::escape(e.text) + QStringLiteral("[ .]*") +
                                      QString::number(e.page) + QStringLiteral("\\b"));
        QVERIFY2(printed.simplified().contains(line), qPrintable(QStringLiteral("contents line for \"%1\" with page %2 "
                                                                                "not found")
                                                                     .arg(e.text)
                                                                     .arg(e.page)));
    }
}

void TestReportPdf::pageNumbersOnEveryPage()
{
    const Rendered r = render(Test::reportInputs(ReportType::TypeII, 30));
    QVERIFY(r.pdf);
    const int total = r.pdf->numPages();
    for (int p = 1; p <= total; ++p) {
        const QString wanted = QStringLiteral("Page %1 of %2").arg(p).arg(total);
        const QRegularExpression footer(QStringLiteral("\\b%1\\b").arg(wanted));
        QVERIFY2(r.pages.at(p - 1).simplified().contains(footer), qPrintable(wanted));
        // Nothing runs into the band between the body and the footer (the body ends 70 pt above the page's foot).
        const auto page = r.pdf->page(p - 1);
        const qreal height = page->pageSizeF().height();
        for (const auto &w : page->textList()) {
            const QRectF box = w->boundingBox();
            QVERIFY2(box.bottom() <= height - 68 || box.top() >= height - 45,
                     qPrintable(QStringLiteral("\"%1\" below the body on page %2").arg(w->text()).arg(p)));
        }
        // No other page number on the page.
        QCOMPARE(r.pages.at(p - 1).count(QRegularExpression(QStringLiteral("Page \\d+ of \\d+"))), 1);
        if (p > 1)
            QVERIFY2(
                r.pages.at(p - 1).contains(QStringLiteral("Example Cloud Ltd \u00b7 SOC 2 Type II Report \u00b7 For "
                                                          "the period January 1, 2026 to September 30, 2026")),
                qPrintable(QStringLiteral("running header missing on page %1").arg(p)));
    }
}

void TestReportPdf::draftOnEveryPageOnlyWhenDraft()
{
    ReportInputs in = Test::reportInputs(ReportType::TypeII, 20);
    const Rendered draft = render(in);
    QVERIFY(draft.pdf);
    for (int p = 0; p < draft.pages.size(); ++p)
        QVERIFY2(draft.pages.at(p).contains(QStringLiteral("DRAFT")), qPrintable(QString::number(p + 1)));
    in.draft = false;
    const Rendered final = render(in);
    QVERIFY(final.pdf);
    for (const QString &text : final.pages)
        QVERIFY(!text.contains(QStringLiteral("DRAFT")));
}

void TestReportPdf::deviationUnderItsControl()
{
    const Rendered r = render(Test::reportInputs(ReportType::TypeII, 12, true));
    QVERIFY(r.pdf);
    int sectionFour = 0;
    for (const TocEntry &e : r.info.contents) {
        if (e.level == 1 && e.text.startsWith(QStringLiteral("Section IV ")))
            sectionFour = e.page;
    }
    QVERIFY(sectionFour > 0);
    const QString opinion = r.pages.mid(0, sectionFour - 1).join(QLatin1Char('\n')).simplified();
    QVERIFY(opinion.contains(QStringLiteral("Basis for Qualified Opinion")));
    QVERIFY(opinion.contains(QStringLiteral("applicable trust services criteria: CC6.2.")));
    // Find the CC6.2 heading in Section IV, then the CTL-07 row under it; the words of that row that lie in the
    // "Results of tests" column must read the deviation with its extent.
    for (int p = sectionFour - 1; p < r.pdf->numPages(); ++p) {
        const auto page = r.pdf->page(p);
        const auto words = page->textList();
        qreal headingY = -1;
        qreal resultsX = -1;
        const Poppler::TextBox *control = nullptr;
        qreal rowEnd = page->pageSizeF().height() - 60;
        for (const auto &w : words) {
            const QRectF box = w->boundingBox();
            if (w->text() == QLatin1String("CC6.2") && headingY < 0)
                headingY = box.top();
            else if (headingY >= 0 && w->text() == QLatin1String("Results") && resultsX < 0 && box.top() > headingY)
                resultsX = box.left() - 1;
            else if (headingY >= 0 && !control && w->text() == QLatin1String("CTL-07") && box.top() > headingY)
                control = w.get();
            else if (control && box.top() > control->boundingBox().bottom() &&
                     box.left() < control->boundingBox().left() + 2 && box.top() < rowEnd)
                rowEnd = box.top(); // the next row or heading starts here
        }
        if (!control)
            continue;
        QVERIFY(resultsX > 0);
        QStringList cell;
        for (const auto &w : words) {
            const QRectF box = w->boundingBox();
            if (box.left() >= resultsX && box.top() >= control->boundingBox().top() - 1 && box.top() < rowEnd)
                cell << w->text();
        }
        QCOMPARE(cell.join(QLatin1Char(' ')), QStringLiteral("For 1 of 25 items sampled, logical access was removed "
                                                             "nine days after termination, exceeding the one-day "
                                                             "requirement."));
        return;
    }
    QFAIL("CTL-07 not found under CC6.2 in Section IV");
}

void TestReportPdf::typeOneHasNoResults()
{
    const Rendered r = render(Test::reportInputs(ReportType::TypeI, 12));
    QVERIFY(r.pdf);
    const QString all = r.pages.join(QLatin1Char('\n'));
    QVERIFY(all.contains(QStringLiteral("SOC 2 Type I Report")));
    QVERIFY(!all.contains(QStringLiteral("No exceptions noted")));
    QVERIFY(!all.contains(QStringLiteral("Results of tests")));
    QVERIFY(!all.contains(QStringLiteral("items sampled")));
}

void TestReportPdf::tableHeaderRepeated()
{
    // One criterion with 60 controls: its table runs over several pages and each of them starts with the header.
    ReportInputs in = Test::reportInputs(ReportType::TypeII, 60);
    for (ReportControl &rc : in.controls)
        rc.control.criteria = {QStringLiteral("CC8.1")};
    const Rendered r = render(in);
    QVERIFY(r.pdf);
    int pagesWithRows = 0;
    for (const QString &text : r.pages) {
        if (!text.contains(QStringLiteral("CTL-")) || text.contains(QStringLiteral("Management's Responses")))
            continue;
        ++pagesWithRows;
        QVERIFY(text.contains(QStringLiteral("Results of tests")));
    }
    QVERIFY(pagesWithRows >= 3);
}

void TestReportPdf::noHeadingAtPageFoot()
{
    // Every criterion heading of Section IV is followed, on its own page, by its table's header and first row (a
    // control id) or by its note. Tall rows (long descriptions) are what used to strand a header at a page's foot.
    ReportInputs in = Test::reportInputs(ReportType::TypeII, 40);
    for (qsizetype i = 0; i < in.controls.size(); i += 2)
        in.controls[i].control.description = QStringLiteral("Changes to production are requested in the ticketing "
                                                            "system, reviewed by a second engineer, approved by the "
                                                            "change advisory board, tested in staging and deployed by "
                                                            "the pipeline, which refuses unapproved changes and keeps "
                                                            "a record of every deployment for a year.");
    const Rendered r = render(in);
    QVERIFY(r.pdf);
    const QRegularExpression criterion(QStringLiteral("^(CC|A)\\d+\\.\\d+$"));
    int checked = 0;
    for (int p = r.info.contents.at(0).page; p <= r.pdf->numPages(); ++p) {
        const auto page = r.pdf->page(p - 1);
        const auto words = page->textList();
        for (const auto &heading : words) {
            const QRectF box = heading->boundingBox();
            if (box.left() > 70 || !criterion.match(heading->text()).hasMatch())
                continue;
            const bool followed = std::any_of(words.cbegin(), words.cend(), [&](const auto &w) {
                const QRectF b = w->boundingBox();
                return b.left() < 80 && b.top() > box.bottom() + 2 && b.bottom() < page->pageSizeF().height() - 68
                    && (w->text().startsWith(QLatin1String("CTL-")) || w->text() == QLatin1String("No"));
            });
            QVERIFY2(followed, qPrintable(QStringLiteral("%1 ends page %2").arg(heading->text()).arg(p)));
            ++checked;
        }
    }
    QVERIFY(checked >= 33);
}

void TestReportPdf::metadataAndPaper()
{
    const Rendered a4 = render(Test::reportInputs(ReportType::TypeII, 5));
    QVERIFY(a4.pdf);
    QCOMPARE(a4.pdf->info(QStringLiteral("Creator")), QStringLiteral("Tickmark"));
    QCOMPARE(a4.pdf->info(QStringLiteral("Author")), QStringLiteral("Tally & Mark LLP"));
    QVERIFY(
        a4.pdf->info(QStringLiteral("Title")).startsWith(QStringLiteral("Report on Example Cloud Ltd's Description")));
    QVERIFY(
        a4.pdf->info(QStringLiteral("Subject")).startsWith(QStringLiteral("SOC 2 Type II Report for Example Cloud")));
    QCOMPARE(qRound(a4.pdf->page(0)->pageSizeF().width()), 595);
    const Rendered letter = render(Test::reportInputs(ReportType::TypeII, 5), PdfOptions{PaperSize::Letter, true});
    QVERIFY(letter.pdf);
    QCOMPARE(qRound(letter.pdf->page(0)->pageSizeF().width()), 612);
    QCOMPARE(qRound(letter.pdf->page(0)->pageSizeF().height()), 792);
    QCOMPARE(letter.pdf->info(QStringLiteral("Author")), QStringLiteral("Tally & Mark LLP"));
    // Fonts are embedded.
    const QList<Poppler::FontInfo> fonts = a4.pdf->fonts();
    QVERIFY(!fonts.isEmpty());
    for (const Poppler::FontInfo &f : fonts)
        QVERIFY2(f.isEmbedded(), qPrintable(f.name()));
}

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
