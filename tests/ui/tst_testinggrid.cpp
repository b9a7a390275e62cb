// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Testing page: the grid filled by keyboard (arrows, Space, P/D/N, block, Ctrl+D, Ctrl+Z / Ctrl+Shift+Z) with the
// results read back through TestingService; the deviation's exception; progress and evaluation; the design panel's
// inquiry warning; the tickmark legend in QSettings; Type I walkthrough and not-operated views; screenshots.
#include "common/prompter.h"
#include "controls/controlservice.h"
#include "engagement/engagementservice.h"
#include "evidence/evidenceservice.h"
#include "population/populationservice.h"
#include "sampling/samplingservice.h"
#include "testing/exceptionservice.h"
#include "testing/testinggridmodel.h"
#include "testing/testingservice.h"
#include "testing/evidencereferencedialog.h"
#include "testing/testdesignpanel.h"
#include "testing/testinggridview.h"
#include "testing/testingpage.h"
#include "testing/tickmarklegend.h"
#include "testsupport.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
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
    void deleteClearsABlockWithUndo();
    void evidenceReferencesByDialog();
    void evidenceNeedsAResult();
    void designPanelEditsAndRemoves();

private:
    /// Imports one text file as an evidence package; returns the item's id (0 on failure).
    qint64 importEvidence(const QString &name, const QByteArray &content);
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

qint64 TestTestingGrid::importEvidence(const QString &name, const QByteArray &content)
{
    QFile f(m_dir->filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return 0;
    f.close();
    const auto imported = m_wp->evidence().importPackage(f.fileName(), EvidenceImportOptions{});
    if (!imported)
        return 0;
    const auto items = m_wp->evidence().list();
    if (!items)
        return 0;
    for (const EvidenceItem &item : *items) {
        if (item.packageId == imported->package.id)
            return item.id;
    }
    return 0;
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
    const qint64 ticket = importEvidence(QStringLiteral("CHG-1001.txt"), "CHG-1001 approved by J. Doe\n");
    TM_VERIFY_OK(m_wp->testing().addEvidenceReference(kControl, 1, QStringLiteral("A"), {ticket, 2, {}}));
    const QString dir = qEnvironmentVariable("TICKMARK_SCREENSHOT_DIR", QStringLiteral("/tmp"));
    QCoreApplication::processEvents();
    QVERIFY(m_window->grab().save(dir + QStringLiteral("/tickmark-testing.png")));
    m_page->grid()->setCurrentIndex(m_page->gridModel()->index(0, column(QStringLiteral("A"))));
    EvidenceReferenceDialog *dialog = m_page->editEvidence(m_page->grid()->currentIndex());
    QVERIFY(dialog);
    QCoreApplication::processEvents();
    QVERIFY(dialog->grab().save(dir + QStringLiteral("/tickmark-evidence-references.png")));
    dialog->close();
}

void TestTestingGrid::deleteClearsABlockWithUndo()
{
    const qint64 ticket = importEvidence(QStringLiteral("CHG-1001.txt"), "CHG-1001 approved by J. Doe\n");
    QVERIFY(ticket > 0);
    TM_VERIFY_OK(m_wp->testing().record(kControl, 1, QStringLiteral("A"), AttributeResult::Pass, QStringLiteral("ok")));
    TM_VERIFY_OK(m_wp->testing().record(kControl, 5, QStringLiteral("A"), AttributeResult::Deviation));
    TM_VERIFY_OK(m_wp->testing().record(kControl, 5, QStringLiteral("B"), AttributeResult::Pass));
    TM_VERIFY_OK(m_wp->testing().addEvidenceReference(kControl, 1, QStringLiteral("A"),
                                                      {ticket, 2, QStringLiteral("approval")}));
    buildPage();
    const QModelIndex a1 = m_page->gridModel()->index(0, column(QStringLiteral("A")));
    QCOMPARE(a1.data(TestingGridModel::EvidenceCountRole).toInt(), 1);
    QCOMPARE(a1.data(TestingGridModel::EvidenceRole).toStringList(),
             QStringList{QStringLiteral("CHG-1001.txt/CHG-1001.txt, p. 2")});
    QVERIFY(a1.data(Qt::ToolTipRole).toString().contains(QStringLiteral("CHG-1001.txt/CHG-1001.txt, p. 2")));

    // Select A and B on items 1 and 2 (rows 1 and 5) and press Delete: one undo step clears all three results.
    key(Qt::Key_Right, Qt::ShiftModifier);
    key(Qt::Key_Down, Qt::ShiftModifier);
    const int before = m_stack->count();
    key(Qt::Key_Delete);
    QCOMPARE(result(1, QStringLiteral("A")), QString());
    QCOMPARE(result(5, QStringLiteral("A")), QString());
    QCOMPARE(result(5, QStringLiteral("B")), QString());
    QVERIFY(m_wp->testing().evidenceReferences(kControl)->isEmpty());
    QCOMPARE(m_stack->count(), before + 1);
    QCOMPARE(m_page->gridModel()->index(0, column(QStringLiteral("A"))).data(TestingGridModel::EvidenceCountRole).toInt(),
             0);

    key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(result(1, QStringLiteral("A")), QStringLiteral("pass:ok"));
    QCOMPARE(result(5, QStringLiteral("A")), QStringLiteral("deviation"));
    QCOMPARE(result(5, QStringLiteral("B")), QStringLiteral("pass"));
    const auto refs = m_wp->testing().evidenceReferences(kControl);
    QCOMPARE(refs->size(), 1);
    QCOMPARE(refs->at(0).reference.page, std::optional<int>(2));
    QCOMPARE(refs->at(0).reference.label, QStringLiteral("approval"));
    QCOMPARE(m_page->gridModel()->index(0, column(QStringLiteral("A"))).data(TestingGridModel::EvidenceCountRole).toInt(),
             1);
    // Backspace clears too; an empty selection changes nothing.
    key(Qt::Key_Backspace);
    QCOMPARE(result(1, QStringLiteral("A")), QString());
    const int count = m_stack->count();
    key(Qt::Key_Backspace);
    QCOMPARE(m_stack->count(), count);
}

void TestTestingGrid::evidenceReferencesByDialog()
{
    const qint64 ticket = importEvidence(QStringLiteral("CHG-1001.txt"), "CHG-1001 approved by J. Doe\n");
    const qint64 mail = importEvidence(QStringLiteral("approval-mail.txt"), "Approved. J. Doe\n");
    QVERIFY(ticket > 0 && mail > 0);
    buildPage();
    QSignalSpy open(m_page, &TestingPage::openEvidence);
    key(Qt::Key_P);
    key(Qt::Key_E, Qt::ControlModifier);
    EvidenceReferenceDialog *dialog = m_page->evidenceDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->visibleEvidenceCount(), 2);
    dialog->setFilter(QStringLiteral("MAIL"));
    QCOMPARE(dialog->visibleEvidenceCount(), 1);
    QVERIFY(!dialog->chooseEvidence(ticket));
    QVERIFY(dialog->chooseEvidence(mail));
    dialog->findChild<QSpinBox *>(QStringLiteral("referencePage"))->setValue(3);
    dialog->findChild<QLineEdit *>(QStringLiteral("referenceLabel"))->setText(QStringLiteral("approval e-mail"));
    const int before = m_stack->count();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addReferenceButton")), Qt::LeftButton);
    auto refs = m_wp->testing().evidenceReferences(kControl);
    QCOMPARE(refs->size(), 1);
    QCOMPARE(refs->at(0).reference.evidenceId, mail);
    QCOMPARE(refs->at(0).reference.page, std::optional<int>(3));
    QCOMPARE(refs->at(0).reference.label, QStringLiteral("approval e-mail"));
    QCOMPARE(m_stack->count(), before + 1);
    auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("referenceList"));
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("approval-mail.txt/approval-mail.txt"));

    // The cell shows a paperclip in its bottom-right corner (blue ink on the pass green).
    const QModelIndex cell = m_page->gridModel()->index(0, column(QStringLiteral("A")));
    QCOMPARE(cell.data(TestingGridModel::EvidenceCountRole).toInt(), 1);
    m_page->grid()->clearSelection();
    m_page->grid()->setCurrentIndex(m_page->gridModel()->index(3, column(QStringLiteral("B"))));
    const QImage shot = m_page->grid()->viewport()->grab().toImage();
    const QRect rect = m_page->grid()->visualRect(cell);
    int ink = 0;
    for (int x = rect.right() - 14; x <= rect.right(); ++x) {
        for (int y = rect.bottom() - 18; y <= rect.bottom(); ++y) {
            const QColor c = shot.pixelColor(x, y);
            ink += c.blue() > c.green() + 20 && c.blue() > c.red() + 20 ? 1 : 0;
        }
    }
    QVERIFY2(ink >= 5, qPrintable(QString::number(ink)));

    // Open (or a double-click) asks the workspace to open the item at its page; Remove takes the reference away.
    list->setCurrentItem(list->topLevelItem(0));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("openReferenceButton")), Qt::LeftButton);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(0).toLongLong(), mail);
    QCOMPARE(open.at(0).at(1).toInt(), 3);
    list->setCurrentItem(list->topLevelItem(0));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("removeReferenceButton")), Qt::LeftButton);
    QVERIFY(m_wp->testing().evidenceReferences(kControl)->isEmpty());
    QCOMPARE(list->topLevelItemCount(), 0);
    // Undo puts it back, and the open dialog follows.
    m_stack->undo();
    QCOMPARE(m_wp->testing().evidenceReferences(kControl)->size(), 1);
    QCOMPARE(list->topLevelItemCount(), 1);
    m_stack->undo();
    QVERIFY(m_wp->testing().evidenceReferences(kControl)->isEmpty());
    dialog->close();
}

void TestTestingGrid::evidenceNeedsAResult()
{
    buildPage();
    QSignalSpy errors(m_page, &TestingPage::errorOccurred);
    key(Qt::Key_E, Qt::ControlModifier);
    QVERIFY(!m_page->evidenceDialog());
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.at(0).at(0).toString().contains(QStringLiteral("Item 1, attribute A has no result yet")),
             qPrintable(errors.at(0).at(0).toString()));
}

void TestTestingGrid::designPanelEditsAndRemoves()
{
    TM_VERIFY_OK(m_wp->testing().record(kControl, 1, QStringLiteral("B"), AttributeResult::Pass));
    buildPage();
    FixedAnswerPrompter prompter(false);
    TestDesignPanel *design = m_page->designPanel();
    design->setPrompter(&prompter);
    QVERIFY(design->updateProcedure(1, ProcedureKind::Inquiry, QStringLiteral("Ask the change manager")));
    QVERIFY(design->inquiryWarningShown());
    QCOMPARE(m_wp->testing().procedures(kControl)->at(0).text, QStringLiteral("Ask the change manager"));
    QVERIFY(design->updateAttribute(QStringLiteral("A"), QStringLiteral("Approved by the CAB")));
    QCOMPARE(m_page->gridModel()->headerData(column(QStringLiteral("A")), Qt::Horizontal, Qt::ToolTipRole).toString(),
             QStringLiteral("Approved by the CAB"));
    auto *attributes = design->findChild<QListWidget *>(QStringLiteral("attributeList"));
    QVERIFY(attributes->item(0)->text().contains(QStringLiteral("Approved by the CAB")));

    // Declined: nothing goes. The question says what would go with the attribute.
    QVERIFY(!design->removeAttribute(QStringLiteral("B")));
    QCOMPARE(prompter.askedCount(), 1);
    QVERIFY2(prompter.lastText().contains(QStringLiteral("1 recorded results and 0 evidence references")),
             qPrintable(prompter.lastText()));
    QCOMPARE(m_page->gridModel()->attributes().size(), 2);
    prompter.setAnswer(true);
    QVERIFY(design->removeAttribute(QStringLiteral("B")));
    QCOMPARE(m_page->gridModel()->attributes().size(), 1);
    QCOMPARE(column(QStringLiteral("B")), -1);
    QVERIFY(m_wp->testing().results(kControl)->isEmpty());
    QVERIFY(design->removeProcedure(1));
    QVERIFY(m_wp->testing().procedures(kControl)->isEmpty());
    QVERIFY(!design->inquiryWarningShown());
}

QTEST_MAIN(TestTestingGrid)
#include "tst_testinggrid.moc"
