// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidencejobs.h"

#include <QSet>
#include <QStringList>
#include <QWidget>

#include <functional>

#include <memory>

class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTimer;
class QTreeView;

namespace Tickmark::Core {
class EvidenceTreeModel;
class Workpaper;
} // namespace Tickmark::Core

namespace Tickmark::Ui {

class EffectiveDateDialog;
class EvidencePreview;
class EvidenceProgressDialog;
class FileChooser;
class LinkDialog;
class MessageBanner;
class ReviewNotesDialog;

/// The Evidence page: on the left a search box with its ranked hits and the evidence tree (packages → folders →
/// files with size, type, SHA-256, linked controls, request and effective date); on the right a preview of the
/// selected file. Import… (also: files, archives and folders dropped on the main window) and Verify run on a
/// worker thread with their own workpaper connection behind a cancellable progress dialog; Link to Controls…
/// and Export… act on the selected file; its context menu also offers Review Notes… (the review of
/// "evidence:SHA256"). Ctrl+F focuses the search box; Enter in the tree moves to the preview.
///
/// Object names: "evidenceTree", "evidenceSearch", "searchResults", "importEvidenceButton",
/// "verifyEvidenceButton", "linkEvidenceButton", "exportEvidenceButton", "evidenceBanner", "evidencePreview".
class EvidencePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidencePage)

public:
    /// @p workpaper outlives the page.
    explicit EvidencePage(Core::Workpaper &workpaper, QWidget *parent = nullptr);
    /// Cancels a running job (its worker finishes on its own and stores nothing of the package in progress).
    ~EvidencePage() override;

    /// Uses @p files (not owned; it must outlive the page) to ask for files; null restores the file dialog.
    void setFileChooser(FileChooser *files);
    /// Where imports take their limits from (Preferences ▸ Evidence); the core defaults when unset.
    void setLimitsProvider(std::function<Core::EvidenceLimits()> provider) { m_limits = std::move(provider); }

    /// Imports each of @p paths as a package on a worker thread, then indexes their text; the outcome arrives as
    /// importFinished(). With @p linkControl, every file imported is then linked to that control (files dropped
    /// on a control row: connect ControlsPage::evidenceDropped here). Returns false, and reports why, when a job
    /// is running or @p paths is empty.
    bool importPaths(const QStringList &paths, const QString &requestRef = {}, const QString &linkControl = {});
    /// Selects the file @p key ("PACKAGE/PATH") and previews it, a PDF at page @p page when above 0 (the target of
    /// ControlsPage::openEvidence); false when there is no such file.
    bool openItem(const QString &key, int page = 0);
    /// As openItem(), for the item with EvidenceItem::id @p itemId (ControlsPage::openEvidence and
    /// TestingPage::openEvidence); false when there is no such item.
    bool openItemById(qint64 itemId, int page = 0);
    /// Re-hashes every stored file on a worker thread; the outcome arrives as verifyFinished().
    bool verify();
    /// Whether an import or verification is running.
    bool isBusy() const { return m_job != nullptr; }
    /// Runs @p query now and lists its hits (an empty query hides the list); returns the number of hits.
    int search(const QString &query);
    /// Opens hit @p row of the list: selects its file and shows it (a PDF at the hit's page, words highlighted).
    void openHit(int row);
    /// Selects the node with EvidenceTreeModel::NodeKeyRole @p key ("PACKAGE/PATH"); false when there is none.
    bool showKey(const QString &key);
    /// The selected file, or null.
    const Core::EvidenceItem *currentItem() const;
    /// Opens the link dialog for the selected file (non-modal; it deletes itself); null when no file is selected.
    LinkDialog *linkCurrent();
    /// Asks for a file name and exports the selected file to it.
    void exportCurrent();
    /// Opens the effective-date dialog for the selected file (non-modal; it deletes itself); null when no file is
    /// selected. On OK the date is stored (EvidenceService::setEffectiveDate).
    EffectiveDateDialog *editEffectiveDate();
    /// Opens the review notes of the selected file ("evidence:SHA256"; non-modal, it deletes itself); null when no
    /// file is selected.
    ReviewNotesDialog *reviewCurrent();

    Core::EvidenceTreeModel *treeModel() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    EvidencePreview *preview() const { return m_preview; }
    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *searchResults() const { return m_results; }
    MessageBanner *banner() const { return m_banner; }
    /// The progress dialog of the running job, or null.
    EvidenceProgressDialog *progressDialog() const { return m_progress; }

Q_SIGNALS:
    void statusMessage(const QString &text); ///< short feedback for the status bar
    void errorOccurred(const QString &text); ///< a refused action, already worded for the user
    /// An import ended: @p ok when at least one package was stored.
    void importFinished(bool ok);
    /// A verification ended: @p ok when every file matched (false also when it failed or was cancelled).
    void verifyFinished(bool ok);

private:
    std::function<Core::EvidenceLimits()> m_limits;
    QWidget *buildLeft();
    void chooseAndImport();
    void showTreeMenu(const QPoint &pos);
    std::shared_ptr<EvidenceJobProgress> startJob(const QStringList &packages);
    void endJob();
    void onImportDone(const EvidenceImportOutcome &outcome, const QString &linkControl);
    void onVerifyDone(const Result<Core::EvidenceVerifyReport> &report);
    void onCurrentChanged();
    void rememberTreeState();
    void restoreTreeState();
    void updateActions();

    Core::Workpaper &m_workpaper;
    std::unique_ptr<FileChooser> m_ownFiles;
    FileChooser *m_files = nullptr;
    Core::EvidenceTreeModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_results = nullptr;
    QTimer *m_searchTimer = nullptr;
    EvidencePreview *m_preview = nullptr;
    MessageBanner *m_banner = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_verifyButton = nullptr;
    QPushButton *m_linkButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    EvidenceProgressDialog *m_progress = nullptr;
    std::shared_ptr<EvidenceJobProgress> m_job; ///< set while a job runs
    QSet<QString> m_expanded;                   ///< node keys expanded before a model reset
    QSet<QString> m_knownPackages;              ///< packages seen, so that new ones open expanded
    QString m_currentKey;                       ///< the current node's key before a model reset
    QString m_lastQuery;                        ///< the query whose hits are listed
};

/// The words of a search query to highlight in a document: FTS operators, quotes and '*' removed.
QStringList queryWords(const QString &query);

} // namespace Tickmark::Ui
