// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped German translation reaches core's messages at run time: lupdate files a string under the class or
// namespace it is written in, so the context the code looks it up under must be that same name (services declare
// their tr() with Q_DECLARE_TR_FUNCTIONS; the report builder's namespace helper uses its namespace). Reads the .qm
// that the tickmark target compiles from translations/tickmark_de.ts.
#include "report/reportdocument.h"
#include "report/reportservice.h"
#include "sample/sampleengagement.h"
#include "testsupport.h"
#include "workpaper/workpaper.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <algorithm>

using namespace Tickmark;
using namespace Tickmark::Core;

class TestRuntimeTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void serviceMessagesAreGerman();
    void reportTextIsGerman();

private:
    QTemporaryDir m_dir;
    QTranslator m_translator;
    std::unique_ptr<Workpaper> m_wp;
};

void TestRuntimeTranslations::initTestCase()
{
    const QString qm = QStringLiteral(TICKMARK_BINARY_DIR "/translations/tickmark_de.qm");
    QVERIFY2(m_translator.load(qm), qPrintable(qm + QStringLiteral(" is missing: build the tickmark target")));
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
    auto wp =
        createSampleEngagement(m_dir.filePath(QStringLiteral("de.tickmark")), Test::preparer(), Test::fixedClock());
    QVERIFY2(wp, wp ? "" : qPrintable(wp.error().detail));
    m_wp = std::move(*wp);
}

void TestRuntimeTranslations::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_translator);
}

void TestRuntimeTranslations::serviceMessagesAreGerman()
{
    const auto blockers = m_wp->report().issueBlockers();
    QVERIFY(blockers);
    QVERIFY(!blockers->isEmpty());
    // ReportService::issueBlockers (a member: class context) and the review items (a free helper: namespace context).
    const QString role = blockers->constFirst().text;
    QVERIFY2(!role.contains(QLatin1String("only a reviewer or partner")), qPrintable(role));
    QCOMPARE(role, QCoreApplication::translate("Tickmark::Core::ReportService",
                                               "only a reviewer or partner can issue the report; %1 acts as preparer")
                       .arg(formatActor(m_wp->actor())));
    const QString last = blockers->constLast().text;
    QVERIFY2(last.startsWith(QLatin1String("fehlende Abzeichnung: ")), qPrintable(last));
}

void TestRuntimeTranslations::reportTextIsGerman()
{
    const auto doc = m_wp->report().document();
    QVERIFY2(doc, doc ? "" : qPrintable(doc.error().detail));
    QStringList titles;
    for (const ReportSection &section : doc->sections)
        titles << section.title;
    QVERIFY2(!titles.contains(QLatin1String("Independent Service Auditor's Report")),
             qPrintable(titles.join(QStringLiteral(" | "))));
    // Both halves of the builder (reportbuilder.cpp and reportbuilder_sections.cpp) file their strings under one
    // context, ReportBuild's; Section I's title comes from the first, Section III's from the second.
    for (const char *source : {"Independent Service Auditor's Report", "Description of the %1"}) {
        const QString german = QCoreApplication::translate("Tickmark::Core::ReportBuild", source);
        QVERIFY2(german != QLatin1String(source), source);
        QVERIFY2(std::any_of(titles.cbegin(), titles.cend(),
                             [&](const QString &t) { return t.startsWith(german.section(QLatin1Char('%'), 0, 0)); }),
                 qPrintable(titles.join(QStringLiteral(" | "))));
    }
}

QTEST_GUILESS_MAIN(TestRuntimeTranslations)
#include "tst_runtimetranslations.moc"
