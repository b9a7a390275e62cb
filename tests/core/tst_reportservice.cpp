// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ReportService on a real workpaper: audited template, description and opinion setters, export by suffix, the
// deviation recorded by testing appearing in the report, and issue: refused while review is not done, otherwise the
// reference archive (PDF, workpaper copy, manifest with SHA-256) and the lock.
#include "audit/audittrail.h"
#include "common/sha256.h"
#include "controls/controlservice.h"
#include "io/zipreader.h"
#include "population/populationservice.h"
#include "report/reportservice.h"
#include "report/reporttemplates.h"
#include "review/reviewservice.h"
#include "sampling/samplingservice.h"
#include "testing/exceptionservice.h"
#include "testing/testingservice.h"
#include "testsupport.h"

#include <algorithm>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <poppler-qt6.h>

using namespace Tickmark;
using namespace Tickmark::Core;

namespace {

QString pdfText(const QString &path)
{
    const auto pdf = Poppler::Document::load(path);
    if (!pdf)
        return {};
    QString text;
    for (int i = 0; i < pdf->numPages(); ++i)
        text += pdf->page(i)->text(QRectF()) + QLatin1Char('\n');
    return text;
}

Actor person(const char *name, const char *initials, Role role)
{
    return Actor{QString::fromUtf8(name), QString::fromUtf8(initials), role};
}

} // namespace

class TestReportService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void templatesAreAuditedAndChecked();
    void descriptionAndOpinionChoice();
    void exportBySuffix();
    void deviationFromTesting();
    void issueRefusedUntilReviewed();
    void issueWritesArchiveAndLocks();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    void signEverything();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workpaper> m_wp;
};

void TestReportService::init()
{
    m_wp.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_wp = Test::createWorkpaper(path(QStringLiteral("report.tickmark")));
    QVERIFY(m_wp);
    TM_VERIFY_OK(m_wp->controls().add(Test::control(QStringLiteral("C-1"), {QStringLiteral("CC6.2")},
                                                    QStringLiteral("Access of leavers is removed within one day."))));
    TM_VERIFY_OK(m_wp->controls().add(Test::control(QStringLiteral("C-2"), {QStringLiteral("CC8.1")},
                                                    QStringLiteral("Changes are approved before deployment."))));
    QByteArray csv = "id,name\n";
    for (int i = 1; i <= 20; ++i)
        csv += "L-" + QByteArray::number(i) + ",Leaver " + QByteArray::number(i) + '\n';
    QFile f(path(QStringLiteral("leavers.csv")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(csv);
    f.close();
    PopulationImportOptions options;
    options.name = QStringLiteral("Leavers");
    options.controlId = QStringLiteral("C-1");
    TM_VERIFY_OK(m_wp->populations().importFile(f.fileName(), options));
    TM_VERIFY_OK(m_wp->sampling().draw(QStringLiteral("Leavers"), 4, SelectionMethod::Random, 42));
    TM_VERIFY_OK(m_wp->testing().addProcedure(QStringLiteral("C-1"), ProcedureKind::Inspection,
                                              QStringLiteral("Inspected the access removal ticket.")));
    TM_VERIFY_OK(m_wp->testing().addAttribute(QStringLiteral("C-1"), {}, QStringLiteral("Removed within a day")));
}

void TestReportService::templatesAreAuditedAndChecked()
{
    ReportService &report = m_wp->report();
    const auto refused = report.setTemplate(QStringLiteral("auditor.addressee"), QStringLiteral("Dear {clientt}"));
    QVERIFY(!refused);
    QVERIFY(refused.error().detail.contains(QStringLiteral("{clientt}")));
    TM_VERIFY_OK(report.setTemplate(QStringLiteral("auditor.addressee"), QStringLiteral("To the Board of {client}:")));
    QCOMPARE(report.customTemplates()->value(QStringLiteral("auditor.addressee")),
             QStringLiteral("To the Board of {client}:"));
    QCOMPARE(report.templates()->value(QStringLiteral("auditor.scope.type2")),
             ReportTemplates::defaults().value(QStringLiteral("auditor.scope.type2")));
    const AuditEvent last = m_wp->auditTrail().events()->last();
    QCOMPARE(last.object, QStringLiteral("section:report"));
    QCOMPARE(last.action, QStringLiteral("template"));
    const auto doc = report.document();
    TM_VERIFY_OK(doc);
    QCOMPARE(plainText(doc->sections.at(0).blocks.at(0).spans), QStringLiteral("To the Board of Example Cloud Ltd:"));
    TM_VERIFY_OK(report.resetTemplate(QStringLiteral("auditor.addressee")));
    QVERIFY(report.customTemplates()->isEmpty());
    QVERIFY(!report.resetTemplate(QStringLiteral("auditor.addressee")));
}

void TestReportService::descriptionAndOpinionChoice()
{
    ReportService &report = m_wp->report();
    TM_VERIFY_OK(report.setDescription(QStringLiteral("boundaries"), QStringLiteral("<p>The <b>boundary</b> is the "
                                                                                    "platform.</p>")));
    QVERIFY(!report.setDescription(QStringLiteral("colour"), QStringLiteral("x")));
    QCOMPARE(report.descriptions()->size(), 1);
    const auto html = m_wp->report().exportTo(path(QStringLiteral("r.html")));
    TM_VERIFY_OK(html);
    QFile f(path(QStringLiteral("r.html")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("<p>The <strong>boundary</strong> is the platform.</p>"));

    QCOMPARE(report.opinion()->kind, OpinionKind::Unmodified);
    const auto noReason = report.setOpinionChoice(OpinionChoice{OpinionChoice::Mode::Disclaimer, {}});
    QVERIFY(!noReason);
    QVERIFY(noReason.error().detail.contains(QStringLiteral("reason")));
    TM_VERIFY_OK(report.setOpinionChoice(
        OpinionChoice{OpinionChoice::Mode::Disclaimer, QStringLiteral("Management did not provide the population "
                                                                      "of changes.")}));
    QCOMPARE(report.opinion()->kind, OpinionKind::Disclaimer);
    QCOMPARE(report.opinionChoice()->reason, QStringLiteral("Management did not provide the population of changes."));
    TM_VERIFY_OK(report.setPaperSize(PaperSize::Letter));
    QCOMPARE(*report.paperSize(), PaperSize::Letter);
}

void TestReportService::exportBySuffix()
{
    ReportService &report = m_wp->report();
    const auto pdf = report.exportTo(path(QStringLiteral("r.pdf")));
    TM_VERIFY_OK(pdf);
    QCOMPARE(pdf->format, QStringLiteral("pdf"));
    QVERIFY(pdf->draft);
    QVERIFY(pdf->pages > 8);
    QVERIFY(pdfText(path(QStringLiteral("r.pdf"))).contains(QStringLiteral("DRAFT")));
    const auto odt = report.exportTo(path(QStringLiteral("r.odt")));
    TM_VERIFY_OK(odt);
    QFile odtFile(path(QStringLiteral("r.odt")));
    QVERIFY(odtFile.open(QIODevice::ReadOnly));
    ZipReader zip(odtFile.readAll());
    const auto content = zip.read({QStringLiteral("content.xml")});
    TM_VERIFY_OK(content);
    QVERIFY(content->value(QStringLiteral("content.xml")).contains("Independent Service Auditor"));
    const auto bad = report.exportTo(path(QStringLiteral("r.docx")));
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, ErrorCode::InvalidArgument);
    QVERIFY(bad.error().detail.contains(QStringLiteral(".pdf, .odt or .html")));
}

void TestReportService::deviationFromTesting()
{
    const auto sample = m_wp->sampling().sample(QStringLiteral("Leavers"));
    TM_VERIFY_OK(sample);
    const QList<qint64> rows = (*sample)->rows;
    for (qint64 row : rows)
        TM_VERIFY_OK(m_wp->testing().record(QStringLiteral("C-1"), row, QStringLiteral("A"),
                                            row == rows.first() ? AttributeResult::Deviation : AttributeResult::Pass));
    const auto exceptions = m_wp->exceptions().forControl(QStringLiteral("C-1"));
    TM_VERIFY_OK(exceptions);
    QCOMPARE(exceptions->size(), 1);
    ExceptionUpdate update;
    update.description = QStringLiteral("Access was removed three days after the leaving date");
    update.managementResponse = QStringLiteral("Leavers are now processed daily.");
    update.criterionMet = std::optional<bool>(false);
    TM_VERIFY_OK(m_wp->exceptions().update(exceptions->first().id, update));
    const auto doc = m_wp->report().document();
    TM_VERIFY_OK(doc);
    QCOMPARE(doc->opinion.kind, OpinionKind::Qualified);
    QCOMPARE(doc->opinion.criteriaNotMet, QStringList{QStringLiteral("CC6.2")});
    bool found = false;
    for (const ReportBlock &b : doc->sections.at(3).blocks) {
        for (const QStringList &row : b.table.rows) {
            if (row.value(0) == QLatin1String("C-1")) {
                QCOMPARE(row.value(3), QStringLiteral("For 1 of 4 items sampled, access was removed three days after "
                                                      "the leaving date."));
                QVERIFY(
                    row.value(2).contains(QStringLiteral("Sample of 4 items selected at random from the 20 items of "
                                                         "population \u201cLeavers\u201d.")));
                found = true;
            }
        }
    }
    QVERIFY(found);
}

void TestReportService::signEverything()
{
    const auto objects = m_wp->review().signableObjects();
    TM_VERIFY_OK(objects);
    m_wp->setActor(Test::preparer());
    for (const QString &object : *objects)
        TM_VERIFY_OK(m_wp->review().signOff(object));
    m_wp->setActor(person("Rita Reviewer", "RR", Role::Reviewer));
    for (const QString &object : *objects)
        TM_VERIFY_OK(m_wp->review().signOff(object));
}

void TestReportService::issueRefusedUntilReviewed()
{
    m_wp->setActor(person("Pia Partner", "PP2", Role::Partner));
    auto refused = m_wp->report().issue();
    QVERIFY(!refused);
    QVERIFY2(refused.error().detail.contains(QStringLiteral("sign-off missing: section:scope (preparer)")),
             qPrintable(refused.error().detail));
    const auto blockers = m_wp->report().issueBlockers();
    QVERIFY(blockers);
    QVERIFY(std::any_of(blockers->cbegin(), blockers->cend(), [](const IssueBlocker &b) {
        return b.text == QLatin1String("sign-off missing: control:C-1 (reviewer)");
    }));
    signEverything();
    m_wp->setActor(person("Rita Reviewer", "RR", Role::Reviewer));
    const auto note = m_wp->review().addNote(QStringLiteral("control:C-2"), QStringLiteral("Where is the ticket?"));
    TM_VERIFY_OK(note);
    m_wp->setActor(person("Pia Partner", "PP2", Role::Partner));
    refused = m_wp->report().issue();
    QVERIFY(!refused);
    QVERIFY2(refused.error().detail.contains(QStringLiteral("#%1 on control:C-2").arg(*note)),
             qPrintable(refused.error().detail));
    m_wp->setActor(Test::preparer());
    refused = m_wp->report().issue();
    QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
    QVERIFY(!m_wp->isLocked());
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.zip")}).size(), 0);
}

void TestReportService::issueWritesArchiveAndLocks()
{
    signEverything();
    m_wp->setActor(person("Pia Partner", "PP2", Role::Partner));
    QTemporaryDir archiveDir;
    ReportIssueOptions options;
    options.archiveDir = archiveDir.path();
    const auto issued = m_wp->report().issue(options);
    TM_VERIFY_OK(issued);
    QVERIFY(m_wp->isLocked());
    QVERIFY(issued->archivePath.startsWith(archiveDir.path()));
    QCOMPARE(Test::fileSha256(issued->archivePath), issued->archiveSha256);

    QFile zipFile(issued->archivePath);
    QVERIFY(zipFile.open(QIODevice::ReadOnly));
    ZipReader zip(zipFile.readAll());
    const auto names = zip.entryNames();
    TM_VERIFY_OK(names);
    QCOMPARE(*names, (QStringList{QStringLiteral("report-report.pdf"), QStringLiteral("report.tickmark"),
                                  QStringLiteral("manifest.json")}));
    const auto entries = zip.read(*names);
    TM_VERIFY_OK(entries);
    const QJsonObject manifest = QJsonDocument::fromJson(entries->value(QStringLiteral("manifest.json"))).object();
    const QJsonArray files = manifest.value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), 2);
    for (const QJsonValue &v : files) {
        const QString name = v.toObject().value(QStringLiteral("name")).toString();
        QCOMPARE(v.toObject().value(QStringLiteral("sha256")).toString().toLatin1(), Sha256::hex(entries->value(name)));
    }
    QCOMPARE(QString::fromLatin1(issued->pdfSha256), files.at(0).toObject().value(QStringLiteral("sha256")).toString());
    QCOMPARE(manifest.value(QStringLiteral("issued_by")).toString(), QStringLiteral("Pia Partner (PP2)"));
    // The issued PDF carries no DRAFT mark; neither does a later export.
    const QString pdfPath = path(QStringLiteral("issued.pdf"));
    QFile out(pdfPath);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(entries->value(QStringLiteral("report-report.pdf")));
    out.close();
    const QString issuedText = pdfText(pdfPath);
    QVERIFY(issuedText.contains(QStringLiteral("Independent Service Auditor's Report")));
    QVERIFY(!issuedText.contains(QStringLiteral("DRAFT")));
    const auto later = m_wp->report().exportTo(path(QStringLiteral("later.pdf")));
    TM_VERIFY_OK(later);
    QVERIFY(!later->draft);
    QVERIFY(!pdfText(path(QStringLiteral("later.pdf"))).contains(QStringLiteral("DRAFT")));
    // Locked: changes and a second issue are refused.
    QCOMPARE(m_wp->report().setTemplate(QStringLiteral("auditor.addressee"), QStringLiteral("x")).error().code,
             ErrorCode::Locked);
    QCOMPARE(m_wp->report().issue(options).error().code, ErrorCode::Locked);
}

QTEST_MAIN(TestReportService)
#include "tst_reportservice.moc"
