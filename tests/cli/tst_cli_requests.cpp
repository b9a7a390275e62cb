// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of the request (PBC list) commands and of evidence search and link: request add/list/status/
// export, an import answering a request, an unknown request refused, search JSON after import, link/unlink and
// the new evidence list fields.
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <memory>

using namespace Tickmark::Test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestCliRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void help();
    void addListStatus();
    void addErrors();
    void exportCsvAndXlsx();
    void importAnswersRequest();
    void searchAndLink();
    void importWithoutIndexingThenSearch();

private:
    Run cli(const QStringList &args) const { return runCli(m_dir->path(), args); }
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString write(const QString &name, const QByteArray &bytes) const { return writeFile(path(name), bytes); }
    bool createWorkpaper(const QString &file) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliRequests::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkpath(s("config")));
}

void TestCliRequests::cleanup()
{
    m_dir.reset();
}

bool TestCliRequests::createWorkpaper(const QString &file) const
{
    const Run created = cli({s("new"), file, s("--client"), s("Example Cloud Ltd"), s("--system"), s("Platform"),
                             s("--type"), s("2"), s("--from"), s("2026-01-01"), s("--to"), s("2026-09-30")});
    if (created.status != 0)
        qWarning("setup failed: %s", created.err.constData());
    const QString controls = writeFile(m_dir->filePath(s("controls.csv")),
                                       "id,description,criteria\nCTL-01,Access reviews,CC6.1\nCTL-02,Backups,A1.2\n");
    const Run imported = cli({s("controls"), s("import"), file, controls});
    if (imported.status != 0)
        qWarning("controls import failed: %s", imported.err.constData());
    return created.status == 0 && imported.status == 0;
}

void TestCliRequests::help()
{
    const Run group = cli({s("request"), s("--help")});
    QCOMPARE(group.status, 0);
    for (const char *line : {"request add FILE", "request list FILE", "request status FILE", "request export FILE OUTFILE"})
        QVERIFY2(group.out.contains(line), line);
    const Run evidence = cli({s("evidence"), s("--help")});
    for (const char *line : {"evidence search FILE QUERY", "evidence link FILE"})
        QVERIFY2(evidence.out.contains(line), line);
}

void TestCliRequests::addListStatus()
{
    const QString wp = path(s("r.tickmark"));
    QVERIFY(createWorkpaper(wp));
    const Run added = cli({s("request"), s("add"), wp, s("--description"), s("Quarterly access reviews"),
                           s("--control"), s("CTL-01"), s("--control"), s("CTL-02"), s("--owner"), s("Jane"),
                           s("--due"), s("2026-01-15"), s("--json")});
    PARSE_JSON(added, addedDoc);
    QCOMPARE(addedDoc.object().value(s("ref")).toString(), s("R-001"));
    const Run second = cli({s("request"), s("add"), wp, s("--description"), s("Backup logs"), s("--ref"), s("B-1")});
    VERIFY_OK(second);
    QVERIFY(second.out.contains("B-1"));

    VERIFY_OK(cli({s("request"), s("status"), wp, s("--ref"), s("B-1"), s("--status"), s("rejected"), s("--note"),
                   s("wrong month")}));
    const Run listed = cli({s("request"), s("list"), wp, s("--json")});
    PARSE_JSON(listed, doc);
    const QJsonArray list = doc.array();
    QCOMPARE(list.size(), 2);
    const QJsonObject b = list.at(0).toObject();
    const QJsonObject r = list.at(1).toObject();
    QCOMPARE(b.value(s("ref")).toString(), s("B-1"));
    QCOMPARE(b.value(s("status")).toString(), s("rejected"));
    QVERIFY(b.value(s("due")).isNull());
    QCOMPARE(b.value(s("overdue")).toBool(), false);
    const QJsonArray history = b.value(s("history")).toArray();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(1).toObject().value(s("status")).toString(), s("rejected"));
    QCOMPARE(history.at(1).toObject().value(s("note")).toString(), s("wrong month"));
    QCOMPARE(history.at(1).toObject().value(s("by")).toString(), s("Test User (TU)"));
    QCOMPARE(r.value(s("controls")).toArray(), (QJsonArray{s("CTL-01"), s("CTL-02")}));
    QCOMPARE(r.value(s("owner")).toString(), s("Jane"));
    QCOMPARE(r.value(s("due")).toString(), s("2026-01-15"));
    QCOMPARE(r.value(s("overdue")).toBool(), true); // open, due in the past
    const Run text = cli({s("request"), s("list"), wp});
    VERIFY_OK(text);
    QVERIFY(text.out.contains("R-001 | open | Quarterly access reviews"));
    QVERIFY(text.out.contains("OVERDUE"));
}

void TestCliRequests::addErrors()
{
    const QString wp = path(s("r.tickmark"));
    QVERIFY(createWorkpaper(wp));
    VERIFY_ERROR(cli({s("request"), s("add"), wp}), 2, QStringList{s("--description")});
    VERIFY_ERROR(cli({s("request"), s("add"), wp, s("--description"), s("x"), s("--due"), s("15/01/2026")}), 2,
                 QStringList{s("15/01/2026")});
    VERIFY_ERROR(cli({s("request"), s("add"), wp, s("--description"), s("x"), s("--control"), s("CTL-99")}), 1,
                 QStringList{s("CTL-99")});
    VERIFY_OK(cli({s("request"), s("add"), wp, s("--description"), s("x")}));
    VERIFY_ERROR(cli({s("request"), s("add"), wp, s("--description"), s("y"), s("--ref"), s("R-001")}), 1,
                 (QStringList{s("R-001"), s("already exists")}));
    VERIFY_ERROR(cli({s("request"), s("status"), wp, s("--ref"), s("R-001"), s("--status"), s("done")}), 2,
                 QStringList{s("done")});
    VERIFY_ERROR(cli({s("request"), s("status"), wp, s("--ref"), s("R-404"), s("--status"), s("accepted")}), 1,
                 QStringList{s("R-404")});
}

void TestCliRequests::exportCsvAndXlsx()
{
    const QString wp = path(s("r.tickmark"));
    QVERIFY(createWorkpaper(wp));
    VERIFY_OK(cli({s("request"), s("add"), wp, s("--description"), s("Logs, \"all\" of them"), s("--control"),
                   s("CTL-02")}));
    const QString csv = path(s("list.csv"));
    VERIFY_OK(cli({s("request"), s("export"), wp, csv}));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.contains("R-001,\"Logs, \"\"all\"\" of them\",CTL-02,,,open,,,\r\n"));
    const QString xlsx = path(s("list.xlsx"));
    VERIFY_OK(cli({s("request"), s("export"), wp, xlsx}));
    QFile x(xlsx);
    QVERIFY(x.open(QIODevice::ReadOnly));
    QVERIFY(x.read(2) == "PK");
    VERIFY_ERROR(cli({s("request"), s("export"), wp, path(s("list.txt"))}), 1, QStringList{s(".xlsx or .csv")});
}

void TestCliRequests::importAnswersRequest()
{
    const QString wp = path(s("r.tickmark"));
    QVERIFY(createWorkpaper(wp));
    VERIFY_OK(cli({s("request"), s("add"), wp, s("--description"), s("Access review"), s("--ref"), s("PBC-1")}));
    const QString file = write(s("review.txt"), "Access review Q1 signed off\n");
    VERIFY_ERROR(cli({s("evidence"), s("import"), wp, file, s("--request"), s("PBC-9")}), 1,
                 (QStringList{s("PBC-9"), s("does not exist")}));
    const Run none = cli({s("evidence"), s("list"), wp, s("--json")});
    PARSE_JSON(none, noneDoc);
    QVERIFY(noneDoc.array().isEmpty());

    VERIFY_OK(cli({s("evidence"), s("import"), wp, file, s("--request"), s("PBC-1")}));
    const Run listed = cli({s("request"), s("list"), wp, s("--json")});
    PARSE_JSON(listed, doc);
    const QJsonObject r = doc.array().at(0).toObject();
    QCOMPARE(r.value(s("status")).toString(), s("received"));
    QCOMPARE(r.value(s("packages")).toArray(), QJsonArray{s("review.txt")});
    const Run items = cli({s("evidence"), s("list"), wp, s("--json")});
    PARSE_JSON(items, itemsDoc);
    QCOMPARE(itemsDoc.array().at(0).toObject().value(s("request")).toString(), s("PBC-1"));
}

void TestCliRequests::searchAndLink()
{
    const QString wp = path(s("r.tickmark"));
    QVERIFY(createWorkpaper(wp));
    QVERIFY(QDir(m_dir->path()).mkpath(s("pack")));
    write(s("pack/policy.txt"), "Firewall changes need approval by the CISO.\n");
    write(s("pack/users.csv"), "user,role\nalice,firewall-admin\n");
    VERIFY_OK(cli({s("evidence"), s("import"), wp, path(s("pack"))}));

    const Run found = cli({s("evidence"), s("search"), wp, s("firewall"), s("--json")});
    PARSE_JSON(found, doc);
    const QJsonArray hits = doc.array();
    QCOMPARE(hits.size(), 2);
    QStringList paths;
    for (const QJsonValue &hit : hits) {
        const QJsonObject o = hit.toObject();
        QCOMPARE(o.value(s("package")).toString(), s("pack"));
        QCOMPARE(o.value(s("sha256")).toString().size(), 64);
        QVERIFY2(o.value(s("snippet")).toString().contains(s("[")), qPrintable(o.value(s("snippet")).toString()));
        paths << o.value(s("path")).toString();
    }
    paths.sort();
    QCOMPARE(paths, (QStringList{s("policy.txt"), s("users.csv")}));
    const Run text = cli({s("evidence"), s("search"), wp, s("CISO approval")});
    VERIFY_OK(text);
    QVERIFY2(text.out.contains("pack/policy.txt") && text.out.contains("[approval]"), text.out.constData());
    VERIFY_ERROR(cli({s("evidence"), s("search"), wp, s("AND (")}), 1, QStringList{s("not valid")});

    const QString sha = hits.at(0).toObject().value(s("sha256")).toString();
    const QString linkedPath = hits.at(0).toObject().value(s("path")).toString();
    VERIFY_OK(cli({s("evidence"), s("link"), wp, s("--control"), s("CTL-01"), s("--sha256"), sha}));
    Run listed = cli({s("evidence"), s("list"), wp, s("--json")});
    PARSE_JSON(listed, listDoc);
    for (const QJsonValue &v : listDoc.array()) {
        const QJsonObject item = v.toObject();
        const bool isLinked = item.value(s("path")).toString() == linkedPath;
        QCOMPARE(item.value(s("controls")).toArray(), isLinked ? QJsonArray{s("CTL-01")} : QJsonArray{});
        QVERIFY(item.value(s("effective_date")).isNull()); // a folder has no archive times
        QCOMPARE(item.value(s("out_of_period")).toBool(), false);
        QVERIFY(item.value(s("request")).isNull());
    }
    VERIFY_ERROR(cli({s("evidence"), s("link"), wp, s("--control"), s("CTL-01"), s("--sha256"), sha}), 1,
                 QStringList{s("already linked")});
    VERIFY_ERROR(cli({s("evidence"), s("link"), wp, s("--control"), s("CTL-77"), s("--sha256"), sha}), 1,
                 QStringList{s("CTL-77")});
    VERIFY_ERROR(cli({s("evidence"), s("link"), wp, s("--control"), s("CTL-01"), s("--sha256"), s("abc")}), 2,
                 QStringList{s("abc")});
    VERIFY_OK(cli({s("evidence"), s("link"), wp, s("--control"), s("CTL-01"), s("--sha256"), sha, s("--unlink")}));
    listed = cli({s("evidence"), s("list"), wp, s("--json")});
    PARSE_JSON(listed, afterDoc);
    for (const QJsonValue &v : afterDoc.array())
        QVERIFY(v.toObject().value(s("controls")).toArray().isEmpty());
    const Run log = cli({s("log"), s("list"), wp, s("--json")});
    VERIFY_OK(log);
    QVERIFY(log.out.contains(QStringLiteral("evidence:%1").arg(sha).toLatin1()));
}

// Counts the "index-text" events on the object "evidence" in the audit trail.
int indexEvents(const Run &log)
{
    const QJsonArray events = QJsonDocument::fromJson(log.out).array();
    return int(std::count_if(events.cbegin(), events.cend(), [](const QJsonValue &v) {
        return v.toObject().value(QStringLiteral("action")).toString() == QLatin1String("index-text");
    }));
}

void TestCliRequests::importWithoutIndexingThenSearch()
{
    const QString wp = path(s("n.tickmark"));
    QVERIFY(createWorkpaper(wp));
    QVERIFY(QDir(m_dir->path()).mkpath(s("logs")));
    write(s("logs/access.csv"), "at,user,event\n2026-03-01,alice,rotated key\n");
    VERIFY_OK(cli({s("evidence"), s("import"), wp, path(s("logs")), s("--no-index")}));
    const Run before = cli({s("log"), s("list"), wp, s("--object"), s("evidence"), s("--json")});
    VERIFY_OK(before);
    QCOMPARE(indexEvents(before), 0);
    // The first search indexes what the import left out, then finds it.
    const Run found = cli({s("evidence"), s("search"), wp, s("rotated"), s("--json")});
    PARSE_JSON(found, doc);
    QCOMPARE(doc.array().size(), 1);
    QCOMPARE(doc.array().at(0).toObject().value(s("path")).toString(), s("access.csv"));
    const Run after = cli({s("log"), s("list"), wp, s("--object"), s("evidence"), s("--json")});
    VERIFY_OK(after);
    QCOMPARE(indexEvents(after), 1);
}

QTEST_GUILESS_MAIN(TestCliRequests)
#include "tst_cli_requests.moc"
