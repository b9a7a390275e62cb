// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// No export can overwrite the workpaper it comes from: the report, an evidence item, the request list, a sample's
// request workbook and the audit trail CSV each refuse the workpaper itself, its -wal file, a symbolic link to it
// and a hard link to it, and the workpaper stays readable with its content unchanged.
#include "audit/audittrail.h"
#include "controls/controlservice.h"
#include "evidence/evidenceservice.h"
#include "evidence/requestservice.h"
#include "report/reportservice.h"
#include "sample/sampleengagement.h"
#include "sampling/samplingservice.h"
#include "testsupport.h"
#include "workpaper/workpaper.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

#include <unistd.h>

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

private:
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
    QVERIFY(QFile::link(m_file, m_dir->filePath(QStringLiteral("symlink.pdf"))));
    QCOMPARE(::link(QFile::encodeName(m_file).constData(),
                    QFile::encodeName(m_dir->filePath(QStringLiteral("hardlink.csv"))).constData()),
             0);
}

void TestExportTargets::cleanup()
{
    m_wp.reset();
    m_dir.reset();
}

void TestExportTargets::refusesTheWorkpaper_data()
{
    QTest::addColumn<Export>("write");
    const QList<std::pair<const char *, Export>> exports{
        {"report", [](Workpaper &wp, const QString &to) -> Result<void> {
             const auto info = wp.report().exportTo(to);
             return info ? Result<void>{} : Result<void>(info.error());
         }},
        {"evidence", [this](Workpaper &wp, const QString &to) { return wp.evidence().exportItem(m_evidenceSha, to); }},
        {"requests", [](Workpaper &wp, const QString &to) { return wp.requests().exportList(to); }},
        {"sample", [](Workpaper &wp, const QString &to) {
             return wp.sampling().exportRequest(QStringLiteral("no such population"), to);
         }},
        {"audit trail", [](Workpaper &wp, const QString &to) { return wp.auditTrail().exportCsv({}, to); }},
    };
    for (const auto &[name, write] : exports) {
        for (const char *target : {"engagement.tickmark", "engagement.tickmark-wal", "symlink.pdf", "hardlink.csv"})
            QTest::newRow(qPrintable(QStringLiteral("%1 to %2").arg(QLatin1String(name), QLatin1String(target))))
                << write;
    }
}

void TestExportTargets::refusesTheWorkpaper()
{
    QFETCH(Export, write);
    const QString target = m_dir->filePath(QString::fromLatin1(QTest::currentDataTag()).section(QStringLiteral(" to "), 1));
    const int controls = m_wp->controls().count().value();
    const auto events = m_wp->auditTrail().events();
    QVERIFY(events);
    const auto refused = write(*m_wp, target);
    QVERIFY(!refused);
    QVERIFY2(refused.error().detail.contains(QStringLiteral("is the open workpaper")), qPrintable(refused.error().detail));
    m_wp.reset();
    auto reopened = Workpaper::open(m_file, Test::preparer(), Test::fixedClock());
    QVERIFY2(reopened, reopened ? "" : qPrintable(reopened.error().detail));
    QCOMPARE((*reopened)->controls().count().value(), controls);
    QCOMPARE((*reopened)->auditTrail().events()->size(), events->size());
    TM_VERIFY_OK((*reopened)->auditTrail().verify());
}

// The check is not in the way of an ordinary file next to the workpaper.
void TestExportTargets::writesElsewhere()
{
    const QString out = m_dir->filePath(QStringLiteral("engagement.tickmark.txt"));
    TM_VERIFY_OK(m_wp->evidence().exportItem(m_evidenceSha, out));
    QCOMPARE(Test::fileSha256(out), m_evidenceSha);
    TM_VERIFY_OK(m_wp->requests().exportList(m_dir->filePath(QStringLiteral("requests.csv"))));
}

QTEST_GUILESS_MAIN(TestExportTargets)
#include "tst_exporttargets.moc"
