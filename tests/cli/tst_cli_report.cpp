// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of the report commands of tickmark-cli: export to PDF, ODT and HTML (DRAFT), option and suffix
// errors, the opinion choice, and issue: refused for a preparer and while sign-offs are missing, otherwise the
// archive path printed and the engagement locked.
#include "clirunner.h"

#include "controls/controlservice.h"
#include "review/reviewservice.h"
#include "workpaper/workpaper.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Tickmark::Test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestCliReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void help();
    void exportFormats();
    void exportErrors();
    void opinion();
    void issue();

private:
    Run cli(const QStringList &args) const { return runCli(m_dir->path(), args); }
    QString path(const QString &name) const { return m_dir->filePath(name); }
    bool createWorkpaper(const QString &file) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliReport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkpath(s("config")));
}

void TestCliReport::cleanup()
{
    m_dir.reset();
}

bool TestCliReport::createWorkpaper(const QString &file) const
{
    const Run created = cli({s("new"), file, s("--client"), s("Example Cloud Ltd"), s("--system"), s("Platform"),
                             s("--type"), s("2"), s("--from"), s("2026-01-01"), s("--to"), s("2026-09-30")});
    if (created.status != 0)
        qWarning("setup failed: %s", created.err.constData());
    return created.status == 0;
}

void TestCliReport::help()
{
    const Run group = cli({s("report"), s("--help")});
    QCOMPARE(group.status, 0);
    for (const char *line : {"report export FILE OUT", "report issue FILE", "report opinion FILE"})
        QVERIFY2(group.out.contains(line), line);
    const Run exportHelp = cli({s("report"), s("export"), s("--help")});
    QCOMPARE(exportHelp.status, 0);
    for (const char *option : {"--paper", "--pdfa", "--appendix", "--json"})
        QVERIFY2(exportHelp.out.contains(option), option);
}

void TestCliReport::exportFormats()
{
    const QString wp = path(s("r.tickmark"));
    QVERIFY(createWorkpaper(wp));
    const Run pdf = cli({s("report"), s("export"), wp, path(s("out.pdf")), s("--paper"), s("letter"), s("--json")});
    PARSE_JSON(pdf, pdfDoc);
    const QJsonObject info = pdfDoc.object();
    QCOMPARE(info.value(s("format")).toString(), s("pdf"));
    QCOMPARE(info.value(s("draft")).toBool(), true);
    QCOMPARE(info.value(s("opinion")).toString(), s("unmodified"));
    QVERIFY(info.value(s("pages")).toInt() > 5);
    QFile pdfFile(path(s("out.pdf")));
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");

    const Run html = cli({s("report"), s("export"), wp, path(s("out.html"))});
    VERIFY_OK(html);
    QVERIFY(html.out.contains("report written (HTML"));
    QFile htmlFile(path(s("out.html")));
    QVERIFY(htmlFile.open(QIODevice::ReadOnly));
    const QByteArray htmlBytes = htmlFile.readAll();
    QVERIFY(
        htmlBytes.contains("<h1><span class=\"number\">Section I</span> Independent Service Auditor's Report</h1>"));
    QVERIFY(htmlBytes.contains("<p class=\"draft\">DRAFT</p>"));

    VERIFY_OK(cli({s("report"), s("export"), wp, path(s("out.odt"))}));
    QVERIFY(QFileInfo(path(s("out.odt"))).size() > 1000);
}

void TestCliReport::exportErrors()
{
    const QString wp = path(s("r.tickmark"));
    QVERIFY(createWorkpaper(wp));
    VERIFY_ERROR(cli({s("report"), s("export"), wp, path(s("out.docx"))}), 1, (QStringList{s(".pdf, .odt or .html")}));
    VERIFY_ERROR(cli({s("report"), s("export"), wp, path(s("out.pdf")), s("--paper"), s("a5")}), 2,
                 (QStringList{s("--paper"), s("a5")}));
    QVERIFY(!QFileInfo::exists(path(s("out.pdf"))));
    VERIFY_ERROR(cli({s("report"), s("export"), path(s("missing.tickmark")), path(s("out.pdf"))}), 1, QStringList{});
}

void TestCliReport::opinion()
{
    const QString wp = path(s("r.tickmark"));
    QVERIFY(createWorkpaper(wp));
    const Run shown = cli({s("report"), s("opinion"), wp});
    VERIFY_OK(shown);
    QCOMPARE(shown.out.trimmed(), QByteArray("unmodified"));
    VERIFY_ERROR(cli({s("report"), s("opinion"), wp, s("--mode"), s("adverse")}), 1, (QStringList{s("reason")}));
    const Run chosen = cli({s("report"), s("opinion"), wp, s("--mode"), s("disclaimer"), s("--reason"),
                            s("No population of changes was provided."), s("--json")});
    PARSE_JSON(chosen, doc);
    QCOMPARE(doc.object().value(s("opinion")).toString(), s("disclaimer"));
    QCOMPARE(doc.object().value(s("reason")).toString(), s("No population of changes was provided."));
    const Run html = cli({s("report"), s("export"), wp, path(s("d.html"))});
    VERIFY_OK(html);
    QFile f(path(s("d.html")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("Basis for Disclaimer of Opinion"));
}

void TestCliReport::issue()
{
    const QString wp = path(s("r.tickmark"));
    QVERIFY(createWorkpaper(wp));
    VERIFY_ERROR(cli({s("report"), s("issue"), wp}), 1, (QStringList{s("reviewer or partner")}));
    VERIFY_ERROR(cli({s("report"), s("issue"), wp, s("--role"), s("partner")}), 1,
                 (QStringList{s("sign-off missing: section:scope (preparer)")}));
    {
        // Sign everything through the library, as a preparer and then a reviewer would in the app.
        using namespace Tickmark::Core;
        auto opened = Workpaper::open(wp, Actor{s("Pat Preparer"), s("PP"), Role::Preparer});
        QVERIFY(opened);
        Workpaper &w = **opened;
        QVERIFY(w.controls().add(Control{
            s("C-1"), s("Leavers are removed."), {s("CC6.2")}, Frequency::Daily, ControlType::Manual, {}, false}));
        const auto objects = w.review().signableObjects();
        QVERIFY(objects);
        for (const QString &object : *objects)
            QVERIFY(w.review().signOff(object));
        w.setActor(Actor{s("Rita Reviewer"), s("RR"), Role::Reviewer});
        for (const QString &object : *objects)
            QVERIFY(w.review().signOff(object));
    }
    QVERIFY(QDir(m_dir->path()).mkpath(s("archive")));
    const Run issued = cli(
        {s("report"), s("issue"), wp, s("--role"), s("partner"), s("--archive-dir"), path(s("archive")), s("--json")});
    PARSE_JSON(issued, doc);
    const QString archive = doc.object().value(s("archive")).toString();
    QVERIFY2(archive.startsWith(path(s("archive/r-issued-"))), qPrintable(archive));
    QVERIFY(archive.endsWith(s(".zip")));
    QCOMPARE(sha256Of(archive), doc.object().value(s("archive_sha256")).toString().toLatin1());
    const Run info = cli({s("info"), wp, s("--json")});
    PARSE_JSON(info, infoDoc);
    QCOMPARE(infoDoc.object().value(s("issued")).toBool(), true);
    // The issued report is no longer a draft; issuing again is refused.
    const Run final = cli({s("report"), s("export"), wp, path(s("final.pdf")), s("--json")});
    PARSE_JSON(final, finalDoc);
    QCOMPARE(finalDoc.object().value(s("draft")).toBool(), false);
    VERIFY_ERROR(cli({s("report"), s("issue"), wp, s("--role"), s("partner")}), 1, (QStringList{s("issued already")}));
}

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
