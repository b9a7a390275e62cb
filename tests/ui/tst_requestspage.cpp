// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Requests page: add through the dialog, overdue rows in amber and bold, status change with its history,
// edit, export, and the RequestListModel under QAbstractItemModelTester.
#include "common/filechooser.h"
#include "controls/controlservice.h"
#include "evidence/requestdialog.h"
#include "evidence/requestlistmodel.h"
#include "evidence/requestservice.h"
#include "evidence/requestspage.h"
#include "sample/sampleengagement.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Tickmark;
using namespace Tickmark::Core;
using namespace Tickmark::Ui;

class TestRequestsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addThroughDialogShowsRow();
    void refusedAddStaysInDialog();
    void overdueRowsStandOut();
    void statusChangeAppearsInHistory();
    void editChangesTheRequest();
    void exportWritesCsv();

private:
    QModelIndex cell(const QString &ref, int column) const;
    QString addRequest(const QString &description, const QDate &due, const QString &controls = {});
    void grab(QWidget *widget, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workpaper> m_wp;
    ScriptedFileChooser m_files;
    std::unique_ptr<RequestsPage> m_page;
};

void TestRequestsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRequestsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // The fixed clock says 2026-03-01: that is "today" for overdue.
    auto wp = createSampleEngagement(m_dir->filePath(QStringLiteral("sample.tickmark")), Test::preparer(),
                                     Test::fixedClock());
    QVERIFY2(wp.has_value(), wp ? "" : qPrintable(wp.error().detail));
    m_wp = std::move(*wp);
    m_page = std::make_unique<RequestsPage>(*m_wp);
    m_page->setFileChooser(&m_files);
    m_page->resize(1300, 700);
    m_page->show();
}

void TestRequestsPage::cleanup()
{
    m_page.reset();
    m_wp.reset();
    m_dir.reset();
}

void TestRequestsPage::grab(QWidget *widget, const QString &name)
{
    QCoreApplication::processEvents();
    QString dir = qEnvironmentVariable("TICKMARK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QDir::tempPath();
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

QModelIndex TestRequestsPage::cell(const QString &ref, int column) const
{
    const int row = m_page->model()->rowOf(ref);
    return row < 0 ? QModelIndex() : m_page->model()->index(row, column);
}

QString TestRequestsPage::addRequest(const QString &description, const QDate &due, const QString &controls)
{
    RequestDialog *dialog = m_page->addRequest();
    if (!dialog)
        return {};
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("requestDescriptionEdit"))->setPlainText(description);
    dialog->findChild<QLineEdit *>(QStringLiteral("requestControlsEdit"))->setText(controls);
    dialog->findChild<QLineEdit *>(QStringLiteral("requestOwnerEdit"))->setText(QStringLiteral("Dana Ops"));
    dialog->findChild<QCheckBox *>(QStringLiteral("requestDueCheck"))->setChecked(due.isValid());
    if (due.isValid())
        dialog->findChild<QDateEdit *>(QStringLiteral("requestDueEdit"))->setDate(due);
    dialog->accept();
    return m_page->currentRef();
}

void TestRequestsPage::addThroughDialogShowsRow()
{
    QAbstractItemModelTester tester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_page->model()->rowCount(), 0);
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("requestCaption"))->text(), QStringLiteral("No requests yet"));
    const auto controls = m_wp->controls().list();
    const QString control = controls->first().id;

    const QString ref = addRequest(QStringLiteral("User access review evidence for Q1"), QDate(2026, 4, 15), control);
    QCOMPARE(ref, QStringLiteral("R-001"));
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->view()->model()->rowCount(), 1);
    QCOMPARE(cell(ref, RequestListModel::DescriptionColumn).data().toString(),
             QStringLiteral("User access review evidence for Q1"));
    QCOMPARE(cell(ref, RequestListModel::ControlsColumn).data().toString(), control);
    QCOMPARE(cell(ref, RequestListModel::OwnerColumn).data().toString(), QStringLiteral("Dana Ops"));
    QCOMPARE(cell(ref, RequestListModel::StatusColumn).data().toString(), QStringLiteral("Open"));
    QCOMPARE(cell(ref, RequestListModel::DueColumn).data(RequestListModel::SortRole).toLongLong(),
             QDate(2026, 4, 15).toJulianDay());
    // Stored.
    const auto stored = m_wp->requests().get(ref);
    QVERIFY(stored);
    QCOMPARE(stored->owner, QStringLiteral("Dana Ops"));
    QCOMPARE(stored->due, QDate(2026, 4, 15));
    // The side panel shows it with its creation in the history.
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("requestDetails"))->text().contains(QStringLiteral("Dana Ops")));
    QCOMPARE(m_page->history()->count(), 1);
}

void TestRequestsPage::refusedAddStaysInDialog()
{
    RequestDialog *dialog = m_page->addRequest();
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("requestDescriptionEdit"))->setPlainText(QStringLiteral("x"));
    dialog->findChild<QLineEdit *>(QStringLiteral("requestControlsEdit"))->setText(QStringLiteral("NO-SUCH-CTL"));
    QPointer<RequestDialog> guard(dialog);
    dialog->accept();
    QVERIFY(guard);
    QVERIFY(dialog->isVisible());
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("requestError"));
    QVERIFY(error->isVisibleTo(dialog));
    QVERIFY2(error->text().contains(QStringLiteral("NO-SUCH-CTL")), qPrintable(error->text()));
    QCOMPARE(m_page->model()->rowCount(), 0);
    dialog->reject();
}

void TestRequestsPage::overdueRowsStandOut()
{
    const QString late = addRequest(QStringLiteral("Firewall rule review"), QDate(2026, 2, 15));
    const QString onTime = addRequest(QStringLiteral("Backup restore test"), QDate(2026, 3, 20));
    const QString noDue = addRequest(QStringLiteral("Org chart"), QDate());
    QCOMPARE(m_page->model()->today(), QDate(2026, 3, 1));

    const QModelIndex lateIndex = cell(late, RequestListModel::DescriptionColumn);
    QVERIFY(lateIndex.data(RequestListModel::OverdueRole).toBool());
    QCOMPARE(lateIndex.data(Qt::BackgroundRole).value<QBrush>().color(), RequestListModel::warningBackground());
    QCOMPARE(lateIndex.data(Qt::ForegroundRole).value<QBrush>().color(), RequestListModel::warningText());
    QVERIFY(lateIndex.data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(cell(late, RequestListModel::StatusColumn).data().toString(), QStringLiteral("Open (overdue)"));
    for (const QString &ref : {onTime, noDue}) {
        const QModelIndex index = cell(ref, RequestListModel::DescriptionColumn);
        QVERIFY(!index.data(RequestListModel::OverdueRole).toBool());
        QVERIFY(!index.data(Qt::BackgroundRole).isValid());
    }

    // On screen: the overdue row's pixels are amber.
    QVERIFY(m_page->showRequest(onTime));
    QCoreApplication::processEvents();
    const QTableView *view = m_page->view();
    const int viewRow = view->model()->index(0, 0).data(RequestListModel::RefRole).toString() == late ? 0 : -1;
    QCOMPARE(viewRow, 0);
    const QRect rect = view->visualRect(view->model()->index(0, RequestListModel::OwnerColumn));
    const QImage image = view->viewport()->grab(rect).toImage();
    // Right of the short owner name, clear of the grid line.
    QCOMPARE(image.pixelColor(image.width() - 8, image.height() / 2), RequestListModel::warningBackground());
    grab(m_page.get(), QStringLiteral("h3-requests-overdue"));

    // Received is no longer overdue.
    TM_VERIFY_OK(m_wp->requests().setStatus(late, RequestStatus::Received, QStringLiteral("arrived")));
    QVERIFY(!cell(late, RequestListModel::DescriptionColumn).data(RequestListModel::OverdueRole).toBool());
}

void TestRequestsPage::statusChangeAppearsInHistory()
{
    const QString ref = addRequest(QStringLiteral("Change tickets sample"), QDate(2026, 5, 1));
    QCOMPARE(m_page->history()->count(), 1);
    RequestStatusDialog *dialog = m_page->changeStatusOfCurrent();
    QVERIFY(dialog);
    dialog->setStatus(RequestStatus::Rejected);
    dialog->setNote(QStringLiteral("Screenshots lack dates"));
    grab(dialog, QStringLiteral("h3-requests-status-dialog"));
    dialog->accept();

    QCOMPARE(m_wp->requests().get(ref)->status, RequestStatus::Rejected);
    QCOMPARE(cell(ref, RequestListModel::StatusColumn).data().toString(), QStringLiteral("Rejected"));
    QCOMPARE(m_page->currentRef(), ref);
    QCOMPARE(m_page->history()->count(), 2);
    const QString last = m_page->history()->item(1)->text();
    QVERIFY2(last.startsWith(QStringLiteral("Rejected")), qPrintable(last));
    QVERIFY2(last.contains(QStringLiteral("Screenshots lack dates")), qPrintable(last));
    QVERIFY2(last.contains(QStringLiteral("(PP)")), qPrintable(last));
    grab(m_page.get(), QStringLiteral("h3-requests-history"));
}

void TestRequestsPage::editChangesTheRequest()
{
    const QString ref = addRequest(QStringLiteral("Vendor SOC reports"), QDate());
    RequestDialog *dialog = m_page->editCurrent();
    QVERIFY(dialog);
    auto *refEdit = dialog->findChild<QLineEdit *>(QStringLiteral("requestRefEdit"));
    QCOMPARE(refEdit->text(), ref);
    QVERIFY(refEdit->isReadOnly());
    dialog->findChild<QLineEdit *>(QStringLiteral("requestOwnerEdit"))->setText(QStringLiteral("Vic Vendor"));
    dialog->accept();
    QCOMPARE(m_wp->requests().get(ref)->owner, QStringLiteral("Vic Vendor"));
    QCOMPARE(cell(ref, RequestListModel::OwnerColumn).data().toString(), QStringLiteral("Vic Vendor"));
}

void TestRequestsPage::exportWritesCsv()
{
    const QString ref = addRequest(QStringLiteral("Penetration test report"), QDate(2026, 6, 30));
    const QString target = m_dir->filePath(QStringLiteral("pbc.csv"));
    m_files.enqueue(target);
    m_page->findChild<QPushButton *>(QStringLiteral("exportRequestsButton"))->click();
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.contains(ref.toUtf8()), bytes.constData());
    QVERIFY2(bytes.contains("Penetration test report"), bytes.constData());
}

QTEST_MAIN(TestRequestsPage)
#include "tst_requestspage.moc"
