// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// No export can overwrite the workpaper it comes from: the report, an evidence item, the request list, a sample's
// request workbook and the audit trail CSV each refuse the workpaper itself, SQLite's -wal and -journal names beside
// it (which exist only at times), a symbolic link to it and a hard link to it, and the workpaper stays readable with
// its content unchanged. The same exports write to any other file, and evidence import refuses the workpaper itself.
#include "audit/audittrail.h"
#include "controls/controlservice.h"
#include "evidence/evidenceservice.h"
#include "evidence/requestservice.h"
#include "population/populationservice.h"
#include "report/reportservice.h"
#include "sample/sampleengagement.h"
#include "sampling/samplingservice.h"
#include "testsupport.h"
#include "workpaper/workpaper.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <functional>

using namespace Tickmark;
using namespace Tickmark::Core;

using Export = std::function<Result<void>(Workpaper &, const QString &)>;
Q_DECLARE_METATYPE(Export)

class TestExportTargets : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void refusesTheWorkpaper_data();
    void refusesTheWorkpaper();
    void writesElsewhere();
    void importOfItselfIsRefused();

private:
    QList<std::pair<const char *, Export>> exports() const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workpaper> m_wp;
    QString m_file;
    QByteArray m_evidenceSha;
};

void TestExportTargets::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = m_dir->filePath(QStringLiteral("engagement.tickmark"));
    auto wp = createSampleEngagement(m_file, Test::preparer(), Test::fixedClock());
    QVERIFY2(wp, wp ? "" : qPrintable(wp.error().detail));
    m_wp = std::move(*wp);
    const QString note = m_dir->filePath(QStringLiteral("note.txt"));
    QFile f(note);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Access review signed off on 2026-03-31.\n");
    f.close();
    const auto imported = m_wp->evidence().importPackage(note, {});
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().detail));
    m_evidenceSha = Test::fileSha256(note);
    const QString csv = m_dir->filePath(QStringLiteral("reviews.csv"));
    QFile rows(csv);
    QVERIFY(rows.open(QIODevice::WriteOnly));
    rows.write("Review,Date\nQ1,2026-03-31\nQ2,2026-06-30\nQ3,2026-09-30\n");
    rows.close();
    PopulationImportOptions population;
    population.name = QStringLiteral("Reviews");
    population.controlId = QStringLiteral("CTL-01");
    TM_VERIFY_OK(m_wp->populations().importFile(csv, population));
    TM_VERIFY_OK(m_wp->sampling().draw(population.name, 2, SelectionMethod::Random, 7));
    QVERIFY(QFile::link(m_file, m_dir->filePath(QStringLiteral("symlink.pdf"))));
    std::error_code error;
    std::filesystem::create_hard_link(m_file.toStdU16String(),
                                      m_dir->filePath(QStringLiteral("hardlink.csv")).toStdU16String(), error);
    QVERIFY2(!error, error.message().c_str());
}

void TestExportTargets::cleanup()
{
    m_wp.reset();
    m_dir.reset();
}

QList<std::pair<const char *, Export>> TestExportTargets::exports() const
{
    return {
        {"report",
         [](Workpaper &wp, const QString &to) -> Result<void> {
             const auto info = wp.report().exportTo(to);
             return info ? Result<void>{} : Result<void>(info.error());
         }},
        {"evidence", [this](Workpaper &wp, const QString &to) { return wp.evidence().exportItem(m_evidenceSha, to); }},
        {"requests", [](Workpaper &wp, const QString &to) { return wp.requests().exportList(to); }},
        {"sample",
         [](Workpaper &wp, const QString &to) { return wp.sampling().exportRequest(QStringLiteral("Reviews"), to); }},
        {"audit trail", [](Workpaper &wp, const QString &to) { return wp.auditTrail().exportCsv({}, to); }},
    };
}

void TestExportTargets::refusesTheWorkpaper_data()
{
    QTest::addColumn<Export>("write");
    for (const auto &[name, write] : exports()) {
        for (const char *target : {"engagement.tickmark", "engagement.tickmark-wal", "engagement.tickmark-journal",
                                   "symlink.pdf", "hardlink.csv"})
            QTest::newRow(qPrintable(QStringLiteral("%1 to %2").arg(QLatin1String(name), QLatin1String(target))))
                << write;
    }
}

void TestExportTargets::refusesTheWorkpaper()
{
    QFETCH(Export, write);
    const QString target =
        m_dir->filePath(QString::fromLatin1(QTest::currentDataTag()).section(QStringLiteral(" to "), 1));
    const int controls = m_wp->controls().count().value();
    const auto events = m_wp->auditTrail().events();
    QVERIFY(events);
    const auto refused = write(*m_wp, target);
    QVERIFY(!refused);
    QVERIFY2(refused.error().detail.contains(QStringLiteral("is the open workpaper")),
             qPrintable(refused.error().detail));
    m_wp.reset();
    auto reopened = Workpaper::open(m_file, Test::preparer(), Test::fixedClock());
    QVERIFY2(reopened, reopened ? "" : qPrintable(reopened.error().detail));
    QCOMPARE((*reopened)->controls().count().value(), controls);
    QCOMPARE((*reopened)->auditTrail().events()->size(), events->size());
    TM_VERIFY_OK((*reopened)->auditTrail().verify());
}

// The check is not in the way of an ordinary file next to the workpaper, with a name that starts like it.
void TestExportTargets::writesElsewhere()
{
    const QStringList suffixes{QStringLiteral(".pdf"), QStringLiteral(".txt"), QStringLiteral(".csv"),
                               QStringLiteral(".xlsx"), QStringLiteral(".csv")};
    const auto all = exports();
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QString out = m_dir->filePath(QStringLiteral("engagement.tickmark-%1%2").arg(i).arg(suffixes.at(i)));
        const auto written = all.at(i).second(*m_wp, out);
        QVERIFY2(written, qPrintable(QLatin1String(all.at(i).first) + QStringLiteral(": ") +
                                     (written ? QString() : written.error().detail)));
        QVERIFY2(QFileInfo(out).size() > 0, all.at(i).first);
    }
    QCOMPARE(Test::fileSha256(m_dir->filePath(QStringLiteral("engagement.tickmark-1.txt"))), m_evidenceSha);
}

// The same check keeps the workpaper out of its own evidence, under its name or through a link.
void TestExportTargets::importOfItselfIsRefused()
{
    const auto before = m_wp->evidence().list();
    QVERIFY(before);
    for (const QString &name :
         {QStringLiteral("engagement.tickmark"), QStringLiteral("symlink.pdf"), QStringLiteral("hardlink.csv")}) {
        const auto refused = m_wp->evidence().importPackage(m_dir->filePath(name), {});
        QVERIFY2(!refused, qPrintable(name));
        QVERIFY2(refused.error().detail.contains(QStringLiteral("cannot be imported into itself")),
                 qPrintable(refused.error().detail));
    }
    QCOMPARE(m_wp->evidence().list()->size(), before->size());
}

QTEST_MAIN(TestExportTargets)
#include "tst_exporttargets.moc"
