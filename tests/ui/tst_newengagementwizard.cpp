// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/filechooser.h"
#include "common/messagebanner.h"
#include "engagement/engagementfields.h"
#include "engagement/engagementservice.h"
#include "engagement/newengagementwizard.h"
#include "testsupport.h"
#include "workpaper/workpaper.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Tickmark;
using namespace Tickmark::Ui;

class TestNewEngagementWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void typeTwoWithShortPeriodWarns();
    void typeOneCreatesWorkpaper();
    void missingFieldsAreNamed();
    void existingFileIsRefused();
    void defaultFilePathUsesClientName();

private:
    /// Fills the first page and moves to the report type page.
    static void fillClientPage(NewEngagementWizard &wizard, const QString &client, const QString &system);
    static MessageBanner *pageBanner(NewEngagementWizard &wizard);
    /// With TICKMARK_SCREENSHOT_DIR set, saves a picture of @p wizard for a visual review.
    static void grabIfAsked(QWidget *wizard, const QString &name);

    QTemporaryDir m_dir;
};

void TestNewEngagementWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestNewEngagementWizard::fillClientPage(NewEngagementWizard &wizard, const QString &client, const QString &system)
{
    QCOMPARE(wizard.currentId(), int(NewEngagementWizard::ClientPage));
    QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("clientEdit")), client);
    QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("systemEdit")), system);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(NewEngagementWizard::ReportTypePage));
}

void TestNewEngagementWizard::grabIfAsked(QWidget *wizard, const QString &name)
{
    const QString dir = qEnvironmentVariable("TICKMARK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    wizard->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

MessageBanner *TestNewEngagementWizard::pageBanner(NewEngagementWizard &wizard)
{
    // Each page's first banner reports validation problems.
    return wizard.currentPage()->findChild<MessageBanner *>(QStringLiteral("messageBanner"));
}

void TestNewEngagementWizard::typeTwoWithShortPeriodWarns()
{
    ScriptedFileChooser files;
    NewEngagementWizard wizard(Test::preparer(), files, Test::fixedClock());
    wizard.show();
    fillClientPage(wizard, QStringLiteral("Acme Payroll Inc."), QStringLiteral("Acme Payroll Cloud"));

    auto *typeII = wizard.findChild<QRadioButton *>(QStringLiteral("typeIIRadio"));
    auto *from = wizard.findChild<QDateEdit *>(QStringLiteral("periodFromEdit"));
    auto *to = wizard.findChild<QDateEdit *>(QStringLiteral("periodToEdit"));
    auto *advice = wizard.findChild<MessageBanner *>(QStringLiteral("periodWarningBanner"));
    QVERIFY(typeII && from && to && advice);
    typeII->setChecked(true);
    from->setDate(QDate(2026, 1, 1));
    to->setDate(QDate(2026, 2, 15));
    QVERIFY(advice->isVisible());
    QCOMPARE(advice->kind(), MessageBanner::Kind::Warning);
    QVERIFY2(advice->text().contains(QStringLiteral("shorter than 3 months")), qPrintable(advice->text()));
    grabIfAsked(&wizard, QStringLiteral("test-wizard-type"));

    // A reversed period is an error naming the field, not a warning.
    to->setDate(QDate(2025, 12, 1));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(NewEngagementWizard::ReportTypePage));
    QVERIFY(pageBanner(wizard)->isVisible());
    QVERIFY2(pageBanner(wizard)->text().startsWith(QStringLiteral("Period end")),
             qPrintable(pageBanner(wizard)->text()));

    // A short period is advice only: the wizard goes on.
    to->setDate(QDate(2026, 2, 15));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(NewEngagementWizard::CategoriesPage));

    auto *security = wizard.findChild<QCheckBox *>(QStringLiteral("category-security"));
    QVERIFY(security->isChecked());
    QVERIFY(!security->isEnabled());
    grabIfAsked(&wizard, QStringLiteral("test-wizard-categories"));
    wizard.findChild<QCheckBox *>(QStringLiteral("category-availability"))->setChecked(true);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(NewEngagementWizard::AuditorPage));
    QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("firmEdit")), QStringLiteral("Tally & Mark LLP"));
    QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("firmCityEdit")), QStringLiteral("Denver"));
    QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("partnerEdit")), QStringLiteral("Jo Partner, CPA"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(NewEngagementWizard::FilePage));
    QVERIFY(wizard.filePath().endsWith(QStringLiteral("Acme Payroll Inc.tickmark")));

    // Browse… asks the chooser, which proposes the default path.
    const QString path = m_dir.filePath(QStringLiteral("acme-type2.tickmark"));
    files.enqueue(path);
    wizard.findChild<QPushButton *>(QStringLiteral("browseButton"))->click();
    QCOMPARE(files.questions().size(), 1);
    QVERIFY(files.lastSuggestion().endsWith(QStringLiteral(".tickmark")));
    QCOMPARE(wizard.filePath(), path);
    grabIfAsked(&wizard, QStringLiteral("test-wizard-file"));

    wizard.button(QWizard::FinishButton)->click();
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    auto created = wizard.takeWorkpaper();
    QVERIFY(created);
    QCOMPARE(created->path(), path);
    created.reset();

    auto reopened = Core::Workpaper::open(path, Test::preparer());
    QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().detail));
    const auto details = (*reopened)->engagement().details();
    QVERIFY(details);
    QCOMPARE(details->client, QStringLiteral("Acme Payroll Inc."));
    QCOMPARE(details->system, QStringLiteral("Acme Payroll Cloud"));
    QCOMPARE(details->type, Core::ReportType::TypeII);
    QCOMPARE(details->periodFrom, QDate(2026, 1, 1));
    QCOMPARE(details->periodTo, QDate(2026, 2, 15));
    QVERIFY(details->inScope(Core::Category::Security));
    QVERIFY(details->inScope(Core::Category::Availability));
    QVERIFY(!details->inScope(Core::Category::Privacy));
    QCOMPARE(details->firm, QStringLiteral("Tally & Mark LLP"));
    QCOMPARE(details->firmCity, QStringLiteral("Denver"));
    QCOMPARE(details->partner, QStringLiteral("Jo Partner, CPA"));
    QVERIFY(!(*reopened)->engagement().warnings().isEmpty());
}

void TestNewEngagementWizard::typeOneCreatesWorkpaper()
{
    ScriptedFileChooser files;
    NewEngagementWizard wizard(Test::preparer(), files, Test::fixedClock());
    wizard.show();
    fillClientPage(wizard, QStringLiteral("Bluefin Analytics"), QStringLiteral("Bluefin Insights"));
    wizard.findChild<QRadioButton *>(QStringLiteral("typeIRadio"))->setChecked(true);
    auto *asOf = wizard.findChild<QDateEdit *>(QStringLiteral("asOfEdit"));
    QVERIFY(asOf->isEnabled());
    QVERIFY(!wizard.findChild<QDateEdit *>(QStringLiteral("periodFromEdit"))->isEnabled());
    asOf->setDate(QDate(2026, 6, 30));
    QVERIFY(!wizard.findChild<MessageBanner *>(QStringLiteral("periodWarningBanner"))->isVisible());
    wizard.next();
    wizard.findChild<QCheckBox *>(QStringLiteral("category-confidentiality"))->setChecked(true);
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(NewEngagementWizard::FilePage));
    const QString path = m_dir.filePath(QStringLiteral("bluefin-type1"));
    wizard.setFilePath(path);
    QVERIFY(wizard.validateCurrentPage());
    auto created = wizard.takeWorkpaper();
    QVERIFY(created);
    // The suffix is added when missing.
    QCOMPARE(created->path(), path + QStringLiteral(".tickmark"));
    created.reset();

    auto reopened = Core::Workpaper::open(path + QStringLiteral(".tickmark"), Test::preparer());
    QVERIFY(reopened);
    const auto details = (*reopened)->engagement().details();
    QVERIFY(details);
    QCOMPARE(details->type, Core::ReportType::TypeI);
    QCOMPARE(details->asOf, QDate(2026, 6, 30));
    QCOMPARE(details->categories, (QList<Core::Category>{Core::Category::Security, Core::Category::Confidentiality}));
    QVERIFY(details->firm.isEmpty());
}

void TestNewEngagementWizard::missingFieldsAreNamed()
{
    ScriptedFileChooser files;
    NewEngagementWizard wizard(Test::preparer(), files, Test::fixedClock());
    wizard.show();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(NewEngagementWizard::ClientPage));
    QVERIFY(pageBanner(wizard)->isVisible());
    QVERIFY2(pageBanner(wizard)->text().startsWith(QStringLiteral("Client:")), qPrintable(pageBanner(wizard)->text()));
    grabIfAsked(&wizard, QStringLiteral("test-wizard-client-error"));
    QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("clientEdit")), QStringLiteral("Only Client"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(NewEngagementWizard::ClientPage));
    QVERIFY2(pageBanner(wizard)->text().startsWith(QStringLiteral("System:")), qPrintable(pageBanner(wizard)->text()));
}

void TestNewEngagementWizard::existingFileIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("taken.tickmark"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a workpaper");
    }
    ScriptedFileChooser files;
    NewEngagementWizard wizard(Test::preparer(), files, Test::fixedClock());
    wizard.show();
    fillClientPage(wizard, QStringLiteral("Clash Co"), QStringLiteral("Clash System"));
    wizard.next();
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(NewEngagementWizard::FilePage));
    wizard.setFilePath(path);
    wizard.button(QWizard::FinishButton)->click();
    QVERIFY(wizard.isVisible());
    QVERIFY(!wizard.takeWorkpaper());
    QVERIFY2(pageBanner(wizard)->text().contains(QStringLiteral("already exists")),
             qPrintable(pageBanner(wizard)->text()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("not a workpaper"));
}

void TestNewEngagementWizard::defaultFilePathUsesClientName()
{
    const QString path = NewEngagementWizard::defaultFilePath(QStringLiteral("A/B: \"C\" Ltd."));
    QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("A B C Ltd.tickmark"));
    QCOMPARE(QFileInfo(NewEngagementWizard::defaultFilePath(QString())).suffix(), QStringLiteral("tickmark"));
}

QTEST_MAIN(TestNewEngagementWizard)
#include "tst_newengagementwizard.moc"
