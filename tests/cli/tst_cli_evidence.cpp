// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of the evidence commands of tickmark-cli: import a single file and a folder, list, export
// byte-identical, verify; a refused import stores nothing and is recorded as "refused" in the audit trail.
#include "clirunner.h"

#include <QDir>
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

class TestCliEvidence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void help();
    void importListExportVerify();
    void importFolder();
    void refusedEmptyFile();
    void exportErrors();

private:
    Run cli(const QStringList &args) const { return runCli(m_dir->path(), args); }
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString write(const QString &name, const QByteArray &bytes) const { return writeFile(path(name), bytes); }
    bool createWorkpaper(const QString &file) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliEvidence::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("config")));
}

void TestCliEvidence::cleanup()
{
    m_dir.reset();
}

bool TestCliEvidence::createWorkpaper(const QString &file) const
{
    const Run created = cli({s("new"), file, s("--client"), s("Example Cloud Ltd"), s("--system"), s("Platform"),
                             s("--type"), s("2"), s("--from"), s("2026-01-01"), s("--to"), s("2026-09-30")});
    if (created.status != 0)
        qWarning("setup failed: %s", created.err.constData());
    return created.status == 0;
}

void TestCliEvidence::help()
{
    const Run group = cli({s("evidence"), s("--help")});
    QCOMPARE(group.status, 0);
    for (const char *line : {"evidence import FILE PACKAGE", "evidence list FILE", "evidence export FILE SHA256 OUTFILE",
                             "evidence verify FILE"})
        QVERIFY2(group.out.contains(line), line);
}

void TestCliEvidence::importListExportVerify()
{
    const QString wp = path(s("e.tickmark"));
    QVERIFY(createWorkpaper(wp));
    const QByteArray text = "Change ticket CHG-1042 approved by J. Smith on 2026-03-04.\n";
    const QString file = write(s("approval.txt"), text);
    const QByteArray expected = sha256Of(file);
    QCOMPARE(expected.size(), 64);

    // A package can only answer a request on the request list.
    VERIFY_OK(cli({s("request"), s("add"), wp, s("--ref"), s("PBC-7"), s("--description"), s("Change approvals")}));
    const Run imported = cli({s("evidence"), s("import"), wp, file, s("--request"), s("PBC-7"), s("--json")});
    PARSE_JSON(imported, importDoc);
    QVERIFY2(imported.err.isEmpty(), imported.err.constData());
    const QJsonObject result = importDoc.object();
    QCOMPARE(result.value(s("package")).toString(), s("approval.txt"));
    QCOMPARE(result.value(s("request")).toString(), s("PBC-7"));
    QCOMPARE(result.value(s("files")).toInteger(), 1);
    QCOMPARE(result.value(s("bytes")).toInteger(), text.size());
    QVERIFY(result.value(s("skipped")).toArray().isEmpty());
    QCOMPARE(result.value(s("sha256")).toString().size(), 64);
    const QJsonArray items = result.value(s("items")).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).toObject().value(s("sha256")).toString().toLatin1(), expected);
    QCOMPARE(items.at(0).toObject().value(s("size")).toInteger(), text.size());
    QVERIFY(items.at(0).toObject().value(s("media_type")).toString().startsWith(s("text/")));

    const Run listed = cli({s("evidence"), s("list"), wp, s("--json")});
    PARSE_JSON(listed, listDoc);
    const QJsonArray list = listDoc.array();
    QCOMPARE(list.size(), 1);
    const QJsonObject item = list.at(0).toObject();
    QCOMPARE(item.value(s("package")).toString(), s("approval.txt"));
    QCOMPARE(item.value(s("sha256")).toString().toLatin1(), expected);
    QCOMPARE(item.value(s("size")).toInteger(), text.size());
    QVERIFY(item.contains(s("path")));
    QVERIFY(item.contains(s("media_type")));

    const QString out = path(s("exported.txt"));
    VERIFY_OK(cli({s("evidence"), s("export"), wp, QString::fromLatin1(expected), out}));
    QCOMPARE(sha256Of(out), expected);

    const Run verified = cli({s("evidence"), s("verify"), wp, s("--json")});
    PARSE_JSON(verified, verifyDoc);
    QCOMPARE(verifyDoc.object().value(s("ok")).toBool(), true);
    QCOMPARE(verifyDoc.object().value(s("items")).toInteger(), 1);
    QVERIFY(verifyDoc.object().value(s("mismatches")).toArray().isEmpty());
    const Run verifiedText = cli({s("evidence"), s("verify"), wp});
    VERIFY_OK(verifiedText);
    QVERIFY(verifiedText.out.contains("intact"));

    // The same package again is refused: one line, exit 1.
    VERIFY_ERROR(cli({s("evidence"), s("import"), wp, file}), 1, QStringList{});
}

void TestCliEvidence::importFolder()
{
    const QString wp = path(s("f.tickmark"));
    QVERIFY(createWorkpaper(wp));
    QVERIFY(QDir(m_dir->path()).mkpath(s("pack/sub")));
    write(s("pack/a.txt"), "first file\n");
    write(s("pack/sub/b.csv"), "id,value\n1,2\n");
    const Run imported = cli({s("evidence"), s("import"), wp, path(s("pack")), s("--json")});
    PARSE_JSON(imported, doc);
    QCOMPARE(doc.object().value(s("files")).toInteger(), 2);
    QCOMPARE(doc.object().value(s("items")).toArray().size(), 2);
    // No request: null, as `evidence list` says it.
    QCOMPARE(doc.object().value(s("request")), QJsonValue(QJsonValue::Null));

    const Run text = cli({s("evidence"), s("list"), wp});
    VERIFY_OK(text);
    QVERIFY(text.out.contains("a.txt"));
    QVERIFY(text.out.contains("b.csv"));

    const QByteArray sha = sha256Of(path(s("pack/sub/b.csv")));
    const QString out = path(s("b-out.csv"));
    VERIFY_OK(cli({s("evidence"), s("export"), wp, QString::fromLatin1(sha), out}));
    QCOMPARE(sha256Of(out), sha);
    VERIFY_OK(cli({s("evidence"), s("verify"), wp}));
}

void TestCliEvidence::refusedEmptyFile()
{
    const QString wp = path(s("r.tickmark"));
    QVERIFY(createWorkpaper(wp));
    const QString empty = write(s("empty.txt"), QByteArray());
    VERIFY_ERROR(cli({s("evidence"), s("import"), wp, empty}), 1, QStringList{s("empty.txt")});
    VERIFY_ERROR(cli({s("evidence"), s("import"), wp, empty, s("--json")}), 1, QStringList{s("empty.txt")});
    // Nothing is stored; the only change the core makes is the audited refusal (EvidenceService::importPackage:
    // "A refusal stores nothing but is itself recorded in the audit trail"), so the file's bytes may change.
    const Run listed = cli({s("evidence"), s("list"), wp, s("--json")});
    PARSE_JSON(listed, listDoc);
    QVERIFY(listDoc.array().isEmpty());
    const Run log = cli({s("log"), s("list"), wp, s("--object"), s("evidence:"), s("--json")});
    PARSE_JSON(log, logDoc);
    QCOMPARE(logDoc.array().size(), 2);
    for (const QJsonValue &event : logDoc.array())
        QCOMPARE(event.toObject().value(s("action")).toString(), s("refused"));
    VERIFY_OK(cli({s("log"), s("verify"), wp}));
}

void TestCliEvidence::exportErrors()
{
    const QString wp = path(s("x.tickmark"));
    QVERIFY(createWorkpaper(wp));
    VERIFY_ERROR(cli({s("evidence"), s("export"), wp, s("nothex"), path(s("o"))}), 2, QStringList{s("SHA-256")});
    VERIFY_ERROR(cli({s("evidence"), s("export"), wp, QString(64, QLatin1Char('a')), path(s("o"))}), 1, QStringList{});
    QVERIFY(!QFile::exists(path(s("o"))));
    VERIFY_ERROR(cli({s("evidence"), s("list")}), 2, QStringList{s("FILE")});
}

QTEST_GUILESS_MAIN(TestCliEvidence)
#include "tst_cli_evidence.moc"
