// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QDragEnterEvent;
class QDropEvent;
class QLabel;
class QMenu;
class QStackedWidget;
class QUndoGroup;
class QUndoStack;

namespace Tickmark::Core {
class Workpaper;
} // namespace Tickmark::Core

namespace Tickmark::Ui {

class AppSettings;
class FileChooser;
class Notifier;
class Prompter;
class ScopeEditor;
class WelcomePage;
class Workspace;

/// What the main window needs from outside, built by the composition root (tests pass doubles).
struct MainWindowDependencies
{
    AppSettings *settings = nullptr;          ///< preferences, recent files, window state; required
    std::shared_ptr<Prompter> prompter;       ///< yes/no questions; required
    Notifier *notifier = nullptr;             ///< error and information messages; required
    FileChooser *files = nullptr;             ///< open/save file names; required
    ScopeEditor *scopeEditor = nullptr;       ///< add/edit dialogs of the Scope page; required
    std::shared_ptr<const Core::Clock> clock; ///< null: the system clock
    QString sampleDirectory;                  ///< where the sample engagement is built (AppDataLocation)
};

/// The main window: a welcome page while nothing is open; with a workpaper, the Workspace (navigator and pages),
/// the Edit menu's undo stack for that workpaper and a status bar with the file, report type and period and the
/// acting user. Opening, closing and creating workpapers happen here; the pages do the rest.
///
/// Object names: "centralStack", "welcomePage", "workspace", "statusPath", "statusEngagement", "statusActor",
/// actions "actionNew", "actionOpen", "actionOpenSample", "actionClose", "actionSaveCopy", "actionQuit",
/// "actionUndo", "actionRedo", "actionPreferences", "actionAbout", menu "recentMenu".
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(MainWindowDependencies dependencies, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens @p path (closing the current workpaper first). On failure shows core's message and keeps the current
    /// state; returns whether the file is now open.
    bool openWorkpaper(const QString &path);
    /// Opens the sample engagement, building it first when it does not exist yet.
    bool openSample();
    /// Shows a workpaper created elsewhere (the New Engagement wizard).
    void adoptWorkpaper(std::unique_ptr<Core::Workpaper> workpaper);
    /// Closes the open workpaper (if any) and shows the welcome page.
    void closeWorkpaper();

    Core::Workpaper *workpaper() const { return m_workpaper.get(); }
    Workspace *workspace() const { return m_workspace; }
    WelcomePage *welcomePage() const { return m_welcome; }
    /// The open workpaper's undo stack, or null.
    QUndoStack *undoStack() const { return m_undoStack.get(); }
    /// Switches to the section with key @p key ("overview", "scope", "coverage", "controls", "populations",
    /// "sampling", "evidence", "requests"); false if unknown or nothing is open.
    bool showSection(const QString &key);
    /// Shows the Evidence page and imports @p paths (archives, files, folders) there, each as one package, on a
    /// worker thread; false when nothing is open, @p paths is empty or another evidence job is running.
    bool importEvidence(const QStringList &paths);
    /// The sample engagement's path: <sampleDirectory>/sample-engagement.tickmark.
    QString samplePath() const;

    void newEngagement();
    void chooseAndOpen();
    void saveCopy();
    void showPreferences();
    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;
    /// A .tickmark file dropped on the window is opened; other files and folders dropped while a workpaper is
    /// open are imported as evidence (importEvidence()); with nothing open the welcome page says what it takes.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createStatusBar();
    void rebuildRecentMenu();
    void updateTitleAndStatus();
    void updateActions();
    void updateActor();
    void saveWindowState();
    void restoreWindowState();
    void showOpenError(const QString &path, const QString &message);

    AppSettings &m_settings;
    std::shared_ptr<Prompter> m_prompter;
    Notifier &m_notifier;
    FileChooser &m_files;
    ScopeEditor &m_scopeEditor;
    std::shared_ptr<const Core::Clock> m_clock;
    QString m_sampleDirectory;

    // Destruction order matters: the workspace's pages and the undo commands refer to the workpaper.
    std::unique_ptr<Core::Workpaper> m_workpaper;
    std::unique_ptr<QUndoStack> m_undoStack;
    Workspace *m_workspace = nullptr;

    QStackedWidget *m_central = nullptr;
    WelcomePage *m_welcome = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QLabel *m_statusPath = nullptr;
    QLabel *m_statusEngagement = nullptr;
    QLabel *m_statusSaved = nullptr; ///< "All changes saved" / "Saved at 14:02"
    QLabel *m_statusActor = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_sampleAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_saveCopyAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_navigatorAction = nullptr;
    QList<QAction *> m_sectionActions;
};

} // namespace Tickmark::Ui
