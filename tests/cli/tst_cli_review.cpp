// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of tickmark-cli's evaluation, exception and review commands: test evaluate, exception
// list|update|raise, review note|reply|clear|signoff|notes|status and engagement reopen.
#include "clirunner.h"

#include "common/actor.h"
#include "review/reviewservice.h"
#include "workpaper/workpaper.h"

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

const QStringList kReviewer{s("TICKMARK_USER=Rita Reviewer (RR)"), s("TICKMARK_ROLE=reviewer")};

} // namespace

class TestCliReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void help();
    void evaluate();
    void exceptions();
    void exceptionErrors();
    void notesAndStatus();
    void signOffs();
    void reopen();

private:
    Run cli(const QStringList &args, const QStringList &env = {}) const { return runCli(m_dir->path(), args, env); }
    QString path(const QString &name) const { return m_dir->filePath(name); }
    /// CTL-01 (CC8.1) and CTL-02 with population "tickets" of CTL-01 sampled (seed 42: rows 1, 5, 8, 10) and
    /// attribute A; empty on success, else what failed.
    QString setUp(const QString &file) const;
    QJsonDocument json(const QStringList &args, const QStringList &env = {}) const;
    bool succeeded(const QStringList &args, const QStringList &env = {}) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliReview::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("config")));
}

void TestCliReview::cleanup()
{
    m_dir.reset();
}

QString TestCliReview::setUp(const QString &file) const
{
    return setUpSampledEngagement(m_dir->path(), file,
                                  {{s("test"), s("design"), file, s("--control"), s("CTL-01"), s("--attribute"), s("A"),
                                    s("--text"), s("Approved")}});
}

QJsonDocument TestCliReview::json(const QStringList &args, const QStringList &env) const
{
    const Run run = cli(args, env);
    QJsonDocument doc;
    const QString problem = jsonProblem(run, doc);
    if (run.status != 0 || !problem.isEmpty())
        qWarning("%s: exit %d, %s, stderr: %s", qPrintable(args.join(QLatin1Char(' '))), run.status,
                 qPrintable(problem), run.err.constData());
    return doc;
}

bool TestCliReview::succeeded(const QStringList &args, const QStringList &env) const
{
    const Run run = cli(args, env);
    if (run.status != 0)
        qWarning("%s: exit %d, stderr: %s", qPrintable(args.join(QLatin1Char(' '))), run.status, run.err.constData());
    return run.status == 0;
}

void TestCliReview::help()
{
    const Run review = cli({s("review"), s("--help")});
    QCOMPARE(review.status, 0);
    for (const char *line :
         {"review note FILE", "review reply FILE", "review clear FILE", "review signoff FILE", "review status FILE"})
        QVERIFY2(review.out.contains(line), line);
    const Run exception = cli({s("exception"), s("--help")});
    QCOMPARE(exception.status, 0);
    QVERIFY(exception.out.contains("exception update FILE"));
    QCOMPARE(cli({s("engagement"), s("reopen"), s("--help")}).status, 0);
    QVERIFY(cli({s("test"), s("evaluate"), s("--help")}).out.contains("upper_deviation_limit"));
}

void TestCliReview::evaluate()
{
    const QString file = path(s("evaluate.tickmark"));
    const QString problem = setUp(file);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QStringList evaluate{s("test"), s("evaluate"), file, s("--control"), s("CTL-01"), s("--json")};
    QJsonObject o = json(evaluate).object();
    QCOMPARE(o.value(s("conclusion")).toString(), s("not-tested"));
    QVERIFY(o.value(s("upper_deviation_limit")).isNull());
    QCOMPARE(o.value(s("sample_size")).toInt(), 4);
    QCOMPARE(o.value(s("tolerable_rate")).toDouble(), 0.05);
    for (const char *row : {"1", "5", "8", "10"})
        QVERIFY(succeeded({s("test"), s("record"), file, s("--control"), s("CTL-01"), s("--row"), s(row),
                           s("--attribute"), s("A"), s("--result"), s("pass")}));
    o = json(evaluate).object();
    QCOMPARE(o.value(s("conclusion")).toString(), s("effective"));
    QCOMPARE(o.value(s("deviations")).toInt(), 0);
    QCOMPARE(o.value(s("deviation_rate")).toDouble(), 0.0);
    QCOMPARE(o.value(s("upper_deviation_limit")).toDouble(), 0.438);
    QVERIFY(succeeded({s("test"), s("record"), file, s("--control"), s("CTL-01"), s("--row"), s("5"), s("--attribute"),
                       s("A"), s("--result"), s("deviation")}));
    o = json({s("test"), s("evaluate"), file, s("--control"), s("CTL-01"), s("--tolerable"), s("0.1"), s("--json")})
            .object();
    QCOMPARE(o.value(s("tolerable_rate")).toDouble(), 0.1);
    QCOMPARE(o.value(s("deviations")).toInt(), 1);
    QCOMPARE(o.value(s("deviation_rate")).toDouble(), 0.25);
    QCOMPARE(o.value(s("conclusion")).toString(), s("not-effective"));
    const Run text = cli({s("test"), s("evaluate"), file, s("--control"), s("CTL-01")});
    VERIFY_OK(text);
    QVERIFY2(text.out.contains("not operating effectively"), text.out.constData());
    VERIFY_ERROR(cli({s("test"), s("evaluate"), file, s("--control"), s("CTL-01"), s("--risk"), s("1.5")}), 2,
                 QStringList{s("--risk")});
    // Rates are written as `sample size` takes them: a fraction or a percentage; a bare 5 is not 5%.
    o = json({s("test"), s("evaluate"), file, s("--control"), s("CTL-01"), s("--tolerable"), s("7.5%"), s("--risk"),
              s("5%"), s("--json")})
            .object();
    QCOMPARE(o.value(s("tolerable_rate")).toDouble(), 0.075);
    QCOMPARE(o.value(s("risk")).toDouble(), 0.05);
    VERIFY_ERROR(cli({s("test"), s("evaluate"), file, s("--control"), s("CTL-01"), s("--tolerable"), s("5")}), 2,
                 (QStringList{s("--tolerable"), s("5%")}));
    // Not operated: reported differently from tested without exceptions.
    QVERIFY(succeeded({s("test"), s("not-operated"), file, s("--control"), s("CTL-02"), s("--reason"),
                       s("No access reviews were due")}));
    o = json({s("test"), s("evaluate"), file, s("--control"), s("CTL-02"), s("--json")}).object();
    QCOMPARE(o.value(s("conclusion")).toString(), s("not-operated"));
}

void TestCliReview::exceptions()
{
    const QString file = path(s("exceptions.tickmark"));
    const QString problem = setUp(file);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(json({s("exception"), s("list"), file, s("--json")}).array().isEmpty());
    QVERIFY(succeeded({s("test"), s("record"), file, s("--control"), s("CTL-01"), s("--row"), s("8"), s("--attribute"),
                       s("A"), s("--result"), s("deviation"), s("--note"), s("approved after deployment")}));
    QJsonArray list = json({s("exception"), s("list"), file, s("--json")}).array();
    QCOMPARE(list.size(), 1);
    QJsonObject e = list.at(0).toObject();
    const QString id = QString::number(e.value(s("id")).toInteger());
    QCOMPARE(e.value(s("control")).toString(), s("CTL-01"));
    QCOMPARE(e.value(s("description")).toString(), s("Deviation noted in attribute A: approved after deployment"));
    QCOMPARE(e.value(s("criteria")).toArray(), QJsonArray{s("CC8.1")});
    QCOMPARE(e.value(s("deviations")).toInt(), 1);
    QCOMPARE(e.value(s("sample_size")).toInt(), 4);
    QVERIFY(e.value(s("criterion_met")).isNull());
    QVERIFY(succeeded({s("exception"), s("update"), file, s("--id"), id, s("--response"), s("Tool now blocks it"),
                       s("--criterion-met"), s("no"), s("--assessment"), s("systematic"), s("--cause"),
                       s("Manual bypass"), s("--criteria"), s("CC7.1,cc8.1"), s("--reasoning"), s("Recurs monthly")}));
    e = json({s("exception"), s("list"), file, s("--json")}).array().at(0).toObject();
    QCOMPARE(e.value(s("management_response")).toString(), s("Tool now blocks it"));
    QCOMPARE(e.value(s("criterion_met")), QJsonValue(false));
    QCOMPARE(e.value(s("assessment")).toString(), s("systematic"));
    QCOMPARE(e.value(s("cause")).toString(), s("Manual bypass"));
    QCOMPARE(e.value(s("reasoning")).toString(), s("Recurs monthly"));
    QCOMPARE(e.value(s("criteria")).toArray(), (QJsonArray{s("CC7.1"), s("CC8.1")}));
    // Back to pass: the exception stays, with 0 deviations.
    QVERIFY(succeeded({s("test"), s("record"), file, s("--control"), s("CTL-01"), s("--row"), s("8"), s("--attribute"),
                       s("A"), s("--result"), s("pass")}));
    e = json({s("exception"), s("list"), file, s("--json")}).array().at(0).toObject();
    QCOMPARE(e.value(s("deviations")).toInt(), 0);
    const Run text = cli({s("exception"), s("list"), file});
    VERIFY_OK(text);
    QVERIFY2(text.out.contains("Deviations: 0 of 4"), text.out.constData());
    const QJsonObject raised = json({s("exception"), s("raise"), file, s("--control"), s("CTL-02"), s("--description"),
                                     s("No review procedure exists"), s("--json")})
                                   .object();
    QVERIFY(raised.value(s("id")).toInteger() > 0);
    list = json({s("exception"), s("list"), file, s("--json")}).array();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(1).toObject().value(s("kind")).toString(), s("design"));
}

void TestCliReview::exceptionErrors()
{
    const QString file = path(s("exception-errors.tickmark"));
    const QString problem = setUp(file);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(succeeded({s("test"), s("record"), file, s("--control"), s("CTL-01"), s("--row"), s("1"), s("--attribute"),
                       s("A"), s("--result"), s("deviation")}));
    const QByteArray before = sha256Of(file);
    VERIFY_ERROR(cli({s("exception"), s("update"), file, s("--id"), s("1"), s("--criteria"), s("CC8.1,CC42.0")}), 1,
                 QStringList{s("CC42.0")});
    VERIFY_ERROR(cli({s("exception"), s("update"), file, s("--id"), s("7"), s("--response"), s("x")}), 1,
                 QStringList{s("exception 7")});
    VERIFY_ERROR(cli({s("exception"), s("update"), file, s("--id"), s("1"), s("--criterion-met"), s("maybe")}), 2,
                 QStringList{s("maybe")});
    VERIFY_ERROR(cli({s("exception"), s("update"), file, s("--id"), s("1"), s("--assessment"), s("random")}), 2,
                 QStringList{s("random")});
    // Nothing to change is a usage error, not an empty audited update.
    VERIFY_ERROR(cli({s("exception"), s("update"), file, s("--id"), s("1")}), 2,
                 (QStringList{s("nothing to change"), s("--description")}));
    QCOMPARE(sha256Of(file), before);
}

void TestCliReview::notesAndStatus()
{
    const QString file = path(s("notes.tickmark"));
    const QString problem = setUp(file);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QJsonObject note = json({s("review"), s("note"), file, s("--object"), s("control:CTL-01"), s("--text"),
                                   s("Why only four items?"), s("--json")},
                                  kReviewer)
                                 .object();
    const QString id = QString::number(note.value(s("id")).toInteger());
    QCOMPARE(id, s("1"));
    QVERIFY(succeeded({s("review"), s("reply"), file, s("--note"), id, s("--text"), s("Quarterly population")}));
    QJsonObject status = json({s("review"), s("status"), file, s("--json")}).object();
    QJsonArray open = status.value(s("open_notes")).toArray();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).toObject().value(s("status")).toString(), s("answered"));
    QCOMPARE(open.at(0).toObject().value(s("object")).toString(), s("control:CTL-01"));
    QCOMPARE(open.at(0).toObject().value(s("thread")).toArray().size(), 2);
    QVERIFY(status.value(s("missing_signoffs")).toArray().contains(s("control:CTL-01 (reviewer)")));
    QVERIFY(status.value(s("stale_signoffs")).toArray().isEmpty());
    QCOMPARE(status.value(s("clean")), QJsonValue(false));
    // Clearing needs the reviewer or partner role.
    VERIFY_ERROR(cli({s("review"), s("clear"), file, s("--note"), id}), 1, QStringList{s("reviewer or partner")});
    QVERIFY(succeeded({s("review"), s("clear"), file, s("--note"), id}, kReviewer));
    status = json({s("review"), s("status"), file, s("--json")}).object();
    QVERIFY(status.value(s("open_notes")).toArray().isEmpty());
    VERIFY_ERROR(cli({s("review"), s("note"), file, s("--object"), s("control:CTL-99"), s("--text"), s("x")}), 1,
                 QStringList{s("CTL-99")});
    VERIFY_ERROR(cli({s("review"), s("note"), file, s("--object"), s("CTL-01"), s("--text"), s("x")}), 1,
                 QStringList{s("control:ID")});
    const QJsonArray notes = json({s("review"), s("notes"), file, s("--json")}).array();
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.at(0).toObject().value(s("cleared_by")).toString(), s("Rita Reviewer (RR)"));
}

void TestCliReview::signOffs()
{
    const QString file = path(s("signoffs.tickmark"));
    const QString problem = setUp(file);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QStringList sign{s("review"), s("signoff"), file, s("--object"), s("control:CTL-01")};
    const Run prepared = cli(sign);
    VERIFY_OK(prepared);
    QVERIFY2(prepared.out.contains("as preparer"), prepared.out.constData());
    // The preparer cannot also sign as reviewer, even with the reviewer role.
    VERIFY_ERROR(cli(sign, {s("TICKMARK_ROLE=reviewer")}), 1, (QStringList{s("control:CTL-01"), s("both sign-offs")}));
    QVERIFY(succeeded(sign, kReviewer));
    QJsonObject status = json({s("review"), s("status"), file, s("--json")}).object();
    QVERIFY(!status.value(s("missing_signoffs")).toArray().contains(s("control:CTL-01 (reviewer)")));
    QVERIFY(!status.value(s("missing_signoffs")).toArray().contains(s("control:CTL-01 (preparer)")));
    QVERIFY(succeeded(
        {s("test"), s("design"), file, s("--control"), s("CTL-01"), s("--attribute"), s("--text"), s("Tested")}));
    status = json({s("review"), s("status"), file, s("--json")}).object();
    const QJsonArray stale = status.value(s("stale_signoffs")).toArray();
    QCOMPARE(stale.size(), 2);
    QCOMPARE(stale.at(0).toObject().value(s("object")).toString(), s("control:CTL-01"));
    QCOMPARE(stale.at(1).toObject().value(s("by")).toString(), s("Rita Reviewer (RR)"));
}

void TestCliReview::reopen()
{
    const QString file = path(s("reopen.tickmark"));
    const QString problem = setUp(file);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    VERIFY_ERROR(cli({s("engagement"), s("reopen"), file, s("--reason"), s("x")}, kReviewer), 1,
                 QStringList{s("not locked")});
    {
        using namespace Tickmark::Core;
        auto wp = Workpaper::open(file, Actor{s("Pat Preparer"), s("PP"), Role::Preparer});
        QVERIFY(wp);
        const auto objects = (*wp)->review().signableObjects();
        QVERIFY(objects);
        for (const QString &object : *objects)
            QVERIFY((*wp)->review().signOff(object));
        (*wp)->setActor(Actor{s("Rita Reviewer"), s("RR"), Role::Reviewer});
        for (const QString &object : *objects)
            QVERIFY((*wp)->review().signOff(object));
        QVERIFY((*wp)->review().lock());
    }
    QCOMPARE(json({s("review"), s("status"), file, s("--json")}).object().value(s("issued")), QJsonValue(true));
    const QByteArray locked = sha256Of(file);
    VERIFY_ERROR(cli({s("review"), s("note"), file, s("--object"), s("section:scope"), s("--text"), s("x")}, kReviewer),
                 1, QStringList{s("locked")});
    VERIFY_ERROR(cli({s("engagement"), s("reopen"), file, s("--reason"), s("Fix a typo")}), 1,
                 QStringList{s("reviewer or partner")});
    VERIFY_ERROR(cli({s("engagement"), s("reopen"), file}, kReviewer), 2, QStringList{s("--reason")});
    // Actions that check other things first still report the lock, in their one error line: an evidence package
    // (even one that would be refused: its refusal cannot be recorded) and a redraw of a sample with results.
    QFile notAnArchive(path(s("notes.zip")));
    QVERIFY(notAnArchive.open(QIODevice::WriteOnly));
    notAnArchive.write("just text\n");
    notAnArchive.close();
    VERIFY_ERROR(cli({s("evidence"), s("import"), file, notAnArchive.fileName()}), 1, QStringList{s("locked")});
    VERIFY_ERROR(cli({s("sample"), s("draw"), file, s("--population"), s("tickets"), s("--size"), s("5")}), 1,
                 QStringList{s("locked")});
    QCOMPARE(sha256Of(file), locked);
    QVERIFY(succeeded({s("engagement"), s("reopen"), file, s("--reason"), s("Fix a typo")}, kReviewer));
    QCOMPARE(json({s("review"), s("status"), file, s("--json")}).object().value(s("issued")), QJsonValue(false));
    QVERIFY(
        succeeded({s("review"), s("note"), file, s("--object"), s("section:scope"), s("--text"), s("x")}, kReviewer));
}

QTEST_GUILESS_MAIN(TestCliReview)
#include "tst_cli_review.moc"
