// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Controls: create/edit/delete, criteria mapping, and matrix import that fails whole and changes nothing.
#include "audit/audittrail.h"
#include "controls/controlservice.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <xlsxwriter.h>

using namespace Tickmark;
using namespace Tickmark::Core;

namespace {

QString writeMatrix(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(content);
    return path;
}

const QByteArray kGoodMatrix = "\xEF\xBB\xBF"
                               "Control ID,Control Description,TSC,Frequency,Control Type,Owner,Key Control,Notes\r\n"
                               "AC-01,\"Access is reviewed, quarterly\",CC6.1; CC6.2,Quarterly,Manual,IT,yes,x\r\n"
                               "AC-02,\"Line one\nline two\",\"cc6.3,CC6.1\",multiple times a day,automated,,no,\r\n"
                               "\r\n"
                               "CM-01,Changes are approved,CC8.1,ad-hoc,manual,Eng,,\r\n";

} // namespace

class TestControlService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void addUpdateRemove();
    void refusals();
    void importGoodMatrix();
    void importErrorsChangeNothing_data();
    void importErrorsChangeNothing();
    void importClashWithExistingControl();
    void undoDeleteRestoresPosition();
    void frequencySpellings();
    void importXlsxMatrix();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workpaper> m_wp;
    QString m_file;
};

void TestControlService::init()
{
    m_wp.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_file = m_dir->filePath(QStringLiteral("controls.tickmark"));
    m_wp = Test::createWorkpaper(m_file);
    QVERIFY(m_wp);
}

void TestControlService::addUpdateRemove()
{
    Control c = Test::control(QStringLiteral("C-1"), {QStringLiteral("CC7.1"), QStringLiteral("CC1.2")});
    c.frequency = Frequency::Monthly;
    c.type = ControlType::Automated;
    c.key = true;
    TM_VERIFY_OK(m_wp->controls().add(c));
    auto stored = m_wp->controls().find(QStringLiteral("C-1"));
    QVERIFY(stored && *stored);
    QCOMPARE((*stored)->criteria, (QStringList{QStringLiteral("CC1.2"), QStringLiteral("CC7.1")}));
    QCOMPARE((*stored)->frequency, Frequency::Monthly);
    QCOMPARE((*stored)->type, ControlType::Automated);
    QVERIFY((*stored)->key);

    c.id = QStringLiteral("C-1a");
    c.criteria = {QStringLiteral("CC6.6")};
    TM_VERIFY_OK(m_wp->controls().update(QStringLiteral("C-1"), c));
    QVERIFY(!*m_wp->controls().find(QStringLiteral("C-1")));
    QCOMPARE((*m_wp->controls().find(QStringLiteral("C-1a")))->criteria, QStringList{QStringLiteral("CC6.6")});
    TM_VERIFY_OK(m_wp->controls().remove(QStringLiteral("C-1a")));
    QCOMPARE(*m_wp->controls().count(), 0);
    QCOMPARE(m_wp->auditTrail().events()->size(), 4);
}

void TestControlService::refusals()
{
    TM_VERIFY_OK(m_wp->controls().add(Test::control(QStringLiteral("C-1"), {QStringLiteral("CC7.1")})));
    const auto dup = m_wp->controls().add(Test::control(QStringLiteral("C-1"), {QStringLiteral("CC7.1")}));
    QCOMPARE(dup.error().code, ErrorCode::AlreadyExists);
    const auto unknown = m_wp->controls().add(Test::control(QStringLiteral("C-2"), {QStringLiteral("CC10.1")}));
    QCOMPARE(unknown.error().code, ErrorCode::InvalidArgument);
    QVERIFY(unknown.error().detail.contains(QStringLiteral("CC10.1")));
    QVERIFY(m_wp->controls().add(Test::control(QStringLiteral("C-3"), {})).error().detail.startsWith(QStringLiteral("criteria:")));
    QVERIFY(m_wp->controls().add(Test::control(QStringLiteral("C-4"), {QStringLiteral("CC1.1")}, QString()))
                .error().detail.startsWith(QStringLiteral("description:")));
    QCOMPARE(m_wp->controls().remove(QStringLiteral("nope")).error().code, ErrorCode::NotFound);
    QCOMPARE(m_wp->controls().update(QStringLiteral("nope"), Test::control(QStringLiteral("x"), {QStringLiteral("CC1.1")}))
                 .error().code,
             ErrorCode::NotFound);
    QCOMPARE(*m_wp->controls().count(), 1);
    QCOMPARE(m_wp->auditTrail().events()->size(), 2);
}

void TestControlService::importGoodMatrix()
{
    const auto result = m_wp->controls().importFile(writeMatrix(*m_dir, QStringLiteral("m.csv"), kGoodMatrix));
    TM_VERIFY_OK(result);
    QCOMPARE(result->added, 3);
    QCOMPARE(result->unknownHeaders, QStringList{QStringLiteral("Notes")});
    const auto controls = m_wp->controls().list();
    QCOMPARE(controls->size(), 3);
    QCOMPARE(controls->at(0).id, QStringLiteral("AC-01"));
    QCOMPARE(controls->at(0).description, QStringLiteral("Access is reviewed, quarterly"));
    QCOMPARE(controls->at(0).criteria, (QStringList{QStringLiteral("CC6.1"), QStringLiteral("CC6.2")}));
    QCOMPARE(controls->at(0).owner, QStringLiteral("IT"));
    QVERIFY(controls->at(0).key);
    QCOMPARE(controls->at(1).description, QStringLiteral("Line one\nline two"));
    QCOMPARE(controls->at(1).criteria, (QStringList{QStringLiteral("CC6.1"), QStringLiteral("CC6.3")}));
    QCOMPARE(controls->at(1).frequency, Frequency::MultipleDaily);
    QCOMPARE(controls->at(1).type, ControlType::Automated);
    QCOMPARE(controls->at(2).frequency, Frequency::AdHoc);
    QVERIFY(!controls->at(2).key);
    // One import is one audited action.
    QCOMPARE(m_wp->auditTrail().events()->last().action, QStringLiteral("import"));
    QCOMPARE(m_wp->auditTrail().events()->size(), 2);
}

void TestControlService::importErrorsChangeNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    const QByteArray header = "control_id,description,criteria,frequency\n";
    QTest::newRow("unknown criterion") << header + "A,a,CC6.1\nB,b,CC6.1;XX9.9\n" << QStringLiteral("row 2 (control B): unknown criterion \"XX9.9\"");
    QTest::newRow("duplicate id") << header + "A,a,CC6.1\nB,b,CC6.2\nA,c,CC6.3\n" << QStringLiteral("row 3: control id A appears twice");
    QTest::newRow("bad frequency") << header + "A,a,CC6.1,fortnightly\n" << QStringLiteral("unknown frequency \"fortnightly\"");
    QTest::newRow("missing column") << QByteArray("id,criteria\nA,CC6.1\n") << QStringLiteral("no \"description\" column");
    QTest::newRow("empty id") << header + "A,a,CC6.1\n,b,CC6.1\n" << QStringLiteral("row 2: the control id is empty");
    QTest::newRow("no criteria") << header + "A,a,\n" << QStringLiteral("row 1 (control A): no criteria given");
    QTest::newRow("broken csv") << header + "A,\"a,CC6.1\n" << QStringLiteral("quoted field is never closed");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("header only") << header << QStringLiteral("no controls");
}

void TestControlService::importErrorsChangeNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    TM_VERIFY_OK(m_wp->controls().add(Test::control(QStringLiteral("KEEP"), {QStringLiteral("CC1.1")})));
    const QByteArray before = Test::fileSha256(m_file);
    const QString matrix = writeMatrix(*m_dir, QStringLiteral("bad.csv"), content);
    const auto result = m_wp->controls().importFile(matrix);
    QVERIFY(!result);
    QVERIFY2(result.error().detail.contains(message), qPrintable(result.error().detail));
    QVERIFY2(result.error().detail.startsWith(matrix), qPrintable(result.error().detail));
    QCOMPARE(Test::fileSha256(m_file), before);
    QCOMPARE(*m_wp->controls().count(), 1);
}

void TestControlService::importClashWithExistingControl()
{
    TM_VERIFY_OK(m_wp->controls().add(Test::control(QStringLiteral("CM-01"), {QStringLiteral("CC1.1")})));
    const QByteArray before = Test::fileSha256(m_file);
    const auto result = m_wp->controls().importFile(writeMatrix(*m_dir, QStringLiteral("m.csv"), kGoodMatrix));
    QVERIFY(!result);
    QVERIFY2(result.error().detail.contains(QStringLiteral("row 3: control CM-01 already exists")),
             qPrintable(result.error().detail));
    QCOMPARE(Test::fileSha256(m_file), before);
    QCOMPARE(*m_wp->controls().count(), 1);
}

void TestControlService::undoDeleteRestoresPosition()
{
    for (const char *id : {"A", "B", "C"})
        TM_VERIFY_OK(m_wp->controls().add(Test::control(QString::fromLatin1(id), {QStringLiteral("CC1.1")})));
    const Control b = **m_wp->controls().find(QStringLiteral("B"));
    const int position = *m_wp->controls().position(QStringLiteral("B"));
    TM_VERIFY_OK(m_wp->controls().remove(QStringLiteral("B")));
    TM_VERIFY_OK(m_wp->controls().add(b, position));
    QStringList ids;
    const auto controls = m_wp->controls().list();
    for (const Control &c : *controls)
        ids << c.id;
    QCOMPARE(ids, (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
}

void TestControlService::frequencySpellings()
{
    QCOMPARE(frequencyFromText(QStringLiteral("Multiple-Daily")), Frequency::MultipleDaily);
    QCOMPARE(frequencyFromText(QStringLiteral("multiple times a day")), Frequency::MultipleDaily);
    QCOMPARE(frequencyFromText(QStringLiteral("Annually")), Frequency::Annual);
    QCOMPARE(frequencyFromText(QStringLiteral("as needed")), Frequency::AdHoc);
    QVERIFY(!frequencyFromText(QStringLiteral("sometimes")));
    for (Frequency f : allFrequencies())
        QCOMPARE(frequencyFromText(frequencyKey(f)), f);
    QCOMPARE(splitCriteriaList(QStringLiteral(" cc6.1;CC6.2 , CC6.1")),
             (QStringList{QStringLiteral("CC6.1"), QStringLiteral("CC6.2")}));
}

void TestControlService::importXlsxMatrix()
{
    const QString path = m_dir->filePath(QStringLiteral("matrix.xlsx"));
    lxw_workbook *book = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Controls");
    const char *rows[][5] = {{"Control ID", "Description", "Criteria", "Frequency", "Owner"},
                             {"X-1", "Firewall rules are reviewed", "CC6.6; CC6.1", "Quarterly", "NetOps"},
                             {"X-2", "Backups are tested", "A1.2", "annual", "SRE"}};
    for (lxw_row_t r = 0; r < 3; ++r) {
        for (lxw_col_t c = 0; c < 5; ++c)
            worksheet_write_string(sheet, r, c, rows[r][c], nullptr);
    }
    QCOMPARE(workbook_close(book), LXW_NO_ERROR);
    const auto result = m_wp->controls().importFile(path);
    TM_VERIFY_OK(result);
    QCOMPARE(result->added, 2);
    QCOMPARE(result->encoding, QStringLiteral("XLSX"));
    const auto x1 = m_wp->controls().find(QStringLiteral("X-1"));
    QCOMPARE((*x1)->criteria, (QStringList{QStringLiteral("CC6.1"), QStringLiteral("CC6.6")}));
    QCOMPARE((*x1)->frequency, Frequency::Quarterly);
    QCOMPARE((*m_wp->controls().find(QStringLiteral("X-2")))->owner, QStringLiteral("SRE"));

    // A bad row in a workbook names the sheet and the row, and stores nothing.
    const QString bad = m_dir->filePath(QStringLiteral("bad.xlsx"));
    book = workbook_new(QFile::encodeName(bad).constData());
    sheet = workbook_add_worksheet(book, "Matrix");
    worksheet_write_string(sheet, 0, 0, "id", nullptr);
    worksheet_write_string(sheet, 0, 1, "description", nullptr);
    worksheet_write_string(sheet, 0, 2, "criteria", nullptr);
    worksheet_write_string(sheet, 1, 0, "Y-1", nullptr);
    worksheet_write_string(sheet, 1, 1, "d", nullptr);
    worksheet_write_string(sheet, 1, 2, "ZZ1.1", nullptr);
    QCOMPARE(workbook_close(book), LXW_NO_ERROR);
    const QByteArray before = Test::fileSha256(m_file);
    const auto refused = m_wp->controls().importFile(bad);
    QVERIFY(!refused);
    QVERIFY2(refused.error().detail.contains(QStringLiteral("(sheet Matrix): row 1 (control Y-1): unknown criterion")),
             qPrintable(refused.error().detail));
    QCOMPARE(Test::fileSha256(m_file), before);
}

QTEST_GUILESS_MAIN(TestControlService)
#include "tst_controlservice.moc"
