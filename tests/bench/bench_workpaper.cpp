// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (not a test): prints timings for workpaper operations at a scale larger than any real engagement.
// Usage: bench_workpaper [CONTROLS]   (default 5000)
#include "audit/audittrail.h"
#include "controls/controlservice.h"
#include "criteria/criteriaservice.h"
#include "sample/sampleengagement.h"
#include "workpaper/workpaper.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace Tickmark::Core;

namespace {

void report(const char *what, qint64 ms)
{
    std::printf("%-44s %8lld ms\n", what, static_cast<long long>(ms));
}

ControlMatrix bigMatrix(int n)
{
    ControlMatrix m;
    const QList<Criterion> &all = CriteriaCatalog::all();
    for (int i = 0; i < n; ++i) {
        Control c;
        c.id = QStringLiteral("BC-%1").arg(i, 5, 10, QLatin1Char('0'));
        c.description = QStringLiteral("Benchmark control %1 with a realistic description length of about a sentence.").arg(i);
        c.criteria = {all.at(i % 33).id, all.at((i * 7) % 33).id};
        m.controls.append(c);
    }
    return m;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 5000;
    QTemporaryDir dir;
    const Actor actor{QStringLiteral("Bench"), QStringLiteral("B"), Role::Preparer};
    QElapsedTimer t;

    t.start();
    auto wp = createSampleEngagement(dir.filePath(QStringLiteral("bench.tickmark")), actor);
    if (!wp) {
        std::fprintf(stderr, "error: %s\n", qPrintable(wp.error().detail));
        return 1;
    }
    report("create sample engagement (47 controls)", t.restart());
    if (auto ok = (*wp)->controls().importMatrix(bigMatrix(n), QStringLiteral("bench")); !ok)
        return 1;
    report(qPrintable(QStringLiteral("import %1 controls (one transaction)").arg(n)), t.restart());
    for (int i = 0; i < 200; ++i)
        (void)(*wp)->controls().remove(QStringLiteral("BC-%1").arg(i, 5, 10, QLatin1Char('0')));
    report("200 single deletes (200 transactions)", t.restart());
    const auto list = (*wp)->controls().list();
    report(qPrintable(QStringLiteral("list %1 controls").arg(list->size())), t.restart());
    (void)(*wp)->criteria().coverage();
    report("coverage", t.restart());
    const auto chain = (*wp)->auditTrail().verify();
    report(qPrintable(QStringLiteral("verify audit chain (%1 events)").arg(chain->events)), t.restart());
    const QString path = (*wp)->path();
    wp->reset();
    auto reopened = Workpaper::open(path, actor);
    report("reopen (quick_check included)", t.restart());
    return reopened ? 0 : 1;
}
