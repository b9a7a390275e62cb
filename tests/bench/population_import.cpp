// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (not a test): population import speed against SQLite's own CSV importer, on the same file, same run.
// Usage: population_import [ROWS] [RUNS]   (default 1,000,000 rows, 3 runs; needs the sqlite3 shell on PATH)
// Generates a ~90 MB CSV with quoted fields and embedded newlines, then times
//   tickmark-cli population import W.tickmark FILE --control CTL-01 --name P
//   sqlite3 new.db ".import --csv FILE t"
// and prints the medians, their ratio, and the time to draw 60 items from the imported population.
#include "population/populationservice.h"
#include "sampling/samplingservice.h"
#include "workpaper/workpaper.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

void writePopulation(const QString &path, int rows)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write("change_id,opened_at,requested_by,system,summary,approver,status\n");
    QByteArray line;
    for (int i = 1; i <= rows; ++i) {
        line = "CHG-" + QByteArray::number(1000000 + i) + ",2026-" + QByteArray::number(1 + i % 9).rightJustified(2, '0')
            + "-" + QByteArray::number(1 + i % 28).rightJustified(2, '0') + "T10:" + QByteArray::number(i % 60).rightJustified(2, '0')
            + ":00Z,user" + QByteArray::number(i % 977) + "@example.com,\"payments, api\",";
        // Every 50th summary spans two lines; quotes inside are doubled.
        line += (i % 50 == 0) ? "\"Rotate keys\nand restart \"\"edge\"\" nodes\"" : "\"Deploy release " + QByteArray::number(i) + "\"";
        line += ",approver" + QByteArray::number(i % 31) + ",closed\n";
        f.write(line);
    }
}

qint64 run(const QString &program, const QStringList &args)
{
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    p.waitForFinished(-1);
    const qint64 ms = t.elapsed();
    if (p.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), p.readAllStandardError().constData());
        return -1;
    }
    return ms;
}

qint64 median(QList<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    const int runs = argc > 2 ? QByteArray(argv[2]).toInt() : 3;
    const QString cli = QStringLiteral(TICKMARK_CLI_PATH);
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite.isEmpty()) {
        std::fprintf(stderr, "sqlite3 shell not found (apt-get install sqlite3)\n");
        return 1;
    }
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("population.csv"));
    writePopulation(csv, rows);
    std::printf("population file: %d rows, %.1f MB\n", rows, double(QFileInfo(csv).size()) / 1e6);

    QList<qint64> ours;
    QList<qint64> theirs;
    for (int r = 0; r < runs; ++r) {
        const QString wp = dir.filePath(QStringLiteral("w%1.tickmark").arg(r));
        const QString db = dir.filePath(QStringLiteral("s%1.db").arg(r));
        if (run(cli, {QStringLiteral("new"), wp, QStringLiteral("--sample")}) < 0)
            return 1;
        // The sample workpaper already holds CTL-01 .. CTL-47; import against CTL-22.
        ours << run(cli, {QStringLiteral("population"), QStringLiteral("import"), wp, csv, QStringLiteral("--control"),
                          QStringLiteral("CTL-22"), QStringLiteral("--name"), QStringLiteral("Changes")});
        theirs << run(sqlite, {db, QStringLiteral(".import --csv %1 t").arg(csv)});
        std::printf("run %d: tickmark-cli %lld ms, sqlite3 .import %lld ms\n", r + 1, static_cast<long long>(ours.last()),
                    static_cast<long long>(theirs.last()));
    }
    const qint64 a = median(ours);
    const qint64 b = median(theirs);
    std::printf("median: tickmark-cli %lld ms, sqlite3 %lld ms, ratio %.2f (target <= 1.5)\n", static_cast<long long>(a),
                static_cast<long long>(b), double(a) / double(b));
    QElapsedTimer t;
    t.start();
    const Tickmark::Core::Actor actor{QStringLiteral("Bench"), QStringLiteral("B"), Tickmark::Core::Role::Preparer};
    auto wp = Tickmark::Core::Workpaper::open(dir.filePath(QStringLiteral("w0.tickmark")), actor);
    if (!wp)
        return 1;
    std::printf("open the workpaper (%.0f MB, integrity check included): %lld ms\n",
                double(QFileInfo(dir.filePath(QStringLiteral("w0.tickmark"))).size()) / 1e6,
                static_cast<long long>(t.restart()));
    const auto drawn = (*wp)->sampling().draw(QStringLiteral("Changes"), 60, Tickmark::Core::SelectionMethod::Random, 1);
    const qint64 drawMs = t.restart();
    const auto items = (*wp)->populations().rowsByNumber(drawn->populationId, drawn->rows);
    std::printf("draw 60 items and store them: %lld ms; read their 60 rows: %lld ms (target < 50 ms)\n",
                static_cast<long long>(drawMs), static_cast<long long>(t.elapsed()));
    return items ? 0 : 1;
}
