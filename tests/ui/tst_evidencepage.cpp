// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Evidence page: import of a zip built here through the page (worker thread, progress dialog), the tree,
// previews of text, CSV, images and other files, export, search, the link dialog, verify and cancel.
#include "common/filechooser.h"
#include "common/messagebanner.h"
#include "controls/controlservice.h"
#include "evidence/csvpreviewmodel.h"
#include "evidence/effectivedatedialog.h"
#include "evidence/evidencepage.h"
#include "evidence/evidencepreview.h"
#include "evidence/evidenceprogressdialog.h"
#include "evidence/evidenceservice.h"
#include "evidence/evidencetreemodel.h"
#include "evidence/imageviewer.h"
#include "evidence/linkdialog.h"
#include "evidence/pdfviewer.h"
#include "pdf/pdftool.h"
#include "evidence/snippetdelegate.h"
#include "sample/sampleengagement.h"
#include "testsupport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

#include <archive.h>
#include <archive_entry.h>

using namespace Tickmark;
using namespace Tickmark::Core;
using namespace Tickmark::Ui;

namespace {

using Files = QList<std::pair<QByteArray, QByteArray>>;

/// Entry times, which become the items' effective dates: 2026-02-10 is in the sample's period (2026-01-01 to
/// 2026-09-30); the .dat files are dated 2025-06-01, before it.
constexpr time_t kInPeriod = 1770681600 + 43200;
constexpr time_t kOutOfPeriod = 1748736000 + 43200;

bool writeZip(const QString &path, const Files &files)
{
    archive *a = archive_write_new();
    archive_write_set_format_zip(a);
    bool ok = archive_write_open_filename(a, QFile::encodeName(path).constData()) == ARCHIVE_OK;
    for (const auto &[name, data] : files) {
        archive_entry *entry = archive_entry_new();
        archive_entry_copy_pathname(entry, name.constData());
        archive_entry_set_perm(entry, 0644);
        archive_entry_set_mtime(entry, name.endsWith(".dat") ? kOutOfPeriod : kInPeriod, 0);
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_size(entry, data.size());
        ok = ok && archive_write_header(a, entry) == ARCHIVE_OK;
        if (ok && !data.isEmpty())
            ok = archive_write_data(a, data.constData(), size_t(data.size())) == data.size();
        archive_entry_free(entry);
    }
    ok = archive_write_close(a) == ARCHIVE_OK && ok;
    archive_write_free(a);
    return ok;
}

QByteArray pngBytes()
{
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(QColor(200, 30, 40));
    image.setPixelColor(0, 0, QColor(0, 0, 255));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator gen(42);
    for (char &c : bytes)
        c = static_cast<char>(gen.bounded(256));
    return bytes;
}

const QByteArray kPolicy = "Access reviews are performed quarterly by the security team.\nSecond line.\n";
const QByteArray kUsers = "user,role,created\nalice,admin,2026-01-04\nbob,viewer,2026-02-11\n";

} // namespace

class TestEvidencePage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void importShowsTreeWithSizesAndHashes();
    void previewsTextCsvImageAndOthers();
    void exportWritesIdenticalBytes();
    void searchListsHitsAndOpensThem();
    void pdfHitOpensAtItsPageWithHighlights();
    void linkDialogLinksAControl();
    void verifyReportsAllMatch();
    void effectiveDateIsEditable();
    void cancelledImportStoresNothing();
    void refusedPackageIsReported();
    void ctrlFFocusesSearch();
    void progressTextNamesFilesBytesAndTime();

private:
    QString makeZip(const QString &name);
    bool importThroughButton(const QString &path);
    void grab(QWidget *widget, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workpaper> m_wp;
    ScriptedFileChooser m_files;
    std::unique_ptr<EvidencePage> m_page;
    QByteArray m_png;
    QByteArray m_blob;
};

void TestEvidencePage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_png = pngBytes();
    m_blob = randomBytes(5000);
}

void TestEvidencePage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto wp = createSampleEngagement(m_dir->filePath(QStringLiteral("sample.tickmark")), Test::preparer(),
                                     Test::fixedClock());
    QVERIFY2(wp.has_value(), wp ? "" : qPrintable(wp.error().detail));
    m_wp = std::move(*wp);
    m_page = std::make_unique<EvidencePage>(*m_wp);
    m_page->setFileChooser(&m_files);
    m_page->resize(1400, 800);
    m_page->show();
}

void TestEvidencePage::cleanup()
{
    m_page.reset();
    m_wp.reset();
    m_dir.reset();
}

QString TestEvidencePage::makeZip(const QString &name)
{
    const QString path = m_dir->filePath(name);
    const Files files{{"policies/access-review.txt", kPolicy},
                      {"exports/users.csv", kUsers},
                      {"screens/login.png", m_png},
                      {"bin/blob.dat", m_blob}};
    return writeZip(path, files) ? path : QString();
}

bool TestEvidencePage::importThroughButton(const QString &path)
{
    QSignalSpy finished(m_page.get(), &EvidencePage::importFinished);
    m_files.enqueue(path);
    m_page->findChild<QPushButton *>(QStringLiteral("importEvidenceButton"))->click();
    if (!m_page->isBusy())
        return false;
    // The import runs on a worker thread with its own connection; wait without blocking its signals.
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 60000))
        return false;
    return finished.first().first().toBool();
}

void TestEvidencePage::grab(QWidget *widget, const QString &name)
{
    QCoreApplication::processEvents();
    QString dir = qEnvironmentVariable("TICKMARK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QDir::tempPath();
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

void TestEvidencePage::importShowsTreeWithSizesAndHashes()
{
    const QString zip = makeZip(QStringLiteral("client-evidence.zip"));
    QVERIFY(!zip.isEmpty());
    QVERIFY(importThroughButton(zip));
    QVERIFY(!m_page->isBusy());
    QCOMPARE(m_files.questions().size(), 1);

    EvidenceTreeModel *model = m_page->treeModel();
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex package = model->index(0, 0);
    QCOMPARE(package.data().toString(), QStringLiteral("client-evidence.zip"));
    // Folders bin, exports, policies, screens under the package, each opened in the tree.
    QCOMPARE(model->rowCount(package), 4);
    QVERIFY(m_page->tree()->isExpanded(package));
    QCOMPARE(model->index(1, 0, package).data().toString(), QStringLiteral("exports"));

    const QModelIndex users = model->indexOfKey(QStringLiteral("client-evidence.zip/exports/users.csv"));
    QVERIFY(users.isValid());
    QCOMPARE(users.siblingAtColumn(EvidenceTreeModel::SizeColumn).data().toString(),
             QLocale().formattedDataSize(kUsers.size()));
    QCOMPARE(users.data(EvidenceTreeModel::Sha256Role).toByteArray(),
             QCryptographicHash::hash(kUsers, QCryptographicHash::Sha256).toHex());
    const QModelIndex blob = model->indexOfKey(QStringLiteral("client-evidence.zip/bin/blob.dat"));
    QCOMPARE(blob.siblingAtColumn(EvidenceTreeModel::SizeColumn).data(EvidenceTreeModel::SortRole).toLongLong(),
             qint64(m_blob.size()));
    QCOMPARE(blob.data(EvidenceTreeModel::Sha256Role).toByteArray(),
             QCryptographicHash::hash(m_blob, QCryptographicHash::Sha256).toHex());
    // Effective dates come from the entries' times; the one before the period is marked.
    QCOMPARE(users.siblingAtColumn(EvidenceTreeModel::EffectiveDateColumn).data().toString(),
             QLocale().toString(QDate(2026, 2, 10), QLocale::ShortFormat));
    QVERIFY(!users.data(EvidenceTreeModel::OutOfPeriodRole).toBool());
    QVERIFY(blob.data(EvidenceTreeModel::OutOfPeriodRole).toBool());
    QVERIFY(blob.siblingAtColumn(EvidenceTreeModel::EffectiveDateColumn)
                .data()
                .toString()
                .endsWith(QStringLiteral("(out of period)")));
    // The banner sums the import up.
    QVERIFY2(m_page->banner()->text().contains(QStringLiteral("Imported 4 files")), qPrintable(m_page->banner()->text()));
    QVERIFY(m_page->findChild<QPushButton *>(QStringLiteral("verifyEvidenceButton"))->isEnabled());
    QVERIFY(m_page->showKey(QStringLiteral("client-evidence.zip/policies/access-review.txt")));
    grab(m_page.get(), QStringLiteral("h3-evidence-tree"));
}

void TestEvidencePage::previewsTextCsvImageAndOthers()
{
    QVERIFY(importThroughButton(makeZip(QStringLiteral("p.zip"))));
    EvidencePreview *preview = m_page->preview();

    QVERIFY(m_page->showKey(QStringLiteral("p.zip/policies/access-review.txt")));
    QCOMPARE(preview->kind(), EvidencePreview::Kind::Text);
    QCOMPARE(preview->textView()->toPlainText(), QString::fromUtf8(kPolicy));
    QVERIFY(preview->textView()->isReadOnly());
    QVERIFY(m_page->findChild<QPushButton *>(QStringLiteral("linkEvidenceButton"))->isEnabled());
    grab(m_page.get(), QStringLiteral("h3-evidence-text"));

    QVERIFY(m_page->showKey(QStringLiteral("p.zip/exports/users.csv")));
    QCOMPARE(preview->kind(), EvidencePreview::Kind::Csv);
    QAbstractItemModel *csv = preview->csvView()->model();
    QCOMPARE(csv->rowCount(), 2);
    QCOMPARE(csv->columnCount(), 3);
    QCOMPARE(csv->headerData(1, Qt::Horizontal).toString(), QStringLiteral("role"));
    QCOMPARE(csv->index(0, 1).data().toString(), QStringLiteral("admin"));
    QCOMPARE(csv->index(1, 2).data().toString(), QStringLiteral("2026-02-11"));
    grab(m_page.get(), QStringLiteral("h3-evidence-csv"));

    QVERIFY(m_page->showKey(QStringLiteral("p.zip/screens/login.png")));
    QCOMPARE(preview->kind(), EvidencePreview::Kind::Image);
    const QImage shown = preview->imageViewer()->image();
    QCOMPARE(shown.size(), QSize(40, 30));
    QCOMPARE(shown.pixelColor(0, 0), QColor(0, 0, 255));
    QCOMPARE(shown.pixelColor(20, 15), QColor(200, 30, 40));
    // A small image is shown at its size; zooming in scales it up and stops fitting.
    QCOMPARE(preview->imageViewer()->zoom(), 1.0);
    preview->imageViewer()->findChild<QAbstractButton *>(QStringLiteral("zoomInButton"))->click();
    QVERIFY(preview->imageViewer()->zoom() > 1.2);
    QVERIFY(!preview->imageViewer()->isFitted());
    grab(m_page.get(), QStringLiteral("h3-evidence-image"));

    QVERIFY(m_page->showKey(QStringLiteral("p.zip/bin/blob.dat")));
    QCOMPARE(preview->kind(), EvidencePreview::Kind::Unsupported);
    QCOMPARE(preview->findChild<QLabel *>(QStringLiteral("noPreviewText"))->text(),
             QStringLiteral("No preview for application/octet-stream."));
    QVERIFY(preview->findChild<QPushButton *>(QStringLiteral("previewExportButton"))->isVisible());
    grab(m_page.get(), QStringLiteral("h3-evidence-other"));

    // A folder clears the pane.
    QVERIFY(m_page->showKey(QStringLiteral("p.zip/bin/")));
    QCOMPARE(preview->kind(), EvidencePreview::Kind::None);
}

void TestEvidencePage::exportWritesIdenticalBytes()
{
    QVERIFY(importThroughButton(makeZip(QStringLiteral("e.zip"))));
    QVERIFY(m_page->showKey(QStringLiteral("e.zip/bin/blob.dat")));
    const QString target = m_dir->filePath(QStringLiteral("exported.dat"));
    m_files.enqueue(target);
    m_page->preview()->findChild<QPushButton *>(QStringLiteral("previewExportButton"))->click();
    QFile exported(target);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QCOMPARE(exported.readAll(), m_blob);
    QCOMPARE(m_files.lastSuggestion().section(QLatin1Char('/'), -1), QStringLiteral("blob.dat"));
}

void TestEvidencePage::searchListsHitsAndOpensThem()
{
    QVERIFY(importThroughButton(makeZip(QStringLiteral("s.zip"))));
    // The import indexed the text: a word of the policy finds it, with the word highlighted in the snippet.
    QCOMPARE(m_page->search(QStringLiteral("quarterly")), 1);
    QListWidget *results = m_page->searchResults();
    QVERIFY(results->isVisible());
    QCOMPARE(results->count(), 1);
    const QString html = results->item(0)->data(SnippetDelegate::kHtmlRole).toString();
    QVERIFY2(html.contains(QStringLiteral("s.zip/policies/access-review.txt")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral(">quarterly</b>")), qPrintable(html));
    grab(m_page.get(), QStringLiteral("h3-evidence-search"));
    results->setCurrentRow(0);
    QCOMPARE(m_page->currentItem()->path, QStringLiteral("policies/access-review.txt"));
    QCOMPARE(m_page->preview()->kind(), EvidencePreview::Kind::Text);
    // CSV text is indexed too; nothing matches a word that is nowhere; an empty query hides the list.
    QCOMPARE(m_page->search(QStringLiteral("alice")), 1);
    QCOMPARE(m_page->search(QStringLiteral("zebracorn")), 0);
    QCOMPARE(results->count(), 1); // the "no evidence contains" line
    QCOMPARE(m_page->search(QString()), 0);
    QVERIFY(!results->isVisible());
    QCOMPARE(queryWords(QStringLiteral("\"access review\" AND quart*")),
             QStringList({QStringLiteral("access"), QStringLiteral("review"), QStringLiteral("quart")}));
}

void TestEvidencePage::pdfHitOpensAtItsPageWithHighlights()
{
    if (!QFileInfo(PdfTool::executable()).isExecutable())
        QSKIP("The PDF helper tickmark-pdf is not built (TICKMARK_PDF_TOOL); PDF search and preview need it.");
    // Two pages; the word searched for is on the second.
    const QString pdf = m_dir->filePath(QStringLiteral("firewall-report.pdf"));
    {
        QPdfWriter writer(pdf);
        writer.setResolution(72);
        QPainter painter(&writer);
        painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 14));
        painter.drawText(72, 100, QStringLiteral("Quarterly firewall report, page one"));
        writer.newPage();
        painter.drawText(72, 100, QStringLiteral("Zanzibar rule set reviewed and approved"));
    }
    QVERIFY(importThroughButton(pdf));
    QCOMPARE(m_page->search(QStringLiteral("zanzibar")), 1);
    const QString html = m_page->searchResults()->item(0)->data(SnippetDelegate::kHtmlRole).toString();
    QVERIFY2(html.contains(QStringLiteral("page 2")), qPrintable(html));
    m_page->searchResults()->setCurrentRow(0);
    QCOMPARE(m_page->preview()->kind(), EvidencePreview::Kind::Pdf);
    PdfViewer *viewer = m_page->preview()->pdfViewer();
    QTRY_COMPARE_WITH_TIMEOUT(viewer->pageCount(), 2, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(viewer->currentPage(), 1, 30000);
    QFile::remove(QDir::temp().filePath(QStringLiteral("h3-firewall-report.pdf")));
    QFile::copy(pdf, QDir::temp().filePath(QStringLiteral("h3-firewall-report.pdf")));
    QTRY_VERIFY2_WITH_TIMEOUT(viewer->highlightCount() > 0,
                              qPrintable(QStringLiteral("hits %1, page %2, error %3")
                                             .arg(viewer->hitCount())
                                             .arg(viewer->currentPage())
                                             .arg(viewer->errorText())),
                              30000);
    QTRY_VERIFY_WITH_TIMEOUT(!viewer->isBusy(), 30000);
    QCOMPARE(viewer->errorText(), QString());
    grab(m_page.get(), QStringLiteral("h3-evidence-pdf"));
}

void TestEvidencePage::linkDialogLinksAControl()
{
    QVERIFY(importThroughButton(makeZip(QStringLiteral("l.zip"))));
    const QString key = QStringLiteral("l.zip/policies/access-review.txt");
    QVERIFY(m_page->showKey(key));
    const auto controls = m_wp->controls().list();
    QVERIFY(controls && controls->size() > 2);
    const QString id = controls->at(2).id;

    LinkDialog *dialog = m_page->linkCurrent();
    QVERIFY(dialog);
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("linkControlList"));
    QCOMPARE(list->count(), int(controls->size()));
    dialog->setFilter(id);
    int visible = 0;
    for (int i = 0; i < list->count(); ++i)
        visible += list->item(i)->isHidden() ? 0 : 1;
    QVERIFY(visible >= 1 && visible < list->count());
    grab(dialog, QStringLiteral("h3-evidence-link-dialog"));
    QVERIFY(dialog->setControlChecked(id, true));
    dialog->accept();

    // Stored: the control lists the item, and the tree shows the control next to it.
    const auto linked = m_wp->evidence().itemsForControl(id);
    QVERIFY2(linked, linked ? "" : qPrintable(linked.error().detail));
    QCOMPARE(linked->size(), 1);
    QCOMPARE(linked->first().path, QStringLiteral("policies/access-review.txt"));
    const QModelIndex index = m_page->treeModel()->indexOfKey(key);
    QCOMPARE(index.siblingAtColumn(EvidenceTreeModel::ControlsColumn).data().toString(), id);
    // The selection survived the reload.
    QCOMPARE(m_page->currentItem()->path, QStringLiteral("policies/access-review.txt"));

    // Unchecking removes the link again.
    dialog = m_page->linkCurrent();
    QVERIFY(dialog->checkedControls() == QStringList{id});
    QVERIFY(dialog->setControlChecked(id, false));
    dialog->accept();
    QCOMPARE(m_wp->evidence().itemsForControl(id)->size(), 0);
}

void TestEvidencePage::verifyReportsAllMatch()
{
    QVERIFY(importThroughButton(makeZip(QStringLiteral("v.zip"))));
    QSignalSpy finished(m_page.get(), &EvidencePage::verifyFinished);
    m_page->findChild<QPushButton *>(QStringLiteral("verifyEvidenceButton"))->click();
    QVERIFY(m_page->isBusy());
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 60000));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(m_page->banner()->kind(), MessageBanner::Kind::Information);
    QVERIFY2(m_page->banner()->text().startsWith(QStringLiteral("All 4 files match their SHA-256")),
             qPrintable(m_page->banner()->text()));
}

void TestEvidencePage::effectiveDateIsEditable()
{
    QVERIFY(importThroughButton(makeZip(QStringLiteral("d.zip"))));
    const QString key = QStringLiteral("d.zip/exports/users.csv");
    QVERIFY(m_page->showKey(key));
    EffectiveDateDialog *dialog = m_page->editEffectiveDate();
    QVERIFY(dialog);
    QCOMPARE(dialog->date(), QDate(2026, 2, 10));
    dialog->setDate(QDate(2025, 12, 1));
    dialog->accept();
    QModelIndex index = m_page->treeModel()->indexOfKey(key);
    QVERIFY(index.data(EvidenceTreeModel::OutOfPeriodRole).toBool());
    QCOMPARE(m_page->currentItem()->effectiveDate, QDate(2025, 12, 1));

    dialog = m_page->editEffectiveDate();
    dialog->setDate(QDate());
    dialog->accept();
    index = m_page->treeModel()->indexOfKey(key);
    QVERIFY(!index.data(EvidenceTreeModel::OutOfPeriodRole).toBool());
    QCOMPARE(index.siblingAtColumn(EvidenceTreeModel::EffectiveDateColumn).data().toString(), QString());
}

void TestEvidencePage::cancelledImportStoresNothing()
{
    // The worker as the page runs it, with Cancel already pressed (the dialog's button sets the flag: see
    // progressTextNamesFilesBytesAndTime): nothing is stored, the outcome says cancelled.
    const QString zip = makeZip(QStringLiteral("c.zip"));
    EvidenceJobProgress progress;
    progress.cancel.store(true);
    const EvidenceImportOutcome outcome = runEvidenceImport(m_wp->path(), Test::preparer(), {zip}, {}, progress);
    QVERIFY(outcome.cancelled);
    QVERIFY(outcome.packages.isEmpty());
    QVERIFY(outcome.failures.isEmpty());
    QCOMPARE(m_wp->evidence().packages()->size(), 0);
    QCOMPARE(m_page->treeModel()->rowCount(), 0);
}

void TestEvidencePage::refusedPackageIsReported()
{
    const QString empty = m_dir->filePath(QStringLiteral("empty.txt"));
    QFile file(empty);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QSignalSpy finished(m_page.get(), &EvidencePage::importFinished);
    QVERIFY(m_page->importPaths({empty}));
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 60000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(m_page->banner()->kind(), MessageBanner::Kind::Error);
    QVERIFY2(m_page->banner()->text().startsWith(QStringLiteral("empty.txt was not imported.")),
             qPrintable(m_page->banner()->text()));
    QCOMPARE(m_page->treeModel()->rowCount(), 0);
}

void TestEvidencePage::ctrlFFocusesSearch()
{
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_page->tree()->setFocus();
    QTest::keyClick(m_page->tree(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(m_page->searchEdit()->hasFocus());
}

void TestEvidencePage::progressTextNamesFilesBytesAndTime()
{
    auto progress = std::make_shared<EvidenceJobProgress>();
    progress->files.store(12);
    progress->bytes.store(3 * 1024 * 1024);
    progress->done.store(1000);
    progress->total.store(4000);
    EvidenceProgressDialog dialog(progress, {QStringLiteral("a.zip"), QStringLiteral("b.zip")});
    progress->current.store(1);
    QTest::qWait(300);
    const QString text = dialog.detailText();
    QVERIFY2(text.startsWith(QStringLiteral("Importing b.zip (2 of 2)\n12 files · %1 · ")
                                 .arg(QLocale().formattedDataSize(3 * 1024 * 1024))),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("/s · about")), qPrintable(text));
    QCOMPARE(timeLeftText(42), QStringLiteral("about 42 s left"));
    QCOMPARE(timeLeftText(600), QStringLiteral("about 10 min left"));
    QCOMPARE(timeLeftText(-1), QString());
    QVERIFY(!progress->cancel.load());
    dialog.findChild<QPushButton *>()->click();
    QVERIFY(progress->cancel.load());
}

QTEST_MAIN(TestEvidencePage)
#include "tst_evidencepage.moc"
