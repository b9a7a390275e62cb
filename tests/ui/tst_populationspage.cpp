// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/filechooser.h"
#include "common/prompter.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/workspace.h"
#include "population/populationimport.h"
#include "population/populationimportdialog.h"
#include "population/populationlistmodel.h"
#include "population/populationrowmodel.h"
#include "population/populationservice.h"
#include "population/populationspage.h"
#include "sample/sampleengagement.h"
#include "sampling/evaluationpanel.h"
#include "sampling/frequencytabledialog.h"
#include "sampling/samplesizepanel.h"
#include "sampling/samplingpage.h"
#include "sampling/samplingservice.h"
#include "testsupport.h"
#include "windowdoubles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace Tickmark;
using namespace Tickmark::Core;
using namespace Tickmark::Ui;

class TestPopulationsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void importShowsThePopulationAndItsRows();
    void refusedImportReportsAndStoresNothing();
    void cancelledImportStoresNothing();
    void previewShowsHeaderAndFirstRecords();
    void deleteAsksFirst();
    void drawsTheDocumentedSelection();
    void redrawAsksBeforeReplacing();
    void statisticalSizeMatchesTheTable();
    void frequencySizeExplainsItself();
    void evaluationShowsLimitAndConclusion();
    void frequencyTableDialogRefusesBadSizes();
    void periodMonthsCountPartialMonths();
    void millionRowsOpenAndScroll();
    void screenshots();

private:
    QString writeCsv(const QString &fileName, int rows);
    bool importThroughPage(const QString &path, const QString &name, const QString &controlId);
    void grab(QWidget *widget, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workpaper> m_wp;
    std::shared_ptr<FixedAnswerPrompter> m_prompter;
    std::unique_ptr<PopulationsPage> m_page;
};

void TestPopulationsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPopulationsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto wp = createSampleEngagement(m_dir->filePath(QStringLiteral("sample.tickmark")), Test::preparer(),
                                     Test::fixedClock());
    QVERIFY2(wp.has_value(), wp ? "" : qPrintable(wp.error().detail));
    m_wp = std::move(*wp);
    m_prompter = std::make_shared<FixedAnswerPrompter>(true);
    m_page = std::make_unique<PopulationsPage>(*m_wp);
    m_page->setPrompter(m_prompter);
    m_page->resize(1280, 800);
}

void TestPopulationsPage::cleanup()
{
    m_page.reset();
    m_wp.reset();
    m_dir.reset();
}

QString TestPopulationsPage::writeCsv(const QString &fileName, int rows)
{
    QString path = m_dir->filePath(fileName);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QByteArray bytes = "change_id,title,requested_by,approved_by,deployed\n";
    for (int i = 1; i <= rows; ++i) {
        bytes += "CHG-" + QByteArray::number(1000 + i) + ",Change number " + QByteArray::number(i) + ",Dev " +
                 QByteArray::number(i % 7) + ",Lead " + QByteArray::number(i % 3) + ",2026-0" +
                 QByteArray::number(1 + i % 9) + "-1" + QByteArray::number(i % 10) + "\n";
    }
    file.write(bytes);
    return path;
}

bool TestPopulationsPage::importThroughPage(const QString &path, const QString &name, const QString &controlId)
{
    QSignalSpy finished(m_page.get(), &PopulationsPage::importFinished);
    if (!m_page->importFile({path, name, controlId, {}}))
        return false;
    // The import runs on a worker thread with its own connection; wait for it without blocking its signals.
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 30000))
        return false;
    return finished.first().first().toBool();
}

void TestPopulationsPage::grab(QWidget *widget, const QString &name)
{
    // TICKMARK_SCREENSHOT_DIR=/tmp/shots leaves pictures of the pages for a visual review.
    const QString dir = qEnvironmentVariable("TICKMARK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

void TestPopulationsPage::importShowsThePopulationAndItsRows()
{
    const QString csv = writeCsv(QStringLiteral("changes.csv"), 10);
    QSignalSpy status(m_page.get(), &PopulationsPage::statusMessage);
    QVERIFY(importThroughPage(csv, QStringLiteral("Q1-Q3 changes"), QStringLiteral("CTL-40")));
    QTRY_VERIFY(!m_page->isImporting());

    auto *list = m_page->findChild<QTableView *>(QStringLiteral("populationsView"));
    QCOMPARE(list->model()->rowCount(), 1);
    const QModelIndex first = list->model()->index(0, PopulationListModel::NameColumn);
    QCOMPARE(first.data().toString(), QStringLiteral("Q1-Q3 changes"));
    QCOMPARE(first.data(PopulationListModel::RowCountRole).toLongLong(), 10);
    QCOMPARE(list->model()->index(0, PopulationListModel::RowsColumn).data().toString(), QStringLiteral("10"));
    QCOMPARE(list->model()->index(0, PopulationListModel::ControlColumn).data().toString(), QStringLiteral("CTL-40"));
    QCOMPARE(m_page->currentPopulation(), QStringLiteral("Q1-Q3 changes"));

    auto *rows = m_page->findChild<QTableView *>(QStringLiteral("populationRowsView"));
    QCOMPARE(rows->model()->rowCount(), 10);
    QCOMPARE(rows->model()->columnCount(), 5);
    QCOMPARE(rows->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("change_id"));
    QCOMPARE(rows->model()->headerData(9, Qt::Vertical).toLongLong(), 10);
    QCOMPARE(rows->model()->index(0, 0).data().toString(), QStringLiteral("CHG-1001"));
    QCOMPARE(rows->model()->index(9, 1).data().toString(), QStringLiteral("Change number 10"));
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("populationDetails"))
                ->text()
                .contains(QStringLiteral("changes.csv")));
    QVERIFY(!status.isEmpty());
    QVERIFY(status.last().first().toString().contains(QStringLiteral("Imported")));

    // The main workpaper reads the rows the worker committed.
    auto stored = m_wp->populations().find(QStringLiteral("Q1-Q3 changes"));
    QVERIFY(stored && stored->has_value());
    QCOMPARE((*stored)->rowCount, 10);
}

void TestPopulationsPage::refusedImportReportsAndStoresNothing()
{
    const QString csv = m_dir->filePath(QStringLiteral("bad.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("a,b\n1,2\n3,4,5\n");
    file.close();
    QSignalSpy errors(m_page.get(), &PopulationsPage::errorOccurred);
    QVERIFY(!importThroughPage(csv, QStringLiteral("Bad"), QStringLiteral("CTL-40")));
    QCOMPARE(errors.count(), 1);
    QVERIFY(errors.first().first().toString().startsWith(QStringLiteral("Nothing was imported.")));
    QCOMPARE(m_page->listModel()->rowCount(), 0);
    QVERIFY(!m_page->isImporting());
}

void TestPopulationsPage::cancelledImportStoresNothing()
{
    const QString csv = writeCsv(QStringLiteral("large.csv"), 200'000);
    QSignalSpy finished(m_page.get(), &PopulationsPage::importFinished);
    QSignalSpy status(m_page.get(), &PopulationsPage::statusMessage);
    QVERIFY(m_page->importFile({csv, QStringLiteral("Large"), QStringLiteral("CTL-40"), {}}));
    QVERIFY(m_page->isImporting());
    QVERIFY(!m_page->importFile({csv, QStringLiteral("Again"), QStringLiteral("CTL-40"), {}})); // one at a time
    auto *progress = m_page->findChild<QProgressDialog *>(QStringLiteral("importProgress"));
    QVERIFY(progress);
    auto *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel);
    cancel->click(); // what the user does; QProgressDialog::cancel() alone does not emit canceled()
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(status.last().first().toString(), QStringLiteral("Import cancelled; nothing was stored."));
    QCOMPARE(m_page->listModel()->rowCount(), 0);
    auto stored = m_wp->populations().list();
    QVERIFY(stored && stored->isEmpty());
}

void TestPopulationsPage::previewShowsHeaderAndFirstRecords()
{
    const QString csv = writeCsv(QStringLiteral("access_reviews.csv"), 40);
    ScriptedFileChooser files;
    PopulationImportDialog dialog(*m_wp, files);
    QSignalSpy shown(&dialog, &PopulationImportDialog::previewShown);
    dialog.setFile(csv);
    QTRY_COMPARE(shown.count(), 1);
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("previewTable"));
    QCOMPARE(table->columnCount(), 5);
    QCOMPARE(table->rowCount(), PopulationImportDialog::kPreviewRecords);
    // Each column header names the column and, under it, the type its previewed values share.
    QCOMPARE(table->horizontalHeaderItem(0)->text(), QStringLiteral("change_id\n(text)"));
    QCOMPARE(table->horizontalHeaderItem(4)->text(), QStringLiteral("deployed\n(date)"));
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("CHG-1001"));
    QCOMPARE(dialog.request().name, QStringLiteral("access reviews"));
    QCOMPARE(dialog.request().path, csv);
    dialog.setControl(QStringLiteral("CTL-21"));
    QCOMPARE(dialog.request().controlId, QStringLiteral("CTL-21"));

    // A name already taken is refused before anything runs.
    QVERIFY(importThroughPage(csv, QStringLiteral("Access reviews"), QStringLiteral("CTL-21")));
    dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Access reviews"));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("nameProblem"))->isVisibleTo(&dialog));

    // A title block above the column names: the header row moves the header down, greys the skipped records out
    // and goes into the request.
    const QString titled = m_dir->filePath(QStringLiteral("titled.csv"));
    {
        QFile file(titled);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Quillfeather change log,,\nExported 2026-10-02,,\nchange_id,amount,deployed\n"
                   "CHG-1,\"1,250.00\",2026-01-05T10:00:00Z\nCHG-2,-17.5,2026-01-06T11:30:00Z\n");
    }
    dialog.setFile(titled);
    QTRY_COMPARE(shown.count(), 2);
    auto *headerRow = dialog.findChild<QSpinBox *>(QStringLiteral("headerRowSpin"));
    QVERIFY(headerRow);
    QCOMPARE(headerRow->value(), 1);
    headerRow->setValue(3);
    QTRY_COMPARE(shown.count(), 3);
    QCOMPARE(table->rowCount(), 4); // two skipped, two data records
    QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("amount\n(number)"));
    QCOMPARE(table->horizontalHeaderItem(2)->text(), QStringLiteral("deployed\n(date-time)"));
    QCOMPARE(table->item(2, 0)->text(), QStringLiteral("CHG-1"));
    QVERIFY(table->item(0, 0)->foreground() != table->item(2, 0)->foreground());
    QCOMPARE(dialog.request().headerRow, 3);
    dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Titled"));
    dialog.resize(900, 480);
    grab(&dialog, QStringLiteral("import-dialog"));
    QPushButton *importButton = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(importButton->isEnabled());
    headerRow->setValue(9);
    QTRY_COMPARE(shown.count(), 4);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("previewCaption"))->text(),
             QStringLiteral("The file ends before header row 9."));
    QVERIFY(!importButton->isEnabled());

    // The preview reads only the start of a large file.
    const QString big = writeCsv(QStringLiteral("big.csv"), 20000);
    auto preview = readPopulationPreview(big, {}, 20);
    QVERIFY(preview);
    QVERIFY(preview->partial);
    QCOMPARE(preview->records.size(), 20);
    QCOMPARE(preview->records.last().first(), QStringLiteral("CHG-1020"));
}

void TestPopulationsPage::deleteAsksFirst()
{
    QVERIFY(
        importThroughPage(writeCsv(QStringLiteral("c.csv"), 5), QStringLiteral("Changes"), QStringLiteral("CTL-40")));
    auto *remove = m_page->findChild<QPushButton *>(QStringLiteral("deletePopulationButton"));
    QVERIFY(remove->isEnabled());
    m_prompter->setAnswer(false);
    remove->click();
    QCOMPARE(m_prompter->askedCount(), 1);
    QCOMPARE(m_page->listModel()->rowCount(), 1);
    m_prompter->setAnswer(true);
    remove->click();
    QCOMPARE(m_page->listModel()->rowCount(), 0);
    QVERIFY(!remove->isEnabled());
    QCOMPARE(m_page->rowModel()->rowCount(), 0);
}

void TestPopulationsPage::drawsTheDocumentedSelection()
{
    SamplingPage sampling(*m_wp);
    sampling.setPrompter(m_prompter);
    QCOMPARE(sampling.currentPopulation(), QString());
    QVERIFY(!sampling.findChild<QPushButton *>(QStringLiteral("drawButton"))->isEnabled());

    QVERIFY(
        importThroughPage(writeCsv(QStringLiteral("ten.csv"), 10), QStringLiteral("Ten"), QStringLiteral("CTL-40")));
    // The sampling page hears of the import through the workpaper's changed() signal.
    QCOMPARE(sampling.currentPopulation(), QStringLiteral("Ten"));
    auto *method = sampling.findChild<QComboBox *>(QStringLiteral("methodCombo"));
    method->setCurrentIndex(method->findData(QStringLiteral("random")));
    sampling.findChild<QSpinBox *>(QStringLiteral("drawSizeSpin"))->setValue(4);
    sampling.findChild<QLineEdit *>(QStringLiteral("seedEdit"))->setText(QStringLiteral("42"));
    QVERIFY(sampling.drawSample());
    QCOMPARE(m_prompter->askedCount(), 0); // nothing to replace

    auto *view = sampling.findChild<QTableView *>(QStringLiteral("selectionView"));
    QAbstractItemModel *model = view->model();
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->headerData(SamplingPage::RowColumn, Qt::Horizontal).toString(), QStringLiteral("Row"));
    QList<int> rows;
    for (int i = 0; i < model->rowCount(); ++i) {
        QCOMPARE(model->index(i, SamplingPage::ItemColumn).data().toInt(), i + 1);
        rows << model->index(i, SamplingPage::RowColumn).data().toInt();
    }
    QCOMPARE(rows, (QList<int>{1, 5, 8, 10}));
    QCOMPARE(model->index(1, SamplingPage::FirstFieldColumn).data().toString(), QStringLiteral("CHG-1005"));
    const QString summary = sampling.findChild<QLabel *>(QStringLiteral("selectionSummary"))->text();
    QVERIFY2(summary.startsWith(QStringLiteral("Random selection · seed 42 · 4 of 10 rows · drawn by PP on ")),
             qPrintable(summary));
    QCOMPARE(sampling.findChild<QLineEdit *>(QStringLiteral("seedEdit"))->text(), QStringLiteral("42"));
    QCOMPARE(sampling.evaluationPanel()->findChild<QSpinBox *>(QStringLiteral("evaluationSizeSpin"))->value(), 4);

    // Extending keeps the first rows (random only); the request list is written.
    QVERIFY(sampling.findChild<QPushButton *>(QStringLiteral("extendButton"))->isEnabled());
    QVERIFY(sampling.extendSample(6));
    QCOMPARE(model->rowCount(), 6);
    QCOMPARE(model->index(3, SamplingPage::RowColumn).data().toInt(), 10);
    const QString xlsx = m_dir->filePath(QStringLiteral("request.xlsx"));
    QVERIFY(sampling.exportRequest(xlsx));
    QVERIFY(QFileInfo(xlsx).size() > 0);
}

void TestPopulationsPage::redrawAsksBeforeReplacing()
{
    QVERIFY(
        importThroughPage(writeCsv(QStringLiteral("ten.csv"), 10), QStringLiteral("Ten"), QStringLiteral("CTL-40")));
    SamplingPage sampling(*m_wp);
    sampling.setPrompter(m_prompter);
    sampling.findChild<QSpinBox *>(QStringLiteral("drawSizeSpin"))->setValue(3);
    sampling.findChild<QLineEdit *>(QStringLiteral("seedEdit"))->clear();
    QVERIFY(sampling.drawSample());
    const QString seed = sampling.findChild<QLineEdit *>(QStringLiteral("seedEdit"))->text();
    QVERIFY(!seed.isEmpty()); // a new seed is shown after the draw
    QCOMPARE(QString::number(sampling.sample()->seed), seed);

    m_prompter->setAnswer(false);
    sampling.findChild<QLineEdit *>(QStringLiteral("seedEdit"))->setText(QStringLiteral("7"));
    QVERIFY(!sampling.drawSample());
    QCOMPARE(m_prompter->askedCount(), 1);
    QCOMPARE(QString::number(sampling.sample()->seed), seed);
    m_prompter->setAnswer(true);
    QVERIFY(sampling.drawSample());
    QCOMPARE(sampling.sample()->seed, quint64(7));

    // A systematic sample cannot be extended.
    auto *method = sampling.findChild<QComboBox *>(QStringLiteral("methodCombo"));
    method->setCurrentIndex(method->findData(QStringLiteral("systematic")));
    QVERIFY(sampling.drawSample());
    QCOMPARE(sampling.sample()->method, SelectionMethod::Systematic);
    QVERIFY(!sampling.findChild<QPushButton *>(QStringLiteral("extendButton"))->isEnabled());
}

void TestPopulationsPage::statisticalSizeMatchesTheTable()
{
    SampleSizePanel panel;
    panel.setMode(SampleSizePanel::Mode::Statistical);
    panel.setStatisticalInputs(QStringLiteral("5%"), QStringLiteral("5%"), QStringLiteral("1%"));
    QCOMPARE(panel.size(), 93);
    QVERIFY2(panel.resultText().startsWith(QStringLiteral("Sample size 93 with 1 expected deviation")),
             qPrintable(panel.resultText()));
    QVERIFY(panel.basis().contains(QStringLiteral("93")));

    panel.setStatisticalInputs(QStringLiteral("5%"), QStringLiteral("2%"), QStringLiteral("1.75%"));
    QVERIFY(!panel.size());
    QCOMPARE(panel.resultText(), QStringLiteral("Too large (more than %1)").arg(QLocale().toString(2000)));

    panel.setStatisticalInputs(QStringLiteral("10%"), QStringLiteral("5"), QStringLiteral("1%"));
    QVERIFY(!panel.size());
    QCOMPARE(panel.resultText(), QStringLiteral("No sample size"));
}

void TestPopulationsPage::frequencySizeExplainsItself()
{
    QVERIFY(importThroughPage(writeCsv(QStringLiteral("daily.csv"), 300), QStringLiteral("Daily"),
                              QStringLiteral("CTL-25")));
    SamplingPage sampling(*m_wp);
    SampleSizePanel *panel = sampling.sizePanel();
    panel->setMode(SampleSizePanel::Mode::Frequency);
    // CTL-25 is a daily automated control: a test of one.
    QVERIFY(panel->findChild<QCheckBox *>(QStringLiteral("automatedCheck"))->isChecked());
    QCOMPARE(panel->size(), 1);
    panel->findChild<QCheckBox *>(QStringLiteral("automatedCheck"))->setChecked(false);
    auto *risk = panel->findChild<QComboBox *>(QStringLiteral("frequencyRiskCombo"));
    risk->setCurrentIndex(risk->findData(static_cast<int>(RiskLevel::Higher)));
    // Daily, higher risk: 40 from the table, prorated for the nine-month period to 30.
    const FrequencySize expected =
        frequencySampleSize(FrequencyTable::defaults(), Frequency::Daily, RiskLevel::Higher, false, 300, 9);
    QCOMPARE(panel->size(), expected.size);
    QCOMPARE(panel->basis(), expected.explanation);
    QVERIFY(!panel->findChild<QLabel *>(QStringLiteral("sizeExplanation"))->text().isEmpty());
    QCOMPARE(sampling.findChild<QSpinBox *>(QStringLiteral("drawSizeSpin"))->value(), expected.size);

    // An edited firm table reaches the panel through the workpaper.
    FrequencyTable table = FrequencyTable::defaults();
    table.sizes[Frequency::Daily] = {20, 24};
    TM_VERIFY_OK(m_wp->sampling().setFrequencyTable(table));
    QCOMPARE(panel->size(), frequencySampleSize(table, Frequency::Daily, RiskLevel::Higher, false, 300, 9).size);
}

void TestPopulationsPage::evaluationShowsLimitAndConclusion()
{
    EvaluationPanel panel;
    panel.setSampleSize(60);
    panel.setDeviations(1);
    panel.setRates(QStringLiteral("5%"), QStringLiteral("10%"));
    QVERIFY(panel.evaluation());
    QCOMPARE(panel.evaluation()->upperLimitPermille, 77);
    QVERIFY2(panel.figuresText().contains(QStringLiteral("7.7%")), qPrintable(panel.figuresText()));
    QVERIFY(panel.figuresText().contains(QStringLiteral("1.7%")));
    QVERIFY2(panel.conclusionText().contains(QStringLiteral("does not exceed")), qPrintable(panel.conclusionText()));
    auto *conclusion = panel.findChild<QLabel *>(QStringLiteral("evaluationConclusion"));
    QCOMPARE(conclusion->property("supportsReliance").toBool(), true);

    panel.setDeviations(4);
    QVERIFY(panel.conclusionText().contains(QStringLiteral("exceeds")));
    QCOMPARE(conclusion->property("supportsReliance").toBool(), false);
}

void TestPopulationsPage::frequencyTableDialogRefusesBadSizes()
{
    SamplingPage sampling(*m_wp);
    auto *dialog = qobject_cast<FrequencyTableDialog *>(sampling.editFrequencyTable());
    QVERIFY(dialog);
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("frequencyTable"));
    const int daily = static_cast<int>(allFrequencies().indexOf(Frequency::Daily));
    table->item(daily, 0)->setData(Qt::EditRole, 50); // lower risk above higher risk (40)
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("frequencyTableProblem"))->isVisibleTo(dialog));
    table->item(daily, 0)->setData(Qt::EditRole, 30);
    dialog->accept();
    auto stored = m_wp->sampling().frequencyTable();
    QVERIFY(stored);
    QCOMPARE(stored->size(Frequency::Daily, RiskLevel::Lower), 30);
}

void TestPopulationsPage::periodMonthsCountPartialMonths()
{
    EngagementDetails d = Test::typeTwoDetails();
    QCOMPARE(Core::engagementPeriodMonths(d), 9);
    d.periodFrom = QDate(2026, 1, 15);
    QCOMPARE(Core::engagementPeriodMonths(d), 9);
    d.periodFrom = QDate(2025, 10, 1);
    QCOMPARE(Core::engagementPeriodMonths(d), 12);
    d.type = ReportType::TypeI;
    QCOMPARE(Core::engagementPeriodMonths(d), std::nullopt);
}

void TestPopulationsPage::millionRowsOpenAndScroll()
{
    if (qEnvironmentVariableIsEmpty("TICKMARK_SLOW_TESTS"))
        QSKIP("Set TICKMARK_SLOW_TESTS=1 to import a million rows");
    const QString csv = m_dir->filePath(QStringLiteral("million.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray bytes;
        bytes.reserve(40'000'000);
        bytes += "event_id,user,action,at\n";
        for (int i = 1; i <= 1'000'000; ++i)
            bytes += "EV" + QByteArray::number(i) + ",user" + QByteArray::number(i % 977) + ",login,2026-03-01\n";
        file.write(bytes);
    }
    QElapsedTimer timer;
    timer.start();
    QVERIFY(importThroughPage(csv, QStringLiteral("Logins"), QStringLiteral("CTL-22")));
    qInfo("import of 1,000,000 rows on the worker: %lld ms", timer.restart());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    auto *rows = m_page->findChild<QTableView *>(QStringLiteral("populationRowsView"));
    QCOMPARE(rows->model()->rowCount(), 1'000'000);
    qInfo("shown: %lld ms", timer.restart());
    // Jump through the table as a scroll bar drag would; each step reads one page at most.
    for (int row : {999'999, 500'000, 250'123, 0, 999'000}) {
        rows->scrollTo(rows->model()->index(row, 0), QAbstractItemView::PositionAtTop);
        QCoreApplication::processEvents();
        QCOMPARE(rows->model()->index(row, 0).data().toString(), QStringLiteral("EV%1").arg(row + 1));
    }
    const qint64 scrolling = timer.restart();
    qInfo("five jumps with repaint: %lld ms; pages cached %d", scrolling, m_page->rowModel()->cachedPageCount());
    QVERIFY(scrolling < 2000);
}

void TestPopulationsPage::screenshots()
{
    if (qEnvironmentVariableIsEmpty("TICKMARK_SCREENSHOT_DIR"))
        QSKIP("Set TICKMARK_SCREENSHOT_DIR to take the pictures");
    // The whole window on the sample engagement with a realistic population, as a user sees it.
    const QString csv = m_dir->filePath(QStringLiteral("Quillfeather production changes Q1-Q3.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray bytes = "change_id,title,repository,author,approver,merged_at,deployed_at\n";
        const char *repos[] = {"contracts-api", "web-app", "infra-live", "signing-service", "search-indexer"};
        const char *people[] = {"a.okafor", "j.lindqvist", "m.ruiz", "s.chen", "t.nakamura", "r.patel"};
        const char *titles[] = {"Fix clause numbering in PDF export",    "Bump TLS policy on public ALB",
                                "Add retention job for audit events",    "Rotate signing key reference",
                                "Tune search relevance for party names", "Patch base image (CVE fixes)"};
        for (int i = 1; i <= 1200; ++i) {
            const QDate day = QDate(2026, 1, 1).addDays((i * 273) / 1200);
            bytes += QStringLiteral("CHG-%1,%2,%3,%4,%5,%6T%7:15:00Z,%6T%8:40:00Z\n")
                         .arg(20000 + i)
                         .arg(QString::fromLatin1(titles[i % 6]), QString::fromLatin1(repos[i % 5]),
                              QString::fromLatin1(people[i % 6]), QString::fromLatin1(people[(i + 2) % 6]),
                              day.toString(Qt::ISODate))
                         .arg(9 + i % 6, 2, 10, QLatin1Char('0'))
                         .arg(15 + i % 4, 2, 10, QLatin1Char('0'))
                         .toUtf8();
        }
        file.write(bytes);
    }
    m_page.reset();

    Test::WindowDoubles doubles(m_dir->path());
    doubles.settings.setIdentity(Actor{QStringLiteral("Dana Whitaker"), QStringLiteral("DW"), Role::Preparer});
    doubles.prompter = m_prompter;
    MainWindow window(doubles.dependencies());
    const QString path = m_wp->path();
    m_wp.reset();
    QVERIFY(window.openWorkpaper(path));
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QVERIFY(window.showSection(QStringLiteral("populations")));
    PopulationsPage *page = window.workspace()->populationsPage();
    QSignalSpy finished(page, &PopulationsPage::importFinished);
    QVERIFY(page->importFile({csv, QStringLiteral("Production changes, Jan–Sep 2026"), QStringLiteral("CTL-40"), {}}));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY(finished.first().first().toBool());
    grab(&window, QStringLiteral("pop-populations"));

    PopulationImportDialog dialog(*window.workpaper(), doubles.files, &window);
    QSignalSpy shown(&dialog, &PopulationImportDialog::previewShown);
    dialog.setFile(csv);
    dialog.setControl(QStringLiteral("CTL-40"));
    dialog.show();
    QTRY_COMPARE(shown.count(), 1);
    grab(&dialog, QStringLiteral("pop-import-dialog"));
    dialog.close();

    QVERIFY(window.showSection(QStringLiteral("sampling")));
    SamplingPage *sampling = window.workspace()->samplingPage();
    sampling->sizePanel()->setMode(SampleSizePanel::Mode::Statistical);
    sampling->sizePanel()->setStatisticalInputs(QStringLiteral("10%"), QStringLiteral("10%"), QStringLiteral("1%"));
    sampling->findChild<QLineEdit *>(QStringLiteral("seedEdit"))->setText(QStringLiteral("20260301"));
    QVERIFY(sampling->drawSample());
    sampling->evaluationPanel()->setDeviations(1);
    grab(&window, QStringLiteral("pop-sampling"));
    sampling->sizePanel()->setMode(SampleSizePanel::Mode::Frequency);
    grab(&window, QStringLiteral("pop-sampling-frequency"));

    auto *tableDialog = sampling->editFrequencyTable();
    QVERIFY(tableDialog);
    grab(tableDialog, QStringLiteral("pop-frequency-table"));
    tableDialog->close();
}

QTEST_MAIN(TestPopulationsPage)
#include "tst_populationspage.moc"
