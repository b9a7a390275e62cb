// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The workpaper survives a killed process: SIGKILL a writer mid-transaction many times; every reopen must pass
// the integrity check, hold every action the writer reported committed, and none of the interrupted one.
#include "audit/audittrail.h"
#include "controls/controlservice.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace Tickmark;
using namespace Tickmark::Core;

namespace {
constexpr int kBatch = 150;   // controls per action: ~0.6 MB per transaction
constexpr int kRounds = 25;
} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLeavesConsistentFile();

private:
    int runAndKill(const QString &file, QRandomGenerator &rng);
};

int TestCrashSafety::runAndKill(const QString &file, QRandomGenerator &rng)
{
    QProcess child;
    child.start(QStringLiteral(TICKMARK_CRASHWRITER), {file, QString::number(kBatch)});
    if (!child.waitForStarted())
        return -1;
    // Let a random number of actions commit, then kill at a random moment inside the next one.
    const int waitFor = static_cast<int>(rng.bounded(1, 4));
    int committed = 0;
    QByteArray out;
    while (committed < waitFor && child.waitForReadyRead(20000)) {
        out += child.readAllStandardOutput();
        committed = static_cast<int>(out.count("committed"));
    }
    QThread::usleep(rng.bounded(0, 40000));
    ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
    child.waitForFinished();
    out += child.readAllStandardOutput();
    const QList<QByteArray> lines = out.trimmed().split('\n');
    return lines.isEmpty() || lines.last().isEmpty() ? 0 : lines.last().split(' ').last().toInt();
}

void TestCrashSafety::killedWriterLeavesConsistentFile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("crash.tickmark"));
    QVERIFY(Test::createWorkpaper(file));
    QRandomGenerator rng(20261126);
    int interruptedCount = 0;
    for (int round = 0; round < kRounds; ++round) {
        int storedBefore = 0;
        {
            const auto before = Workpaper::open(file, Test::preparer());
            QVERIFY(before);
            storedBefore = *(*before)->controls().count();
        }

        const int reported = runAndKill(file, rng);
        QVERIFY2(reported >= 1, "the writer reported no committed action");

        auto wp = Workpaper::open(file, Test::preparer());
        QVERIFY2(wp, qPrintable(wp ? QString() : wp.error().detail));
        const int stored = *(*wp)->controls().count();
        // Whole actions only, at least every one reported, at most the one in flight when killed.
        QCOMPARE(stored % kBatch, 0);
        const int actions = (stored - storedBefore) / kBatch;
        QVERIFY2(actions == reported || actions == reported + 1,
                 qPrintable(QStringLiteral("round %1: %2 actions stored, %3 reported").arg(round).arg(actions).arg(reported)));
        if (actions == reported)
            ++interruptedCount;
        const auto chain = (*wp)->auditTrail().verify();
        QVERIFY(chain && chain->ok);
        QCOMPARE(chain->events, 1 + stored / kBatch);
    }
    // Most kills land inside a transaction; otherwise the test proves little.
    QVERIFY2(interruptedCount > kRounds / 2, qPrintable(QStringLiteral("only %1 kills interrupted a write").arg(interruptedCount)));
    const QStringList leftovers = QDir(dir.path()).entryList({QStringLiteral("crash.tickmark-*")}, QDir::Files);
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(','))));
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
