// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The report as data: sections I–V and the appendix, Type I vs Type II, carve-out vs inclusive, deviations under
// their control, the opinion proposal, templates (overrides, unknown placeholders) and the HTML golden file.
#include "report/htmlrenderer.h"
#include "report/reportbuilder.h"
#include "report/reporttemplates.h"
#include "testsupport.h"
#include "tst_reportfixture.h"

#include <QFile>
#include <QtTest>

using namespace Tickmark;
using namespace Tickmark::Core;

namespace {

QString allText(const ReportSection &section)
{
    QStringList parts;
    for (const ReportBlock &b : section.blocks) {
        parts << plainText(b.spans);
        if (b.kind == ReportBlock::Kind::Table) {
            parts << b.table.header.join(QLatin1Char('|'));
            for (const QStringList &row : b.table.rows)
                parts << row.join(QLatin1Char('|'));
        }
    }
    return parts.join(QLatin1Char('\n'));
}

const ReportSection &section(const ReportDocument &doc, const QString &anchor)
{
    for (const ReportSection &s : doc.sections) {
        if (s.anchor == anchor)
            return s;
    }
    static const ReportSection none;
    return none;
}

QStringList headings(const ReportSection &s, int level)
{
    QStringList out;
    for (const ReportBlock &b : s.blocks) {
        if (b.kind == ReportBlock::Kind::Heading && b.level == level)
            out << plainText(b.spans);
    }
    return out;
}

// The rows of the tables under the criterion heading starting with @p criterion in Section IV.
QList<QStringList> rowsUnder(const ReportDocument &doc, const QString &criterion)
{
    const ReportSection &s = section(doc, QStringLiteral("section-4"));
    bool inside = false;
    for (const ReportBlock &b : s.blocks) {
        if (b.kind == ReportBlock::Kind::Heading)
            inside = b.level == 3 && plainText(b.spans).startsWith(criterion + QLatin1Char(' '));
        else if (inside && b.kind == ReportBlock::Kind::Table)
            return b.table.rows;
    }
    return {};
}

} // namespace

class TestReportBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sectionsInOrder();
    void typeTwoTestsAndResults();
    void typeOneHasNoTests();
    void subserviceMethods();
    void qualifiedOpinionNamesCriterion();
    void explicitAdverseAndDisclaimer();
    void templateOverride();
    void unknownPlaceholder();
    void descriptionRichText();
    void appendixListsHashes();
    void htmlGolden();
};

void TestReportBuilder::sectionsInOrder()
{
    const auto doc = buildReport(Test::reportInputs(ReportType::TypeII));
    TM_VERIFY_OK(doc);
    QStringList anchors;
    for (const ReportSection &s : doc->sections)
        anchors << s.anchor;
    QCOMPARE(anchors,
             (QStringList{QStringLiteral("section-1"), QStringLiteral("section-2"), QStringLiteral("section-3"),
                          QStringLiteral("section-4"), QStringLiteral("section-5")}));
    QCOMPARE(doc->sections.at(0).heading(), QStringLiteral("Section I \u2014 Independent Service Auditor's Report"));
    const QStringList s1 = headings(doc->sections.at(0), 2);
    QCOMPARE(s1,
             (QStringList{QStringLiteral("Scope"), QStringLiteral("Service Organization's Responsibilities"),
                          QStringLiteral("Service Auditor's Responsibilities"), QStringLiteral("Inherent Limitations"),
                          QStringLiteral("Description of Tests of Controls"), QStringLiteral("Opinion"),
                          QStringLiteral("Restricted Use")}));
    const QString text = allText(doc->sections.at(0));
    QVERIFY(text.contains(QStringLiteral("To the Management of Example Cloud Ltd:")));
    QVERIFY(text.contains(QStringLiteral("throughout the period January 1, 2026 to September 30, 2026")));
    QVERIFY(text.contains(QStringLiteral("security and availability")));
    QVERIFY(text.contains(QStringLiteral("Tally & Mark LLP\nDenver, Colorado\nOctober 15, 2026")));
    QVERIFY(text.contains(QStringLiteral("complementary user entity controls")));
    QVERIFY(doc->draft);
    QCOMPARE(doc->opinion.kind, OpinionKind::Unmodified);
    // The Type II opinion has its three points as three bullets.
    int bullets = 0;
    bool inOpinion = false;
    for (const ReportBlock &b : doc->sections.at(0).blocks) {
        if (b.kind == ReportBlock::Kind::Heading)
            inOpinion = plainText(b.spans) == QLatin1String("Opinion");
        else if (inOpinion && b.kind == ReportBlock::Kind::Bullet)
            ++bullets;
    }
    QCOMPARE(bullets, 3);
    QCOMPARE(doc->coverLines.value(0), QStringLiteral("SOC 2 Type II Report"));
}

void TestReportBuilder::typeTwoTestsAndResults()
{
    const auto doc = buildReport(Test::reportInputs(ReportType::TypeII));
    TM_VERIFY_OK(doc);
    const QList<QStringList> rows = rowsUnder(*doc, QStringLiteral("CC6.2"));
    const auto it = std::find_if(rows.cbegin(), rows.cend(),
                                 [](const QStringList &r) { return r.value(0) == QLatin1String("CTL-07"); });
    QVERIFY(it != rows.cend());
    QCOMPARE(it->size(), 4);
    QVERIFY(it->at(2).contains(QStringLiteral("Inspection: Inspected the ticket")));
    QVERIFY(it->at(2).contains(QStringLiteral("Sample of 25 items selected at random from the 250 items of population "
                                              "\u201cTickets 7\u201d.")));
    QCOMPARE(it->at(3), QStringLiteral("For 1 of 25 items sampled, logical access was removed nine days after "
                                       "termination, exceeding the one-day requirement."));
    // Every other control reads "No exceptions noted.", except CTL-03 which did not operate.
    int clean = 0;
    for (const ReportSection &s : doc->sections) {
        for (const ReportBlock &b : s.blocks) {
            for (const QStringList &r : b.table.rows) {
                if (s.anchor != QLatin1String("section-4"))
                    continue;
                if (r.value(0) == QLatin1String("CTL-03"))
                    QVERIFY(
                        r.value(3).startsWith(QStringLiteral("The circumstances that trigger this control did not")));
                else if (r.value(0) != QLatin1String("CTL-07")) {
                    QCOMPARE(r.value(3), QStringLiteral("No exceptions noted."));
                    ++clean;
                }
            }
        }
    }
    QCOMPARE(clean, 10);
    // Section V carries management's response, outside the opinion.
    const QString five = allText(section(*doc, QStringLiteral("section-5")));
    QVERIFY(five.contains(QStringLiteral("CTL-07|Logical access was removed nine days")));
    QVERIFY(five.contains(QStringLiteral("HR now sends terminations to IT daily")));
}

void TestReportBuilder::typeOneHasNoTests()
{
    const auto doc = buildReport(Test::reportInputs(ReportType::TypeI));
    TM_VERIFY_OK(doc);
    const ReportSection &four = section(*doc, QStringLiteral("section-4"));
    int tables = 0;
    for (const ReportBlock &b : four.blocks) {
        if (b.kind != ReportBlock::Kind::Table)
            continue;
        ++tables;
        QCOMPARE(b.table.header.size(), 2);
        for (const QStringList &r : b.table.rows)
            QCOMPARE(r.size(), 2);
    }
    QVERIFY(tables > 0);
    const QString text = allText(four);
    QVERIFY(!text.contains(QStringLiteral("No exceptions noted")));
    QVERIFY(!text.contains(QStringLiteral("of 25 items sampled")));
    QVERIFY(!text.contains(QStringLiteral("Inspected the ticket")));
    QVERIFY(!headings(doc->sections.at(0), 2).contains(QStringLiteral("Description of Tests of Controls")));
    QVERIFY(allText(doc->sections.at(0)).contains(QStringLiteral("as of September 30, 2026")));
    QVERIFY(!allText(section(*doc, QStringLiteral("section-3"))).contains(QStringLiteral("Significant Changes")));
    QVERIFY(!allText(doc->sections.at(0)).contains(QStringLiteral("operated effectively throughout")));
}

void TestReportBuilder::subserviceMethods()
{
    ReportInputs in = Test::reportInputs(ReportType::TypeII);
    auto doc = buildReport(in);
    TM_VERIFY_OK(doc);
    QString one = allText(doc->sections.at(0));
    QVERIFY(one.contains(QStringLiteral("uses Nimbus Hosting Inc. (cloud hosting) as subservice organizations. The "
                                        "description covers the types of controls")));
    QVERIFY(one.contains(QStringLiteral("uses PayRight GmbH (payroll) as subservice organizations. The description "
                                        "includes the relevant controls")));
    QVERIFY(allText(section(*doc, QStringLiteral("section-3")))
                .contains(QStringLiteral("Nimbus Hosting Inc.|cloud "
                                         "hosting|Carve-out|Physical")));
    in.subservice.removeLast();
    doc = buildReport(in);
    one = allText(doc->sections.at(0));
    QVERIFY(one.contains(QStringLiteral("excludes their controls")));
    QVERIFY(!one.contains(QStringLiteral("includes the relevant controls")));
    in.subservice.clear();
    in.cuecs.clear();
    doc = buildReport(in);
    one = allText(doc->sections.at(0));
    QVERIFY(!one.contains(QStringLiteral("excludes their controls")));
    QVERIFY(!one.contains(QStringLiteral("We have not evaluated the suitability of the design or the operating "
                                         "effectiveness of those complementary user entity controls")));
}

void TestReportBuilder::qualifiedOpinionNamesCriterion()
{
    const auto doc = buildReport(Test::reportInputs(ReportType::TypeII, 12, true));
    TM_VERIFY_OK(doc);
    QCOMPARE(doc->opinion.kind, OpinionKind::Qualified);
    QCOMPARE(doc->opinion.criteriaNotMet, QStringList{QStringLiteral("CC6.2")});
    const QStringList s1 = headings(doc->sections.at(0), 2);
    QVERIFY(s1.contains(QStringLiteral("Basis for Qualified Opinion")));
    QVERIFY(s1.contains(QStringLiteral("Qualified Opinion")));
    QVERIFY(s1.indexOf(QStringLiteral("Basis for Qualified Opinion")) <
            s1.indexOf(QStringLiteral("Qualified Opinion")));
    const QString text = allText(doc->sections.at(0));
    QVERIFY(text.contains(QStringLiteral("based on the following applicable trust services criteria: CC6.2.")));
    QVERIFY(text.contains(QStringLiteral("control CTL-07: Logical access was removed nine days")));
    QVERIFY(text.contains(QStringLiteral("In our opinion, except for the effects of the matters described")));
}

void TestReportBuilder::explicitAdverseAndDisclaimer()
{
    ReportInputs in = Test::reportInputs(ReportType::TypeII, 12, true);
    in.opinion = OpinionChoice{OpinionChoice::Mode::Adverse, QStringLiteral("Change management controls were not "
                                                                            "in place for the whole period.")};
    auto doc = buildReport(in);
    TM_VERIFY_OK(doc);
    QCOMPARE(doc->opinion.kind, OpinionKind::Adverse);
    QVERIFY(headings(doc->sections.at(0), 2).contains(QStringLiteral("Basis for Adverse Opinion")));
    QVERIFY(allText(doc->sections.at(0))
                .contains(QStringLiteral("Change management controls were not in place for the "
                                         "whole period. In our judgment")));
    in.opinion.mode = OpinionChoice::Mode::Disclaimer;
    doc = buildReport(in);
    QCOMPARE(doc->opinion.kind, OpinionKind::Disclaimer);
    QVERIFY(headings(doc->sections.at(0), 2).contains(QStringLiteral("Disclaimer of Opinion")));
    QVERIFY(!headings(doc->sections.at(0), 2).contains(QStringLiteral("Opinion")));
}

void TestReportBuilder::templateOverride()
{
    ReportInputs in = Test::reportInputs(ReportType::TypeII);
    in.templates.insert(QStringLiteral("auditor.addressee"), QStringLiteral("To the Board of {client}, {city}:"));
    const auto doc = buildReport(in);
    TM_VERIFY_OK(doc);
    QCOMPARE(plainText(doc->sections.at(0).blocks.at(0).spans),
             QStringLiteral("To the Board of Example Cloud Ltd, Denver, Colorado:"));
    // A '*' in a value is literal text, not emphasis.
    in.details.client = QStringLiteral("Star*Corp");
    const auto starred = buildReport(in);
    QCOMPARE(plainText(starred->sections.at(0).blocks.at(0).spans), QStringLiteral("To the Board of Star*Corp, Denver, "
                                                                                   "Colorado:"));
    // A name ending in a full stop at the end of a sentence is not doubled.
    in.templates.insert(QStringLiteral("auditor.addressee"), QStringLiteral("Addressed to {client}."));
    in.details.client = QStringLiteral("Example Inc.");
    const auto dotted = buildReport(in);
    QCOMPARE(plainText(dotted->sections.at(0).blocks.at(0).spans), QStringLiteral("Addressed to Example Inc."));
}

void TestReportBuilder::unknownPlaceholder()
{
    ReportInputs in = Test::reportInputs(ReportType::TypeII);
    in.templates.insert(QStringLiteral("auditor.restricted_use"), QStringLiteral("For {clients} only."));
    const auto doc = buildReport(in);
    QVERIFY(!doc);
    QVERIFY2(doc.error().detail.contains(QStringLiteral("{clients}")), qPrintable(doc.error().detail));
    QVERIFY(doc.error().detail.contains(QStringLiteral("auditor.restricted_use")));
    const auto checked =
        ReportTemplates::validate(QStringLiteral("auditor.addressee"), QStringLiteral("Hi {firmname}"));
    QVERIFY(!checked);
    QVERIFY(checked.error().detail.contains(QStringLiteral("unknown placeholder {firmname}")));
    QVERIFY(!ReportTemplates::validate(QStringLiteral("auditor.addressee"), QStringLiteral("Hi {client")));
    QVERIFY(!ReportTemplates::validate(QStringLiteral("no.such.key"), QStringLiteral("text")));
    TM_VERIFY_OK(ReportTemplates::validate(QStringLiteral("auditor.addressee"), QStringLiteral("Dear {partner}")));
    // Every default template is valid.
    for (auto it = ReportTemplates::defaults().cbegin(); it != ReportTemplates::defaults().cend(); ++it)
        TM_VERIFY_OK(ReportTemplates::validate(it.key(), it.value()));
    QVERIFY(ReportTemplates::defaults().size() > 40);
}

void TestReportBuilder::descriptionRichText()
{
    const auto doc = buildReport(Test::reportInputs(ReportType::TypeII));
    TM_VERIFY_OK(doc);
    const ReportSection &three = section(*doc, QStringLiteral("section-3"));
    bool sawBold = false;
    int bullets = 0;
    for (const ReportBlock &b : three.blocks) {
        for (const TextSpan &s : b.spans)
            sawBold = sawBold || (s.bold && s.text == QLatin1String("hosted platform"));
        bullets += b.kind == ReportBlock::Kind::Bullet ? 1 : 0;
    }
    QVERIFY(sawBold);
    QCOMPARE(bullets, 2);
    const QString text = allText(three);
    QVERIFY(text.contains(QStringLiteral("Management has not yet provided this part of the description.")));
    QVERIFY(text.contains(QStringLiteral("1|User entities remove their own users' access when staff leave.|CC6.2")));
    QVERIFY(headings(three, 2).contains(QStringLiteral("Significant Changes During the Period")));
}

void TestReportBuilder::appendixListsHashes()
{
    ReportInputs in = Test::reportInputs(ReportType::TypeII);
    in.appendix = true;
    EvidenceItem item;
    item.packageName = QStringLiteral("q1.zip");
    item.path = QStringLiteral("tickets/T-1.pdf");
    item.sha256 = QByteArray(64, 'a');
    item.size = 1234;
    item.controls = {QStringLiteral("CTL-01")};
    in.evidence = {item};
    const auto doc = buildReport(in);
    TM_VERIFY_OK(doc);
    QCOMPARE(doc->sections.last().anchor, QStringLiteral("appendix"));
    QVERIFY(allText(doc->sections.last())
                .contains(QStringLiteral("q1.zip/tickets/T-1.pdf|CTL-01|1,234|") + QString(64, QLatin1Char('a'))));
}

void TestReportBuilder::htmlGolden()
{
    const auto doc = buildReport(Test::reportInputs(ReportType::TypeII, 6, true));
    TM_VERIFY_OK(doc);
    const QString html = HtmlRenderer::toHtml(*doc);
    const QString golden = QStringLiteral(TICKMARK_SOURCE_DIR "/tests/data/report/type2-qualified.html");
    if (qEnvironmentVariableIsSet("TICKMARK_UPDATE_GOLDEN")) {
        QFile out(golden);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(html.toUtf8());
    }
    QFile in(golden);
    QVERIFY2(in.open(QIODevice::ReadOnly), "golden file missing; run with TICKMARK_UPDATE_GOLDEN=1 to create it");
    const QString expected = QString::fromUtf8(in.readAll());
    if (html != expected) {
        const QStringList a = html.split(QLatin1Char('\n'));
        const QStringList b = expected.split(QLatin1Char('\n'));
        for (int i = 0; i < qMin(a.size(), b.size()); ++i)
            QVERIFY2(
                a.at(i) == b.at(i),
                qPrintable(QStringLiteral("line %1 differs:\n got: %2\nwant: %3").arg(i + 1).arg(a.at(i), b.at(i))));
        QCOMPARE(a.size(), b.size());
    }
    QVERIFY(html.contains(QStringLiteral("<h2 id=\"s1-basis\">Basis for Qualified Opinion</h2>")));
    QVERIFY(html.contains(QStringLiteral("<thead><tr><th style=\"width: 12%\">Control</th>")));
}

QTEST_MAIN(TestReportBuilder)
#include "tst_reportbuilder.moc"
