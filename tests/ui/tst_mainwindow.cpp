// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/messagebanner.h"
#include "controls/controlservice.h"
#include "criteria/criteriaservice.h"
#include "engagement/engagementfields.h"
#include "engagement/engagementservice.h"
#include "engagement/newengagementwizard.h"
#include "engagement/scopedialogs.h"
#include "engagement/scopepage.h"
#include "evidence/evidencepage.h"
#include "evidence/evidencetreemodel.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/welcomepage.h"
#include "mainwindow/workspace.h"
#include "sample/sampleengagement.h"
#include "settings/appearance.h"
#include "settings/settingsdialog.h"
#include "testsupport.h"
#include "windowdoubles.h"
#include "workpaper/workpaper.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QProcess>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <optional>

using namespace Tickmark;
using namespace Tickmark::Ui;

namespace {

/// Answers the Scope page's add/edit dialogs from prepared values (nullopt = "Cancel").
class QueuedScopeEditor final : public ScopeEditor
{
public:
    QList<std::optional<Core::SubserviceOrg>> orgs;
    QList<std::optional<Core::Cuec>> cuecs;

    std::optional<Core::SubserviceOrg> editSubservice(QWidget *, const Core::SubserviceOrg &initial) override
    {
        if (orgs.isEmpty())
            return std::nullopt;
        auto org = orgs.takeFirst();
        if (org)
            org->id = initial.id;
        return org;
    }
    std::optional<Core::Cuec> editCuec(QWidget *, const Core::Cuec &initial) override
    {
        if (cuecs.isEmpty())
            return std::nullopt;
        auto cuec = cuecs.takeFirst();
        if (cuec)
            cuec->id = initial.id;
        return cuec;
    }
};

/// Rows shown by the first item view below @p page (the coverage and controls pages are tables).
int viewRows(QWidget *page)
{
    const auto views = page->findChildren<QAbstractItemView *>();
    for (QAbstractItemView *view : views) {
        if (view->model() && view->isVisibleTo(page))
            return view->model()->rowCount();
    }
    return -1;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void appHelpWithoutDisplay();

    void startsOnWelcomePage();
    void opensSampleAndShowsEverySection();
    void undoRedoFollowTheStack();
    void closeReturnsToWelcomePage();
    void textFileShowsCoreError();
    void openThroughChooserAndRecentFiles();
    void openSampleBuildsOnceThenReuses();
    void saveCopyWritesAWorkpaper();
    void preferencesChangeTheActor();
    void remembersSectionAndGeometry();
    void scopeRemoveAsksFirst();
    void newEngagementWizardOpensTheResult();
    void droppedArchiveIsImportedAsEvidence();
    void welcomePageOpensADroppedWorkpaper();
    void preferencesApplyTheAppearance();

private:
    std::unique_ptr<MainWindow> makeWindow();
    QAction *action(const QString &name) const;
    void grabIfAsked(QWidget *widget, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Test::WindowDoubles> m_doubles;
    QueuedScopeEditor m_editor;
    std::unique_ptr<MainWindow> m_window;
    QString m_samplePath;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    captureSystemAppearance();
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_doubles = std::make_unique<Test::WindowDoubles>(m_dir->path());
    m_samplePath = m_dir->filePath(QStringLiteral("quillfeather.tickmark"));
    auto sample = Core::createSampleEngagement(m_samplePath, Test::preparer(), Test::fixedClock());
    QVERIFY2(sample, qPrintable(sample ? QString() : sample.error().detail));
    m_window = makeWindow();
}

void TestMainWindow::cleanup()
{
    applyAppearance(Appearance::System);
    m_window.reset();
    m_doubles.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow()
{
    auto window = std::make_unique<MainWindow>(m_doubles->dependencies(&m_editor));
    window->resize(1280, 800);
    window->show();
    return window;
}

QAction *TestMainWindow::action(const QString &name) const
{
    auto *a = m_window->findChild<QAction *>(name);
    if (!a)
        qWarning("no action %s", qPrintable(name));
    return a;
}

void TestMainWindow::grabIfAsked(QWidget *widget, const QString &name)
{
    // TICKMARK_SCREENSHOT_DIR=/tmp/shots makes the suite leave pictures of what it checked, for a visual review.
    const QString dir = qEnvironmentVariable("TICKMARK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

void TestMainWindow::startsOnWelcomePage()
{
    auto *central = m_window->findChild<QStackedWidget *>(QStringLiteral("centralStack"));
    QCOMPARE(central->currentWidget(), m_window->welcomePage());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Tickmark"));
    QVERIFY(!action(QStringLiteral("actionClose"))->isEnabled());
    QVERIFY(!action(QStringLiteral("actionSaveCopy"))->isEnabled());
    QVERIFY(!action(QStringLiteral("actionUndo"))->isEnabled());
    // No recent files: the welcome page points at the sample.
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("noRecentLabel"))->isVisible());
    QVERIFY(!m_window->findChild<QListWidget *>(QStringLiteral("recentList"))->isVisible());
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("statusActor"))->text(),
             QStringLiteral("Pat Preparer (PP) · preparer"));
    grabIfAsked(m_window.get(), QStringLiteral("test-welcome"));
}

void TestMainWindow::opensSampleAndShowsEverySection()
{
    QVERIFY(m_window->openWorkpaper(m_samplePath));
    QVERIFY(m_doubles->notifier.messages().isEmpty());
    QCOMPARE(m_window->windowTitle(),
             QStringLiteral("Quillfeather Software, Inc. — Quillfeather Contracts Platform — Tickmark"));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("statusPath"))
                ->text()
                .endsWith(QStringLiteral("quillfeather.tickmark")));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("statusEngagement"))->text(),
             QStringLiteral("Type II · 1 Jan 2026 – 30 Sep 2026"));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("statusActor"))->text(),
             QStringLiteral("Pat Preparer (PP) · preparer"));

    Workspace *workspace = m_window->workspace();
    QVERIFY(workspace);
    auto *navigator = workspace->findChild<QListWidget *>(QStringLiteral("navigator"));
    QCOMPARE(navigator->count(), 14);
    const QStringList pageNames{QStringLiteral("testingPage"), QStringLiteral("exceptionsPage"),
                                QStringLiteral("dashboardPage"), QStringLiteral("reviewStatusPage"),
                                QStringLiteral("auditTrailPage"), QStringLiteral("reportPage")};
    for (int i = 0; i < pageNames.size(); ++i) {
        const auto section = static_cast<Section>(static_cast<int>(Section::Testing) + i);
        QVERIFY2(workspace->page(section), qPrintable(pageNames.at(i)));
        QCOMPARE(workspace->page(section)->objectName(), pageNames.at(i));
        QCOMPARE(sectionFromKey(sectionKey(section)), std::optional<Section>(section));
    }
    QCOMPARE(navigator->item(static_cast<int>(Section::Report))->text(), QStringLiteral("Report"));
    // --section's help and error list every key, in navigator order, and each one opens its section.
    const QStringList keys = sectionKeys();
    QCOMPARE(keys.size(), navigator->count());
    QCOMPARE(keys.first(), QStringLiteral("overview"));
    QCOMPARE(keys.last(), QStringLiteral("report"));
    for (int i = 0; i < keys.size(); ++i)
        QCOMPARE(sectionFromKey(keys.at(i)), std::optional<Section>(static_cast<Section>(i)));

    QVERIFY(m_window->showSection(QStringLiteral("overview")));
    QWidget *overview = workspace->page(Section::Overview);
    QCOMPARE(overview->objectName(), QStringLiteral("overviewPage"));
    QVERIFY(overview->isVisible());
    QCOMPARE(overview->findChild<QLabel *>(QStringLiteral("clientValue"))->text(),
             QStringLiteral("Quillfeather Software, Inc."));
    QCOMPARE(overview->findChild<QLabel *>(QStringLiteral("controlsCount"))->text(), QStringLiteral("47"));
    const auto criteria = (*Core::Workpaper::open(m_samplePath, Test::preparer()))->criteria().inScope();
    QCOMPARE(overview->findChild<QLabel *>(QStringLiteral("criteriaCount"))->text(), QString::number(criteria->size()));
    QVERIFY(overview->findChild<QLabel *>(QStringLiteral("auditTrailStatus"))
                ->text()
                .startsWith(QStringLiteral("Audit trail intact")));
    grabIfAsked(m_window.get(), QStringLiteral("test-overview"));

    navigator->setCurrentRow(static_cast<int>(Section::Scope));
    auto *scope = qobject_cast<ScopePage *>(workspace->page(Section::Scope));
    QVERIFY(scope && scope->isVisible());
    QCOMPARE(scope->findChild<QLineEdit *>(QStringLiteral("clientEdit"))->text(),
             QStringLiteral("Quillfeather Software, Inc."));
    auto *orgs = scope->findChild<QTableWidget *>(QStringLiteral("subserviceTable"));
    QCOMPARE(orgs->rowCount(), 2);
    QCOMPARE(orgs->item(0, 0)->text(), QStringLiteral("Nimbus Harbor Cloud Services, Inc."));
    QCOMPARE(orgs->item(0, 2)->text(), QStringLiteral("Carve-out"));
    auto *cuecs = scope->findChild<QTableWidget *>(QStringLiteral("cuecTable"));
    QCOMPARE(cuecs->rowCount(), 6);
    QCOMPARE(cuecs->item(0, 2)->text(), QStringLiteral("CC6.2, CC6.3"));
    grabIfAsked(m_window.get(), QStringLiteral("test-scope-details"));
    auto *tabs = scope->findChild<QTabWidget *>(QStringLiteral("scopeTabs"));
    tabs->setCurrentIndex(ScopePage::SubserviceTab);
    grabIfAsked(m_window.get(), QStringLiteral("test-scope-subservice"));
    tabs->setCurrentIndex(ScopePage::CuecTab);
    grabIfAsked(m_window.get(), QStringLiteral("test-scope-cuecs"));

    navigator->setCurrentRow(static_cast<int>(Section::Coverage));
    QWidget *coverage = workspace->page(Section::Coverage);
    QCOMPARE(coverage->objectName(), QStringLiteral("coveragePage"));
    QVERIFY(coverage->isVisible());
    QCOMPARE(viewRows(coverage), int(criteria->size()));

    navigator->setCurrentRow(static_cast<int>(Section::Controls));
    QWidget *controls = workspace->page(Section::Controls);
    QCOMPARE(controls->objectName(), QStringLiteral("controlsPage"));
    QVERIFY(controls->isVisible());
    // By name: the page has more than one view (the control's evidence beside the matrix).
    QCOMPARE(controls->findChild<QAbstractItemView *>(QStringLiteral("controlsView"))->model()->rowCount(), 47);
    QVERIFY(action(QStringLiteral("actionSection-controls"))->isChecked());

    // Populations and Sampling follow Controls, on Ctrl+5 and Ctrl+6.
    QAction *populations = action(QStringLiteral("actionSection-populations"));
    QCOMPARE(populations->shortcut(), QKeySequence(QStringLiteral("Ctrl+5")));
    populations->trigger();
    QCOMPARE(workspace->currentSection(), Section::Populations);
    QCOMPARE(workspace->page(Section::Populations)->objectName(), QStringLiteral("populationsPage"));
    QVERIFY(workspace->page(Section::Populations)->isVisible());
    QAction *sampling = action(QStringLiteral("actionSection-sampling"));
    QCOMPARE(sampling->shortcut(), QKeySequence(QStringLiteral("Ctrl+6")));
    sampling->trigger();
    QCOMPARE(workspace->currentSection(), Section::Sampling);
    QCOMPARE(workspace->page(Section::Sampling)->objectName(), QStringLiteral("samplingPage"));
    QVERIFY(m_window->showSection(QStringLiteral("populations")));
    QCOMPARE(navigator->currentRow(), static_cast<int>(Section::Populations));

    // Evidence and Requests follow Sampling, on Ctrl+7 and Ctrl+8.
    QCOMPARE(navigator->item(static_cast<int>(Section::Evidence))->text(), QStringLiteral("Evidence"));
    QCOMPARE(navigator->item(static_cast<int>(Section::Requests))->text(), QStringLiteral("Requests"));
    QAction *evidence = action(QStringLiteral("actionSection-evidence"));
    QCOMPARE(evidence->shortcut(), QKeySequence(QStringLiteral("Ctrl+7")));
    // Window shortcuts reach only the active window.
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_7, Qt::ControlModifier);
    QCOMPARE(workspace->currentSection(), Section::Evidence);
    QCOMPARE(workspace->page(Section::Evidence)->objectName(), QStringLiteral("evidencePage"));
    QVERIFY(workspace->page(Section::Evidence)->isVisible());
    QVERIFY(evidence->isChecked());
    QAction *requests = action(QStringLiteral("actionSection-requests"));
    QCOMPARE(requests->shortcut(), QKeySequence(QStringLiteral("Ctrl+8")));
    requests->trigger();
    QCOMPARE(workspace->currentSection(), Section::Requests);
    QCOMPARE(workspace->page(Section::Requests)->objectName(), QStringLiteral("requestsPage"));
    QVERIFY(m_window->showSection(QStringLiteral("evidence")));
    QCOMPARE(navigator->currentRow(), static_cast<int>(Section::Evidence));
    grabIfAsked(m_window.get(), QStringLiteral("test-evidence"));
}

void TestMainWindow::droppedArchiveIsImportedAsEvidence()
{
    // Nothing open: there is no workpaper to put evidence in; the drop is taken only to explain that.
    const QString zip = m_dir->filePath(QStringLiteral("dropped.txt"));
    {
        QFile file(zip);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Dropped on the window.\n");
    }
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(zip)});
    QDragEnterEvent enterClosed(QPoint(400, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enterClosed);
    QVERIFY(enterClosed.isAccepted());
    QDropEvent dropClosed(QPointF(400, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &dropClosed);
    QVERIFY(!m_window->workpaper());
    QVERIFY(m_window->welcomePage()->banner()->isVisible());
    QVERIFY2(m_window->welcomePage()->banner()->text().startsWith(
                 QStringLiteral("\u201cdropped.txt\u201d is not a Tickmark workpaper. Drop a .tickmark file")),
             qPrintable(m_window->welcomePage()->banner()->text()));

    QVERIFY(m_window->openWorkpaper(m_samplePath));
    QDragEnterEvent enter(QPoint(400, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    auto *page = m_window->workspace()->evidencePage();
    QSignalSpy finished(page, &EvidencePage::importFinished);
    QDropEvent drop(QPointF(400, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(m_window->workspace()->currentSection(), Section::Evidence);
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 60000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(page->treeModel()->indexOfKey(QStringLiteral("dropped.txt/dropped.txt")).isValid());
    QCOMPARE(page->currentItem()->path, QStringLiteral("dropped.txt"));
    grabIfAsked(m_window.get(), QStringLiteral("test-evidence-dropped"));

    // A dropped .tickmark still opens it.
    // (A fresh file: a copy of the open one could miss what is still in its write-ahead log.)
    const QString other = m_dir->filePath(QStringLiteral("other.tickmark"));
    QVERIFY(Test::createWorkpaper(other));
    QMimeData workpaper;
    workpaper.setUrls({QUrl::fromLocalFile(other)});
    QDragEnterEvent enterWorkpaper(QPoint(400, 300), Qt::CopyAction, &workpaper, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enterWorkpaper);
    QVERIFY(enterWorkpaper.isAccepted());
    QDropEvent open(QPointF(400, 300), Qt::CopyAction, &workpaper, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &open);
    QVERIFY2(m_doubles->notifier.messages().isEmpty(), qPrintable(m_doubles->notifier.lastText()));
    QCOMPARE(QFileInfo(m_window->workpaper()->path()), QFileInfo(other));
}

void TestMainWindow::welcomePageOpensADroppedWorkpaper()
{
    WelcomePage *welcome = m_window->welcomePage();
    auto *hint = welcome->findChild<QLabel *>(QStringLiteral("dropHint"));
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(QStringLiteral(".tickmark")));

    // Something else first: refused, with what the page takes; the window stays on the welcome page.
    const QString csv = m_dir->filePath(QStringLiteral("controls.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("control_id,description\n");
    }
    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(csv), QUrl::fromLocalFile(m_dir->filePath(QStringLiteral("notes.txt")))});
    const QPoint centre = welcome->rect().center();
    QDragEnterEvent enterOther(centre, Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(welcome, &enterOther);
    QVERIFY(enterOther.isAccepted());
    QCOMPARE(hint->text(), QStringLiteral("Only .tickmark workpapers can be opened here."));
    QDropEvent dropOther(centre, Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(welcome, &dropOther);
    QVERIFY(!m_window->workpaper());
    QVERIFY2(welcome->banner()->text().startsWith(
                 QStringLiteral("None of the 2 dropped files is a Tickmark workpaper.")),
             qPrintable(welcome->banner()->text()));
    QCOMPARE(welcome->banner()->kind(), MessageBanner::Kind::Warning);
    QVERIFY(hint->text().startsWith(QStringLiteral("Or drop a .tickmark workpaper")));
    grabIfAsked(m_window.get(), QStringLiteral("test-welcome-drop-refused"));

    // A workpaper (any case of the suffix) opens, and the refusal is gone when the page shows again.
    const QString upper = m_dir->filePath(QStringLiteral("QUILLFEATHER-COPY.TICKMARK"));
    QVERIFY(QFile::copy(m_samplePath, upper));
    QMimeData workpaper;
    workpaper.setUrls({QUrl::fromLocalFile(csv), QUrl::fromLocalFile(upper)});
    QDragEnterEvent enter(centre, Qt::CopyAction, &workpaper, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(welcome, &enter);
    QVERIFY(enter.isAccepted());
    QCOMPARE(hint->text(), QStringLiteral("Release to open QUILLFEATHER-COPY.TICKMARK"));
    QDropEvent drop(centre, Qt::CopyAction, &workpaper, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(welcome, &drop);
    QVERIFY2(m_doubles->notifier.messages().isEmpty(), qPrintable(m_doubles->notifier.lastText()));
    QVERIFY(m_window->workpaper());
    QCOMPARE(QFileInfo(m_window->workpaper()->path()), QFileInfo(upper));
    m_window->closeWorkpaper();
    QVERIFY(!welcome->banner()->isVisible());
}

void TestMainWindow::preferencesApplyTheAppearance()
{
    const QColor systemWindow = QApplication::palette().color(QPalette::Window);
    // The welcome page's left margin shows the window colour.
    const auto background = [this] {
        QCoreApplication::processEvents();
        const QImage image = m_window->grab().toImage();
        return qGray(image.pixel(12, image.height() / 2));
    };
    const auto choose = [this](const QString &key) {
        m_window->showPreferences();
        auto *dialog = m_window->findChild<SettingsDialog *>();
        QTRY_VERIFY(dialog && dialog->isVisible());
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("appearanceCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->currentData().toString(), appearanceKey(m_doubles->settings.appearance()));
        combo->setCurrentIndex(combo->findData(key));
        QSignalSpy changed(dialog, &SettingsDialog::appearanceChanged);
        dialog->accept();
        QCOMPARE(changed.count(), 1);
        QTRY_VERIFY(!m_window->findChild<SettingsDialog *>());
    };

    choose(QStringLiteral("dark"));
    QCOMPARE(m_doubles->qsettings.value(QStringLiteral("ui/appearance")).toString(), QStringLiteral("dark"));
    QCOMPARE(m_doubles->settings.appearance(), Appearance::Dark);
    QVERIFY(isDarkPalette(QApplication::palette()));
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    QVERIFY2(background() < 80, qPrintable(QString::number(background())));
    grabIfAsked(m_window.get(), QStringLiteral("test-welcome-dark"));
    QVERIFY(m_window->openWorkpaper(m_samplePath));
    QVERIFY(m_window->showSection(QStringLiteral("dashboard")));
    grabIfAsked(m_window.get(), QStringLiteral("test-dashboard-dark"));
    m_window->closeWorkpaper();

    choose(QStringLiteral("light"));
    QVERIFY(!isDarkPalette(QApplication::palette()));
    QVERIFY2(background() > 180, qPrintable(QString::number(background())));

    choose(QStringLiteral("system"));
    QCOMPARE(m_doubles->settings.appearance(), Appearance::System);
    QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
    QCOMPARE(appearanceFromKey(QStringLiteral("sepia")), std::nullopt);
}

void TestMainWindow::undoRedoFollowTheStack()
{
    QVERIFY(m_window->openWorkpaper(m_samplePath));
    QAction *undo = action(QStringLiteral("actionUndo"));
    QAction *redo = action(QStringLiteral("actionRedo"));
    QVERIFY(m_window->undoStack());
    QVERIFY(!undo->isEnabled());
    QVERIFY(!redo->isEnabled());

    m_window->showSection(QStringLiteral("scope"));
    auto *scope = qobject_cast<ScopePage *>(m_window->workspace()->page(Section::Scope));
    auto *cuecs = scope->findChild<QTableWidget *>(QStringLiteral("cuecTable"));
    m_editor.cuecs.append(
        Core::Cuec{0, QStringLiteral("User entities review their own audit logs."), {QStringLiteral("CC7.2")}});
    scope->addCuec();
    QCOMPARE(cuecs->rowCount(), 7);
    QVERIFY(undo->isEnabled());
    QVERIFY(!redo->isEnabled());
    QCOMPARE(m_window->undoStack()->count(), 1);

    undo->trigger();
    QCOMPARE(cuecs->rowCount(), 6);
    QVERIFY(!undo->isEnabled());
    QVERIFY(redo->isEnabled());
    redo->trigger();
    QCOMPARE(cuecs->rowCount(), 7);
    QCOMPARE(cuecs->item(6, 1)->text(), QStringLiteral("User entities review their own audit logs."));

    // Engagement details: Save is one undoable action; the title follows.
    auto *client = scope->findChild<QLineEdit *>(QStringLiteral("clientEdit"));
    client->setText(QStringLiteral("Quillfeather Holdings"));
    QVERIFY(scope->hasUnsavedDetails());
    QVERIFY(scope->saveDetails());
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("Quillfeather Holdings — ")));
    undo->trigger();
    QCOMPARE(client->text(), QStringLiteral("Quillfeather Software, Inc."));
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("Quillfeather Software, Inc. — ")));

    // An invalid entry is refused inline, naming the field, and nothing is pushed.
    const int before = m_window->undoStack()->count();
    client->clear();
    QVERIFY(!scope->saveDetails());
    QCOMPARE(m_window->undoStack()->count(), before);
    auto *banner = scope->findChild<QWidget *>(QStringLiteral("detailsBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY(
        banner->findChild<QLabel *>(QStringLiteral("messageBannerText"))->text().startsWith(QStringLiteral("Client:")));
    grabIfAsked(m_window.get(), QStringLiteral("test-scope-error"));
}

void TestMainWindow::closeReturnsToWelcomePage()
{
    QVERIFY(m_window->openWorkpaper(m_samplePath));
    m_window->showSection(QStringLiteral("scope"));
    auto *scope = qobject_cast<ScopePage *>(m_window->workspace()->page(Section::Scope));
    m_editor.orgs.append(Core::SubserviceOrg{0, QStringLiteral("Ledgerline Payments"),
                                             QStringLiteral("Card payment processing"),
                                             Core::SubserviceMethod::Inclusive, QString()});
    auto *saved = m_window->findChild<QLabel *>(QStringLiteral("statusSaved"));
    QVERIFY(saved);
    QVERIFY(saved->isVisibleTo(m_window.get()));
    QVERIFY2(saved->text().startsWith(QStringLiteral("\u2713 All changes saved")), qPrintable(saved->text()));
    scope->addSubservice();
    QVERIFY(action(QStringLiteral("actionUndo"))->isEnabled());
    QVERIFY2(saved->text().startsWith(QStringLiteral("\u2713 Saved at ")), qPrintable(saved->text()));

    action(QStringLiteral("actionClose"))->trigger();
    QVERIFY(!saved->isVisibleTo(m_window.get()));
    QVERIFY(!m_window->workpaper());
    QVERIFY(!m_window->workspace());
    QVERIFY(!m_window->undoStack());
    auto *central = m_window->findChild<QStackedWidget *>(QStringLiteral("centralStack"));
    QCOMPARE(central->currentWidget(), m_window->welcomePage());
    QVERIFY(!action(QStringLiteral("actionUndo"))->isEnabled());
    QVERIFY(!action(QStringLiteral("actionRedo"))->isEnabled());
    QVERIFY(!action(QStringLiteral("actionClose"))->isEnabled());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Tickmark"));
    auto *recent = m_window->findChild<QListWidget *>(QStringLiteral("recentList"));
    QVERIFY(recent->isVisible());
    QCOMPARE(recent->count(), 1);
    grabIfAsked(m_window.get(), QStringLiteral("test-welcome-recent"));

    // The change was committed before closing.
    auto reopened = Core::Workpaper::open(m_samplePath, Test::preparer());
    QCOMPARE((*reopened)->engagement().subserviceOrgs()->size(), 3);
}

void TestMainWindow::textFileShowsCoreError()
{
    const QString text = m_dir->filePath(QStringLiteral("notes.txt"));
    {
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Walkthrough notes, not a workpaper.\n");
    }
    QVERIFY(!m_window->openWorkpaper(text));
    QCOMPARE(m_doubles->notifier.messages().size(), 1);
    QCOMPARE(m_doubles->notifier.messages().front().severity, Notifier::Severity::Error);
    QVERIFY2(m_doubles->notifier.lastText().contains(QStringLiteral("not a Tickmark workpaper")),
             qPrintable(m_doubles->notifier.lastText()));
    QVERIFY(!m_window->workpaper());
    QVERIFY(m_doubles->settings.recentFiles().isEmpty());

    // The window stays usable: a real workpaper opens, and a second bad file leaves it open.
    QVERIFY(m_window->openWorkpaper(m_samplePath));
    QVERIFY(!m_window->openWorkpaper(text));
    QCOMPARE(m_doubles->notifier.messages().size(), 2);
    QVERIFY(m_window->workpaper());
    QCOMPARE(m_window->workpaper()->path(), QFileInfo(m_samplePath).absoluteFilePath());

    QVERIFY(!m_window->openWorkpaper(m_dir->filePath(QStringLiteral("missing.tickmark"))));
    QVERIFY(m_doubles->notifier.lastText().contains(QStringLiteral("does not exist")));
}

void TestMainWindow::openThroughChooserAndRecentFiles()
{
    m_doubles->files.enqueue(m_samplePath);
    action(QStringLiteral("actionOpen"))->trigger();
    QVERIFY(m_window->workpaper());
    QCOMPARE(m_doubles->settings.recentFiles(), QStringList{QFileInfo(m_samplePath).absoluteFilePath()});
    auto *recentMenu = m_window->findChild<QMenu *>(QStringLiteral("recentMenu"));
    QVERIFY(recentMenu->isEnabled());
    QVERIFY(recentMenu->actions().first()->text().contains(QStringLiteral("quillfeather.tickmark")));

    m_window->closeWorkpaper();
    recentMenu->actions().first()->trigger();
    QVERIFY(m_window->workpaper());

    // Cancelling the chooser changes nothing.
    action(QStringLiteral("actionOpen"))->trigger();
    QVERIFY(m_window->workpaper());
    QVERIFY(m_doubles->notifier.messages().isEmpty());
}

void TestMainWindow::openSampleBuildsOnceThenReuses()
{
    QVERIFY(!QFile::exists(m_window->samplePath()));
    action(QStringLiteral("actionOpenSample"))->trigger();
    QVERIFY2(m_doubles->notifier.messages().isEmpty(), qPrintable(m_doubles->notifier.lastText()));
    QVERIFY(QFile::exists(m_window->samplePath()));
    QCOMPARE(m_window->workpaper()->path(), m_window->samplePath());
    QCOMPARE(*m_window->workpaper()->controls().count(), 47);

    // Reopening uses the existing file (with its changes) instead of building a new one.
    m_window->showSection(QStringLiteral("scope"));
    auto *scope = qobject_cast<ScopePage *>(m_window->workspace()->page(Section::Scope));
    m_editor.cuecs.append(Core::Cuec{0, QStringLiteral("Kept across reopening."), {}});
    scope->addCuec();
    m_window->closeWorkpaper();
    QVERIFY(m_window->openSample());
    QCOMPARE(m_window->workpaper()->engagement().cuecs()->size(), 7);
}

void TestMainWindow::saveCopyWritesAWorkpaper()
{
    QVERIFY(m_window->openWorkpaper(m_samplePath));
    const QString copy = m_dir->filePath(QStringLiteral("copy-for-review"));
    m_doubles->files.enqueue(copy);
    action(QStringLiteral("actionSaveCopy"))->trigger();
    QVERIFY2(m_doubles->notifier.messages().isEmpty(), qPrintable(m_doubles->notifier.lastText()));
    const QString written = copy + QStringLiteral(".tickmark");
    QVERIFY(QFile::exists(written));
    auto reopened = Core::Workpaper::open(written, Test::preparer());
    QVERIFY(reopened);
    QCOMPARE(*(*reopened)->controls().count(), 47);
    // The open workpaper is still the original.
    QCOMPARE(m_window->workpaper()->path(), QFileInfo(m_samplePath).absoluteFilePath());

    // Copying onto the open file is refused.
    m_doubles->files.enqueue(m_samplePath);
    action(QStringLiteral("actionSaveCopy"))->trigger();
    QCOMPARE(m_doubles->notifier.messages().size(), 1);
}

void TestMainWindow::preferencesChangeTheActor()
{
    QVERIFY(m_window->openWorkpaper(m_samplePath));
    m_window->showPreferences();
    auto *dialog = m_window->findChild<SettingsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    grabIfAsked(dialog, QStringLiteral("test-preferences"));
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *initials = dialog->findChild<QLineEdit *>(QStringLiteral("initialsEdit"));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Rita Reviewer"));
    QCOMPARE(initials->text(), QStringLiteral("RR"));
    dialog->findChild<QComboBox *>(QStringLiteral("roleCombo"))->setCurrentIndex(1);
    dialog->accept();

    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("statusActor"))->text(),
             QStringLiteral("Rita Reviewer (RR) · reviewer"));
    QCOMPARE(m_window->workpaper()->actor().name, QStringLiteral("Rita Reviewer"));
    QCOMPARE(m_window->workpaper()->actor().role, Core::Role::Reviewer);
    QCOMPARE(m_doubles->qsettings.value(QStringLiteral("identity/name")).toString(), QStringLiteral("Rita Reviewer"));
    QCOMPARE(m_doubles->qsettings.value(QStringLiteral("identity/initials")).toString(), QStringLiteral("RR"));
    QCOMPARE(m_doubles->qsettings.value(QStringLiteral("identity/role")).toString(), QStringLiteral("reviewer"));
}

void TestMainWindow::remembersSectionAndGeometry()
{
    QVERIFY(m_window->openWorkpaper(m_samplePath));
    QVERIFY(m_window->showSection(QStringLiteral("controls")));
    m_window->resize(1100, 700);
    m_window->close();
    QVERIFY(!m_window->workpaper());
    QVERIFY(!m_doubles->settings.windowGeometry().isEmpty());
    QCOMPARE(m_doubles->qsettings.value(QStringLiteral("window/section")).toString(), QStringLiteral("controls"));

    m_window = makeWindow();
    QVERIFY(m_window->openWorkpaper(m_samplePath));
    QCOMPARE(m_window->workspace()->currentSection(), Section::Controls);
    QVERIFY(!m_window->showSection(QStringLiteral("no-such-section")));
}

void TestMainWindow::scopeRemoveAsksFirst()
{
    QVERIFY(m_window->openWorkpaper(m_samplePath));
    m_window->showSection(QStringLiteral("scope"));
    auto *scope = qobject_cast<ScopePage *>(m_window->workspace()->page(Section::Scope));
    auto *orgs = scope->findChild<QTableWidget *>(QStringLiteral("subserviceTable"));
    orgs->selectRow(1);
    m_doubles->prompter->setAnswer(false);
    scope->removeSubservice();
    QCOMPARE(m_doubles->prompter->askedCount(), 1);
    QCOMPARE(orgs->rowCount(), 2);

    m_doubles->prompter->setAnswer(true);
    scope->removeSubservice();
    QCOMPARE(orgs->rowCount(), 1);
    action(QStringLiteral("actionUndo"))->trigger();
    QCOMPARE(orgs->rowCount(), 2);
    QCOMPARE(orgs->item(1, 0)->text(), QStringLiteral("Postlark Messaging, Inc."));
}

void TestMainWindow::newEngagementWizardOpensTheResult()
{
    action(QStringLiteral("actionNew"))->trigger();
    auto *wizard = m_window->findChild<NewEngagementWizard *>();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    wizard->fields().clientEdit()->setText(QStringLiteral("Harbor Logistics"));
    wizard->fields().systemEdit()->setText(QStringLiteral("Harbor TMS"));
    while (wizard->currentId() != NewEngagementWizard::FilePage) {
        const int before = wizard->currentId();
        wizard->next();
        QVERIFY(wizard->currentId() != before);
    }
    const QString path = m_dir->filePath(QStringLiteral("harbor.tickmark"));
    wizard->setFilePath(path);
    wizard->button(QWizard::FinishButton)->click();

    QVERIFY(m_window->workpaper());
    QCOMPARE(m_window->workpaper()->path(), path);
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Harbor Logistics — Harbor TMS — Tickmark"));
    QCOMPARE(m_window->workspace()->currentSection(), Section::Overview);
    QCOMPARE(
        m_window->workspace()->page(Section::Overview)->findChild<QLabel *>(QStringLiteral("controlsCount"))->text(),
        QStringLiteral("0"));
    QCOMPARE(m_doubles->settings.recentFiles().front(), path);
}

// `tickmark --help` and `--version` print before any window exists: no display needed (the xcb platform is forced,
// so making a QApplication would fail), in the user's language (German from the locale, no settings).
void TestMainWindow::appHelpWithoutDisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("HOME"), m_dir->path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
    const auto run = [&env](const QString &option) {
        QProcess app;
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(TICKMARK_BINARY_DIR "/bin/tickmark"), {option});
        const bool finished = app.waitForFinished(60000);
        return std::make_tuple(finished && app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -1,
                               QString::fromUtf8(app.readAllStandardOutput()),
                               QString::fromUtf8(app.readAllStandardError()));
    };
    const auto [helpCode, help, helpErr] = run(QStringLiteral("--help"));
    QVERIFY2(helpCode == 0, qPrintable(helpErr));
    const QString words = help.simplified(); // the help is wrapped to the terminal's width
    QVERIFY2(words.contains(QStringLiteral("Ein zu öffnendes Arbeitspapier (.tickmark).")), qPrintable(help));
    QVERIFY2(words.contains(QStringLiteral("--section")) && words.contains(QStringLiteral("audit, report.")),
             qPrintable(help));
    const auto [versionCode, version, versionErr] = run(QStringLiteral("--version"));
    QVERIFY2(versionCode == 0, qPrintable(versionErr));
    QCOMPARE(version.trimmed(), QStringLiteral("Tickmark " TICKMARK_VERSION));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
