// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of the test commands of tickmark-cli (test design, test record, test list) and of the redraw
// gate on `sample draw` once results are recorded: each runs the built binary in a fresh temporary directory.
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

class TestCliTesting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void help();
    void design();
    void designErrors();
    void recordAndList();
    void recordErrors();
    void redrawGate();
    void designEdits();
    void evidenceReferences();
    void evidenceReferenceErrors();

private:
    /// setUp() plus attribute A and evidence package "ticket.txt" (one item); returns the item's SHA-256 or empty.
    QString setUpWithEvidence(const QString &file) const;
    Run cli(const QStringList &args, const QStringList &env = {}) const { return runCli(m_dir->path(), args, env); }
    QString path(const QString &name) const { return m_dir->filePath(name); }
    /// A workpaper with controls CTL-01 and CTL-02 and population "tickets" (10 rows) of CTL-01 sampled with seed 42
    /// (rows 1, 5, 8, 10); empty on success, else what failed.
    QString setUp(const QString &file) const;
    QJsonObject list(const QString &file) const;
    /// Runs the command once (VERIFY_OK evaluates its argument twice) and reports whether it exited with 0.
    bool succeeded(const QStringList &args, const QStringList &env = {}) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliTesting::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("config")));
}

void TestCliTesting::cleanup()
{
    m_dir.reset();
}

QString TestCliTesting::setUp(const QString &file) const
{
    return setUpSampledEngagement(m_dir->path(), file);
}

QJsonObject TestCliTesting::list(const QString &file) const
{
    const Run run = cli({s("test"), s("list"), file, s("--control"), s("CTL-01"), s("--json")});
    QJsonDocument doc;
    const QString problem = jsonProblem(run, doc);
    if (run.status != 0 || !problem.isEmpty())
        qWarning("test list: exit %d, %s, stderr: %s", run.status, qPrintable(problem), run.err.constData());
    return doc.object();
}

bool TestCliTesting::succeeded(const QStringList &args, const QStringList &env) const
{
    const Run run = cli(args, env);
    if (run.status != 0)
        qWarning("%s: exit %d, stderr: %s", qPrintable(args.join(QLatin1Char(' '))), run.status, run.err.constData());
    return run.status == 0;
}

void TestCliTesting::help()
{
    const Run group = cli({s("test"), s("--help")});
    QCOMPARE(group.status, 0);
    for (const char *line : {"test design FILE", "test record FILE", "test list FILE"})
        QVERIFY2(group.out.contains(line), line);
    const Run design = cli({s("test"), s("design"), s("--help")});
    QCOMPARE(design.status, 0);
    QVERIFY(design.out.contains("--attribute"));
}

void TestCliTesting::design()
{
    const QString file = path(s("design.tickmark"));
    const QString problem = setUp(file);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const Run inquiry = cli({s("test"), s("design"), file, s("--control"), s("CTL-01"), s("--procedure"), s("inquiry"),
                             s("--text"), s("Ask the change manager")});
    VERIFY_OK(inquiry);
    QVERIFY2(inquiry.err.startsWith("warning: ") && inquiry.err.contains("inquiry alone is not sufficient evidence"),
             inquiry.err.constData());
    const Run inspection = cli({s("test"), s("design"), file, s("--control"), s("CTL-01"), s("--procedure"),
                                s("inspection"), s("--text"), s("Inspect the ticket's approval")});
    VERIFY_OK(inspection);
    QVERIFY2(inspection.err.isEmpty(), inspection.err.constData());
    // --attribute without a letter takes the next free one.
    const Run a = cli({s("test"), s("design"), file, s("--control"), s("CTL-01"), s("--attribute"), s("--text"),
                       s("Approved before deployment")});
    VERIFY_OK(a);
    QVERIFY2(a.out.contains("attribute A"), a.out.constData());
    QVERIFY(succeeded({s("test"), s("design"), file, s("--control"), s("CTL-01"), s("--attribute"), s("b"), s("--text"),
                       s("Approver is not the author")}));
    const Run c =
        cli({s("test"), s("design"), file, s("--control"), s("CTL-01"), s("--text"), s("Tested"), s("--attribute")});
    VERIFY_OK(c);
    QVERIFY2(c.out.contains("attribute C"), c.out.constData());

    const QJsonObject o = list(file);
    const QJsonArray procedures = o.value(s("procedures")).toArray();
    QCOMPARE(procedures.size(), 2);
    QCOMPARE(procedures.at(0).toObject().value(s("kind")).toString(), s("inquiry"));
    QCOMPARE(procedures.at(1).toObject().value(s("text")).toString(), s("Inspect the ticket's approval"));
    const QJsonArray attributes = o.value(s("attributes")).toArray();
    QCOMPARE(attributes.size(), 3);
    QCOMPARE(attributes.at(1).toObject().value(s("letter")).toString(), s("B"));
    QCOMPARE(attributes.at(1).toObject().value(s("text")).toString(), s("Approver is not the author"));
    QVERIFY(o.value(s("results")).toArray().isEmpty());
}

void TestCliTesting::designErrors()
{
    const QString file = path(s("design-errors.tickmark"));
    const QString problem = setUp(file);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QByteArray before = sha256Of(file);
    VERIFY_ERROR(cli({s("test"), s("design"), file, s("--control"), s("CTL-01"), s("--procedure"), s("guessing"),
                      s("--text"), s("x")}),
                 2, QStringList{s("guessing")});
    VERIFY_ERROR(cli({s("test"), s("design"), file, s("--control"), s("CTL-01"), s("--text"), s("x")}), 2,
                 QStringList{s("--procedure")});
    VERIFY_ERROR(
        cli({s("test"), s("design"), file, s("--control"), s("CTL-09"), s("--attribute"), s("--text"), s("x")}), 1,
        QStringList{s("control CTL-09 does not exist")});
    QCOMPARE(sha256Of(file), before);
}

void TestCliTesting::recordAndList()
{
    const QString file = path(s("record.tickmark"));
    const QString problem = setUp(file);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(succeeded({s("test"), s("design"), file, s("--control"), s("CTL-01"), s("--attribute"), s("A"), s("--text"),
                       s("Approved")}));
    const Run recorded =
        cli({s("test"), s("record"), file, s("--control"), s("CTL-01"), s("--row"), s("8"), s("--attribute"), s("a"),
             s("--result"), s("deviation"), s("--note"), s("approved late")});
    VERIFY_OK(recorded);
    QVERIFY2(recorded.out.contains("deviation"), recorded.out.constData());
    QVERIFY(succeeded({s("test"), s("record"), file, s("--control"), s("CTL-01"), s("--row"), s("1"), s("--attribute"),
                       s("A"), s("--result"), s("pass"), s("--population"), s("tickets")}));
    const QJsonArray results = list(file).value(s("results")).toArray();
    QCOMPARE(results.size(), 2);
    const QJsonObject first = results.at(0).toObject();
    QCOMPARE(first.value(s("row")).toInteger(), 1);
    QCOMPARE(first.value(s("attribute")).toString(), s("A"));
    QCOMPARE(first.value(s("result")).toString(), s("pass"));
    const QJsonObject second = results.at(1).toObject();
    QCOMPARE(second.value(s("row")).toInteger(), 8);
    QCOMPARE(second.value(s("result")).toString(), s("deviation"));
    QCOMPARE(second.value(s("note")).toString(), s("approved late"));
    const Run text = cli({s("test"), s("list"), file, s("--control"), s("CTL-01")});
    VERIFY_OK(text);
    QVERIFY2(text.out.contains("row 8, attribute A: deviation (approved late)"), text.out.constData());
}

void TestCliTesting::recordErrors()
{
    const QString file = path(s("record-errors.tickmark"));
    const QString problem = setUp(file);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(succeeded(
        {s("test"), s("design"), file, s("--control"), s("CTL-01"), s("--attribute"), s("--text"), s("Approved")}));
    QVERIFY(succeeded(
        {s("test"), s("design"), file, s("--control"), s("CTL-01"), s("--attribute"), s("--text"), s("Tested")}));
    const QByteArray before = sha256Of(file);
    const QStringList base{s("test"), s("record"), file, s("--control"), s("CTL-01")};
    const QStringList otherControl{s("test"), s("record"),      file,   s("--control"), s("CTL-02"), s("--row"),
                                   s("1"),    s("--attribute"), s("A"), s("--result"),  s("pass")};
    VERIFY_ERROR(cli(base + QStringList{s("--row"), s("7"), s("--attribute"), s("A"), s("--result"), s("pass")}), 1,
                 QStringList{s("row 7 is not in the sample of population \"tickets\" (rows: 1, 5, 8, 10)")});
    VERIFY_ERROR(cli(base + QStringList{s("--row"), s("5"), s("--attribute"), s("C"), s("--result"), s("pass")}), 1,
                 QStringList{s("attribute C is not defined for control CTL-01 (defined: A, B)")});
    VERIFY_ERROR(cli(base + QStringList{s("--row"), s("5"), s("--attribute"), s("A"), s("--result"), s("fine")}), 2,
                 (QStringList{s("--result"), s("fine")}));
    VERIFY_ERROR(cli(base + QStringList{s("--row"), s("x"), s("--attribute"), s("A"), s("--result"), s("pass")}), 2,
                 QStringList{s("--row")});
    VERIFY_ERROR(cli(otherControl), 1, QStringList{s("control CTL-02 has no population with a sample")});
    QCOMPARE(sha256Of(file), before);
}

void TestCliTesting::redrawGate()
{
    const QString file = path(s("redraw.tickmark"));
    const QString problem = setUp(file);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(succeeded(
        {s("test"), s("design"), file, s("--control"), s("CTL-01"), s("--attribute"), s("--text"), s("Approved")}));
    QVERIFY(succeeded({s("test"), s("record"), file, s("--control"), s("CTL-01"), s("--row"), s("5"), s("--attribute"),
                       s("A"), s("--result"), s("pass")}));
    const QStringList redraw{s("sample"), s("draw"),   file,  s("--population"), s("tickets"), s("--size"),
                             s("4"),      s("--seed"), s("7")};
    const QByteArray before = sha256Of(file);
    VERIFY_ERROR(cli(redraw), 1,
                 QStringList{s("results are recorded on the sample of tickets; only a reviewer or partner can redraw"
                               " it (and it is logged)")});
    QCOMPARE(sha256Of(file), before);
    QCOMPARE(list(file).value(s("results")).toArray().size(), 1);

    // Extending is allowed and keeps the result.
    QVERIFY(succeeded({s("sample"), s("extend"), file, s("--population"), s("tickets"), s("--size"), s("6")}));
    QCOMPARE(list(file).value(s("results")).toArray().size(), 1);

    QVERIFY(succeeded(redraw, {s("TICKMARK_ROLE=reviewer")}));
    QVERIFY(list(file).value(s("results")).toArray().isEmpty());
    const Run log = cli({s("log"), s("list"), file, s("--json")});
    QJsonDocument doc;
    const QString logProblem = jsonProblem(log, doc);
    QVERIFY2(logProblem.isEmpty(), qPrintable(logProblem));
    const QJsonObject last = doc.array().last().toObject();
    QCOMPARE(last.value(s("action")).toString(), s("redraw"));
    QCOMPARE(last.value(s("role")).toString(), s("reviewer"));
    QVERIFY2(last.value(s("summary")).toString().contains(s("\"discarded_results\":1")),
             qPrintable(last.value(s("summary")).toString()));
}

QString TestCliTesting::setUpWithEvidence(const QString &file) const
{
    if (!setUp(file).isEmpty())
        return {};
    const QString evidence = writeFile(path(s("ticket.txt")), "T-1 approved by J. Doe\n");
    if (!succeeded({s("test"), s("design"), file, s("--control"), s("CTL-01"), s("--attribute"), s("--text"),
                    s("Approved")}) ||
        !succeeded({s("evidence"), s("import"), file, evidence}))
        return {};
    return QString::fromLatin1(sha256Of(evidence));
}

void TestCliTesting::designEdits()
{
    const QString file = path(s("design-edits.tickmark"));
    const QString problem = setUp(file);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QStringList design{s("test"), s("design"), file, s("--control"), s("CTL-01")};
    QVERIFY(succeeded(design + QStringList{s("--procedure"), s("inquiry"), s("--text"), s("Ask")}));
    QVERIFY(succeeded(design + QStringList{s("--procedure"), s("inspection"), s("--text"), s("Inspect")}));
    QVERIFY(succeeded(design + QStringList{s("--attribute"), s("--text"), s("Approved")}));
    QVERIFY(succeeded(design + QStringList{s("--attribute"), s("--text"), s("Tested")}));
    QVERIFY(succeeded(design + QStringList{s("--update-procedure"), s("2"), s("--text"), s("Inspect the approval")}));
    QVERIFY(succeeded(design + QStringList{s("--update-attribute"), s("b"), s("--text"), s("Tested before release")}));
    QJsonObject o = list(file);
    QCOMPARE(o.value(s("procedures")).toArray().at(1).toObject().value(s("kind")).toString(), s("inspection"));
    QCOMPARE(o.value(s("procedures")).toArray().at(1).toObject().value(s("text")).toString(),
             s("Inspect the approval"));
    QCOMPARE(o.value(s("attributes")).toArray().at(1).toObject().value(s("text")).toString(),
             s("Tested before release"));
    // Removing the inspection leaves inquiry alone: the warning comes back.
    const Run removed = cli(design + QStringList{s("--remove-procedure"), s("2")});
    VERIFY_OK(removed);
    QVERIFY2(removed.err.contains("inquiry alone is not sufficient evidence"), removed.err.constData());
    QCOMPARE(list(file).value(s("procedures")).toArray().size(), 1);

    // An attribute with results goes only with --with-results.
    QVERIFY(succeeded({s("test"), s("record"), file, s("--control"), s("CTL-01"), s("--row"), s("5"), s("--attribute"),
                       s("B"), s("--result"), s("pass")}));
    const QByteArray before = sha256Of(file);
    VERIFY_ERROR(cli(design + QStringList{s("--remove-attribute"), s("B")}), 1,
                 (QStringList{s("attribute B of control CTL-01 has 1 recorded results"), s("--with-results")}));
    VERIFY_ERROR(cli(design + QStringList{s("--remove-procedure"), s("4")}), 1,
                 QStringList{s("control CTL-01 has no procedure 4 (its procedures are numbered 1 to 1)")});
    VERIFY_ERROR(cli(design + QStringList{s("--remove-attribute"), s("B"), s("--update-procedure"), s("1")}), 2,
                 QStringList{s("test design: give one of")});
    QCOMPARE(sha256Of(file), before);
    QVERIFY(succeeded(design + QStringList{s("--remove-attribute"), s("B"), s("--with-results")}));
    o = list(file);
    QCOMPARE(o.value(s("attributes")).toArray().size(), 1);
    QVERIFY(o.value(s("results")).toArray().isEmpty());
}

void TestCliTesting::evidenceReferences()
{
    const QString file = path(s("evidence.tickmark"));
    const QString sha = setUpWithEvidence(file);
    QVERIFY(!sha.isEmpty());
    // Recording with --evidence refers the result to the item (by SHA-256, page 2) in the same action.
    QVERIFY(succeeded({s("test"), s("record"), file, s("--control"), s("CTL-01"), s("--row"), s("5"), s("--attribute"),
                       s("A"), s("--result"), s("pass"), s("--evidence"), sha + s(":2")}));
    const QStringList cell{s("test"), s("evidence"),    file,  s("--control"), s("CTL-01"), s("--row"),
                           s("5"),    s("--attribute"), s("a")};
    const Run added =
        cli(cell + QStringList{s("--add"), s("ticket.txt/ticket.txt"), s("--label"), s("whole ticket"), s("--json")});
    QJsonDocument doc;
    const QString problem = jsonProblem(added, doc);
    QVERIFY2(problem.isEmpty() && added.status == 0, qPrintable(problem + QString::fromUtf8(added.err)));
    QJsonArray refs = doc.array();
    QCOMPARE(refs.size(), 2);
    const QJsonObject whole = refs.at(0).toObject();
    QCOMPARE(whole.value(s("page")), QJsonValue());
    QCOMPARE(whole.value(s("label")).toString(), s("whole ticket"));
    QCOMPARE(whole.value(s("package")).toString(), s("ticket.txt"));
    QCOMPARE(whole.value(s("sha256")).toString(), sha);
    QCOMPARE(whole.value(s("row")).toInteger(), 5);
    QCOMPARE(whole.value(s("attribute")).toString(), s("A"));
    QCOMPARE(whole.value(s("added_by")).toString(), s("Test User (TU)"));
    QCOMPARE(refs.at(1).toObject().value(s("page")).toInteger(), 2);

    // test list carries them; test evidence without --row lists the control's; --remove takes one away.
    QCOMPARE(list(file).value(s("evidence_references")).toArray().size(), 2);
    const Run text = cli({s("test"), s("evidence"), file, s("--control"), s("CTL-01")});
    VERIFY_OK(text);
    QVERIFY2(text.out.contains("tickets row 5, attribute A: ticket.txt/ticket.txt, p. 2"), text.out.constData());
    VERIFY_OK(cli(cell + QStringList{s("--remove"), sha + s(":2")}));
    refs = list(file).value(s("evidence_references")).toArray();
    QCOMPARE(refs.size(), 1);
    QCOMPARE(refs.at(0).toObject().value(s("page")), QJsonValue());
    // Changing the result keeps the reference.
    QVERIFY(succeeded({s("test"), s("record"), file, s("--control"), s("CTL-01"), s("--row"), s("5"), s("--attribute"),
                       s("A"), s("--result"), s("deviation"), s("--note"), s("late")}));
    QCOMPARE(list(file).value(s("evidence_references")).toArray().size(), 1);
}

void TestCliTesting::evidenceReferenceErrors()
{
    const QString file = path(s("evidence-errors.tickmark"));
    const QString sha = setUpWithEvidence(file);
    QVERIFY(!sha.isEmpty());
    const QByteArray before = sha256Of(file);
    const QStringList cell{s("test"), s("evidence"),    file,  s("--control"), s("CTL-01"), s("--row"),
                           s("5"),    s("--attribute"), s("A")};
    VERIFY_ERROR(cli(cell + QStringList{s("--add"), sha}), 1,
                 QStringList{s("row 5, attribute A of control CTL-01 has no result yet")});
    VERIFY_ERROR(cli({s("test"), s("record"), file, s("--control"), s("CTL-01"), s("--row"), s("5"), s("--attribute"),
                      s("A"), s("--result"), s("pass"), s("--evidence"), s("nothere.pdf/x.pdf")}),
                 1, QStringList{s("evidence \"nothere.pdf/x.pdf\" does not exist")});
    VERIFY_ERROR(cli({s("test"), s("record"), file, s("--control"), s("CTL-01"), s("--row"), s("7"), s("--attribute"),
                      s("A"), s("--result"), s("pass"), s("--evidence"), sha}),
                 1, QStringList{s("row 7 is not in the sample")});
    VERIFY_ERROR(cli({s("test"), s("evidence"), file, s("--control"), s("CTL-01"), s("--add"), sha}), 2,
                 QStringList{s("--row")});
    QCOMPARE(sha256Of(file), before); // a refused reference recorded nothing, not even the result
    QVERIFY(list(file).value(s("results")).toArray().isEmpty());
    QVERIFY(succeeded({s("test"), s("record"), file, s("--control"), s("CTL-01"), s("--row"), s("5"), s("--attribute"),
                       s("A"), s("--result"), s("pass")}));
    VERIFY_ERROR(cli(cell + QStringList{s("--remove"), sha + s(":3")}), 1,
                 QStringList{s("row 5, attribute A of control CTL-01 does not refer to ") + sha + s(":3")});
    VERIFY_ERROR(cli(cell + QStringList{s("--add"), sha + s(":0")}), 1,
                 QStringList{s("the page must be a number from 1")});
}

QTEST_GUILESS_MAIN(TestCliTesting)
#include "tst_cli_testing.moc"
