// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/pdfrenderer.h"
#include "report/reportservice.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTemporaryDir;
class QTimer;
class QResizeEvent;
class QSplitter;
class QTreeWidget;
class QTreeWidgetItem;
template<typename T> class QFutureWatcher;

namespace Tickmark::Core {
class Workpaper;
} // namespace Tickmark::Core

namespace Tickmark::Ui {

class DescriptionEditor;
class FileChooser;
class IssuePanel;
class MessageBanner;
class OpinionEditor;
class PdfViewer;
class ReviewNotesDialog;
class Prompter;
class TemplateEditor;

/// The Report page: the report's sections (I–V, their parts, the appendix) as a tree; per node its editor (the
/// firm's templates of the section, a part of the description of the system as rich text, the opinion, issuing);
/// a draft PDF preview rendered off the UI thread; export to PDF, ODT or HTML; and issuing the report, which locks
/// the engagement (the page then shows "Issued on … — locked" and its editors are read-only).
///
/// Object name "reportPage". Children: "sectionTree", "editorStack", "reportState", "exportButton",
/// "issueButton", "refreshPreviewButton", "previewStatus", "paperCombo", "pdfACheck", "appendixCheck",
/// "reportBanner", "reportPreview"; the editors' own names are listed in reporteditors.h and issuepanel.h.
class ReportPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportPage)

public:
    /// What a tree node edits (Qt::UserRole + 1 of its column 0).
    enum NodeKind { SectionNode, HeadingNode, DescriptionNode, OpinionNode, IssueNode };
    /// Roles of the tree's items.
    enum Role { KindRole = Qt::UserRole + 1, AnchorRole, PrefixRole, HeadingRole };
    enum class ExportFormat { Pdf, Odt, Html };

    /// @p workpaper outlives the page.
    explicit ReportPage(Core::Workpaper &workpaper, QWidget *parent = nullptr);
    ~ReportPage() override;

    /// Replaces the confirmation prompter (tests inject one that answers by itself). Never null.
    void setPrompter(std::shared_ptr<Prompter> prompter);
    /// Uses @p files (not owned; it must outlive the page) to ask for file names; null restores the file dialog.
    void setFileChooser(FileChooser *files);

    /// Selects the node of @p anchor ("section-3", "s3-services", "s1-opinion", "issue"); false when there is none.
    bool selectNode(const QString &anchor);
    QString currentAnchor() const;
    /// Saves whatever the open editor holds unsaved; false when the service refused it (shown in the banner).
    bool saveEdits();
    /// Asks for a file name and exports the report in @p format; returns whether a file was written.
    bool exportReport(ExportFormat format);
    /// Shows what blocks issuing or, when nothing does, asks for confirmation and issues the report.
    bool issueReport();
    /// Opens the review (notes and sign-offs) of the report section, "section:report".
    ReviewNotesDialog *openReviewNotes();
    /// Renders the draft PDF in the background and shows it; previewFinished() follows.
    void refreshPreview();
    bool isPreviewRunning() const;
    /// Pages of the last preview (0 before the first).
    int previewPages() const { return m_previewInfo.pages; }
    /// The options used for the preview and exports: paper, PDF/A, appendix.
    Core::ReportExportOptions exportOptions() const;

    QTreeWidget *sectionTree() const { return m_tree; }
    DescriptionEditor *descriptionEditor() const { return m_description; }
    TemplateEditor *templateEditor() const { return m_templates; }
    OpinionEditor *opinionEditor() const { return m_opinion; }
    IssuePanel *issuePanel() const { return m_issue; }
    PdfViewer *previewViewer() const { return m_viewer; }
    MessageBanner *banner() const { return m_banner; }

Q_SIGNALS:
    void statusMessage(const QString &text); ///< short feedback for the status bar
    void previewFinished(bool ok);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *buildPreviewColumn();
    QWidget *buildEditors();
    void reloadTree();
    void addSectionItem(const Core::ReportSection &section);
    void onNodeChanged(QTreeWidgetItem *current, QTreeWidgetItem *previous);
    void jumpPreviewTo(QTreeWidgetItem *item);
    void onPreviewDone();
    void applyLockState();
    void showError(const QString &text);
    void showInfo(const QString &text);
    void onSaved(const QString &text);
    void onWorkpaperChanged(const QString &object);

    Core::Workpaper &m_workpaper;
    std::shared_ptr<Prompter> m_prompter;
    std::unique_ptr<FileChooser> m_ownFiles;
    FileChooser *m_files = nullptr;
    std::unique_ptr<QTemporaryDir> m_previewDir;
    QFutureWatcher<Result<Core::ReportExportInfo>> *m_previewWatcher = nullptr;
    Core::ReportExportInfo m_previewInfo;
    int m_previewCount = 0;
    bool m_previewAgain = false;
    bool m_rebuilding = false;
    QTimer *m_reloadTimer = nullptr;

    MessageBanner *m_banner = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_issueButton = nullptr;
    /// Below this width (in average characters) the editor and the preview stack instead of sitting side by side.
    static constexpr int kSideBySideChars = 190;
    QPushButton *m_reviewButton = nullptr;
    QSplitter *m_work = nullptr;
    QTreeWidget *m_tree = nullptr;
    QStackedWidget *m_stack = nullptr;
    DescriptionEditor *m_description = nullptr;
    TemplateEditor *m_templates = nullptr;
    OpinionEditor *m_opinion = nullptr;
    IssuePanel *m_issue = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_previewStatus = nullptr;
    QComboBox *m_paper = nullptr;
    QCheckBox *m_pdfA = nullptr;
    QCheckBox *m_appendix = nullptr;
    PdfViewer *m_viewer = nullptr;
};

} // namespace Tickmark::Ui
