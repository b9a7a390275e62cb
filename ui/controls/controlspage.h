// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QDropEvent;
class QLabel;
class QLineEdit;
class QTableView;
class QUndoStack;

namespace Tickmark::Core {
class ControlTableModel;
class Workpaper;
struct Control;
} // namespace Tickmark::Core

namespace Tickmark::Ui {

class ControlDelegate;
class ControlEvidencePanel;
class ControlFilterProxy;
class Prompter;
class ReviewNotesDialog;

/// The Controls page: the engagement's control matrix as an editable, filterable table (the id cell shows how many
/// evidence files are linked), and under it the selected control's evidence (ControlEvidencePanel). Files, folders
/// and archives dropped on a control row are imported and linked to that control: the page emits
/// evidenceDropped(), which the window connects to EvidencePage::importPaths(paths, {}, controlId); the page
/// accepts such drops only while that signal is connected. "Review Notes…" opens the selected control's review.
///
/// Object names: "controlsView", "controlsSplitter", "controlEvidencePanel", "reviewControlAction".
class ControlsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlsPage)

public:
    /// @p workpaper and @p undoStack outlive the page. Edits go through undo commands on @p undoStack.
    ControlsPage(Core::Workpaper &workpaper, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~ControlsPage() override;

    /// Selects and scrolls to the control @p id (used by the coverage page's double-click).
    void showControl(const QString &id);

    /// Replaces the confirmation prompter (tests inject one that answers by itself). Never null.
    void setPrompter(std::shared_ptr<Prompter> prompter);
    /// Imports the .csv control matrix at @p path as one undoable command; reports counts or the refusal.
    void importFile(const QString &path);
    /// The id of the current control, or empty.
    QString currentControl() const;
    ControlEvidencePanel *evidencePanel() const { return m_evidencePanel; }
    QTableView *view() const { return m_view; }
    /// The view row outlined while files are dragged over it (-1: none).
    int dropTargetRow() const;
    /// Opens the review notes of the current control (non-modal; it deletes itself); null when none is selected.
    ReviewNotesDialog *openReviewNotes();

Q_SIGNALS:
    void statusMessage(const QString &text); ///< short feedback for the status bar
    void errorOccurred(const QString &text); ///< a refused action, already worded for the user
    void warningOccurred(const QString &text); ///< done, but with something the user must know (amber banner)
    /// Show evidence item @p evidenceId on the Evidence page, at PDF page @p page (0: the start); the window
    /// connects it to EvidencePage::openItemById, as TestingPage::openEvidence.
    void openEvidence(qint64 evidenceId, int page);
    /// Local files or folders @p paths were dropped on control @p controlId: import them as evidence and link
    /// every imported file to the control.
    void evidenceDropped(const QStringList &paths, const QString &controlId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildToolBar();
    void buildTable();
    void fitColumn(int column, int minChars, int maxChars);
    void addControl();
    void deleteSelected();
    void chooseImportFile();
    void updateCount();
    void updateActions();
    void refreshEvidenceCounts();
    void setDropRow(int row);
    /// The source-model row under a drag or drop carrying local files, or -1 when it is not a drop this page takes.
    int dropRowFor(QDropEvent *event, QStringList *paths = nullptr) const;
    QStringList selectedIds() const;
    void rememberSelection();
    void restoreSelection();
    Result<void> pushUpdate(const Core::Control &before, const Core::Control &after);
    std::function<void(const QString &)> errorSink();

    Core::Workpaper &m_workpaper;
    QUndoStack *m_undoStack = nullptr;
    std::shared_ptr<Prompter> m_prompter;
    Core::ControlTableModel *m_model = nullptr;
    ControlFilterProxy *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    ControlDelegate *m_delegate = nullptr;
    ControlEvidencePanel *m_evidencePanel = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QComboBox *m_frequencyCombo = nullptr;
    QLabel *m_countLabel = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_reviewAction = nullptr;
    QStringList m_selectionBeforeReset;
};

} // namespace Tickmark::Ui
