// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "common/errortext.h"
#include "common/filechooser.h"
#include "common/icons.h"
#include "help/aboutdialog.h"
#include "help/shortcutsdialog.h"
#include "common/notifier.h"
#include "common/prompter.h"
#include "engagement/engagementservice.h"
#include "engagement/engagementtext.h"
#include "engagement/newengagementwizard.h"
#include "evidence/evidencepage.h"
#include "sample/sampleengagement.h"
#include "settings/appsettings.h"
#include "settings/settingsdialog.h"
#include "welcomepage.h"
#include "workpaper/workpaper.h"
#include "workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTime>
#include <QUndoGroup>
#include <QUndoStack>

namespace Tickmark::Ui {

MainWindow::MainWindow(MainWindowDependencies dependencies, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(*dependencies.settings)
    , m_prompter(std::move(dependencies.prompter))
    , m_notifier(*dependencies.notifier)
    , m_files(*dependencies.files)
    , m_scopeEditor(*dependencies.scopeEditor)
    , m_clock(std::move(dependencies.clock))
    , m_sampleDirectory(std::move(dependencies.sampleDirectory))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(tickmarkIcon(QStringLiteral("tickmark")));
    setAcceptDrops(true);
    m_undoGroup = new QUndoGroup(this);

    m_central = new QStackedWidget(this);
    m_central->setObjectName(QStringLiteral("centralStack"));
    m_welcome = new WelcomePage(m_central);
    m_central->addWidget(m_welcome);
    setCentralWidget(m_central);

    connect(m_welcome, &WelcomePage::newEngagementRequested, this, &MainWindow::newEngagement);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::chooseAndOpen);
    connect(m_welcome, &WelcomePage::sampleRequested, this, &MainWindow::openSample);
    connect(m_welcome, &WelcomePage::recentFileActivated, this, &MainWindow::openWorkpaper);
    connect(m_welcome, &WelcomePage::workpaperDropped, this, &MainWindow::openWorkpaper);

    createActions();
    createMenus();
    createStatusBar();
    rebuildRecentMenu();
    restoreWindowState();
    updateTitleAndStatus();
    updateActions();
}

MainWindow::~MainWindow()
{
    // Pages and undo commands hold references into the workpaper: take them down first.
    delete m_workspace;
    m_workspace = nullptr;
    m_undoStack.reset();
    m_workpaper.reset();
}

void MainWindow::createActions()
{
    const auto action = [this](const QString &text, const QString &objectName, const QKeySequence &shortcut = {}) {
        auto *a = new QAction(text, this);
        a->setObjectName(objectName);
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        return a;
    };
    m_newAction = action(tr("&New Engagement…"), QStringLiteral("actionNew"), QKeySequence::New);
    m_newAction->setIcon(tickmarkIcon(QStringLiteral("new")));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newEngagement);
    m_openAction = action(tr("&Open…"), QStringLiteral("actionOpen"), QKeySequence::Open);
    m_openAction->setIcon(tickmarkIcon(QStringLiteral("open")));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseAndOpen);
    m_sampleAction = action(tr("Open &Sample Engagement"), QStringLiteral("actionOpenSample"));
    m_sampleAction->setIcon(tickmarkIcon(QStringLiteral("sample")));
    connect(m_sampleAction, &QAction::triggered, this, &MainWindow::openSample);
    m_closeAction = action(tr("&Close"), QStringLiteral("actionClose"), QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeWorkpaper);
    m_saveCopyAction = action(tr("Save a &Copy…"), QStringLiteral("actionSaveCopy"), QKeySequence::SaveAs);
    connect(m_saveCopyAction, &QAction::triggered, this, &MainWindow::saveCopy);
    m_quitAction = action(tr("&Quit"), QStringLiteral("actionQuit"), QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);

    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_preferencesAction = action(tr("&Preferences…"), QStringLiteral("actionPreferences"), QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    auto *sections = new QActionGroup(this);
    const Section all[] = {Section::Overview,   Section::Scope,      Section::Coverage,    Section::Controls,
                           Section::Populations, Section::Sampling,  Section::Evidence,    Section::Requests,
                           Section::Testing,    Section::Exceptions, Section::Dashboard,   Section::Review,
                           Section::AuditTrail, Section::Report};
    for (Section s : all) {
        // Ctrl+1 … Ctrl+9 for the first nine sections, in navigator order.
        const int n = static_cast<int>(m_sectionActions.size()) + 1;
        auto *a = action(sectionTitle(s), QStringLiteral("actionSection-%1").arg(sectionKey(s)),
                         n <= 9 ? QKeySequence(QStringLiteral("Ctrl+%1").arg(n)) : QKeySequence());
        a->setCheckable(true);
        a->setIcon(tickmarkIcon(sectionKey(s)));
        sections->addAction(a);
        connect(a, &QAction::triggered, this, [this, s] {
            if (m_workspace)
                m_workspace->showSection(s);
        });
        m_sectionActions.append(a);
    }
    m_navigatorAction = action(tr("Show &Navigator"), QStringLiteral("actionShowNavigator"));
    m_navigatorAction->setCheckable(true);
    m_navigatorAction->setChecked(true);
    connect(m_navigatorAction, &QAction::toggled, this, [this](bool on) {
        if (m_workspace)
            m_workspace->setNavigatorVisible(on);
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addAction(m_sampleAction);
    file->addSeparator();
    file->addAction(m_closeAction);
    file->addAction(m_saveCopyAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_preferencesAction);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addActions(m_sectionActions);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_navigatorAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        auto *dialog = new ShortcutsDialog(collectShortcuts(menuBar()), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    keys->setObjectName(QStringLiteral("actionShortcuts"));
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    QAction *about = help->addAction(tr("&About Tickmark"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createStatusBar()
{
    const auto label = [this](const QString &objectName) {
        auto *l = new QLabel(this);
        l->setObjectName(objectName);
        l->setContentsMargins(6, 0, 6, 0);
        return l;
    };
    m_statusPath = label(QStringLiteral("statusPath"));
    m_statusPath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long path must not widen the window; the full path is in the tooltip.
    m_statusPath->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_statusEngagement = label(QStringLiteral("statusEngagement"));
    // There is no Save command: every action is one durable transaction with its audit event. Say so.
    m_statusSaved = label(QStringLiteral("statusSaved"));
    m_statusSaved->setToolTip(tr("Every change is written to the workpaper the moment you make it, together with its"
                                 " audit trail entry; there is nothing to save and nothing is lost if the computer"
                                 " stops."));
    m_statusSaved->hide();
    m_statusActor = label(QStringLiteral("statusActor"));
    m_statusActor->setToolTip(tr("The acting user, stamped on every change (Edit ▸ Preferences)"));
    statusBar()->addWidget(m_statusPath, 1);
    statusBar()->addPermanentWidget(m_statusSaved);
    statusBar()->addPermanentWidget(m_statusEngagement);
    statusBar()->addPermanentWidget(m_statusActor);
    updateActor();
}

void MainWindow::rebuildRecentMenu()
{
    const QStringList files = m_settings.recentFiles();
    m_recentMenu->clear();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        const QString text = QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName());
        QAction *a = m_recentMenu->addAction(text, this, [this, path] { openWorkpaper(path); });
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear Menu"), this, [this] {
            m_settings.clearRecentFiles();
            rebuildRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
    m_welcome->setRecentFiles(files);
}

QString MainWindow::samplePath() const
{
    return QDir(m_sampleDirectory).filePath(QStringLiteral("sample-engagement.tickmark"));
}

bool MainWindow::openWorkpaper(const QString &path)
{
    if (path.isEmpty())
        return false;
    if (m_workpaper && QFileInfo(m_workpaper->path()) == QFileInfo(path))
        return true;
    auto opened = Core::Workpaper::open(path, m_settings.identity(), m_clock);
    if (!opened) {
        showOpenError(path, describeError(opened.error()));
        if (!QFileInfo::exists(path)) {
            m_settings.removeRecentFile(path);
            rebuildRecentMenu();
        }
        return false;
    }
    adoptWorkpaper(std::move(*opened));
    return true;
}

bool MainWindow::openSample()
{
    const QString path = samplePath();
    if (QFileInfo::exists(path))
        return openWorkpaper(path);
    if (!QDir().mkpath(m_sampleDirectory)) {
        showOpenError(path, tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(m_sampleDirectory)));
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto created = Core::createSampleEngagement(path, m_settings.identity(), m_clock);
    QApplication::restoreOverrideCursor();
    if (!created) {
        showOpenError(path, describeError(created.error()));
        return false;
    }
    adoptWorkpaper(std::move(*created));
    statusBar()->showMessage(tr("Built the sample engagement in %1").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

void MainWindow::adoptWorkpaper(std::unique_ptr<Core::Workpaper> workpaper)
{
    if (!workpaper)
        return;
    closeWorkpaper();
    m_workpaper = std::move(workpaper);
    m_workpaper->setActor(m_settings.identity());
    m_undoStack = std::make_unique<QUndoStack>();
    m_undoGroup->addStack(m_undoStack.get());
    m_undoGroup->setActiveStack(m_undoStack.get());

    m_workspace = new Workspace(*m_workpaper, m_undoStack.get(), m_scopeEditor, m_prompter, m_central);
    m_workspace->setNavigatorVisible(m_navigatorAction->isChecked());
    m_workspace->setFileChooser(&m_files);
    m_workspace->setSettings(&m_settings.store());
    m_central->addWidget(m_workspace);
    m_central->setCurrentWidget(m_workspace);
    connect(m_workspace, &Workspace::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_workspace, &Workspace::sectionChanged, this, [this](Section s) {
        m_settings.setLastSection(sectionKey(s));
        m_sectionActions.at(static_cast<int>(s))->setChecked(true);
    });
    connect(m_workpaper.get(), &Core::Workpaper::changed, this, [this](const QString &object) {
        m_statusSaved->setText(tr("\u2713 Saved at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
        if (object == QLatin1String("engagement"))
            updateTitleAndStatus();
    });
    m_statusSaved->setText(tr("\u2713 All changes saved"));
    m_statusSaved->show();
    const QString last = m_settings.lastSection();
    m_workspace->showSection(sectionFromKey(last).value_or(Section::Overview));
    m_sectionActions.at(static_cast<int>(m_workspace->currentSection()))->setChecked(true);

    m_settings.addRecentFile(m_workpaper->path());
    rebuildRecentMenu();
    updateTitleAndStatus();
    updateActions();
}

void MainWindow::closeWorkpaper()
{
    if (!m_workpaper)
        return;
    if (m_workspace) {
        m_central->removeWidget(m_workspace);
        delete m_workspace;
        m_workspace = nullptr;
    }
    m_undoGroup->removeStack(m_undoStack.get());
    m_undoStack.reset();
    m_workpaper.reset();
    m_central->setCurrentWidget(m_welcome);
    statusBar()->clearMessage();
    for (QAction *a : std::as_const(m_sectionActions))
        a->setChecked(false);
    rebuildRecentMenu();
    updateTitleAndStatus();
    updateActions();
}

bool MainWindow::showSection(const QString &key)
{
    const auto section = sectionFromKey(key);
    if (!section || !m_workspace)
        return false;
    m_workspace->showSection(*section);
    return true;
}

void MainWindow::newEngagement()
{
    auto *wizard = new NewEngagementWizard(m_settings.identity(), m_files, m_clock, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::accepted, this, [this, wizard] { adoptWorkpaper(wizard->takeWorkpaper()); });
    wizard->open();
}

void MainWindow::chooseAndOpen()
{
    QString dir = m_workpaper ? QFileInfo(m_workpaper->path()).absolutePath() : QString();
    if (dir.isEmpty() && !m_settings.recentFiles().isEmpty())
        dir = QFileInfo(m_settings.recentFiles().front()).absolutePath();
    const QString path = m_files.openFileName(this, tr("Open Workpaper"), dir, workpaperFileFilter());
    if (!path.isEmpty())
        openWorkpaper(path);
}

void MainWindow::saveCopy()
{
    if (!m_workpaper)
        return;
    const QFileInfo current(m_workpaper->path());
    const QString suggested =
        current.dir().filePath(tr("%1 (copy).tickmark", "suggested file name").arg(current.completeBaseName()));
    QString target = m_files.saveFileName(this, tr("Save a Copy"), suggested, workpaperFileFilter());
    if (target.isEmpty())
        return;
    if (QFileInfo(target).suffix().isEmpty())
        target += QStringLiteral(".tickmark");
    // The file dialog already asked about replacing; the copy is written fresh, never over the open file.
    if (QFileInfo(target) == current) {
        m_notifier.notify(this, Notifier::Severity::Warning, tr("Save a Copy"),
                          tr("Choose a different file: this is the workpaper that is open."));
        return;
    }
    if (QFileInfo::exists(target) && !QFile::remove(target)) {
        m_notifier.notify(this, Notifier::Severity::Error, tr("Save a Copy"),
                          tr("%1 cannot be replaced.").arg(QDir::toNativeSeparators(target)));
        return;
    }
    if (auto ok = m_workpaper->saveCopy(target); !ok) {
        m_notifier.notify(this, Notifier::Severity::Error, tr("Save a Copy"), describeError(ok.error()));
        return;
    }
    statusBar()->showMessage(tr("Saved a copy to %1").arg(QDir::toNativeSeparators(target)), 8000);
}

void MainWindow::showPreferences()
{
    auto *dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::identityChanged, this, [this](const Core::Actor &actor) {
        if (m_workpaper)
            m_workpaper->setActor(actor);
        updateActor();
    });
    connect(dialog, &SettingsDialog::languageChanged, this, [this] {
        statusBar()->showMessage(tr("The new language is applied the next time Tickmark starts."), 8000);
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::updateTitleAndStatus()
{
    if (!m_workpaper) {
        setWindowTitle(tr("Tickmark"));
        m_statusPath->setText(tr("No workpaper open"));
        m_statusEngagement->clear();
        m_statusEngagement->hide();
        m_statusSaved->hide();
        return;
    }
    const auto details = m_workpaper->engagement().details();
    const QString client = details ? details->client : QFileInfo(m_workpaper->path()).completeBaseName();
    const QString system = details ? details->system : QString();
    setWindowTitle(system.isEmpty() ? tr("%1 — Tickmark").arg(client) : tr("%1 — %2 — Tickmark").arg(client, system));
    m_statusPath->setText(QDir::toNativeSeparators(m_workpaper->path()));
    m_statusPath->setToolTip(m_statusPath->text());
    m_statusEngagement->setText(details ? reportTypeAndPeriod(*details) : QString());
    m_statusEngagement->setVisible(details.has_value());
}

void MainWindow::updateActor()
{
    const Core::Actor actor = m_settings.identity();
    const QString role = [&actor] {
        switch (actor.role) {
        case Core::Role::Reviewer:
            return tr("reviewer");
        case Core::Role::Partner:
            return tr("partner");
        case Core::Role::Preparer:
            break;
        }
        return tr("preparer");
    }();
    m_statusActor->setText(tr("%1 (%2) · %3").arg(actor.name, actor.initials, role));
}

void MainWindow::updateActions()
{
    const bool open = m_workpaper != nullptr;
    m_closeAction->setEnabled(open);
    m_saveCopyAction->setEnabled(open);
    m_navigatorAction->setEnabled(open);
    for (QAction *a : std::as_const(m_sectionActions))
        a->setEnabled(open);
}

void MainWindow::showOpenError(const QString &path, const QString &message)
{
    m_notifier.notify(this, Notifier::Severity::Error, tr("Cannot Open %1").arg(QFileInfo(path).fileName()), message);
}

void MainWindow::saveWindowState()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(QMainWindow::saveState());
}

void MainWindow::restoreWindowState()
{
    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1280, 800);
    QMainWindow::restoreState(m_settings.windowState());
}

namespace {

bool isWorkpaperFile(const QString &path)
{
    return path.endsWith(QStringLiteral(".tickmark"), Qt::CaseInsensitive);
}

/// The local files and folders among dropped URLs.
QStringList droppedPaths(const QMimeData *data)
{
    QStringList paths;
    if (!data || !data->hasUrls())
        return paths;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile() && !url.toLocalFile().isEmpty())
            paths << url.toLocalFile();
    }
    return paths;
}

/// The first .tickmark file among @p paths, or empty.
QString droppedWorkpaper(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (isWorkpaperFile(path))
            return path;
    }
    return {};
}

} // namespace

bool MainWindow::importEvidence(const QStringList &paths)
{
    if (!m_workspace || paths.isEmpty())
        return false;
    m_workspace->showSection(Section::Evidence);
    return m_workspace->evidencePage()->importPaths(paths);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    // A workpaper opens; anything else is evidence for the open workpaper or, with nothing open, refused on the
    // welcome page with a word on what it takes (a bare "no entry" cursor explains nothing).
    if (!droppedPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = droppedPaths(event->mimeData());
    if (!m_workspace && !paths.isEmpty()) {
        event->acceptProposedAction();
        m_welcome->dropPaths(paths); // a workpaper among them comes back through workpaperDropped()
        return;
    }
    if (const QString workpaper = droppedWorkpaper(paths); !workpaper.isEmpty()) {
        event->acceptProposedAction();
        openWorkpaper(workpaper);
        return;
    }
    if (paths.isEmpty() || !m_workspace)
        return;
    event->acceptProposedAction();
    importEvidence(paths);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    // Every action is already committed; closing the file releases it and leaves a single file at rest.
    closeWorkpaper();
    event->accept();
}

} // namespace Tickmark::Ui
