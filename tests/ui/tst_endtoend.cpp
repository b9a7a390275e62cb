// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The whole engagement through the real main window, offscreen: the New Engagement wizard, the client's control
// matrix, an evidence zip, a population and its sample, results typed into the testing grid with one deviation,
// management's response on the exception, preparer and reviewer sign-offs (the reviewer through Preferences), the
// report exported as PDF and read back with Poppler. With TICKMARK_SCREENSHOT_DIR set it leaves a 1400x900 picture
// of every main view there (docs/screenshots are made this way).
#include "controls/controlservice.h"
#include "controls/controlspage.h"
#include "criteria/dashboardpage.h"
#include "engagement/engagementfields.h"
#include "engagement/newengagementwizard.h"
#include "evidence/evidencepage.h"
#include "evidence/evidencetreemodel.h"
#include "evidence/pdfviewer.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/workspace.h"
#include "population/populationimportdialog.h"
#include "population/populationspage.h"
#include "report/reportpage.h"
#include "review/reviewpanel.h"
#include "review/reviewservice.h"
#include "review/reviewstatuspage.h"
#include "sampling/samplingpage.h"
#include "settings/appearance.h"
#include "settings/settingsdialog.h"
#include "testing/exceptionservice.h"
#include "testing/exceptionspage.h"
#include "testing/testdesignpanel.h"
#include "testing/testinggridmodel.h"
#include "testing/testinggridview.h"
#include "testing/testingpage.h"
#include "testing/testingservice.h"
#include "testsupport.h"
#include "windowdoubles.h"
#include "workpaper/workpaper.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <limits>

#include <archive.h>
#include <archive_entry.h>
#include <poppler-qt6.h>

using namespace Tickmark;
using namespace Tickmark::Ui;

namespace {

const QString kControl = QStringLiteral("CTL-39");
const QString kPopulation = QStringLiteral("Production changes");
const QString kResponse =
    QStringLiteral("The pull request was merged during an incident bridge; engineering has since removed the "
                   "administrator bypass from the production repositories.");
constexpr int kSampleSize = 25;
/// The sample item (0-based grid row) that gets the deviation.
constexpr int kDeviationRow = 6;

/// The evidence package: the client's change tickets and the branch protection settings, dated in the period.
bool writeEvidenceZip(const QString &path)
{
    QList<std::pair<QByteArray, QByteArray>> files;
    files.append(std::make_pair(
        QByteArray("branch-protection/settings-export.txt"),
        QByteArray("Repository: quill/contracts-api\nRequired approving reviews: 1\nDismiss stale approvals: yes\n"
                   "Require status checks: build, unit-tests\nAllow administrators to bypass: no\n")));
    QByteArray tickets = "change_id,approved_by,approved_at,merged_at\n";
    for (int i = 1; i <= 12; ++i)
        tickets += "CHG-" + QByteArray::number(2000 + i) + ",R. Okafor,2026-0" + QByteArray::number(1 + i % 8) +
                   "-1" + QByteArray::number(i % 9) + ",2026-0" + QByteArray::number(1 + i % 8) + "-1" +
                   QByteArray::number(i % 9) + "\n";
    files.append(std::make_pair(QByteArray("change-tickets/approvals.csv"), tickets));
    files.append(std::make_pair(QByteArray("change-tickets/README.txt"),
                                QByteArray("Exported from the ticketing system on 2026-02-10 by IT Operations.\n")));
    archive *a = archive_write_new();
    archive_write_set_format_zip(a);
    bool ok = archive_write_open_filename(a, QFile::encodeName(path).constData()) == ARCHIVE_OK;
    for (const auto &[name, data] : files) {
        archive_entry *entry = archive_entry_new();
        archive_entry_copy_pathname(entry, name.constData());
        archive_entry_set_perm(entry, 0644);
        archive_entry_set_mtime(entry, 1770681600 + 43200, 0); // 2026-02-10, inside the period
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_size(entry, data.size());
        ok = ok && archive_write_header(a, entry) == ARCHIVE_OK;
        if (ok)
            ok = archive_write_data(a, data.constData(), size_t(data.size())) == data.size();
        archive_entry_free(entry);
    }
    ok = archive_write_close(a) == ARCHIVE_OK && ok;
    archive_write_free(a);
    return ok;
}

/// 240 merged pull requests, January to August 2026.
bool writePopulation(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray csv = "pr_number,title,author,approver,merged_at\n";
    const char *authors[] = {"a.lindqvist", "m.osei", "j.park", "s.ferreira", "d.nakamura"};
    for (int i = 0; i < 240; ++i) {
        const QDate day = QDate(2026, 1, 5).addDays(i);
        csv += QByteArray::number(4100 + i) + ",Change " + QByteArray::number(i + 1) + " to the contracts API," +
               authors[i % 5] + "," + authors[(i + 2) % 5] + "," + day.toString(Qt::ISODate).toLatin1() + "\n";
    }
    return file.write(csv) == csv.size();
}

QString pdfText(const QString &path)
{
    const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(path);
    if (!pdf || pdf->isLocked())
        return {};
    QString text;
    for (int i = 0; i < pdf->numPages(); ++i)
        text += pdf->page(i)->text(QRectF()) + QLatin1Char('\n');
    // Table cells wrap: compare words, not line breaks.
    return text.simplified();
}

/// @p image with at most 256 colours: the 256 most frequent ones, every other pixel mapped to the nearest of them.
/// A screenshot's flat areas keep their exact colours and only antialiased edges move slightly, which makes the
/// PNG less than half the size.
QImage reducedColours(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    QHash<QRgb, qint64> counts;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            ++counts[line[x]];
    }
    QList<std::pair<qint64, QRgb>> byCount;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        byCount.append({it.value(), it.key()});
    std::sort(byCount.begin(), byCount.end(), std::greater<>());
    QList<QRgb> table;
    for (qsizetype i = 0; i < std::min<qsizetype>(256, byCount.size()); ++i)
        table.append(byCount.at(i).second);
    QHash<QRgb, uchar> nearest;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        int best = 0;
        int bestDistance = std::numeric_limits<int>::max();
        for (int i = 0; i < table.size(); ++i) {
            const int dr = qRed(it.key()) - qRed(table.at(i));
            const int dg = qGreen(it.key()) - qGreen(table.at(i));
            const int db = qBlue(it.key()) - qBlue(table.at(i));
            const int distance = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        nearest.insert(it.key(), static_cast<uchar>(best));
    }
    QImage out(rgb.size(), QImage::Format_Indexed8);
    out.setColorTable(table);
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *in = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        uchar *line = out.scanLine(y);
        for (int x = 0; x < rgb.width(); ++x)
            line[x] = nearest.value(in[x]);
    }
    return out;
}

/// Whether the words of @p phrase occur in @p text in order, close together. A table cell that wraps comes out
/// of Poppler line by line across the row (cell 1 line 1, cell 2 line 1, …), so its words are in order but
/// interleaved with its neighbours'.
bool containsInOrder(const QString &text, const QString &phrase)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QStringList wanted = phrase.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (wanted.isEmpty())
        return false;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (words.at(i) != wanted.front())
            continue;
        qsizetype k = 1;
        const qsizetype limit = std::min(words.size(), i + wanted.size() * 5);
        for (qsizetype j = i + 1; j < limit && k < wanted.size(); ++j) {
            if (words.at(j) == wanted.at(k))
                ++k;
        }
        if (k == wanted.size())
            return true;
    }
    return false;
}

} // namespace

class TestEndToEnd final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void engagementFromWizardToReport();

private:
    void newEngagement();
    void importControls();
    void importEvidence();
    void importPopulationAndDraw();
    void recordResults();
    void respondToException();
    void signOffs();
    void exportReport();
    void switchToReviewer();
    void shot(Section section, const QString &name);
    void grab(const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<Test::WindowDoubles> m_doubles;
    std::unique_ptr<MainWindow> m_window;
    QString m_pdf;
};

void TestEndToEnd::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    captureSystemAppearance();
    QVERIFY(m_dir.isValid());
    m_doubles = std::make_unique<Test::WindowDoubles>(m_dir.path());
    m_window = std::make_unique<MainWindow>(m_doubles->dependencies());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestEndToEnd::cleanupTestCase()
{
    m_window.reset();
    m_doubles.reset();
}

void TestEndToEnd::shot(Section section, const QString &name)
{
    if (qEnvironmentVariableIsEmpty("TICKMARK_SCREENSHOT_DIR"))
        return;
    QVERIFY(m_window->showSection(sectionKey(section)));
    grab(name);
}

void TestEndToEnd::grab(const QString &name)
{
    const QString dir = qEnvironmentVariable("TICKMARK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    m_window->resize(1400, 900);
    QCoreApplication::processEvents();
    // PNG quality 0 is the strongest compression.
    const QImage image = reducedColours(m_window->grab().toImage());
    QVERIFY(image.save(QDir(dir).filePath(name + QStringLiteral(".png")), "PNG", 0));
}

void TestEndToEnd::engagementFromWizardToReport()
{
    newEngagement();
    importControls();
    importEvidence();
    importPopulationAndDraw();
    recordResults();
    respondToException();
    signOffs();
    exportReport();
    QVERIFY2(m_doubles->notifier.messages().isEmpty(), qPrintable(m_doubles->notifier.lastText()));

    // The report as the client will read it.
    const QString text = pdfText(m_pdf);
    QVERIFY2(!text.isEmpty(), qPrintable(m_pdf));
    QVERIFY(text.contains(QStringLiteral("Harbor Logistics, Inc.")));
    QVERIFY(text.contains(QStringLiteral("Harbor Transport Management System")));
    QVERIFY(text.contains(kControl));
    // Section IV: the control's results name the deviation, "1 of 25"; Section V: management's response.
    QVERIFY(containsInOrder(text, QStringLiteral("%1 Branch protection on the production repositories").arg(kControl)));
    QVERIFY(containsInOrder(text, QStringLiteral("For 1 of %1 items sampled, the pull request was merged without an "
                                                 "approval from a reviewer other than the author.")
                                      .arg(kSampleSize)));
    QVERIFY(text.contains(QStringLiteral("Management's Responses to Exceptions")));
    QVERIFY(containsInOrder(text, kControl + QLatin1Char(' ') + kResponse));
    QVERIFY(text.contains(QStringLiteral("In our opinion, in all material respects")));
    QVERIFY(!text.contains(QStringLiteral("except for the effects")));
}

void TestEndToEnd::newEngagement()
{
    grab(QStringLiteral("welcome"));
    m_window->findChild<QAction *>(QStringLiteral("actionNew"))->trigger();
    auto *wizard = m_window->findChild<NewEngagementWizard *>();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    EngagementFields &f = wizard->fields();
    QTest::keyClicks(f.clientEdit(), QStringLiteral("Harbor Logistics, Inc."));
    QTest::keyClicks(f.systemEdit(), QStringLiteral("Harbor Transport Management System"));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(NewEngagementWizard::ReportTypePage));
    f.typeIIRadio()->setChecked(true);
    f.periodFromEdit()->setDate(QDate(2026, 1, 1));
    f.periodToEdit()->setDate(QDate(2026, 9, 30));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(NewEngagementWizard::CategoriesPage));
    f.categoryBox(Core::Category::Availability)->setChecked(true);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(NewEngagementWizard::AuditorPage));
    f.firmEdit()->setText(QStringLiteral("Calder & Finch LLP"));
    f.firmCityEdit()->setText(QStringLiteral("Portland, Oregon"));
    f.partnerEdit()->setText(QStringLiteral("Morgan Calder, CPA"));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(NewEngagementWizard::FilePage));
    const QString path = m_dir.filePath(QStringLiteral("harbor-logistics-2026.tickmark"));
    wizard->setFilePath(path);
    wizard->button(QWizard::FinishButton)->click();

    QVERIFY(m_window->workpaper());
    QCOMPARE(m_window->workpaper()->path(), path);
    QCOMPARE(m_window->windowTitle(),
             QStringLiteral("Harbor Logistics, Inc. — Harbor Transport Management System — Tickmark"));
}

void TestEndToEnd::importControls()
{
    QVERIFY(m_window->showSection(QStringLiteral("controls")));
    m_window->workspace()->controlsPage()->importFile(
        QStringLiteral(TICKMARK_SOURCE_DIR "/resources/sample/controls.csv"));
    QCOMPARE(*m_window->workpaper()->controls().count(), 47);
    QVERIFY(m_window->undoStack()->canUndo());
}

void TestEndToEnd::importEvidence()
{
    const QString zip = m_dir.filePath(QStringLiteral("PBC-014 change management.zip"));
    QVERIFY(writeEvidenceZip(zip));
    QVERIFY(m_window->showSection(QStringLiteral("evidence")));
    EvidencePage *page = m_window->workspace()->evidencePage();
    QSignalSpy finished(page, &EvidencePage::importFinished);
    m_doubles->files.enqueue(zip);
    page->findChild<QPushButton *>(QStringLiteral("importEvidenceButton"))->click();
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 30000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(page->showKey(QStringLiteral("PBC-014 change management.zip/change-tickets/approvals.csv")));
    QCOMPARE(page->currentItem()->path, QStringLiteral("change-tickets/approvals.csv"));
}

void TestEndToEnd::importPopulationAndDraw()
{
    const QString csv = m_dir.filePath(QStringLiteral("merged-pull-requests.csv"));
    QVERIFY(writePopulation(csv));
    QVERIFY(m_window->showSection(QStringLiteral("populations")));
    PopulationsPage *page = m_window->workspace()->populationsPage();
    QSignalSpy imported(page, &PopulationsPage::importFinished);
    m_doubles->files.enqueue(csv);
    page->findChild<QPushButton *>(QStringLiteral("importPopulationButton"))->click();
    auto *dialog = page->findChild<PopulationImportDialog *>();
    QVERIFY(dialog);
    QSignalSpy previewed(dialog, &PopulationImportDialog::previewShown);
    QVERIFY(QTest::qWaitFor([&] { return !previewed.isEmpty(); }, 10000));
    auto *control = dialog->findChild<QComboBox *>(QStringLiteral("controlCombo"));
    control->setCurrentIndex(control->findData(kControl));
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    name->clear();
    QTest::keyClicks(name, kPopulation);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(QTest::qWaitFor([&] { return !imported.isEmpty(); }, 30000));
    QCOMPARE(imported.first().first().toBool(), true);
    QCOMPARE(page->currentPopulation(), kPopulation);

    QVERIFY(m_window->showSection(QStringLiteral("sampling")));
    SamplingPage *sampling = m_window->workspace()->samplingPage();
    QVERIFY(sampling->showPopulation(kPopulation));
    sampling->findChild<QSpinBox *>(QStringLiteral("drawSizeSpin"))->setValue(kSampleSize);
    auto *seed = sampling->findChild<QLineEdit *>(QStringLiteral("seedEdit"));
    seed->clear();
    QTest::keyClicks(seed, QStringLiteral("20260301"));
    sampling->findChild<QPushButton *>(QStringLiteral("drawButton"))->click();
    QVERIFY(sampling->sample());
    QCOMPARE(int(sampling->sample()->rows.size()), kSampleSize);
    QCOMPARE(sampling->sample()->seed, quint64(20260301));
}

void TestEndToEnd::recordResults()
{
    QVERIFY(m_window->showSection(QStringLiteral("testing")));
    TestingPage *page = m_window->workspace()->testingPage();
    QVERIFY(page->showControl(kControl));
    TestDesignPanel *design = page->designPanel();
    QVERIFY(design->addProcedure(Core::ProcedureKind::Inspection,
                                 QStringLiteral("Inspected the pull request for an approval by a reviewer other than "
                                                "the author and for passing status checks before the merge.")));
    QVERIFY(design->addAttribute(QStringLiteral("Approved by a reviewer other than the author")));
    QVERIFY(design->addAttribute(QStringLiteral("Required status checks passed before the merge")));
    QTRY_COMPARE(page->currentView(), TestingPage::View::Grid);
    TestingGridView *grid = page->grid();
    const Core::TestingGridModel *model = page->gridModel();
    QCOMPARE(model->rowCount(), kSampleSize);

    // By keyboard, as an auditor does: select attributes A and B of every item, P = pass; then one deviation.
    QApplication::setActiveWindow(m_window.get());
    grid->setFocus();
    grid->setCurrentIndex(model->index(0, model->firstAttributeColumn()));
    QTest::keyClick(grid, Qt::Key_Right, Qt::ShiftModifier);
    for (int i = 1; i < kSampleSize; ++i)
        QTest::keyClick(grid, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(grid, Qt::Key_P);
    grid->setCurrentIndex(model->index(kDeviationRow, model->firstAttributeColumn()));
    QTest::keyClick(grid, Qt::Key_D);

    const auto results = m_window->workpaper()->testing().results(kControl);
    QVERIFY(results);
    QCOMPARE(int(results->size()), kSampleSize * 2);
    const auto deviations = std::count_if(results->cbegin(), results->cend(), [](const Core::RecordedResult &r) {
        return r.result == Core::AttributeResult::Deviation;
    });
    QCOMPARE(deviations, 1);
    grid->scrollToTop();
    shot(Section::Testing, QStringLiteral("testing-grid"));
}

void TestEndToEnd::respondToException()
{
    QVERIFY(m_window->showSection(QStringLiteral("exceptions")));
    ExceptionsPage *page = m_window->workspace()->exceptionsPage();
    page->reload();
    QCOMPARE(page->exceptions().size(), 1);
    const Core::ControlException exception = page->exceptions().front();
    QCOMPARE(exception.controlId, kControl);
    QCOMPARE(exception.deviations, 1);
    QVERIFY(page->showException(exception.id));
    const auto text = [page](const char *name) {
        return page->findChild<QPlainTextEdit *>(QString::fromLatin1(name));
    };
    text("exceptionDescription")->setPlainText(
        QStringLiteral("The pull request was merged without an approval from a reviewer other than the author."));
    text("exceptionCause")->setPlainText(QStringLiteral("An administrator bypassed branch protection."));
    QTest::keyClicks(text("managementResponse"), kResponse);
    auto *assessment = page->findChild<QComboBox *>(QStringLiteral("assessmentCombo"));
    assessment->setCurrentIndex(assessment->findData(static_cast<int>(Core::ExceptionAssessment::Isolated)));
    auto *met = page->findChild<QComboBox *>(QStringLiteral("criterionMetCombo"));
    met->setCurrentIndex(met->findData(1));
    text("exceptionReasoning")->setPlainText(
        QStringLiteral("The change was reviewed after the fact, and CTL-40's peer approval of infrastructure changes "
                       "operated without exception: CC8.1 is met."));
    page->findChild<QPushButton *>(QStringLiteral("saveExceptionButton"))->click();

    const auto stored = m_window->workpaper()->exceptions().list();
    QVERIFY(stored);
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->front().managementResponse, kResponse);
    QCOMPARE(stored->front().criterionMet, std::optional<bool>(true));
    shot(Section::Exceptions, QStringLiteral("exceptions"));
}

void TestEndToEnd::switchToReviewer()
{
    m_window->showPreferences();
    auto *dialog = m_window->findChild<SettingsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Rita Reviewer"));
    auto *role = dialog->findChild<QComboBox *>(QStringLiteral("roleCombo"));
    role->setCurrentIndex(role->findData(static_cast<int>(Core::Role::Reviewer)));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(m_window->workpaper()->actor().role, Core::Role::Reviewer);
    QCOMPARE(m_window->workpaper()->actor().name, QStringLiteral("Rita Reviewer"));
}

void TestEndToEnd::signOffs()
{
    QVERIFY(m_window->showSection(QStringLiteral("review")));
    ReviewStatusPage *page = m_window->workspace()->reviewPage();
    page->reload();
    QStringList objects = page->listed(QStringLiteral("missingSignOffs"));
    objects.removeDuplicates(); // listed once per missing role
    QVERIFY(objects.contains(QStringLiteral("control:%1").arg(kControl)));
    ReviewPanel *panel = page->panel();
    auto *signPreparer = panel->findChild<QPushButton *>(QStringLiteral("signPreparerButton"));
    for (const QString &object : objects) {
        panel->setObject(object);
        QVERIFY2(signPreparer->isEnabled(), qPrintable(object));
        signPreparer->click();
    }
    QVERIFY(panel->signOffText(Core::SignOffRole::Preparer).startsWith(QStringLiteral("Pat Preparer (PP)")));

    switchToReviewer();
    auto *signReviewer = panel->findChild<QPushButton *>(QStringLiteral("signReviewerButton"));
    for (const QString &object : objects) {
        panel->setObject(object);
        QVERIFY2(signReviewer->isEnabled(), qPrintable(object));
        signReviewer->click();
    }
    panel->setObject(QStringLiteral("control:%1").arg(kControl));
    QVERIFY2(panel->signOffText(Core::SignOffRole::Reviewer).startsWith(QStringLiteral("Rita Reviewer (RR)")),
             qPrintable(panel->signOffText(Core::SignOffRole::Reviewer)));
    QVERIFY(!panel->signOffStale(Core::SignOffRole::Preparer));
    page->reload();
    QVERIFY(page->listed(QStringLiteral("missingSignOffs")).isEmpty());
    QVERIFY(page->listed(QStringLiteral("staleSignOffs")).isEmpty());
    QVERIFY(m_window->workpaper()->review().status()->clean());
    shot(Section::Review, QStringLiteral("review"));
}

void TestEndToEnd::exportReport()
{
    QVERIFY(m_window->showSection(QStringLiteral("report")));
    ReportPage *page = m_window->workspace()->reportPage();
    m_pdf = m_dir.filePath(QStringLiteral("Harbor Logistics SOC 2 Type II.pdf"));
    m_doubles->files.enqueue(m_pdf);
    QVERIFY(page->exportReport(ReportPage::ExportFormat::Pdf));
    QVERIFY(QFileInfo::exists(m_pdf));

    if (qEnvironmentVariableIsEmpty("TICKMARK_SCREENSHOT_DIR"))
        return;
    // The pictures of every view, now that the engagement has something in each.
    QSignalSpy previewed(page, &ReportPage::previewFinished);
    QSignalSpy loaded(page->previewViewer(), &PdfViewer::loaded);
    page->refreshPreview();
    QVERIFY(QTest::qWaitFor([&] { return !previewed.isEmpty(); }, 60000));
    QVERIFY(QTest::qWaitFor([&] { return !loaded.isEmpty(); }, 30000));
    // The opinion proposed from the criteria results, beside the draft; the navigator hidden for room.
    QVERIFY(page->selectNode(QStringLiteral("s1-opinion")));
    m_window->findChild<QAction *>(QStringLiteral("actionShowNavigator"))->setChecked(false);
    QTest::qWait(1500); // the viewer renders its pages in the helper process
    shot(Section::Report, QStringLiteral("report"));
    m_window->findChild<QAction *>(QStringLiteral("actionShowNavigator"))->setChecked(true);
    m_window->workspace()->dashboardPage()->showCriterion(QStringLiteral("CC8.1"));
    shot(Section::Dashboard, QStringLiteral("criteria-results"));
    shot(Section::Overview, QStringLiteral("overview"));
    shot(Section::Scope, QStringLiteral("scope"));
    shot(Section::Coverage, QStringLiteral("coverage"));
    shot(Section::Controls, QStringLiteral("controls"));
    shot(Section::Populations, QStringLiteral("populations"));
    shot(Section::Sampling, QStringLiteral("sampling"));
    shot(Section::Evidence, QStringLiteral("evidence"));
    shot(Section::Requests, QStringLiteral("requests"));
    shot(Section::AuditTrail, QStringLiteral("audit-trail"));

    // The same engagement in the dark appearance (Preferences ▸ Appearance ▸ Dark), reopened as at a start.
    applyAppearance(Appearance::Dark);
    QVERIFY(isDarkPalette(QApplication::palette()));
    const QString path = m_window->workpaper()->path();
    m_window->closeWorkpaper();
    QVERIFY(m_window->openWorkpaper(path));
    QVERIFY(m_window->workspace()->testingPage()->showControl(kControl));
    shot(Section::Testing, QStringLiteral("dark-testing-grid"));
    m_window->workspace()->dashboardPage()->showCriterion(QStringLiteral("CC8.1"));
    shot(Section::Dashboard, QStringLiteral("dark-criteria-results"));
    shot(Section::Overview, QStringLiteral("dark-overview"));
    applyAppearance(Appearance::System);
}

QTEST_MAIN(TestEndToEnd)
#include "tst_endtoend.moc"
