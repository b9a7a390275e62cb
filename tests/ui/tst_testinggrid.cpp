// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Testing page: the grid filled by keyboard (arrows, Space, P/D/N, block, Ctrl+D, Ctrl+Z / Ctrl+Shift+Z) with the
// results read back through TestingService; the deviation's exception; progress and evaluation; the design panel's
// inquiry warning; the tickmark legend in QSettings; Type I walkthrough and not-operated views; screenshots.
#include "controls/controlservice.h"
#include "engagement/engagementservice.h"
#include "population/populationservice.h"
#include "sampling/samplingservice.h"
#include "testing/exceptionservice.h"
#include "testing/testinggridmodel.h"
#include "testing/testingservice.h"
#include "testing/testdesignpanel.h"
#include "testing/testinggridview.h"
#include "testing/testingpage.h"
#include "testing/tickmarklegend.h"
#include "testsupport.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtTest>

using namespace Tickmark;
using namespace Tickmark::Core;
using namespace Tickmark::Ui;

namespace {

const QString kControl = QStringLiteral("C-1");

} // namespace

class TestTestingGrid final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void fillsTheGridByKeyboard();
    void undoRemovesAFirstResult();
    void deviationRaisesTheException();
    void progressAndEvaluation();
    void noteEditedWithEnter();
    void inquiryAloneWarns();
    void legendIsStoredInSettings();
    void notOperatedShowsThatState();
    void typeOneShowsTheWalkthrough();
    void screenshots();

private:
    void buildPage();
    QString result(qint64 row, const QString &letter) const;
    void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier);
    int column(const QString &letter) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workpaper> m_wp;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<QWidget> m_window;
    TestingPage *m_page = nullptr;
};

void TestTestingGrid::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_wp = Test::createWorkpaper(m_dir->filePath(QStringLiteral("grid.tickmark")));
    QVERIFY(m_wp);
    TM_VERIFY_OK(m_wp->controls().add(
        Test::control(kControl, {QStringLiteral("CC8.1")}, QStringLiteral("Changes are approved before deployment"))));
    TM_VERIFY_OK(m_wp->controls().add(Test::control(QStringLiteral("C-2"), {QStringLiteral("CC6.1")})));
    TM_VERIFY_OK(m_wp->testing().addProcedure(kControl, ProcedureKind::Inspection,
                                              QStringLiteral("Inspect the approval in the change ticket")));
    TM_VERIFY_OK(m_wp->testing().addAttribute(kControl, {}, QStringLiteral("Approved before deployment")));
    TM_VERIFY_OK(m_wp->testing().addAttribute(kControl, {}, QStringLiteral("Approver is not the author")));
    QByteArray csv = "change_id,title,requested_by,deployed\n";
    for (int i = 1; i <= 10; ++i)
        csv += "CHG-" + QByteArray::number(1000 + i) + ",Change number " + QByteArray::number(i) + ",Dev " +
               QByteArray::number(i % 3) + ",2026-03-1" + QByteArray::number(i % 10) + "\n";
    const QString path = m_dir->filePath(QStringLiteral("changes.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(csv);
    f.close();
    PopulationImportOptions o;
    o.name = QStringLiteral("Changes");
    o.controlId = kControl;
    TM_VERIFY_OK(m_wp->populations().importFile(path, o));
    // Seed 42, size 4 of 10: rows 1, 5, 8, 10 in that order.
    TM_VERIFY_OK(m_wp->sampling().draw(QStringLiteral("Changes"), 4, SelectionMethod::Random, 42));
    m_stack = std::make_unique<QUndoStack>();
}

void TestTestingGrid::buildPage()
{
    // The window stands in for the main window: it owns Edit ▸ Undo / Redo with the standard shortcuts.
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    m_page = new TestingPage(*m_wp, m_stack.get(), m_window.get());
    layout->addWidget(m_page);
    QAction *undo = m_stack->createUndoAction(m_window.get());
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_stack->createRedoAction(m_window.get());
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    m_window->addAction(undo);
    m_window->addAction(redo);
    m_window->resize(1280, 820);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_page->showControl(kControl));
    m_page->grid()->setFocus();
}

void TestTestingGrid::cleanup()
{
    m_window.reset();
    m_page = nullptr;
    m_stack.reset();
    m_wp.reset();
    m_dir.reset();
}

QString TestTestingGrid::result(qint64 row, const QString &letter) const
{
    const auto results = m_wp->testing().results(kControl);
    if (!results)
        return QStringLiteral("error");
    for (const RecordedResult &r : *results) {
        if (r.row == row && r.attribute == letter)
            return attributeResultKey(r.result) + (r.note.isEmpty() ? QString() : QLatin1Char(':') + r.note);
    }
    return {};
}

void TestTestingGrid::key(Qt::Key k, Qt::KeyboardModifiers mods)
{
    QTest::keyClick(m_page->grid(), k, mods);
}

int TestTestingGrid::column(const QString &letter) const
{
    const TestingGridModel *model = m_page->gridModel();
    for (int c = model->firstAttributeColumn(); c < model->columnCount(); ++c) {
        if (model->letterAt(c) == letter)
            return c;
    }
    return -1;
}

void TestTestingGrid::fillsTheGridByKeyboard()
{
    buildPage();
    QCOMPARE(m_page->currentView(), TestingPage::View::Grid);
    TestingGridView *grid = m_page->grid();
    QCOMPARE(grid->model()->rowCount(), 4);
    // The page starts on the first item's first attribute.
    QCOMPARE(grid->currentIndex().column(), column(QStringLiteral("A")));
    QCOMPARE(grid->currentIndex().row(), 0);

    key(Qt::Key_Space); // item 1 (row 1), A: pass
    key(Qt::Key_Right);
    key(Qt::Key_D); // row 1, B: deviation
    key(Qt::Key_Down);
    key(Qt::Key_Space); // row 5, B: pass → deviation → N/A
    key(Qt::Key_Space);
    key(Qt::Key_Space);
    key(Qt::Key_Left);
    key(Qt::Key_P); // row 5, A: pass
    QCOMPARE(result(1, QStringLiteral("A")), QStringLiteral("pass"));
    QCOMPARE(result(1, QStringLiteral("B")), QStringLiteral("deviation"));
    QCOMPARE(result(5, QStringLiteral("B")), QStringLiteral("na"));
    QCOMPARE(result(5, QStringLiteral("A")), QStringLiteral("pass"));

    // A block: rows 8 and 10, attribute A, set to N/A at once (one undo step).
    key(Qt::Key_Down);
    key(Qt::Key_Down, Qt::ShiftModifier);
    key(Qt::Key_N);
    QCOMPARE(result(8, QStringLiteral("A")), QStringLiteral("na"));
    QCOMPARE(result(10, QStringLiteral("A")), QStringLiteral("na"));

    // Fill down: select A on all four items, Ctrl+D copies item 1's pass into the rest.
    key(Qt::Key_Up);
    key(Qt::Key_Up);
    key(Qt::Key_Up);
    QCOMPARE(grid->currentIndex().row(), 0);
    key(Qt::Key_Down, Qt::ShiftModifier);
    key(Qt::Key_Down, Qt::ShiftModifier);
    key(Qt::Key_Down, Qt::ShiftModifier);
    const int before = m_stack->count();
    key(Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(result(8, QStringLiteral("A")), QStringLiteral("pass"));
    QCOMPARE(result(10, QStringLiteral("A")), QStringLiteral("pass"));
    QCOMPARE(m_stack->count(), before + 1); // two cells, one macro

    // Ctrl+Z takes the whole fill back; Ctrl+Shift+Z redoes it.
    key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(result(8, QStringLiteral("A")), QStringLiteral("na"));
    QCOMPARE(result(10, QStringLiteral("A")), QStringLiteral("na"));
    QCOMPARE(result(1, QStringLiteral("A")), QStringLiteral("pass"));
    key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(result(8, QStringLiteral("A")), QStringLiteral("pass"));
    QCOMPARE(result(10, QStringLiteral("A")), QStringLiteral("pass"));

    // The grid shows what is stored, coloured by result.
    const QModelIndex dev = grid->model()->index(0, column(QStringLiteral("B")));
    QCOMPARE(dev.data(TestingGridModel::ResultRole).toString(), QStringLiteral("deviation"));
    const QImage shot = grid->viewport()->grab().toImage();
    const QRect cell = grid->visualRect(dev);
    const QColor pixel = shot.pixelColor(cell.left() + 3, cell.bottom() - 3);
    QVERIFY2(pixel.red() > 200 && pixel.green() < 235 && pixel.blue() < 235, qPrintable(pixel.name()));
}

void TestTestingGrid::undoRemovesAFirstResult()
{
    buildPage();
    key(Qt::Key_P);
    QCOMPARE(result(1, QStringLiteral("A")), QStringLiteral("pass"));
    key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(result(1, QStringLiteral("A")), QString());
    QCOMPARE(m_page->gridModel()->index(0, column(QStringLiteral("A"))).data(TestingGridModel::ResultRole).toString(),
             QString());
    key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(result(1, QStringLiteral("A")), QStringLiteral("pass"));
}

void TestTestingGrid::deviationRaisesTheException()
{
    buildPage();
    key(Qt::Key_Right);
    key(Qt::Key_D);
    const auto exceptions = m_wp->exceptions().forControl(kControl);
    TM_VERIFY_OK(exceptions);
    QCOMPARE(exceptions->size(), 1);
    QCOMPARE(exceptions->first().kind, ExceptionKind::Operating);
    QCOMPARE(exceptions->first().deviations, 1);
    QCOMPARE(exceptions->first().sampleSize, 4);
    QVERIFY(exceptions->first().criteria.contains(QStringLiteral("CC8.1")));
}

void TestTestingGrid::progressAndEvaluation()
{
    buildPage();
    auto *progress = m_page->findChild<QLabel *>(QStringLiteral("testingProgressLabel"));
    auto *evaluation = m_page->findChild<QLabel *>(QStringLiteral("evaluationLine"));
    QVERIFY(progress && evaluation);
    QCOMPARE(progress->text(), QStringLiteral("0 of 4 items done"));
    // Item 1: A pass, B pass; item 5: A pass, B deviation.
    key(Qt::Key_P);
    key(Qt::Key_Right);
    key(Qt::Key_P);
    key(Qt::Key_Down);
    key(Qt::Key_D);
    key(Qt::Key_Left);
    key(Qt::Key_P);
    QCOMPARE(progress->text(), QStringLiteral("2 of 4 items done"));
    QVERIFY2(evaluation->text().contains(QStringLiteral("in 4 items")), qPrintable(evaluation->text()));
    // Finish the sample: the line states the upper limit against the tolerable rate and the conclusion.
    key(Qt::Key_Down);
    key(Qt::Key_P);
    key(Qt::Key_Right);
    key(Qt::Key_P);
    key(Qt::Key_Down);
    key(Qt::Key_P);
    key(Qt::Key_Left);
    key(Qt::Key_P);
    QCOMPARE(progress->text(), QStringLiteral("4 of 4 items done"));
    QVERIFY2(evaluation->text().contains(QStringLiteral("upper limit")), qPrintable(evaluation->text()));
    QVERIFY2(evaluation->text().contains(QStringLiteral("tolerable 5%")), qPrintable(evaluation->text()));
    QVERIFY2(evaluation->text().endsWith(QStringLiteral("not effective")), qPrintable(evaluation->text()));
    // The control picker shows the same progress.
    auto *list = m_page->findChild<QTreeWidget *>(QStringLiteral("testingControlList"));
    QVERIFY(list);
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("4/4"));
}

void TestTestingGrid::noteEditedWithEnter()
{
    buildPage();
    key(Qt::Key_D);
    key(Qt::Key_Return);
    auto *editor = m_page->grid()->findChild<QLineEdit *>(QStringLiteral("gridNoteEditor"));
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("No approval [evidence: CHG-1001.pdf p. 2]"));
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits a line edit on Return through a queued call.
    QTRY_COMPARE(result(1, QStringLiteral("A")), QStringLiteral("deviation:No approval [evidence: CHG-1001.pdf p. 2]"));
    QCOMPARE(m_page->gridModel()->index(0, column(QStringLiteral("A"))).data(Qt::ToolTipRole).toString(),
             QStringLiteral("No approval [evidence: CHG-1001.pdf p. 2]"));
}

void TestTestingGrid::inquiryAloneWarns()
{
    buildPage();
    QVERIFY(m_page->showControl(QStringLiteral("C-2")));
    TestDesignPanel *design = m_page->designPanel();
    QVERIFY(!design->inquiryWarningShown());
    QVERIFY(design->addProcedure(ProcedureKind::Inquiry, QStringLiteral("Ask the security lead")));
    QVERIFY(design->inquiryWarningShown());
    QVERIFY(design->addProcedure(ProcedureKind::Inspection, QStringLiteral("Inspect the access review")));
    QVERIFY(!design->inquiryWarningShown());
    QVERIFY(design->addAttribute(QStringLiteral("Review signed")));
    QCOMPARE(m_wp->testing().attributes(QStringLiteral("C-2"))->first().letter, QStringLiteral("A"));
    // No population: the page says so instead of showing an empty grid.
    QCOMPARE(m_page->currentView(), TestingPage::View::NoSample);
}

void TestTestingGrid::legendIsStoredInSettings()
{
    buildPage();
    QSettings settings(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_page->setSettings(&settings);
    QCOMPARE(m_page->legend().symbol(AttributeResult::Pass), QStringLiteral("✓"));
    TickmarkLegend legend = m_page->legend();
    legend.set({AttributeResult::Pass, QStringLiteral("√"), QStringLiteral("Agreed to source document")});
    m_page->setLegend(legend);
    settings.sync();
    QSettings reread(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    const TickmarkLegend loaded = TickmarkLegend::load(reread);
    QCOMPARE(loaded.symbol(AttributeResult::Pass), QStringLiteral("√"));
    QCOMPARE(loaded.entry(AttributeResult::Pass).meaning, QStringLiteral("Agreed to source document"));
    QCOMPARE(loaded.symbol(AttributeResult::Deviation), QStringLiteral("✗"));
    auto *label = m_page->findChild<QLabel *>(QStringLiteral("tickmarkLegend"));
    QVERIFY(label->text().contains(QStringLiteral("√ Agreed to source document")));
}

void TestTestingGrid::notOperatedShowsThatState()
{
    buildPage();
    QVERIFY(m_page->setNotOperated(QStringLiteral("No changes were deployed in the period")));
    QCOMPARE(m_page->currentView(), TestingPage::View::NotOperated);
    auto *stack = m_page->findChild<QStackedWidget *>(QStringLiteral("testingStack"));
    auto *label = qobject_cast<QLabel *>(stack->currentWidget());
    QVERIFY(label);
    QVERIFY(label->text().contains(QStringLiteral("No changes were deployed in the period")));
    QVERIFY(m_page->setNotOperated({}));
    QCOMPARE(m_page->currentView(), TestingPage::View::Grid);
}

void TestTestingGrid::typeOneShowsTheWalkthrough()
{
    auto details = m_wp->engagement().details();
    TM_VERIFY_OK(details);
    details->type = ReportType::TypeI;
    details->asOf = QDate(2026, 6, 30);
    TM_VERIFY_OK(m_wp->engagement().update(*details));
    buildPage();
    QCOMPARE(m_page->currentView(), TestingPage::View::Walkthrough);
    QVERIFY(m_page->recordWalkthrough(true, QStringLiteral("Walked CHG-1001 through")));
    const auto walk = m_wp->testing().walkthrough(kControl);
    TM_VERIFY_OK(walk);
    QVERIFY(walk->has_value());
    QVERIFY((*walk)->designImplemented);
    auto *state = m_page->findChild<QLabel *>(QStringLiteral("walkthroughState"));
    QVERIFY2(state->text().contains(QStringLiteral("design implemented")), qPrintable(state->text()));
}

void TestTestingGrid::screenshots()
{
    buildPage();
    key(Qt::Key_P);
    key(Qt::Key_Right);
    key(Qt::Key_D);
    key(Qt::Key_Down);
    key(Qt::Key_P);
    key(Qt::Key_Left);
    key(Qt::Key_N);
    const QString dir = qEnvironmentVariable("TICKMARK_SCREENSHOT_DIR", QStringLiteral("/tmp"));
    QCoreApplication::processEvents();
    QVERIFY(m_window->grab().save(dir + QStringLiteral("/tickmark-testing.png")));
}

QTEST_MAIN(TestTestingGrid)
#include "tst_testinggrid.moc"
