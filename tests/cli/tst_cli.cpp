// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of tickmark-cli: each runs the built binary in a fresh temporary directory and checks the exit
// status, the single "error: " line on stderr and the JSON on stdout, as promised in CLI.md.
#include "clirunner.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <xlsxwriter.h>

#include <memory>

using namespace Tickmark::Test;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void version();
    void help_data();
    void help();
    void usageErrors_data();
    void usageErrors();
    void newTypeOne();
    void newTypeTwo();
    void newWarnsAboutShortPeriod();
    void newRefusesExistingFile();
    void newRejectsBadOptions_data();
    void newRejectsBadOptions();
    void openErrors();
    void criteriaList_data();
    void criteriaList();
    void controlsImportAndList();
    void controlsImportXlsx();
    void controlsImportReportsOutOfScope();
    void importRejectsUnknownCriterion();
    void importRejectsDuplicateId_data();
    void importRejectsDuplicateId();
    void coverageListsUncoveredFirst();
    void logVerifyOk();
    void logVerifyDetectsTampering_data();
    void logVerifyDetectsTampering();
    void sampleEngagement();
    void actingUser_data();
    void actingUser();
    void badRole();

private:
    Run cli(const QStringList &args, const QStringList &env = {}) const;
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    bool createTypeTwo(const QString &file, const QString &categories = QStringLiteral("availability")) const;
    QString importStandardMatrix(const QString &file) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

const QByteArray kMatrix = "Control ID,Description,Criteria,Frequency,Type,Owner,Notes\n"
                           "CTL-01,Quarterly user access review,CC6.2; CC6.1,quarterly,manual,IT Security,first\n"
                           "CTL-02,\"Backups run nightly, and restores are tested\",A1.2,daily,automated,Operations,\n"
                           "CTL-03,Changes are approved before deployment,CC8.1,ad-hoc,manual,Engineering,\n";

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("config")));
}

void TestCli::cleanup()
{
    m_dir.reset();
}

Run TestCli::cli(const QStringList &args, const QStringList &env) const
{
    return runCli(m_dir->path(), args, env);
}

QString TestCli::writeFile(const QString &name, const QByteArray &bytes) const
{
    return Tickmark::Test::writeFile(path(name), bytes);
}

bool TestCli::createTypeTwo(const QString &file, const QString &categories) const
{
    const Run run =
        cli({QStringLiteral("new"), file, QStringLiteral("--client"), QStringLiteral("Example Cloud Ltd"),
             QStringLiteral("--system"), QStringLiteral("Example Platform"), QStringLiteral("--type"),
             QStringLiteral("2"), QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
             QStringLiteral("2026-09-30"), QStringLiteral("--categories"), categories});
    if (run.status != 0)
        qWarning("new failed: %s", run.err.constData());
    return run.status == 0;
}

// Imports kMatrix into @p file; returns empty on success, else the error.
QString TestCli::importStandardMatrix(const QString &file) const
{
    const QString matrix = writeFile(QStringLiteral("matrix.csv"), kMatrix);
    const Run run = cli({QStringLiteral("controls"), QStringLiteral("import"), file, matrix});
    return run.status == 0 ? QString() : QString::fromUtf8(run.err) + QStringLiteral(" (exit %1)").arg(run.status);
}

void TestCli::version()
{
    const Run run = cli({QStringLiteral("--version")});
    QCOMPARE(run.status, 0);
    QCOMPARE(run.out, QByteArray("tickmark-cli " TICKMARK_VERSION "\n"));
    QCOMPARE(run.out, QByteArray("tickmark-cli 0.1.0\n"));
    QVERIFY(run.err.isEmpty());
}

void TestCli::help_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("global") << QStringList{QStringLiteral("--help")} << QStringLiteral("controls import FILE MATRIX");
    QTest::newRow("new") << QStringList{QStringLiteral("new"), QStringLiteral("--help")} << QStringLiteral("--as-of");
    QTest::newRow("group") << QStringList{QStringLiteral("controls"), QStringLiteral("--help")}
                           << QStringLiteral("controls list FILE");
    QTest::newRow("import") << QStringList{QStringLiteral("controls"), QStringLiteral("import"), QStringLiteral("-h")}
                            << QStringLiteral("MATRIX");
    QTest::newRow("log verify") << QStringList{QStringLiteral("log"), QStringLiteral("verify"),
                                               QStringLiteral("--help")}
                                << QStringLiteral("--json");
}

void TestCli::help()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const Run run = cli(args);
    QCOMPARE(run.status, 0);
    QVERIFY(run.err.isEmpty());
    QVERIFY2(run.out.startsWith("Usage: tickmark-cli"), run.out.constData());
    QVERIFY2(QString::fromUtf8(run.out).contains(mentions), run.out.constData());
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("needles");
    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    QTest::newRow("no command") << QStringList{} << QStringList{s("no command")};
    QTest::newRow("unknown command") << QStringList{s("frobnicate")}
                                     << QStringList{s("unknown command"), s("frobnicate")};
    QTest::newRow("unknown sub-command") << QStringList{s("controls"), s("frob")} << QStringList{s("controls frob")};
    QTest::newRow("missing sub-command") << QStringList{s("log")} << QStringList{s("sub-command"), s("verify")};
    QTest::newRow("unknown global option") << QStringList{s("--bogus")} << QStringList{s("--bogus")};
    QTest::newRow("unknown option") << QStringList{s("info"), s("x.tickmark"), s("--bogus")} << QStringList{s("bogus")};
    QTest::newRow("missing argument") << QStringList{s("info")} << QStringList{s("FILE")};
    QTest::newRow("missing matrix") << QStringList{s("controls"), s("import"), s("x.tickmark")}
                                    << QStringList{s("MATRIX")};
    QTest::newRow("extra argument") << QStringList{s("info"), s("a"), s("b")} << QStringList{s("\"b\"")};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, needles);
    VERIFY_ERROR(cli(args), 2, needles);
}

void TestCli::newTypeOne()
{
    const QString file = path(QStringLiteral("typeone.tickmark"));
    const Run created = cli({QStringLiteral("new"), file, QStringLiteral("--client"), QStringLiteral("Acme Corp"),
                             QStringLiteral("--system"), QStringLiteral("Acme Cloud"), QStringLiteral("--type"),
                             QStringLiteral("1"), QStringLiteral("--as-of"), QStringLiteral("2026-03-31")});
    VERIFY_OK(created);
    QVERIFY(created.err.isEmpty());
    const Run info = cli({QStringLiteral("info"), file, QStringLiteral("--json")});
    PARSE_JSON(info, doc);
    const QJsonObject o = doc.object();
    const QStringList keys{QStringLiteral("as_of"),
                           QStringLiteral("categories"),
                           QStringLiteral("client"),
                           QStringLiteral("controls"),
                           QStringLiteral("evidence_items"),
                           QStringLiteral("exceptions"),
                           QStringLiteral("issued"),
                           QStringLiteral("populations"),
                           QStringLiteral("schema_version"),
                           QStringLiteral("system"),
                           QStringLiteral("type")};
    QCOMPARE(o.keys(), keys);
    QCOMPARE(o.value(QStringLiteral("client")).toString(), QStringLiteral("Acme Corp"));
    QCOMPARE(o.value(QStringLiteral("system")).toString(), QStringLiteral("Acme Cloud"));
    QCOMPARE(o.value(QStringLiteral("type")), QJsonValue(1));
    QCOMPARE(o.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-03-31"));
    QCOMPARE(o.value(QStringLiteral("categories")).toArray(), QJsonArray{QStringLiteral("security")});
    QCOMPARE(o.value(QStringLiteral("schema_version")), QJsonValue(Tickmark::Core::Database::latestSchemaVersion()));
    QCOMPARE(o.value(QStringLiteral("controls")), QJsonValue(0));
    QCOMPARE(o.value(QStringLiteral("evidence_items")), QJsonValue(0));
    QCOMPARE(o.value(QStringLiteral("populations")), QJsonValue(0));
    QCOMPARE(o.value(QStringLiteral("exceptions")), QJsonValue(0));
    QCOMPARE(o.value(QStringLiteral("issued")), QJsonValue(false));

    const Run text = cli({QStringLiteral("info"), file});
    VERIFY_OK(text);
    QVERIFY(text.out.contains("Acme Corp"));
    QVERIFY(text.out.contains("Type I as of 2026-03-31"));
}

void TestCli::newTypeTwo()
{
    const QString file = path(QStringLiteral("typetwo.tickmark"));
    QVERIFY(createTypeTwo(file, QStringLiteral("confidentiality, availability")));
    const Run info = cli({QStringLiteral("info"), QStringLiteral("--json"), file});
    PARSE_JSON(info, doc);
    const QJsonObject o = doc.object();
    QCOMPARE(o.value(QStringLiteral("type")), QJsonValue(2));
    QCOMPARE(o.value(QStringLiteral("from")).toString(), QStringLiteral("2026-01-01"));
    QCOMPARE(o.value(QStringLiteral("to")).toString(), QStringLiteral("2026-09-30"));
    QVERIFY(!o.contains(QStringLiteral("as_of")));
    const QJsonArray categories{QStringLiteral("security"), QStringLiteral("availability"),
                                QStringLiteral("confidentiality")};
    QCOMPARE(o.value(QStringLiteral("categories")).toArray(), categories);
    QCOMPARE(o.value(QStringLiteral("client")).toString(), QStringLiteral("Example Cloud Ltd"));
}

void TestCli::newWarnsAboutShortPeriod()
{
    const QString file = path(QStringLiteral("short.tickmark"));
    const Run run =
        cli({QStringLiteral("new"), file, QStringLiteral("--client=Acme"), QStringLiteral("--system=Cloud"),
             QStringLiteral("--type=2"), QStringLiteral("--from=2026-01-01"), QStringLiteral("--to=2026-02-15")});
    QCOMPARE(run.status, 0);
    QVERIFY2(run.err.startsWith("warning: ") && run.err.contains("shorter than 3 months"), run.err.constData());
    QVERIFY(!run.err.contains("error:"));
    QVERIFY(QFile::exists(file));
}

void TestCli::newRefusesExistingFile()
{
    const QString file = path(QStringLiteral("exists.tickmark"));
    QVERIFY(createTypeTwo(file));
    const QByteArray before = sha256Of(file);
    const Run again = cli({QStringLiteral("new"), file, QStringLiteral("--client"), QStringLiteral("Other"),
                           QStringLiteral("--system"), QStringLiteral("Other"), QStringLiteral("--type"),
                           QStringLiteral("1"), QStringLiteral("--as-of"), QStringLiteral("2026-03-31")});
    VERIFY_ERROR(again, 1, (QStringList{file, QStringLiteral("already exists")}));
    VERIFY_ERROR(cli({QStringLiteral("new"), file, QStringLiteral("--sample")}), 1, QStringList{file});
    QCOMPARE(sha256Of(file), before);
}

void TestCli::newRejectsBadOptions_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("needles");
    const auto l = [](const char *text) { return QString::fromUtf8(text).split(QLatin1Char(' ')); };
    QTest::newRow("bad as-of") << l("--client A --system S --type 1 --as-of 2026-02-30") << l("--as-of 2026-02-30");
    QTest::newRow("as-of not ISO") << l("--client A --system S --type 1 --as-of 31/03/2026") << l("--as-of");
    QTest::newRow("bad from") << l("--client A --system S --type 2 --from 2026-1-1 --to 2026-09-30") << l("--from");
    QTest::newRow("to before from") << l("--client A --system S --type 2 --from 2026-09-30 --to 2026-01-01")
                                    << l("--to");
    QTest::newRow("missing client") << l("--system S --type 1 --as-of 2026-03-31") << l("--client");
    QTest::newRow("missing system") << l("--client A --type 1 --as-of 2026-03-31") << l("--system");
    QTest::newRow("missing type") << l("--client A --system S --as-of 2026-03-31") << l("--type");
    QTest::newRow("missing as-of") << l("--client A --system S --type 1") << l("--as-of");
    QTest::newRow("missing to") << l("--client A --system S --type 2 --from 2026-01-01") << l("--to");
    QTest::newRow("bad type") << l("--client A --system S --type 3 --as-of 2026-03-31") << l("--type \"3\"");
    QTest::newRow("as-of on type 2") << l("--client A --system S --type 2 --as-of 2026-03-31 --from 2026-01-01")
                                     << l("--as-of");
    QTest::newRow("unknown category")
        << l("--client A --system S --type 1 --as-of 2026-03-31 --categories privacy,finance")
        << l("--categories finance");
    QTest::newRow("sample with details") << l("--sample --client A") << l("--sample --client");
    QTest::newRow("missing value") << l("--client A --system S --type 1 --as-of") << l("as-of");
}

void TestCli::newRejectsBadOptions()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, needles);
    const QString file = path(QStringLiteral("rejected.tickmark"));
    VERIFY_ERROR(cli(QStringList{QStringLiteral("new"), file} + options), 2, needles);
    QVERIFY(!QFile::exists(file));
}

void TestCli::openErrors()
{
    const QString missing = path(QStringLiteral("missing.tickmark"));
    VERIFY_ERROR(cli({QStringLiteral("info"), missing}), 1, QStringList{missing});
    const QString text = writeFile(QStringLiteral("notes.txt"), "not a workpaper\n");
    VERIFY_ERROR(cli({QStringLiteral("info"), QStringLiteral("--json"), text}), 1, QStringList{text});
}

void TestCli::criteriaList_data()
{
    QTest::addColumn<QString>("categories");
    QTest::addColumn<int>("count");
    QTest::newRow("security") << QString() << 33;
    QTest::newRow("security+availability") << QStringLiteral("availability") << 36;
    QTest::newRow("all five") << QStringLiteral("security,availability,processing-integrity,confidentiality,privacy")
                              << 61;
}

void TestCli::criteriaList()
{
    QFETCH(QString, categories);
    QFETCH(int, count);
    const QString file = path(QStringLiteral("criteria.tickmark"));
    QVERIFY(createTypeTwo(file, categories));
    const Run run = cli({QStringLiteral("criteria"), QStringLiteral("list"), file, QStringLiteral("--json")});
    PARSE_JSON(run, doc);
    QVERIFY(run.err.isEmpty());
    const QJsonArray list = doc.array();
    QCOMPARE(list.size(), count);
    const QJsonObject first = list.first().toObject();
    QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("CC1.1"));
    QCOMPARE(first.value(QStringLiteral("category")).toString(), QStringLiteral("security"));
    QVERIFY(!first.value(QStringLiteral("title")).toString().isEmpty());
}

void TestCli::controlsImportAndList()
{
    const QString file = path(QStringLiteral("controls.tickmark"));
    QVERIFY(createTypeTwo(file));
    const QString matrix = writeFile(QStringLiteral("matrix.csv"), kMatrix);
    const Run run = cli({QStringLiteral("controls"), QStringLiteral("import"), file, matrix, QStringLiteral("--json")});
    PARSE_JSON(run, doc);
    const QJsonObject expected{{QStringLiteral("imported"), 3},
                               {QStringLiteral("unknown_headers"), QJsonArray{QStringLiteral("Notes")}},
                               {QStringLiteral("encoding"), QStringLiteral("UTF-8")},
                               {QStringLiteral("out_of_scope"), QJsonArray{}}};
    QCOMPARE(doc.object(), expected);
    QVERIFY2(run.err.startsWith("warning: ") && run.err.contains("\"Notes\"") && run.err.count('\n') == 1,
             run.err.constData());

    const Run list = cli({QStringLiteral("controls"), QStringLiteral("list"), file, QStringLiteral("--json")});
    PARSE_JSON(list, controls);
    const QJsonArray array = controls.array();
    QCOMPARE(array.size(), 3);
    const QJsonObject first = array.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("CTL-01"));
    QCOMPARE(first.value(QStringLiteral("description")).toString(), QStringLiteral("Quarterly user access review"));
    QCOMPARE(first.value(QStringLiteral("criteria")).toArray(),
             (QJsonArray{QStringLiteral("CC6.1"), QStringLiteral("CC6.2")}));
    QCOMPARE(first.value(QStringLiteral("frequency")).toString(), QStringLiteral("quarterly"));
    QCOMPARE(first.value(QStringLiteral("type")).toString(), QStringLiteral("manual"));
    QCOMPARE(first.value(QStringLiteral("owner")).toString(), QStringLiteral("IT Security"));
    const QJsonObject second = array.at(1).toObject();
    QCOMPARE(second.value(QStringLiteral("description")).toString(),
             QStringLiteral("Backups run nightly, and restores are tested"));
    QCOMPARE(second.value(QStringLiteral("frequency")).toString(), QStringLiteral("daily"));
    QCOMPARE(second.value(QStringLiteral("type")).toString(), QStringLiteral("automated"));
    QCOMPARE(array.at(2).toObject().value(QStringLiteral("frequency")).toString(), QStringLiteral("ad-hoc"));

    const Run info = cli({QStringLiteral("info"), file, QStringLiteral("--json")});
    PARSE_JSON(info, infoDoc);
    QCOMPARE(infoDoc.object().value(QStringLiteral("controls")), QJsonValue(3));
}

// A workbook is read as a workbook: no "not UTF-8" warning (its text is UTF-8 XML), and the JSON says "XLSX".
void TestCli::controlsImportXlsx()
{
    const QString file = path(QStringLiteral("xlsx.tickmark"));
    QVERIFY(createTypeTwo(file));
    const QString matrix = path(QStringLiteral("matrix.xlsx"));
    lxw_workbook *book = workbook_new(QFile::encodeName(matrix).constData());
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Controls");
    const char *rows[][3] = {{"Control ID", "Description", "Criteria"},
                             {"X-1", "Firewall rules are reviewed", "CC6.6"},
                             {"X-2", "Backups are tested", "A1.2"}};
    for (lxw_row_t r = 0; r < 3; ++r) {
        for (lxw_col_t c = 0; c < 3; ++c)
            worksheet_write_string(sheet, r, c, rows[r][c], nullptr);
    }
    QCOMPARE(workbook_close(book), LXW_NO_ERROR);
    const Run run = cli({QStringLiteral("controls"), QStringLiteral("import"), file, matrix, QStringLiteral("--json")});
    PARSE_JSON(run, doc);
    QCOMPARE(doc.object().value(QStringLiteral("imported")), QJsonValue(2));
    QCOMPARE(doc.object().value(QStringLiteral("encoding")), QJsonValue(QStringLiteral("XLSX")));
    QVERIFY2(run.err.isEmpty(), run.err.constData());
}

// In a Security-only engagement A1.2 is out of scope: the control is imported with its mapping, and the importer is
// told (a warning line per mapping, and "out_of_scope" in the JSON); coverage lists only in-scope criteria.
void TestCli::controlsImportReportsOutOfScope()
{
    const QString file = path(QStringLiteral("security.tickmark"));
    QVERIFY(createTypeTwo(file, QStringLiteral("security")));
    const QString matrix = writeFile(QStringLiteral("matrix.csv"), kMatrix);
    const Run run = cli({QStringLiteral("controls"), QStringLiteral("import"), file, matrix, QStringLiteral("--json")});
    PARSE_JSON(run, doc);
    QCOMPARE(doc.object().value(QStringLiteral("imported")), QJsonValue(3));
    const QJsonArray expected{QJsonObject{{QStringLiteral("control"), QStringLiteral("CTL-02")},
                                          {QStringLiteral("criterion"), QStringLiteral("A1.2")}}};
    QCOMPARE(doc.object().value(QStringLiteral("out_of_scope")).toArray(), expected);
    const QList<QByteArray> lines = run.err.trimmed().split('\n');
    QCOMPARE(lines.size(), 2); // the unknown "Notes" column, then the mapping
    QVERIFY2(lines.at(1).startsWith("warning: matrix.csv: control CTL-02 maps to A1.2, which is not in the engagement's"
                                    " scope"),
             run.err.constData());
    const Run list = cli({QStringLiteral("controls"), QStringLiteral("list"), file, QStringLiteral("--json")});
    PARSE_JSON(list, controls);
    QCOMPARE(controls.array().at(1).toObject().value(QStringLiteral("criteria")).toArray(),
             QJsonArray{QStringLiteral("A1.2")});
}

void TestCli::importRejectsUnknownCriterion()
{
    const QString file = path(QStringLiteral("unknown.tickmark"));
    QVERIFY(createTypeTwo(file));
    const QByteArray before = sha256Of(file);
    const QString matrix = writeFile(QStringLiteral("bad.csv"), "control id,description,criteria\n"
                                                                "CTL-01,Fine,CC6.1\n"
                                                                "CTL-02,Maps to nothing,CC6.1;CC9.9\n");
    const Run run = cli({QStringLiteral("controls"), QStringLiteral("import"), file, matrix, QStringLiteral("--json")});
    VERIFY_ERROR(run, 1, (QStringList{QStringLiteral("bad.csv"), QStringLiteral("row 2"), QStringLiteral("CC9.9")}));
    QCOMPARE(sha256Of(file), before);
    const Run list = cli({QStringLiteral("controls"), QStringLiteral("list"), file, QStringLiteral("--json")});
    PARSE_JSON(list, doc);
    QVERIFY(doc.array().isEmpty());
}

void TestCli::importRejectsDuplicateId_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("needles");
    QTest::newRow("twice in the matrix") << QByteArray("control id,description,criteria\n"
                                                       "CTL-10,One,CC6.1\nCTL-11,Two,CC6.2\nCTL-10,Again,CC6.3\n")
                                         << QStringList{QStringLiteral("row 3"), QStringLiteral("CTL-10")};
    QTest::newRow("already in the workpaper")
        << QByteArray("control id,description,criteria\nCTL-20,New,CC6.1\nCTL-02,Clash,CC6.1\n")
        << QStringList{QStringLiteral("row 2"), QStringLiteral("CTL-02"), QStringLiteral("already exists")};
}

void TestCli::importRejectsDuplicateId()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, needles);
    const QString file = path(QStringLiteral("duplicate.tickmark"));
    QVERIFY(createTypeTwo(file));
    const QString imported = importStandardMatrix(file);
    QVERIFY2(imported.isEmpty(), qPrintable(imported));
    const QByteArray before = sha256Of(file);
    const QString matrix = writeFile(QStringLiteral("dup.csv"), csv);
    VERIFY_ERROR(cli({QStringLiteral("controls"), QStringLiteral("import"), file, matrix}), 1, needles);
    QCOMPARE(sha256Of(file), before);
    const Run list = cli({QStringLiteral("controls"), QStringLiteral("list"), file, QStringLiteral("--json")});
    PARSE_JSON(list, doc);
    QCOMPARE(doc.array().size(), 3);
}

void TestCli::coverageListsUncoveredFirst()
{
    const QString file = path(QStringLiteral("coverage.tickmark"));
    QVERIFY(createTypeTwo(file));
    const QString imported = importStandardMatrix(file);
    QVERIFY2(imported.isEmpty(), qPrintable(imported));
    const Run run = cli({QStringLiteral("coverage"), file, QStringLiteral("--json")});
    PARSE_JSON(run, doc);
    const QJsonArray rows = doc.array();
    QCOMPARE(rows.size(), 36);
    qsizetype firstCovered = -1;
    QHash<QString, QJsonArray> covered;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        QVERIFY(!row.value(QStringLiteral("title")).toString().isEmpty());
        const QJsonArray controls = row.value(QStringLiteral("controls")).toArray();
        if (controls.isEmpty()) {
            QVERIFY2(firstCovered < 0, "an uncovered criterion follows a covered one");
            continue;
        }
        if (firstCovered < 0)
            firstCovered = i;
        covered.insert(row.value(QStringLiteral("criterion")).toString(), controls);
    }
    QCOMPARE(firstCovered, 32);
    QCOMPARE(covered.size(), 4);
    QCOMPARE(covered.value(QStringLiteral("CC6.1")), QJsonArray{QStringLiteral("CTL-01")});
    QCOMPARE(covered.value(QStringLiteral("A1.2")), QJsonArray{QStringLiteral("CTL-02")});
    QCOMPARE(covered.value(QStringLiteral("CC8.1")), QJsonArray{QStringLiteral("CTL-03")});
    QCOMPARE(rows.first().toObject().value(QStringLiteral("criterion")).toString(), QStringLiteral("CC1.1"));
}

void TestCli::logVerifyOk()
{
    const QString file = path(QStringLiteral("log.tickmark"));
    QVERIFY(createTypeTwo(file));
    const QString imported = importStandardMatrix(file);
    QVERIFY2(imported.isEmpty(), qPrintable(imported));
    const Run run = cli({QStringLiteral("log"), QStringLiteral("verify"), file, QStringLiteral("--json")});
    PARSE_JSON(run, doc);
    QVERIFY(run.err.isEmpty());
    const QJsonObject expected{{QStringLiteral("ok"), true},
                               {QStringLiteral("events"), 2},
                               {QStringLiteral("first_broken"), QJsonValue()},
                               {QStringLiteral("problem"), QJsonValue()}};
    QCOMPARE(doc.object(), expected);
    const Run text = cli({QStringLiteral("log"), QStringLiteral("verify"), file});
    VERIFY_OK(text);
    QVERIFY(text.err.isEmpty());
}

void TestCli::logVerifyDetectsTampering_data()
{
    QTest::addColumn<int>("seq");
    QTest::newRow("first event") << 1;
    QTest::newRow("second event") << 2;
}

void TestCli::logVerifyDetectsTampering()
{
    QFETCH(int, seq);
    const QString file = path(QStringLiteral("tamper.tickmark"));
    QVERIFY(createTypeTwo(file));
    const QString imported = importStandardMatrix(file);
    QVERIFY2(imported.isEmpty(), qPrintable(imported));
    {
        // What someone with an SQLite shell could do: remove the guard and rewrite history.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("DROP TRIGGER audit_event_no_update")), qPrintable(q.lastError().text()));
        q.prepare(QStringLiteral("UPDATE audit_event SET summary = '{\"after\":{\"count\":99}}' WHERE seq = ?"));
        q.addBindValue(seq);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), 1);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));

    const QString line = QStringLiteral("error: audit trail broken at event %1: ").arg(seq);
    const Run text = cli({QStringLiteral("log"), QStringLiteral("verify"), file});
    VERIFY_ERROR(text, 1, QStringList{line});
    QVERIFY2(text.err.startsWith(line.toUtf8()), text.err.constData());

    const Run json = cli({QStringLiteral("log"), QStringLiteral("verify"), file, QStringLiteral("--json")});
    QCOMPARE(json.status, 1);
    QVERIFY2(json.err.startsWith(line.toUtf8()) && json.err.count('\n') == 1, json.err.constData());
    QJsonDocument doc;
    const QString problem = jsonProblem(json, doc);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QJsonObject o = doc.object();
    QCOMPARE(o.value(QStringLiteral("ok")), QJsonValue(false));
    QCOMPARE(o.value(QStringLiteral("first_broken")), QJsonValue(seq));
    QCOMPARE(o.value(QStringLiteral("events")), QJsonValue(seq - 1));
    QVERIFY(o.value(QStringLiteral("problem")).toString().contains(QStringLiteral("event %1").arg(seq)));
}

void TestCli::sampleEngagement()
{
    const QString file = path(QStringLiteral("sample.tickmark"));
    const Run created = cli({QStringLiteral("new"), file, QStringLiteral("--sample")});
    VERIFY_OK(created);
    QVERIFY(created.err.isEmpty());
    const Run info = cli({QStringLiteral("info"), file, QStringLiteral("--json")});
    PARSE_JSON(info, doc);
    QCOMPARE(doc.object().value(QStringLiteral("controls")), QJsonValue(47));
    QCOMPARE(doc.object().value(QStringLiteral("type")), QJsonValue(2));
    const Run coverage = cli({QStringLiteral("coverage"), file, QStringLiteral("--json")});
    PARSE_JSON(coverage, rows);
    QVERIFY(!rows.array().isEmpty());
    for (const QJsonValue &row : rows.array()) {
        QVERIFY2(!row.toObject().value(QStringLiteral("controls")).toArray().isEmpty(),
                 qPrintable(row.toObject().value(QStringLiteral("criterion")).toString()));
    }
    const Run verify = cli({QStringLiteral("log"), QStringLiteral("verify"), file});
    VERIFY_OK(verify);
}

void TestCli::actingUser_data()
{
    QTest::addColumn<QStringList>("globals"); // options before the command
    QTest::addColumn<QStringList>("options"); // options after it
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QByteArray>("settings");
    QTest::addColumn<QStringList>("expected"); // name, initials, role
    const QByteArray settings = "[identity]\nname=Sam Settings\ninitials=ss\nrole=reviewer\n";
    QTest::newRow("--user and --role") << QStringList{}
                                       << QStringList{QStringLiteral("--user"), QStringLiteral("Alice Auditor (AA)"),
                                                      QStringLiteral("--role"), QStringLiteral("partner")}
                                       << QStringList{} << settings
                                       << QStringList{QStringLiteral("Alice Auditor"), QStringLiteral("AA"),
                                                      QStringLiteral("partner")};
    QTest::newRow("global options first")
        << QStringList{QStringLiteral("--user=Gil Global (GG)"), QStringLiteral("--role"), QStringLiteral("reviewer")}
        << QStringList{} << QStringList{} << QByteArray()
        << QStringList{QStringLiteral("Gil Global"), QStringLiteral("GG"), QStringLiteral("reviewer")};
    QTest::newRow("environment") << QStringList{} << QStringList{}
                                 << QStringList{QStringLiteral("TICKMARK_USER=Erin Env (EE)"),
                                                QStringLiteral("TICKMARK_ROLE=reviewer")}
                                 << settings
                                 << QStringList{QStringLiteral("Erin Env"), QStringLiteral("EE"),
                                                QStringLiteral("reviewer")};
    QTest::newRow("settings") << QStringList{} << QStringList{}
                              << QStringList{QStringLiteral("-TICKMARK_USER"), QStringLiteral("-TICKMARK_ROLE")}
                              << settings
                              << QStringList{QStringLiteral("Sam Settings"), QStringLiteral("SS"),
                                             QStringLiteral("reviewer")};
    QTest::newRow("system user") << QStringList{} << QStringList{}
                                 << QStringList{QStringLiteral("-TICKMARK_USER"), QStringLiteral("-TICKMARK_ROLE"),
                                                QStringLiteral("USER=jdoe")}
                                 << QByteArray()
                                 << QStringList{QStringLiteral("jdoe"), QStringLiteral("J"),
                                                QStringLiteral("preparer")};
}

void TestCli::actingUser()
{
    QFETCH(QStringList, globals);
    QFETCH(QStringList, options);
    QFETCH(QStringList, env);
    QFETCH(QByteArray, settings);
    QFETCH(QStringList, expected);
    if (!settings.isEmpty()) {
        QVERIFY(QDir(path(QStringLiteral("config"))).mkpath(QStringLiteral("Tickmark")));
        QVERIFY(!writeFile(QStringLiteral("config/Tickmark/Tickmark.conf"), settings).isEmpty());
    }
    const QString file = path(QStringLiteral("actor.tickmark"));
    const QStringList args = globals + QStringList{QStringLiteral("new"),      file,
                                                   QStringLiteral("--client"), QStringLiteral("A"),
                                                   QStringLiteral("--system"), QStringLiteral("S"),
                                                   QStringLiteral("--type"),   QStringLiteral("1"),
                                                   QStringLiteral("--as-of"),  QStringLiteral("2026-03-31")} +
                             options;
    VERIFY_OK(cli(args, env));
    const Run log = cli({QStringLiteral("log"), QStringLiteral("list"), file, QStringLiteral("--json")});
    PARSE_JSON(log, doc);
    QCOMPARE(doc.array().size(), 1);
    const QJsonObject event = doc.array().first().toObject();
    QCOMPARE(event.value(QStringLiteral("user")).toString(), expected.at(0));
    QCOMPARE(event.value(QStringLiteral("initials")).toString(), expected.at(1));
    QCOMPARE(event.value(QStringLiteral("role")).toString(), expected.at(2));
    QCOMPARE(event.value(QStringLiteral("action")).toString(), QStringLiteral("create"));
}

void TestCli::badRole()
{
    const QString file = path(QStringLiteral("role.tickmark"));
    QVERIFY(createTypeTwo(file));
    VERIFY_ERROR(cli({QStringLiteral("info"), file, QStringLiteral("--role"), QStringLiteral("boss")}), 2,
                 (QStringList{QStringLiteral("--role"), QStringLiteral("boss")}));
    VERIFY_ERROR(cli({QStringLiteral("info"), file}, {QStringLiteral("TICKMARK_ROLE=intern")}), 2,
                 (QStringList{QStringLiteral("TICKMARK_ROLE"), QStringLiteral("intern")}));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
