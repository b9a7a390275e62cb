// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The criteria dashboard: a clean and a not-met criterion by status and by the pixels of their tiles, the legend's
// counts, the detail listing a criterion's controls and exceptions; the Exceptions page editing the conclusion;
// screenshots.
#include "controls/controlservice.h"
#include "criteria/dashboardpage.h"
#include "population/populationservice.h"
#include "sampling/samplingservice.h"
#include "testing/exceptionservice.h"
#include "testing/exceptionspage.h"
#include "testing/testingservice.h"
#include "testsupport.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

using namespace Tickmark;
using namespace Tickmark::Core;
using namespace Tickmark::Ui;

class TestDashboard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void cleanAndNotMetCriteria();
    void detailListsControlsAndExceptions();
    void exceptionsPageEditsTheConclusion();
    void screenshots();

private:
    void testControl(const QString &id, const QString &criterion, AttributeResult second);
    static QColor centre(QWidget *tile);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workpaper> m_wp;
};

void TestDashboard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_wp = Test::createWorkpaper(m_dir->filePath(QStringLiteral("dashboard.tickmark")));
    QVERIFY(m_wp);
    testControl(QStringLiteral("C-1"), QStringLiteral("CC8.1"), AttributeResult::Pass);
    testControl(QStringLiteral("C-2"), QStringLiteral("CC6.1"), AttributeResult::Deviation);
}

void TestDashboard::cleanup()
{
    m_wp.reset();
    m_dir.reset();
}

// A control mapped to @p criterion with a 2-item sample, attribute A pass on the first item and @p second on the other.
void TestDashboard::testControl(const QString &id, const QString &criterion, AttributeResult second)
{
    TM_VERIFY_OK(m_wp->controls().add(Test::control(id, {criterion})));
    TM_VERIFY_OK(m_wp->testing().addProcedure(id, ProcedureKind::Inspection, QStringLiteral("Inspect")));
    TM_VERIFY_OK(m_wp->testing().addAttribute(id, {}, QStringLiteral("Approved")));
    const QString path = m_dir->filePath(id + QStringLiteral(".csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("item\nI-1\nI-2\nI-3\n");
    f.close();
    PopulationImportOptions o;
    o.name = id + QStringLiteral(" items");
    o.controlId = id;
    TM_VERIFY_OK(m_wp->populations().importFile(path, o));
    const auto sample = m_wp->sampling().draw(o.name, 2, SelectionMethod::Random, 7);
    TM_VERIFY_OK(sample);
    TM_VERIFY_OK(m_wp->testing().record(id, sample->rows.at(0), QStringLiteral("A"), AttributeResult::Pass));
    TM_VERIFY_OK(m_wp->testing().record(id, sample->rows.at(1), QStringLiteral("A"), second,
                                        QStringLiteral("No approval")));
}

QColor TestDashboard::centre(QWidget *tile)
{
    const QImage image = tile->grab().toImage();
    return image.pixelColor(image.width() / 2, 4);
}

void TestDashboard::cleanAndNotMetCriteria()
{
    const auto exceptions = m_wp->exceptions().forControl(QStringLiteral("C-2"));
    TM_VERIFY_OK(exceptions);
    QCOMPARE(exceptions->size(), 1);
    ExceptionUpdate update;
    update.criterionMet = std::optional<bool>(false);
    update.reasoning = QStringLiteral("Systematic: no approvals at all");
    TM_VERIFY_OK(m_wp->exceptions().update(exceptions->first().id, update));

    CriteriaDashboardPage page(*m_wp);
    page.resize(1100, 700);
    page.show();
    QToolButton *clean = page.tile(QStringLiteral("CC8.1"));
    QToolButton *notMet = page.tile(QStringLiteral("CC6.1"));
    QVERIFY(clean && notMet);
    QCOMPARE(clean->property("criterionStatus").toString(), QStringLiteral("clean"));
    QCOMPARE(notMet->property("criterionStatus").toString(), QStringLiteral("not-met"));
    QCOMPARE(page.tile(QStringLiteral("CC1.1"))->property("criterionStatus").toString(),
             QStringLiteral("not-covered"));
    // The tiles are painted in their status colour.
    const QColor green = centre(clean);
    const QColor red = centre(notMet);
    QCOMPARE(green, CriteriaDashboardPage::statusColor(CriterionStatus::Clean));
    QCOMPARE(red, CriteriaDashboardPage::statusColor(CriterionStatus::NotMet));
    QVERIFY(red.red() > 180 && red.green() < 80);
    // The legend counts each status.
    QCOMPARE(page.count(CriterionStatus::Clean), 1);
    QCOMPARE(page.count(CriterionStatus::NotMet), 1);
    auto *legend = page.findChild<QLabel *>(QStringLiteral("legend-not-met"));
    QCOMPARE(legend->text(), QStringLiteral("Not met: 1"));
}

void TestDashboard::detailListsControlsAndExceptions()
{
    CriteriaDashboardPage page(*m_wp);
    QCOMPARE(page.tile(QStringLiteral("CC6.1"))->property("criterionStatus").toString(), QStringLiteral("exceptions"));
    page.tile(QStringLiteral("CC6.1"))->click();
    auto *detail = page.findChild<QTreeWidget *>(QStringLiteral("criterionDetail"));
    QCOMPARE(detail->topLevelItemCount(), 1);
    QCOMPARE(detail->topLevelItem(0)->text(0), QStringLiteral("C-2"));
    QCOMPARE(detail->topLevelItem(0)->childCount(), 1);
    QVERIFY2(detail->topLevelItem(0)->child(0)->text(2).startsWith(QStringLiteral("1 of 2")),
             qPrintable(detail->topLevelItem(0)->child(0)->text(2)));
    QVERIFY(page.tile(QStringLiteral("CC6.1"))->isChecked());
}

void TestDashboard::exceptionsPageEditsTheConclusion()
{
    ExceptionsPage page(*m_wp);
    QCOMPARE(page.exceptions().size(), 1);
    auto *list = page.findChild<QTreeWidget *>(QStringLiteral("exceptionList"));
    QCOMPARE(list->topLevelItem(0)->text(ExceptionsPage::DeviationsColumn), QStringLiteral("1 of 2"));
    QCOMPARE(list->topLevelItem(0)->text(ExceptionsPage::CriteriaColumn), QStringLiteral("CC6.1"));
    page.findChild<QPlainTextEdit *>(QStringLiteral("exceptionCause"))->setPlainText(QStringLiteral("New approver"));
    page.findChild<QLineEdit *>(QStringLiteral("exceptionCriteria"))->setText(QStringLiteral("CC6.1, cc8.1"));
    auto *met = page.findChild<QComboBox *>(QStringLiteral("criterionMetCombo"));
    met->setCurrentIndex(met->findData(0));
    QVERIFY(page.save());
    const auto stored = m_wp->exceptions().get(page.exceptions().first().id);
    TM_VERIFY_OK(stored);
    QCOMPARE(stored->cause, QStringLiteral("New approver"));
    QCOMPARE(stored->criteria, (QStringList{QStringLiteral("CC6.1"), QStringLiteral("CC8.1")}));
    QCOMPARE(stored->criterionMet, std::optional<bool>(false));
    QCOMPARE(list->topLevelItem(0)->text(ExceptionsPage::MetColumn), QStringLiteral("Not met"));

    // A bad criterion is refused and named.
    QSignalSpy errors(&page, &ExceptionsPage::errorOccurred);
    page.findChild<QLineEdit *>(QStringLiteral("exceptionCriteria"))->setText(QStringLiteral("CC99.9"));
    QVERIFY(!page.save());
    QVERIFY(errors.first().first().toString().contains(QStringLiteral("CC99.9")));

    const auto raised = page.raise(QStringLiteral("C-1"), ExceptionKind::Design, QStringLiteral("No approval step"));
    QVERIFY(raised.has_value());
    QCOMPARE(page.exceptions().size(), 2);
    QCOMPARE(page.currentException(), raised);
}

void TestDashboard::screenshots()
{
    const QString dir = qEnvironmentVariable("TICKMARK_SCREENSHOT_DIR", QStringLiteral("/tmp"));
    CriteriaDashboardPage page(*m_wp);
    page.resize(1280, 760);
    page.show();
    page.showCriterion(QStringLiteral("CC6.1"));
    QCoreApplication::processEvents();
    QVERIFY(page.grab().save(dir + QStringLiteral("/tickmark-dashboard.png")));
    ExceptionsPage exceptions(*m_wp);
    exceptions.resize(1280, 640);
    exceptions.show();
    QCoreApplication::processEvents();
    QVERIFY(exceptions.grab().save(dir + QStringLiteral("/tickmark-exceptions.png")));
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
