// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "populationimport.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QProgressDialog;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace Tickmark::Core {
class PopulationListModel;
class PopulationRowModel;
class Workpaper;
} // namespace Tickmark::Core

namespace Tickmark::Ui {

class FileChooser;
class Prompter;
class ReviewNotesDialog;

/// The Populations page: the engagement's populations (top) and the rows of the one selected (bottom, read
/// lazily so a million rows scroll smoothly). Import… asks for a file with PopulationImportDialog and imports it
/// on a worker thread with its own workpaper connection, behind a cancellable progress dialog; Delete asks first.
///
/// Review Notes… opens the selected population's review ("population:NAME"), its text counting the notes not
/// cleared yet.
///
/// Object names: "populationsView", "populationRowsView", "importPopulationButton", "deletePopulationButton",
/// "reviewPopulationButton", "populationCaption", "populationDetails".
class PopulationsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PopulationsPage)

public:
    /// @p workpaper outlives the page.
    explicit PopulationsPage(Core::Workpaper &workpaper, QWidget *parent = nullptr);
    /// Cancels a running import (its worker finishes on its own and stores nothing).
    ~PopulationsPage() override;

    /// Replaces the confirmation prompter (tests inject one that answers by itself). Never null.
    void setPrompter(std::shared_ptr<Prompter> prompter);
    /// Uses @p files (not owned; it must outlive the page) to ask for files; null restores the file dialog.
    void setFileChooser(FileChooser *files);

    /// Starts importing @p request on a worker thread without asking anything (the dialog's entry point).
    /// Returns false, and reports why, when another import is running. The outcome arrives as importFinished().
    bool importFile(const PopulationImportRequest &request);
    /// Whether an import is running.
    bool isImporting() const { return m_cancel != nullptr; }
    /// Selects population @p name in the list (its rows show below); false when there is none by that name.
    bool showPopulation(const QString &name);
    /// The selected population's name, or empty.
    QString currentPopulation() const;
    /// Opens the review notes of the selected population (non-modal; it deletes itself); null when none is selected.
    ReviewNotesDialog *openReviewNotes();

    Core::PopulationListModel *listModel() const { return m_list; }
    Core::PopulationRowModel *rowModel() const { return m_rows; }

Q_SIGNALS:
    void statusMessage(const QString &text); ///< short feedback for the status bar
    void errorOccurred(const QString &text); ///< a refused action, already worded for the user
    /// An import ended: @p ok when the population was stored.
    void importFinished(bool ok);

private:
    void buildList();
    void buildRows();
    void chooseAndImport();
    void deleteSelected();
    void onImportDone(const Result<Core::PopulationImportResult> &result, const PopulationImportRequest &request);
    void updateRows();
    void updateActions();

    Core::Workpaper &m_workpaper;
    std::shared_ptr<Prompter> m_prompter;
    std::unique_ptr<FileChooser> m_ownFiles;
    FileChooser *m_files = nullptr;
    Core::PopulationListModel *m_list = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    Core::PopulationRowModel *m_rows = nullptr;
    QTableView *m_listView = nullptr;
    QTableView *m_rowsView = nullptr;
    QStackedWidget *m_rowsStack = nullptr;
    QLabel *m_caption = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_emptyRows = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_reviewButton = nullptr;
    QProgressDialog *m_progress = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel; ///< set while an import runs; true asks the worker to stop
    QString m_selectedBeforeReset;
};

} // namespace Tickmark::Ui
