// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of the population and sample commands of tickmark-cli: each runs the built binary in a fresh
// temporary directory and checks the exit status, the single "error: " line on stderr and the JSON on stdout, as
// promised in CLI.md. The numbers are those pinned in docs/sampling.md.
#include "clirunner.h"

#include "io/xlsxreader.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Tickmark::Test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList words(const char *text)
{
    return s(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// A population of @p rows tickets: header "Ticket,Summary,Amount", row i is "T-i,Change i,i*10".
QByteArray tickets(int rows)
{
    QByteArray csv = "Ticket,Summary,Amount\n";
    for (int i = 1; i <= rows; ++i)
        csv += QByteArray("T-") + QByteArray::number(i) + ",Change " + QByteArray::number(i) + ',' +
               QByteArray::number(i * 10) + '\n';
    return csv;
}

QList<qint64> itemRows(const QJsonObject &sample)
{
    QList<qint64> rows;
    const QJsonArray items = sample.value(QStringLiteral("items")).toArray();
    for (const QJsonValue &item : items)
        rows << item.toObject().value(QStringLiteral("row")).toInteger();
    return rows;
}

} // namespace

class TestCliSampling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void help();
    void statisticalSize_data();
    void statisticalSize();
    void statisticalSizeText();
    void sizeErrors_data();
    void sizeErrors();
    void frequencySize_data();
    void frequencySize();
    void frequencySizeFromWorkpaper();
    void evaluate();
    void evaluateErrors();
    void populationImport();
    void populationImportWindows1252();
    void populationImportEmpty();
    void populationImportErrors_data();
    void populationImportErrors();
    void drawWithSeed();
    void drawSystematic();
    void drawWithoutSeed();
    void extend();
    void drawErrors_data();
    void drawErrors();
    void exportRequest();

private:
    Run cli(const QStringList &args) const { return runCli(m_dir->path(), args); }
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString write(const QString &name, const QByteArray &bytes) const { return writeFile(path(name), bytes); }
    bool createWorkpaper(const QString &file) const;
    QString importPopulation(const QString &file, const QString &name, const QByteArray &csv) const;
    QJsonObject runJson(const QStringList &args) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliSampling::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("config")));
}

void TestCliSampling::cleanup()
{
    m_dir.reset();
}

// A Type II workpaper for 2026-01-01 to 2026-09-30 (9 months) with controls CTL-01 (daily) and CTL-02 (quarterly).
bool TestCliSampling::createWorkpaper(const QString &file) const
{
    const Run created = cli({s("new"), file, s("--client"), s("Example Cloud Ltd"), s("--system"), s("Platform"),
                             s("--type"), s("2"), s("--from"), s("2026-01-01"), s("--to"), s("2026-09-30")});
    const QString matrix = write(s("matrix.csv"), "control id,description,criteria,frequency\n"
                                                  "CTL-01,Changes are approved,CC8.1,daily\n"
                                                  "CTL-02,Access is reviewed,CC6.2,quarterly\n");
    const Run imported = cli({s("controls"), s("import"), file, matrix});
    if (created.status != 0 || imported.status != 0)
        qWarning("setup failed: %s%s", created.err.constData(), imported.err.constData());
    return created.status == 0 && imported.status == 0;
}

// Imports @p csv as population @p name of CTL-01; returns empty on success, else the error.
QString TestCliSampling::importPopulation(const QString &file, const QString &name, const QByteArray &csv) const
{
    const QString data = write(name + QStringLiteral(".csv"), csv);
    const Run run = cli({s("population"), s("import"), file, data, s("--control"), s("CTL-01"), s("--name"), name});
    return run.status == 0 ? QString() : QString::fromUtf8(run.err) + QStringLiteral(" (exit %1)").arg(run.status);
}

// Runs a command with --json that must succeed with one JSON object on stdout and nothing on stderr.
QJsonObject TestCliSampling::runJson(const QStringList &args) const
{
    const Run run = cli(args + QStringList{s("--json")});
    QJsonDocument doc;
    const QString problem = jsonProblem(run, doc);
    if (run.status != 0 || !problem.isEmpty() || !run.err.isEmpty() || !doc.isObject()) {
        qWarning("%s: exit %d, %s, stderr: %s", qPrintable(args.join(QLatin1Char(' '))), run.status,
                 qPrintable(problem), run.err.constData());
        return {};
    }
    return doc.object();
}

void TestCliSampling::help()
{
    const Run group = cli({s("sample"), s("--help")});
    QCOMPARE(group.status, 0);
    for (const char *line : {"sample size", "sample evaluate", "sample draw FILE", "sample extend FILE",
                             "sample list FILE", "sample export FILE OUT"})
        QVERIFY2(group.out.contains(line), line);
    const Run import = cli({s("population"), s("import"), s("--help")});
    QCOMPARE(import.status, 0);
    QVERIFY(import.out.startsWith("Usage: tickmark-cli population import FILE DATA"));
    QVERIFY(import.out.contains("--delimiter"));
    const Run global = cli({s("--help")});
    QVERIFY(global.out.contains("population show FILE"));
}

void TestCliSampling::statisticalSize_data()
{
    QTest::addColumn<QString>("risk");
    QTest::addColumn<QString>("tolerable");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("deviations");
    QTest::addColumn<bool>("tooLarge");
    QTest::newRow("5% 5% 0") << s("0.05") << s("0.05") << s("0") << 59 << 0 << false;
    QTest::newRow("5% 5% 1%") << s("0.05") << s("0.05") << s("0.01") << 93 << 1 << false;
    QTest::newRow("10% 10% 0") << s("0.10") << s("0.10") << s("0") << 22 << 0 << false;
    QTest::newRow("5% 2% 0") << s("0.05") << s("0.02") << s("0") << 149 << 0 << false;
    QTest::newRow("percent form") << s("5%") << s("5%") << s("1%") << 93 << 1 << false;
    QTest::newRow("too large") << s("0.05") << s("0.02") << s("0.0175") << 0 << 0 << true;
}

void TestCliSampling::statisticalSize()
{
    QFETCH(QString, risk);
    QFETCH(QString, tolerable);
    QFETCH(QString, expected);
    QFETCH(int, size);
    QFETCH(int, deviations);
    QFETCH(bool, tooLarge);
    const QJsonObject o =
        runJson({s("sample"), s("size"), s("--risk"), risk, s("--tolerable"), tolerable, s("--expected"), expected});
    QCOMPARE(o.value(QStringLiteral("method")).toString(), QStringLiteral("statistical"));
    QCOMPARE(o.value(QStringLiteral("size")), QJsonValue(size));
    QCOMPARE(o.value(QStringLiteral("expected_deviations")), QJsonValue(deviations));
    QCOMPARE(o.value(QStringLiteral("too_large")), QJsonValue(tooLarge));
}

void TestCliSampling::statisticalSizeText()
{
    const Run one = cli(words("sample size --risk 0.05 --tolerable 0.05 --expected 0.01"));
    VERIFY_OK(one);
    QCOMPARE(one.out, QByteArray("Sample size 93 (1 expected deviation) at 5% risk, 5% tolerable, 1% expected.\n"));
    QVERIFY(one.err.isEmpty());
    const Run none = cli(words("sample size --risk 5% --tolerable 5% --expected 0"));
    QCOMPARE(none.out, QByteArray("Sample size 59 (0 expected deviations) at 5% risk, 5% tolerable, 0% expected.\n"));
    const Run large = cli(words("sample size --risk 0.05 --tolerable 0.02 --expected 0.0175"));
    VERIFY_OK(large);
    QVERIFY2(large.out.contains("No sample of 2000 items or fewer"), large.out.constData());
}

void TestCliSampling::sizeErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("needles");
    QTest::newRow("expected = tolerable") << words("--risk 0.05 --tolerable 0.05 --expected 0.05")
                                          << QStringList{s("expected"), s("below the tolerable")};
    QTest::newRow("expected > tolerable")
        << words("--risk 0.05 --tolerable 0.02 --expected 0.03") << QStringList{s("expected")};
    QTest::newRow("bad rate") << words("--risk abc --tolerable 0.05 --expected 0") << words("--risk abc");
    QTest::newRow("bare percent") << words("--risk 5 --tolerable 0.05 --expected 0") << words("--risk 5%");
    QTest::newRow("missing expected") << words("--risk 0.05 --tolerable 0.05") << words("--expected");
    QTest::newRow("nothing") << QStringList{} << words("--frequency");
    QTest::newRow("mixed") << words("--frequency daily --risk 0.05") << words("--risk --frequency");
    QTest::newRow("level alone") << words("--risk 0.05 --tolerable 0.05 --expected 0 --risk-level lower")
                                 << words("--risk-level");
    QTest::newRow("bad frequency") << words("--frequency hourly") << words("--frequency hourly");
    QTest::newRow("bad level") << words("--frequency daily --risk-level medium") << words("--risk-level medium");
    QTest::newRow("bad population") << words("--frequency daily --population -3") << words("--population -3");
    QTest::newRow("bad months") << words("--frequency daily --period-months 0") << words("--period-months");
}

void TestCliSampling::sizeErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, needles);
    VERIFY_ERROR(cli(QStringList{s("sample"), s("size")} + args + QStringList{s("--json")}), 2, needles);
}

void TestCliSampling::frequencySize_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("size");
    QTest::newRow("daily higher") << words("--frequency daily --risk-level higher") << 40;
    QTest::newRow("daily lower") << words("--frequency daily --risk-level lower") << 25;
    QTest::newRow("annual") << words("--frequency annual --risk-level higher") << 1;
    QTest::newRow("automated") << words("--frequency daily --risk-level higher --automated") << 1;
    QTest::newRow("small population") << words("--frequency daily --risk-level higher --population 12") << 12;
    QTest::newRow("six months") << words("--frequency daily --risk-level higher --period-months 6") << 20;
    QTest::newRow("multiple-daily") << words("--frequency multiple-daily --risk-level higher") << 60;
}

void TestCliSampling::frequencySize()
{
    QFETCH(QStringList, args);
    QFETCH(int, size);
    const QJsonObject o = runJson(QStringList{s("sample"), s("size")} + args);
    QCOMPARE(o.value(QStringLiteral("method")).toString(), QStringLiteral("frequency"));
    QCOMPARE(o.value(QStringLiteral("size")), QJsonValue(size));
    QVERIFY(!o.value(QStringLiteral("explanation")).toString().isEmpty());
}

void TestCliSampling::frequencySizeFromWorkpaper()
{
    const QString file = path(QStringLiteral("period.tickmark"));
    QVERIFY(createWorkpaper(file));
    // The workpaper's Type II period is 9 months: 40 × 9/12 = 30.
    const QJsonObject nine = runJson({s("sample"), s("size"), s("--frequency"), s("daily"), s("--file"), file});
    QCOMPARE(nine.value(QStringLiteral("size")), QJsonValue(30));
    QCOMPARE(nine.value(QStringLiteral("period_months")), QJsonValue(9));
    QVERIFY(nine.value(QStringLiteral("explanation")).toString().contains(QStringLiteral("9 months")));
    const QJsonObject year = runJson(
        {s("sample"), s("size"), s("--frequency"), s("daily"), s("--file"), file, s("--period-months"), s("12")});
    QCOMPARE(year.value(QStringLiteral("size")), QJsonValue(40));
    const Run text = cli({s("sample"), s("size"), s("--frequency"), s("daily"), s("--file"), file});
    VERIFY_OK(text);
    QVERIFY2(text.out.startsWith("Sample size 30.\n"), text.out.constData());
    const QString missing = path(QStringLiteral("missing.tickmark"));
    VERIFY_ERROR(cli({s("sample"), s("size"), s("--frequency"), s("daily"), s("--file"), missing}), 1,
                 QStringList{missing});
}

void TestCliSampling::evaluate()
{
    const QJsonObject o = runJson(words("sample evaluate --size 60 --deviations 1 --risk 0.05 --tolerable 0.10"));
    QCOMPARE(o.value(QStringLiteral("upper_deviation_limit")).toDouble(), 0.077);
    QCOMPARE(o.value(QStringLiteral("deviation_rate")).toDouble(), 1.0 / 60.0);
    QCOMPARE(o.value(QStringLiteral("tolerable_rate")).toDouble(), 0.10);
    QVERIFY2(o.value(QStringLiteral("conclusion")).toString().contains(QStringLiteral("does not exceed")),
             qPrintable(o.value(QStringLiteral("conclusion")).toString()));
    const QJsonObject open = runJson(words("sample evaluate --size 60 --deviations 1 --risk 5%"));
    QVERIFY(open.contains(QStringLiteral("tolerable_rate")));
    QVERIFY(open.value(QStringLiteral("tolerable_rate")).isNull());
    QCOMPARE(open.value(QStringLiteral("upper_deviation_limit")).toDouble(), 0.077);
    const QJsonObject exceeds = runJson(words("sample evaluate --size 60 --deviations 3 --risk 0.05 --tolerable 6%"));
    QCOMPARE(exceeds.value(QStringLiteral("upper_deviation_limit")).toDouble(), 0.125);
    QVERIFY(exceeds.value(QStringLiteral("conclusion")).toString().contains(QStringLiteral("does not support")));
    const Run text = cli(words("sample evaluate --size 60 --deviations 1 --risk 0.05 --tolerable 0.10"));
    VERIFY_OK(text);
    QVERIFY2(text.out.contains("7.7%") && text.out.contains("does not exceed"), text.out.constData());
}

void TestCliSampling::evaluateErrors()
{
    VERIFY_ERROR(cli(words("sample evaluate --size 10 --deviations 11 --risk 0.05")), 2, words("deviations 11"));
    VERIFY_ERROR(cli(words("sample evaluate --size 0 --deviations 0 --risk 0.05")), 2, words("--size"));
    VERIFY_ERROR(cli(words("sample evaluate --size 10 --deviations 1 --risk 1")), 2, words("risk"));
    VERIFY_ERROR(cli(words("sample evaluate --deviations 1 --risk 0.05 --json")), 2, words("--size"));
}

void TestCliSampling::populationImport()
{
    const QString file = path(QStringLiteral("import.tickmark"));
    QVERIFY(createWorkpaper(file));
    const QByteArray csv = "Ticket,Summary,Approved by\n"
                           "CHG-1,\"Upgrade database\nwith a line break\",Ana\n"
                           "\n"
                           "CHG-2,\"Rotate keys, quarterly\",Ben\n"
                           "CHG-3,Patch kernel,\n";
    const QString data = write(s("changes.csv"), csv);
    const Run run = cli({s("population"), s("import"), file, data, s("--control"), s("CTL-01"), s("--name"),
                         s("Q1-Q3 changes"), s("--json")});
    PARSE_JSON(run, doc);
    const QJsonObject o = doc.object();
    QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("Q1-Q3 changes"));
    QCOMPARE(o.value(QStringLiteral("rows")), QJsonValue(3));
    QCOMPARE(o.value(QStringLiteral("columns")).toArray(),
             (QJsonArray{QStringLiteral("Ticket"), QStringLiteral("Summary"), QStringLiteral("Approved by")}));
    QCOMPARE(o.value(QStringLiteral("sha256")).toString().toLatin1(), sha256Of(data));
    QCOMPARE(o.value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-8"));
    QCOMPARE(o.value(QStringLiteral("skipped_blank_rows")), QJsonValue(1));
    QVERIFY2(run.err.startsWith("warning: ") && run.err.contains("changes.csv") && run.err.count('\n') == 1,
             run.err.constData());

    const Run list = cli({s("population"), s("list"), file, s("--json")});
    PARSE_JSON(list, listDoc);
    QCOMPARE(listDoc.array().size(), 1);
    const QJsonObject listed = listDoc.array().first().toObject();
    QCOMPARE(listed.value(QStringLiteral("control")).toString(), QStringLiteral("CTL-01"));
    QCOMPARE(listed.value(QStringLiteral("rows")), QJsonValue(3));
    QCOMPARE(listed.value(QStringLiteral("source")).toString(), QStringLiteral("changes.csv"));
    QCOMPARE(listed.value(QStringLiteral("sha256")), o.value(QStringLiteral("sha256")));
    QCOMPARE(listed.value(QStringLiteral("columns")), o.value(QStringLiteral("columns")));

    const QJsonObject shown = runJson(
        {s("population"), s("show"), file, s("--name"), s("Q1-Q3 changes"), s("--from"), s("1"), s("--count"), s("2")});
    const QJsonArray rows = shown.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("row")), QJsonValue(1));
    const QJsonObject first = rows.at(0).toObject().value(QStringLiteral("values")).toObject();
    QCOMPARE(first.value(QStringLiteral("Summary")).toString(), QStringLiteral("Upgrade database\nwith a line break"));
    const QJsonObject second = rows.at(1).toObject();
    QCOMPARE(second.value(QStringLiteral("row")), QJsonValue(2));
    QCOMPARE(second.value(QStringLiteral("values")).toObject().value(QStringLiteral("Summary")).toString(),
             QStringLiteral("Rotate keys, quarterly"));
    VERIFY_ERROR(cli({s("population"), s("show"), file, s("--name"), s("nope")}), 1, QStringList{s("\"nope\"")});
    // --population names it as the sample commands do.
    const QJsonObject same = runJson({s("population"), s("show"), file, s("--population"), s("Q1-Q3 changes"),
                                      s("--from"), s("1"), s("--count"), s("2")});
    QCOMPARE(same, shown);
}

void TestCliSampling::populationImportWindows1252()
{
    const QString file = path(QStringLiteral("cp1252.tickmark"));
    QVERIFY(createWorkpaper(file));
    const QString data = write(s("latin.csv"), "Name;City\nRen\xe9;Z\xfcrich\n");
    const Run run = cli({s("population"), s("import"), file, data, s("--control"), s("CTL-01"), s("--name"), s("latin"),
                         s("--delimiter"), s(";"), s("--json")});
    PARSE_JSON(run, doc);
    QCOMPARE(doc.object().value(QStringLiteral("encoding")).toString(), QStringLiteral("Windows-1252"));
    QVERIFY2(run.err.startsWith("warning: ") && run.err.contains("Windows-1252"), run.err.constData());
    const QJsonObject shown = runJson({s("population"), s("show"), file, s("--name"), s("latin")});
    const QJsonObject values =
        shown.value(QStringLiteral("rows")).toArray().first().toObject().value(QStringLiteral("values")).toObject();
    QCOMPARE(values.value(QStringLiteral("City")).toString(), QStringLiteral("Z\u00fcrich"));
}

// A header and no rows is evidence that the event did not occur (a system report listing no terminations): it is
// stored, and the importer is told what it means for the control.
void TestCliSampling::populationImportEmpty()
{
    const QString file = path(QStringLiteral("empty.tickmark"));
    QVERIFY(createWorkpaper(file));
    const QString data = write(s("none.csv"), "Employee,Terminated on\n");
    const Run run = cli(
        {s("population"), s("import"), file, data, s("--control"), s("CTL-01"), s("--name"), s("none"), s("--json")});
    PARSE_JSON(run, doc);
    QCOMPARE(doc.object().value(QStringLiteral("rows")), QJsonValue(0));
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(run.err.startsWith("warning: none.csv has no data rows: control CTL-01 is concluded as not operated"),
             run.err.constData());
}

void TestCliSampling::populationImportErrors_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("needles");
    const QByteArray good = "a,b\n1,2\n";
    QTest::newRow("unknown control") << words("--control CTL-99 --name p2") << good << 1 << words("CTL-99");
    QTest::newRow("duplicate name") << words("--control CTL-01 --name existing") << good << 1
                                    << QStringList{s("existing"), s("already exists")};
    QTest::newRow("too many fields") << words("--control CTL-01 --name p2") << QByteArray("a,b\n1,2\n3,4,5\n") << 1
                                     << QStringList{s("data.csv"), s("row 2")};
    QTest::newRow("missing file") << words("--control CTL-01 --name p2") << QByteArray() << 1 << words("absent.csv");
    QTest::newRow("missing name") << words("--control CTL-01") << good << 2 << words("--name");
    QTest::newRow("bad delimiter") << words("--control CTL-01 --name p2 --delimiter ab") << good << 2
                                   << words("--delimiter");
    QTest::newRow("sheet on csv") << words("--control CTL-01 --name p2 --sheet One") << good << 2 << words("--sheet");
    QTest::newRow("a PDF") << words("--control CTL-01 --name p2") << QByteArray("%PDF-1.4\n1 0 obj\n") << 1
                           << QStringList{s("data.csv is not a CSV file"), s("PDF")};
}

void TestCliSampling::populationImportErrors()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, csv);
    QFETCH(int, status);
    QFETCH(QStringList, needles);
    const QString file = path(QStringLiteral("errors.tickmark"));
    QVERIFY(createWorkpaper(file));
    const QString imported = importPopulation(file, s("existing"), tickets(3));
    QVERIFY2(imported.isEmpty(), qPrintable(imported));
    const QByteArray before = sha256Of(file);
    const QString data = csv.isEmpty() ? path(s("absent.csv")) : write(s("data.csv"), csv);
    VERIFY_ERROR(cli(QStringList{s("population"), s("import"), file, data, s("--json")} + options), status, needles);
    QCOMPARE(sha256Of(file), before);
    const Run list = cli({s("population"), s("list"), file, s("--json")});
    PARSE_JSON(list, doc);
    QCOMPARE(doc.array().size(), 1);
}

void TestCliSampling::drawWithSeed()
{
    const QString file = path(QStringLiteral("draw.tickmark"));
    QVERIFY(createWorkpaper(file));
    const QString imported = importPopulation(file, s("tickets"), tickets(10));
    QVERIFY2(imported.isEmpty(), qPrintable(imported));
    const QJsonObject o = runJson({s("sample"), s("draw"), file, s("--population"), s("tickets"), s("--size"), s("4"),
                                   s("--seed"), s("42"), s("--basis"), s("Daily control, higher risk")});
    QCOMPARE(itemRows(o), (QList<qint64>{1, 5, 8, 10}));
    QCOMPARE(o.value(QStringLiteral("population")).toString(), QStringLiteral("tickets"));
    QCOMPARE(o.value(QStringLiteral("method")).toString(), QStringLiteral("random"));
    QCOMPARE(o.value(QStringLiteral("seed")).toString(), QStringLiteral("42"));
    QCOMPARE(o.value(QStringLiteral("size")), QJsonValue(4));
    const QJsonArray items = o.value(QStringLiteral("items")).toArray();
    for (const QJsonValue &item : items) {
        const qint64 row = item.toObject().value(QStringLiteral("row")).toInteger();
        const QJsonObject values = item.toObject().value(QStringLiteral("values")).toObject();
        const QJsonObject expected{{QStringLiteral("Ticket"), QStringLiteral("T-%1").arg(row)},
                                   {QStringLiteral("Summary"), QStringLiteral("Change %1").arg(row)},
                                   {QStringLiteral("Amount"), QString::number(row * 10)}};
        QCOMPARE(values, expected);
    }
    const QJsonObject listed = runJson({s("sample"), s("list"), file, s("--population"), s("tickets")});
    QCOMPARE(itemRows(listed), itemRows(o));
    QCOMPARE(listed.value(QStringLiteral("basis")).toString(), QStringLiteral("Daily control, higher risk"));
    QCOMPARE(listed.value(QStringLiteral("drawn_by")).toString(), QStringLiteral("Test User (TU)"));
    QVERIFY(QDateTime::fromString(listed.value(QStringLiteral("drawn_at")).toString(), Qt::ISODate).isValid());
    // With --seed there is no note; the text lists the rows in draw order.
    const Run text = cli(
        {s("sample"), s("draw"), file, s("--population"), s("tickets"), s("--size"), s("10"), s("--seed"), s("42")});
    VERIFY_OK(text);
    QVERIFY(text.err.isEmpty());
    const QJsonObject all = runJson({s("sample"), s("list"), file, s("--population"), s("tickets")});
    QCOMPARE(itemRows(all), (QList<qint64>{1, 5, 8, 10, 4, 9, 6, 2, 3, 7}));
}

void TestCliSampling::drawSystematic()
{
    const QString file = path(QStringLiteral("systematic.tickmark"));
    QVERIFY(createWorkpaper(file));
    const QString imported = importPopulation(file, s("big"), tickets(1000));
    QVERIFY2(imported.isEmpty(), qPrintable(imported));
    const QJsonObject o = runJson({s("sample"), s("draw"), file, s("--population"), s("big"), s("--size"), s("10"),
                                   s("--seed"), s("42"), s("--method"), s("systematic")});
    QCOMPARE(o.value(QStringLiteral("method")).toString(), QStringLiteral("systematic"));
    QCOMPARE(itemRows(o), (QList<qint64>{9, 109, 209, 309, 409, 509, 609, 709, 809, 909}));
    const QJsonObject last = o.value(QStringLiteral("items")).toArray().last().toObject();
    QCOMPARE(last.value(QStringLiteral("values")).toObject().value(QStringLiteral("Ticket")).toString(),
             QStringLiteral("T-909"));
    const QByteArray before = sha256Of(file);
    VERIFY_ERROR(cli({s("sample"), s("extend"), file, s("--population"), s("big"), s("--size"), s("12")}), 1,
                 QStringList{s("systematic")});
    QCOMPARE(sha256Of(file), before);
}

void TestCliSampling::drawWithoutSeed()
{
    const QString file = path(QStringLiteral("seedless.tickmark"));
    QVERIFY(createWorkpaper(file));
    const QString imported = importPopulation(file, s("tickets"), tickets(50));
    QVERIFY2(imported.isEmpty(), qPrintable(imported));
    const QJsonObject o = runJson({s("sample"), s("draw"), file, s("--population"), s("tickets"), s("--size"), s("5")});
    const QString seed = o.value(QStringLiteral("seed")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9]+$")).match(seed).hasMatch(), qPrintable(seed));
    QCOMPARE(itemRows(o).size(), 5);
    const QJsonObject listed = runJson({s("sample"), s("list"), file, s("--population"), s("tickets")});
    QCOMPARE(itemRows(listed), itemRows(o));
    QCOMPARE(listed.value(QStringLiteral("seed")).toString(), seed);
    // Redrawing from the reported seed reperforms the selection.
    const QJsonObject again = runJson(
        {s("sample"), s("draw"), file, s("--population"), s("tickets"), s("--size"), s("5"), s("--seed"), seed});
    QCOMPARE(itemRows(again), itemRows(o));

    const Run text = cli({s("sample"), s("draw"), file, s("--population"), s("tickets"), s("--size"), s("5")});
    VERIFY_OK(text);
    const QRegularExpressionMatch note =
        QRegularExpression(QStringLiteral("^note: seed ([0-9]+) chosen\n$")).match(QString::fromUtf8(text.err));
    QVERIFY2(note.hasMatch(), text.err.constData());
    const QJsonObject stored = runJson({s("sample"), s("list"), file, s("--population"), s("tickets")});
    QCOMPARE(stored.value(QStringLiteral("seed")).toString(), note.captured(1));
}

void TestCliSampling::extend()
{
    const QString file = path(QStringLiteral("extend.tickmark"));
    QVERIFY(createWorkpaper(file));
    const QString imported = importPopulation(file, s("tickets"), tickets(10));
    QVERIFY2(imported.isEmpty(), qPrintable(imported));
    runJson({s("sample"), s("draw"), file, s("--population"), s("tickets"), s("--size"), s("4"), s("--seed"), s("42")});
    const QJsonObject o =
        runJson({s("sample"), s("extend"), file, s("--population"), s("tickets"), s("--size"), s("6")});
    QCOMPARE(itemRows(o), (QList<qint64>{1, 5, 8, 10, 4, 9}));
    QCOMPARE(o.value(QStringLiteral("seed")).toString(), QStringLiteral("42"));
    const QByteArray before = sha256Of(file);
    VERIFY_ERROR(cli({s("sample"), s("extend"), file, s("--population"), s("tickets"), s("--size"), s("6")}), 1,
                 QStringList{s("6")});
    QCOMPARE(sha256Of(file), before);
}

void TestCliSampling::drawErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("needles");
    QTest::newRow("negative seed") << words("draw --population tickets --size 2 --seed -1") << 2 << words("--seed");
    QTest::newRow("text seed") << words("draw --population tickets --size 2 --seed abc") << 2 << words("--seed abc");
    QTest::newRow("seed too large") << words("draw --population tickets --size 2 --seed 18446744073709551616") << 2
                                    << words("--seed 18446744073709551616");
    QTest::newRow("fraction seed") << words("draw --population tickets --size 2 --seed 1.5") << 2 << words("--seed");
    QTest::newRow("spaced seed") << QStringList{s("draw"), s("--population"), s("tickets"), s("--size"),
                                                s("2"),    s("--seed"),       s(" 7")}
                                 << 2 << words("--seed");
    QTest::newRow("bad method") << words("draw --population tickets --size 2 --method stratified") << 2
                                << words("--method stratified");
    QTest::newRow("zero size") << words("draw --population tickets --size 0") << 2 << words("--size");
    QTest::newRow("missing population") << words("draw --size 2") << 2 << words("--population");
    QTest::newRow("size above rows") << words("draw --population tickets --size 11") << 1 << words("tickets");
    QTest::newRow("unknown population") << words("draw --population nope --size 2") << 1 << words("nope");
    QTest::newRow("list without sample") << words("list --population tickets") << 1 << words("tickets");
    QTest::newRow("export without sample") << words("export --population tickets") << 1 << words("tickets");
    QTest::newRow("extend without sample") << words("extend --population tickets --size 3") << 1 << words("tickets");
}

void TestCliSampling::drawErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, status);
    QFETCH(QStringList, needles);
    const QString file = path(QStringLiteral("drawerrors.tickmark"));
    QVERIFY(createWorkpaper(file));
    const QString imported = importPopulation(file, s("tickets"), tickets(10));
    QVERIFY2(imported.isEmpty(), qPrintable(imported));
    const QByteArray before = sha256Of(file);
    QStringList command{s("sample"), args.first(), file};
    if (args.first() == QLatin1String("export"))
        command << path(s("out.xlsx"));
    VERIFY_ERROR(cli(command + args.mid(1)), status, needles);
    QCOMPARE(sha256Of(file), before);
    QVERIFY(!QFile::exists(path(s("out.xlsx"))));
}

void TestCliSampling::exportRequest()
{
    const QString file = path(QStringLiteral("export.tickmark"));
    QVERIFY(createWorkpaper(file));
    const QString imported = importPopulation(file, s("tickets"), tickets(10));
    QVERIFY2(imported.isEmpty(), qPrintable(imported));
    runJson({s("sample"), s("draw"), file, s("--population"), s("tickets"), s("--size"), s("4"), s("--seed"), s("42")});
    const QString out = path(s("request.xlsx"));
    VERIFY_ERROR(cli({s("sample"), s("export"), file, path(s("request.pdf")), s("--population"), s("tickets")}), 2,
                 words(".xlsx"));
    const Run run = cli({s("sample"), s("export"), file, out, s("--population"), s("tickets")});
    VERIFY_OK(run);
    QVERIFY(run.err.isEmpty());
    QFile xlsx(out);
    QVERIFY(xlsx.open(QIODevice::ReadOnly));
    QVERIFY(xlsx.read(2) == "PK");
    xlsx.close();

    const auto table = Tickmark::Core::readXlsxFile(out);
    QVERIFY2(table, table ? "" : qPrintable(table.error().detail));
    const QList<QStringList> &records = table->records;
    qsizetype header = 0;
    while (header < records.size() && records.at(header).value(0) != QLatin1String("Item"))
        ++header;
    QVERIFY2(header < records.size(), "no header row starting with \"Item\"");
    const QStringList expectedHeader{s("Item"),        s("Population row"), s("Ticket"),
                                     s("Summary"),     s("Amount"),         s("Evidence reference"),
                                     s("Provided by"), s("Date provided"),  s("Client comments")};
    QCOMPARE(records.at(header), expectedHeader);
    const QList<int> drawn{1, 5, 8, 10};
    QVERIFY(records.size() >= header + 1 + drawn.size());
    for (int i = 0; i < drawn.size(); ++i) {
        const int row = drawn.at(i);
        const QStringList expected{QString::number(i + 1), QString::number(row), QStringLiteral("T-%1").arg(row),
                                   QStringLiteral("Change %1").arg(row), QString::number(row * 10)};
        QCOMPARE(records.at(header + 1 + i).mid(0, expected.size()), expected);
    }
}

QTEST_GUILESS_MAIN(TestCliSampling)
#include "tst_cli_sampling.moc"
