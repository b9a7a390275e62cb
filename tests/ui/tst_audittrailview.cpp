// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The audit trail viewer: events listed newest first, filtered by object text, user and dates; CSV export of the
// filtered events (header, quoting, chain order); the hash chain's state; a screenshot.
#include "audit/audittrail.h"
#include "audit/audittrailpage.h"
#include "common/filechooser.h"
#include "controls/controlservice.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Tickmark;
using namespace Tickmark::Core;
using namespace Tickmark::Ui;

class TestAuditTrailView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsEveryEventNewestFirst();
    void filtersByObjectUserAndDate();
    void exportsTheFilteredEventsAsCsv();
    void screenshot();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workpaper> m_wp;
    int m_total = 0;
};

void TestAuditTrailView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_wp = Test::createWorkpaper(m_dir->filePath(QStringLiteral("audit.tickmark")));
    QVERIFY(m_wp);
    TM_VERIFY_OK(m_wp->controls().add(Test::control(QStringLiteral("C-1"), {QStringLiteral("CC8.1")})));
    m_wp->setActor(Actor{QStringLiteral("Rita Reviewer"), QStringLiteral("RR"), Role::Reviewer});
    TM_VERIFY_OK(m_wp->controls().add(
        Test::control(QStringLiteral("C-2"), {QStringLiteral("CC6.1")}, QStringLiteral("Access, \"quarterly\""))));
    m_total = static_cast<int>(m_wp->auditTrail().events()->size());
}

void TestAuditTrailView::cleanup()
{
    m_wp.reset();
    m_dir.reset();
}

void TestAuditTrailView::listsEveryEventNewestFirst()
{
    AuditTrailPage page(*m_wp);
    auto *view = page.findChild<QTableView *>(QStringLiteral("auditView"));
    QCOMPARE(view->model()->rowCount(), m_total);
    QCOMPARE(view->model()->index(0, AuditTrailPage::ObjectColumn).data().toString(), QStringLiteral("control:C-2"));
    QCOMPARE(view->model()->index(0, AuditTrailPage::UserColumn).data().toString(),
             QStringLiteral("Rita Reviewer (RR)"));
    QCOMPARE(view->model()->index(0, AuditTrailPage::RoleColumn).data().toString(), QStringLiteral("reviewer"));
    QVERIFY(page.chainOk());
    auto *status = page.findChild<QLabel *>(QStringLiteral("auditChainStatus"));
    QVERIFY2(status->text().contains(QStringLiteral("verified")), qPrintable(status->text()));
    // A new action appears at once.
    TM_VERIFY_OK(m_wp->controls().remove(QStringLiteral("C-1")));
    QCOMPARE(view->model()->rowCount(), m_total + 1);
    QCOMPARE(view->model()->index(0, AuditTrailPage::ActionColumn).data().toString(), QStringLiteral("delete"));
}

void TestAuditTrailView::filtersByObjectUserAndDate()
{
    AuditTrailPage page(*m_wp);
    auto *view = page.findChild<QTableView *>(QStringLiteral("auditView"));
    auto *object = page.findChild<QLineEdit *>(QStringLiteral("auditObjectFilter"));
    object->setText(QStringLiteral("C-1"));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(page.shownEvents().first().object, QStringLiteral("control:C-1"));
    object->clear();

    auto *user = page.findChild<QComboBox *>(QStringLiteral("auditUserFilter"));
    user->setCurrentIndex(user->findData(QStringLiteral("Rita Reviewer")));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(page.shownEvents().first().user, QStringLiteral("Rita Reviewer"));
    user->setCurrentIndex(0);
    QCOMPARE(view->model()->rowCount(), m_total);

    // The test clock stands at 2026-03-01: a range starting the next day shows nothing, one ending then shows all.
    auto *from = page.findChild<QDateEdit *>(QStringLiteral("auditFromDate"));
    auto *fromCheck = page.findChild<QCheckBox *>(QStringLiteral("auditFromCheck"));
    from->setDate(QDate(2026, 3, 2));
    fromCheck->setChecked(true);
    QCOMPARE(view->model()->rowCount(), 0);
    from->setDate(QDate(2026, 2, 28));
    auto *to = page.findChild<QDateEdit *>(QStringLiteral("auditToDate"));
    auto *toCheck = page.findChild<QCheckBox *>(QStringLiteral("auditToCheck"));
    to->setDate(QDate(2026, 3, 1));
    toCheck->setChecked(true);
    QCOMPARE(view->model()->rowCount(), m_total);
    auto *count = page.findChild<QLabel *>(QStringLiteral("auditCountLabel"));
    QVERIFY(!count->text().isEmpty());
}

void TestAuditTrailView::exportsTheFilteredEventsAsCsv()
{
    AuditTrailPage page(*m_wp);
    ScriptedFileChooser files;
    const QString path = m_dir->filePath(QStringLiteral("trail.csv"));
    files.enqueue(path);
    page.setFileChooser(&files);
    page.findChild<QLineEdit *>(QStringLiteral("auditObjectFilter"))->setText(QStringLiteral("control:"));
    page.findChild<QPushButton *>(QStringLiteral("auditExportButton"))->click();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3); // header and the two control events, in chain order
    QCOMPARE(lines.at(0), QStringLiteral("seq,at,user,initials,role,object,action,summary,hash"));
    QVERIFY(lines.at(1).contains(QStringLiteral(",Pat Preparer,PP,preparer,control:C-1,")));
    QVERIFY(lines.at(2).contains(QStringLiteral(",Rita Reviewer,RR,reviewer,control:C-2,")));
    // The summary holds JSON with quotes and commas: it is quoted, inner quotes doubled.
    QVERIFY2(lines.at(2).contains(QStringLiteral("\"\"")), qPrintable(lines.at(2)));
    QVERIFY(lines.at(1).contains(QStringLiteral("2026-03-01T")));

    // Choosing the workpaper itself as the file is refused, and the workpaper is intact.
    const QByteArray before = Test::fileSha256(m_wp->path());
    QSignalSpy errors(&page, &AuditTrailPage::errorOccurred);
    files.enqueue(m_wp->path());
    page.findChild<QPushButton *>(QStringLiteral("auditExportButton"))->click();
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().at(0).toString().contains(QStringLiteral("is the open workpaper")),
             qPrintable(errors.first().at(0).toString()));
    QCOMPARE(Test::fileSha256(m_wp->path()), before);
    TM_VERIFY_OK(m_wp->auditTrail().verify());
}

void TestAuditTrailView::screenshot()
{
    AuditTrailPage page(*m_wp);
    page.resize(1280, 600);
    page.show();
    QCoreApplication::processEvents();
    const QString dir = qEnvironmentVariable("TICKMARK_SCREENSHOT_DIR", QStringLiteral("/tmp"));
    QVERIFY(page.grab().save(dir + QStringLiteral("/tickmark-audittrail.png")));
}

QTEST_MAIN(TestAuditTrailView)
#include "tst_audittrailview.moc"
