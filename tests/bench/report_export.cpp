// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (not a test): a generated Type II engagement (150 controls, 4 test procedures each, a 60-item sample
// each, 20 exceptions): times its review status, then exports it to PDF, ODT and HTML. Prints the times, pages and
// pages per second of the PDF and the peak resident memory (getrusage). Usage: report_export [CONTROLS] [OUT_DIR]
#include "controls/controlservice.h"
#include "criteria/criterion.h"
#include "population/populationservice.h"
#include "report/reportservice.h"
#include "review/reviewservice.h"
#include "sampling/samplingservice.h"
#include "testing/exceptionservice.h"
#include "testing/testingservice.h"
#include "workpaper/workpaper.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

using namespace Tickmark;
using namespace Tickmark::Core;

namespace {

void line(const char *what, qint64 ms)
{
    std::printf("%-48s %8lld ms\n", what, static_cast<long long>(ms));
}

bool check(const Result<void> &r)
{
    if (!r)
        std::fprintf(stderr, "error: %s\n", qPrintable(r.error().detail));
    return bool(r);
}

template<typename T> bool check(const Result<T> &r)
{
    if (!r)
        std::fprintf(stderr, "error: %s\n", qPrintable(r.error().detail));
    return bool(r);
}

QString populationCsv(const QString &dir, int control, int rows)
{
    QByteArray csv = "ticket,date,requested_by\n";
    for (int r = 1; r <= rows; ++r)
        csv += "T" + QByteArray::number(control * 10000 + r) + ",2026-0" + QByteArray::number(1 + r % 9) + "-15,user" +
               QByteArray::number(r % 40) + '\n';
    const QString path = QDir(dir).filePath(QStringLiteral("pop-%1.csv").arg(control));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(csv);
    return path;
}

bool generate(Workpaper &wp, const QString &dir, int controls)
{
    const QList<Criterion> criteria = CriteriaCatalog::inCategories({Category::Security, Category::Availability});
    ControlMatrix matrix;
    for (int i = 0; i < controls; ++i) {
        Control c;
        c.id = QStringLiteral("CTL-%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        c.description = QStringLiteral("The operations team reviews event %1 each day and records the review, "
                                       "including follow-up of any issue, in the ticketing system.")
                            .arg(i + 1);
        c.criteria = CriteriaCatalog::sorted(
            {criteria.at(i % criteria.size()).id, criteria.at((i * 7 + 3) % criteria.size()).id});
        c.frequency = Frequency::Daily;
        matrix.controls << c;
    }
    if (!check(wp.controls().importMatrix(matrix, QStringLiteral("bench"))))
        return false;
    const ProcedureKind kinds[] = {ProcedureKind::Inquiry, ProcedureKind::Observation, ProcedureKind::Inspection,
                                   ProcedureKind::Reperformance};
    for (int i = 0; i < controls; ++i) {
        const QString id = matrix.controls.at(i).id;
        for (ProcedureKind kind : kinds) {
            if (!check(wp.testing().addProcedure(id, kind,
                                                 QStringLiteral("Tested the daily review of the sampled "
                                                                "day against the ticket and its evidence."))))
                return false;
        }
        PopulationImportOptions options;
        options.name = QStringLiteral("Reviews %1").arg(id);
        options.controlId = id;
        if (!check(wp.populations().importFile(populationCsv(dir, i, 270), options)) ||
            !check(wp.sampling().draw(options.name, 60, SelectionMethod::Random, quint64(1000 + i))))
            return false;
        if (i % (controls / 20 > 0 ? controls / 20 : 1) != 0 || i / qMax(1, controls / 20) >= 20)
            continue;
        // One of every controls/20 controls gets a deviation: 20 exceptions.
        if (!check(wp.testing().addAttribute(id, {}, QStringLiteral("Review performed and evidenced"))))
            return false;
        const auto sample = wp.sampling().sample(options.name);
        if (!check(sample) ||
            !check(wp.testing().record(id, (*sample)->rows.first(), QStringLiteral("A"), AttributeResult::Deviation)))
            return false;
        const auto exceptions = wp.exceptions().forControl(id);
        if (!check(exceptions) || exceptions->isEmpty())
            return false;
        ExceptionUpdate update;
        update.description = QStringLiteral("The review was not evidenced in the ticketing system");
        update.managementResponse = QStringLiteral("Reviews are now enforced by a mandatory ticket field.");
        update.criterionMet = std::optional<bool>(true);
        if (!check(wp.exceptions().update(exceptions->first().id, update)))
            return false;
    }
    return true;
}

long peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int controls = argc > 1 ? QByteArray(argv[1]).toInt() : 150;
    QTemporaryDir tmp;
    const QString outDir = argc > 2 ? QString::fromLocal8Bit(argv[2]) : tmp.path();
    const Actor actor{QStringLiteral("Bench"), QStringLiteral("B"), Role::Preparer};
    EngagementDetails d;
    d.client = QStringLiteral("Benchmark Cloud Inc.");
    d.system = QStringLiteral("Benchmark Platform");
    d.type = ReportType::TypeII;
    d.periodFrom = QDate(2026, 1, 1);
    d.periodTo = QDate(2026, 9, 30);
    d.categories = {Category::Security, Category::Availability};
    d.firm = QStringLiteral("Tally & Mark LLP");
    d.firmCity = QStringLiteral("Denver, Colorado");

    QElapsedTimer t;
    t.start();
    auto wp = Workpaper::create(QDir(tmp.path()).filePath(QStringLiteral("bench.tickmark")), d, actor);
    if (!check(wp) || !generate(**wp, tmp.path(), controls))
        return 1;
    line(qPrintable(QStringLiteral("generate engagement (%1 controls)").arg(controls)), t.restart());

    const auto doc = (*wp)->report().document();
    if (!check(doc))
        return 1;
    line("gather and build the report document", t.restart());
    const auto status = (*wp)->review().status();
    if (!check(status))
        return 1;
    line("review status (every sign-off's staleness)", t.restart());
    const auto pdf = (*wp)->report().exportTo(QDir(outDir).filePath(QStringLiteral("report.pdf")));
    if (!check(pdf))
        return 1;
    const qint64 pdfMs = qMax<qint64>(1, t.restart());
    line("export PDF (gather, build, lay out, paint)", pdfMs);
    std::printf("%-48s %8d\n", "pages", pdf->pages);
    std::printf("%-48s %8.1f\n", "pages per second", pdf->pages * 1000.0 / double(pdfMs));
    if (!check((*wp)->report().exportTo(QDir(outDir).filePath(QStringLiteral("report.odt")))))
        return 1;
    line("export ODT", t.restart());
    if (!check((*wp)->report().exportTo(QDir(outDir).filePath(QStringLiteral("report.html")))))
        return 1;
    line("export HTML", t.restart());
    std::printf("%-48s %8ld MiB\n", "peak resident memory", peakRssMiB());
    return 0;
}
