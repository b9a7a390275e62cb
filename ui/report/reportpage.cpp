// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpage.h"

#include "common/errortext.h"
#include "common/filechooser.h"
#include "common/messagebanner.h"
#include "common/pageheader.h"
#include "common/prompter.h"
#include "common/widgets.h"
#include "engagement/engagementservice.h"
#include "evidence/pdfviewer.h"
#include "issuepanel.h"
#include "report/reportbuilder.h"
#include "reporteditors.h"
#include "reportpreview.h"
#include "review/reviewnotesdialog.h"
#include "workpaper/workpaper.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QResizeEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace Tickmark::Ui {

namespace {

/// The review object of this page: the report section.
QString reportObject()
{
    return QStringLiteral("section:report");
}

const QString kIssueAnchor = QStringLiteral("issue");

/// The template key prefix of each section's standard wording.
QString templatePrefix(const QString &sectionAnchor)
{
    static const QHash<QString, QString> prefixes{{QStringLiteral("section-1"), QStringLiteral("auditor")},
                                                  {QStringLiteral("section-2"), QStringLiteral("assertion")},
                                                  {QStringLiteral("section-3"), QStringLiteral("description")},
                                                  {QStringLiteral("section-4"), QStringLiteral("controls")},
                                                  {QStringLiteral("section-5"), QStringLiteral("other")},
                                                  {QStringLiteral("appendix"), QStringLiteral("appendix")}};
    return prefixes.value(sectionAnchor);
}

QString sectionHint(const QString &prefix)
{
    if (prefix == QLatin1String("auditor"))
        return ReportPage::tr("The service auditor's report. Its opinion follows the criteria results; choose "
                              "\u201cOpinion\u201d to review or override it.");
    if (prefix == QLatin1String("assertion"))
        return ReportPage::tr("Management's assertion, worded from the engagement's details.");
    if (prefix == QLatin1String("description"))
        return ReportPage::tr("Management's description of the system: write each part under this section. "
                              "Subservice organizations and user entity controls come from the Scope page.");
    if (prefix == QLatin1String("controls"))
        return ReportPage::tr("Each criterion with its controls and, for Type II, the tests performed and their "
                              "results, from the Controls and Testing pages.");
    if (prefix == QLatin1String("other"))
        return ReportPage::tr("Other information: management's responses to the exceptions.");
    return ReportPage::tr("The evidence index: every item relied on, with its SHA-256.");
}

bool isDescriptionPart(const QString &anchor)
{
    if (!anchor.startsWith(QLatin1String("s3-")) || anchor == QLatin1String("s3-subservice"))
        return false;
    const QString key = anchor.mid(3);
    const auto &parts = Core::descriptionParts();
    return std::any_of(parts.cbegin(), parts.cend(), [&](const Core::DescriptionPart &p) { return p.key == key; });
}

} // namespace

ReportPage::ReportPage(Core::Workpaper &workpaper, QWidget *parent)
    : QWidget(parent)
    , m_workpaper(workpaper)
    , m_prompter(std::make_shared<MessageBoxPrompter>())
    , m_ownFiles(std::make_unique<DialogFileChooser>())
    , m_files(m_ownFiles.get())
    , m_previewDir(std::make_unique<QTemporaryDir>())
{
    setObjectName(QStringLiteral("reportPage"));
    auto *layout = new QVBoxLayout(this);
    applyPageMargins(layout);
    auto *header =
        new PageHeader(tr("Report"),
                       tr("Sections I\u2013V of the SOC 2 report: edit the description and the firm's wording,"
                          " check the opinion, preview, export and issue."),
                       this);
    m_exportButton = new QPushButton(tr("&Export"), this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    auto *menu = new QMenu(m_exportButton);
    menu->addAction(tr("&PDF\u2026"), this, [this] { exportReport(ExportFormat::Pdf); });
    menu->addAction(tr("&ODT (for editing)\u2026"), this, [this] { exportReport(ExportFormat::Odt); });
    menu->addAction(tr("&HTML\u2026"), this, [this] { exportReport(ExportFormat::Html); });
    m_exportButton->setMenu(menu);
    m_issueButton = new QPushButton(tr("&Issue Report\u2026"), this);
    m_issueButton->setObjectName(QStringLiteral("issueButton"));
    connect(m_issueButton, &QPushButton::clicked, this, &ReportPage::issueReport);
    m_reviewButton = new QPushButton(reviewNotesActionText(openNoteCount(m_workpaper, reportObject())), this);
    m_reviewButton->setObjectName(QStringLiteral("reportReviewButton"));
    connect(m_reviewButton, &QPushButton::clicked, this, &ReportPage::openReviewNotes);
    header->addTrailingWidget(m_reviewButton);
    header->addTrailingWidget(m_exportButton);
    header->addTrailingWidget(m_issueButton);
    layout->addWidget(header);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("reportBanner"));
    layout->addWidget(m_banner);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("reportState"));
    layout->addWidget(m_state);

    // Three panes side by side need ~1400 px; on a narrower window the editor and the preview stack (resizeEvent).
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    m_tree = new QTreeWidget(splitter);
    m_tree->setObjectName(QStringLiteral("sectionTree"));
    m_tree->setAccessibleName(tr("Report sections"));
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setMinimumWidth(fontMetrics().averageCharWidth() * 28);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_work = new QSplitter(Qt::Horizontal, splitter);
    m_work->setObjectName(QStringLiteral("reportWorkSplitter"));
    m_work->setChildrenCollapsible(false);
    m_work->addWidget(buildEditors());
    m_work->addWidget(buildPreviewColumn());
    splitter->addWidget(m_tree);
    splitter->addWidget(m_work);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 8);
    const int unit = fontMetrics().averageCharWidth();
    splitter->setSizes({unit * 40, unit * 132});
    layout->addWidget(splitter, 1);

    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(100);
    connect(m_reloadTimer, &QTimer::timeout, this, [this] {
        reloadTree();
        m_opinion->reload();
        applyLockState();
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ReportPage::onNodeChanged);
    connect(&workpaper, &Core::Workpaper::changed, this, &ReportPage::onWorkpaperChanged);

    m_previewWatcher = new QFutureWatcher<Result<Core::ReportExportInfo>>(this);
    connect(m_previewWatcher, &QFutureWatcherBase::finished, this, &ReportPage::onPreviewDone);

    reloadTree();
    applyLockState();
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
}

ReportPage::~ReportPage()
{
    // The worker writes into m_previewDir: let it finish before the folder goes.
    m_previewWatcher->waitForFinished();
}

QWidget *ReportPage::buildEditors()
{
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("editorStack"));
    auto *templatesPage = new QWidget(m_stack);
    auto *templatesLayout = new QVBoxLayout(templatesPage);
    templatesLayout->setContentsMargins(8, 0, 8, 0);
    m_templates = new TemplateEditor(m_workpaper, templatesPage);
    templatesLayout->addWidget(m_templates, 1);

    auto wrap = [this](QWidget *editor) {
        auto *page = new QWidget(m_stack);
        auto *l = new QVBoxLayout(page);
        l->setContentsMargins(8, 0, 8, 0);
        editor->setParent(page);
        l->addWidget(editor);
        return page;
    };
    m_description = new DescriptionEditor(m_workpaper, this);
    m_opinion = new OpinionEditor(m_workpaper, this);
    m_issue = new IssuePanel(m_workpaper, m_prompter, this);
    m_stack->addWidget(templatesPage);
    m_stack->addWidget(wrap(m_description));
    m_stack->addWidget(wrap(m_opinion));
    m_stack->addWidget(wrap(m_issue));

    connect(m_description, &DescriptionEditor::errorOccurred, this, &ReportPage::showError);
    connect(m_templates, &TemplateEditor::errorOccurred, this, &ReportPage::showError);
    connect(m_opinion, &OpinionEditor::errorOccurred, this, &ReportPage::showError);
    connect(m_issue, &IssuePanel::errorOccurred, this, &ReportPage::showError);
    connect(m_issue, &IssuePanel::statusMessage, this, &ReportPage::statusMessage);
    connect(m_description, &DescriptionEditor::saved, this, &ReportPage::onSaved);
    connect(m_templates, &TemplateEditor::saved, this, &ReportPage::onSaved);
    connect(m_opinion, &OpinionEditor::saved, this, &ReportPage::onSaved);
    return m_stack;
}

QWidget *ReportPage::buildPreviewColumn()
{
    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->setSpacing(6);

    auto *options = new QHBoxLayout;
    options->setSpacing(8);
    auto *paperLabel = new QLabel(tr("Pape&r:"), column);
    m_paper = new QComboBox(column);
    m_paper->setObjectName(QStringLiteral("paperCombo"));
    m_paper->addItem(tr("A4"), Core::paperSizeKey(Core::PaperSize::A4));
    m_paper->addItem(tr("US Letter"), Core::paperSizeKey(Core::PaperSize::Letter));
    paperLabel->setBuddy(m_paper);
    if (auto paper = m_workpaper.report().paperSize())
        m_paper->setCurrentIndex(m_paper->findData(Core::paperSizeKey(*paper)));
    m_pdfA = new QCheckBox(tr("PDF/&A"), column);
    m_pdfA->setObjectName(QStringLiteral("pdfACheck"));
    m_pdfA->setToolTip(tr("Write PDF/A-1b, the archival form of PDF"));
    m_appendix = new QCheckBox(tr("Evidence appe&ndix"), column);
    m_appendix->setObjectName(QStringLiteral("appendixCheck"));
    m_appendix->setToolTip(tr("Add the index of evidence relied on, with each file's SHA-256"));
    options->addWidget(paperLabel);
    options->addWidget(m_paper);
    options->addWidget(m_pdfA);
    options->addWidget(m_appendix);
    options->addStretch(1);
    layout->addLayout(options);

    auto *row = new QHBoxLayout;
    m_refresh = new QPushButton(tr("Re&fresh Preview"), column);
    m_refresh->setObjectName(QStringLiteral("refreshPreviewButton"));
    m_previewStatus = mutedLabel(column);
    m_previewStatus->setObjectName(QStringLiteral("previewStatus"));
    m_previewStatus->setText(tr("No preview yet."));
    row->addWidget(m_refresh);
    row->addWidget(m_previewStatus, 1);
    layout->addLayout(row);

    m_viewer = new PdfViewer(column);
    m_viewer->setObjectName(QStringLiteral("reportPreview"));
    layout->addWidget(m_viewer, 1);

    connect(m_refresh, &QPushButton::clicked, this, &ReportPage::refreshPreview);
    connect(m_paper, &QComboBox::currentIndexChanged, this, [this] {
        const auto paper = Core::paperSizeFromKey(m_paper->currentData().toString());
        if (!paper || m_workpaper.isLocked())
            return;
        if (auto ok = m_workpaper.report().setPaperSize(*paper); !ok)
            showError(describeError(ok.error()));
    });
    connect(m_appendix, &QCheckBox::toggled, this, [this] { reloadTree(); });
    return column;
}

void ReportPage::setPrompter(std::shared_ptr<Prompter> prompter)
{
    m_prompter = prompter ? std::move(prompter) : std::make_shared<MessageBoxPrompter>();
    m_issue->setPrompter(m_prompter);
}

void ReportPage::setFileChooser(FileChooser *files)
{
    m_files = files ? files : m_ownFiles.get();
}

Core::ReportExportOptions ReportPage::exportOptions() const
{
    Core::ReportExportOptions options;
    options.paper = Core::paperSizeFromKey(m_paper->currentData().toString());
    options.pdfA = m_pdfA->isChecked();
    options.appendix = m_appendix->isChecked();
    return options;
}

void ReportPage::reloadTree()
{
    auto doc = m_workpaper.report().document(exportOptions());
    if (!doc) {
        showError(describeError(doc.error()));
        return;
    }
    const QString current = currentAnchor();
    m_rebuilding = true;
    m_tree->clear();
    for (const Core::ReportSection &section : doc->sections)
        addSectionItem(section);
    auto *issue = new QTreeWidgetItem(m_tree, {tr("Issue and Lock")});
    issue->setData(0, KindRole, IssueNode);
    issue->setData(0, AnchorRole, kIssueAnchor);
    QFont bold = issue->font(0);
    bold.setBold(true);
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        m_tree->topLevelItem(i)->setFont(0, bold);
    m_tree->expandAll();
    m_rebuilding = false;
    if (current.isEmpty())
        return;
    // The same node again: keep its editor as it is (the user may be typing in it).
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, AnchorRole).toString() == current) {
            const QSignalBlocker blocker(m_tree);
            m_tree->setCurrentItem(*it);
            return;
        }
    }
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
}

void ReportPage::addSectionItem(const Core::ReportSection &section)
{
    const QString prefix = templatePrefix(section.anchor);
    auto *top = new QTreeWidgetItem(m_tree, {section.heading()});
    top->setToolTip(0, section.heading());
    top->setData(0, KindRole, SectionNode);
    top->setData(0, AnchorRole, section.anchor);
    top->setData(0, PrefixRole, prefix);
    top->setData(0, HeadingRole, section.heading());
    QTreeWidgetItem *parent = top;
    for (const Core::ReportBlock &block : section.blocks) {
        if (block.kind != Core::ReportBlock::Kind::Heading)
            continue;
        const bool part = isDescriptionPart(block.anchor);
        if (block.level == 3 && !part)
            continue; // criterion headings of Section IV: too many to list, nothing to edit there
        QTreeWidgetItem *owner = block.level == 3 ? parent : top;
        auto *item = new QTreeWidgetItem(owner, {Core::plainText(block.spans)});
        item->setToolTip(0, item->text(0));
        item->setData(0, KindRole,
                      part                                          ? DescriptionNode
                      : block.anchor == QLatin1String("s1-opinion") ? OpinionNode
                                                                    : HeadingNode);
        item->setData(0, AnchorRole, block.anchor);
        item->setData(0, PrefixRole, prefix);
        item->setData(0, HeadingRole, item->text(0));
        if (block.level == 2)
            parent = item;
    }
}

QString ReportPage::currentAnchor() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, AnchorRole).toString() : QString();
}

bool ReportPage::selectNode(const QString &anchor)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, AnchorRole).toString() == anchor) {
            m_tree->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

bool ReportPage::saveEdits()
{
    bool ok = m_description->save();
    if (m_templates->isModified())
        ok = m_templates->save() && ok;
    return ok;
}

void ReportPage::onNodeChanged(QTreeWidgetItem *current, QTreeWidgetItem *previous)
{
    if (m_rebuilding || !current)
        return;
    if (previous)
        saveEdits();
    const auto kind = NodeKind(current->data(0, KindRole).toInt());
    const QString anchor = current->data(0, AnchorRole).toString();
    const QString prefix = current->data(0, PrefixRole).toString();
    switch (kind) {
    case DescriptionNode:
        m_description->setPart(anchor.mid(3), current->text(0));
        m_stack->setCurrentWidget(m_description->parentWidget());
        break;
    case OpinionNode:
        m_opinion->reload();
        m_stack->setCurrentWidget(m_opinion->parentWidget());
        break;
    case IssueNode:
        m_issue->refresh();
        m_stack->setCurrentWidget(m_issue->parentWidget());
        break;
    case SectionNode:
    case HeadingNode: {
        QTreeWidgetItem *section = current;
        while (section->parent())
            section = section->parent();
        const QString number = section->text(0).section(QStringLiteral(" \u2014 "), 0, 0);
        m_templates->setSection(prefix, tr("Standard wording of %1").arg(number), sectionHint(prefix));
        m_stack->setCurrentWidget(m_templates->parentWidget());
        break;
    }
    }
    jumpPreviewTo(current);
}

void ReportPage::jumpPreviewTo(QTreeWidgetItem *item)
{
    if (m_viewer->pageCount() <= 0)
        return;
    for (QTreeWidgetItem *at = item; at; at = at->parent()) {
        const QString heading = at->data(0, HeadingRole).toString();
        for (const Core::TocEntry &entry : m_previewInfo.contents) {
            if (entry.text == heading && entry.page > 0) {
                m_viewer->setPage(entry.page - 1);
                return;
            }
        }
    }
}

bool ReportPage::isPreviewRunning() const
{
    return m_previewWatcher->isRunning();
}

void ReportPage::refreshPreview()
{
    saveEdits();
    if (m_previewWatcher->isRunning()) {
        m_previewAgain = true;
        return;
    }
    if (!m_previewDir->isValid()) {
        showError(tr("Cannot create a temporary folder for the preview: %1").arg(m_previewDir->errorString()));
        return;
    }
    ReportPreviewRequest request;
    request.workpaperPath = m_workpaper.path();
    request.actor = m_workpaper.actor();
    request.pdfPath = m_previewDir->filePath(QStringLiteral("preview-%1.pdf").arg(++m_previewCount));
    request.options = exportOptions();
    m_refresh->setEnabled(false);
    m_previewStatus->setText(tr("Rendering the preview\u2026"));
    m_previewWatcher->setFuture(QtConcurrent::run([request] { return renderReportPreview(request); }));
}

void ReportPage::onPreviewDone()
{
    m_refresh->setEnabled(true);
    const auto result = m_previewWatcher->result();
    if (m_previewAgain) {
        m_previewAgain = false;
        refreshPreview();
        return;
    }
    if (!result) {
        m_previewStatus->setText(tr("The preview could not be rendered."));
        showError(describeError(result.error()));
        Q_EMIT previewFinished(false);
        return;
    }
    m_previewInfo = *result;
    m_previewStatus->setText(result->draft ? tr("%n page(s) \u00b7 DRAFT", "", result->pages)
                                           : tr("%n page(s) \u00b7 final (issued)", "", result->pages));
    m_viewer->load(result->path);
    Q_EMIT previewFinished(true);
}

bool ReportPage::exportReport(ExportFormat format)
{
    QString suffix;
    QString caption;
    QString filter;
    switch (format) {
    case ExportFormat::Pdf:
        suffix = QStringLiteral("pdf");
        caption = tr("Export Report as PDF");
        filter = tr("PDF documents (*.pdf)");
        break;
    case ExportFormat::Odt:
        suffix = QStringLiteral("odt");
        caption = tr("Export Report as ODT");
        filter = tr("OpenDocument text (*.odt)");
        break;
    case ExportFormat::Html:
        suffix = QStringLiteral("html");
        caption = tr("Export Report as HTML");
        filter = tr("HTML pages (*.html *.htm)");
        break;
    }
    const QFileInfo wp(m_workpaper.path());
    const QString suggested =
        QDir(wp.absolutePath()).filePath(wp.completeBaseName() + QStringLiteral("-report.") + suffix);
    QString path = m_files->saveFileName(this, caption, suggested, filter);
    if (path.isEmpty())
        return false;
    const QString given = QFileInfo(path).suffix().toLower();
    if (given != suffix && !(format == ExportFormat::Html && given == QLatin1String("htm")))
        path += QLatin1Char('.') + suffix;
    saveEdits();
    auto info = m_workpaper.report().exportTo(path, exportOptions());
    if (!info) {
        showError(describeError(info.error()));
        return false;
    }
    const QString name = QDir::toNativeSeparators(info->path);
    const QString text = info->format == QLatin1String("pdf")
                             ? tr("Report exported to %1 (%n page(s)%2).", "", info->pages)
                                   .arg(name, info->draft ? tr(", marked DRAFT") : QString())
                             : tr("Report exported to %1%2.").arg(name, info->draft ? tr(" (draft)") : QString());
    showInfo(text);
    Q_EMIT statusMessage(text);
    return true;
}

bool ReportPage::issueReport()
{
    saveEdits();
    selectNode(kIssueAnchor);
    if (!m_issue->issueReport(exportOptions()))
        return false;
    showInfo(tr("Report issued. Reference archive: %1").arg(QDir::toNativeSeparators(m_issue->archivePath())));
    applyLockState();
    return true;
}

void ReportPage::applyLockState()
{
    const auto event = currentIssueEvent(m_workpaper);
    const bool locked = m_workpaper.isLocked();
    if (event) {
        m_state->setText(
            tr("<b>Issued on %1</b> by %2 \u2014 locked. Editing is off until a reviewer or partner reopens"
               " the engagement.")
                .arg(QLocale().toString(event->at.toLocalTime(), QLocale::ShortFormat), event->user.toHtmlEscaped()));
    } else if (locked) {
        m_state->setText(tr("<b>Issued \u2014 locked.</b>"));
    } else {
        m_state->setText(tr("<b>Draft</b> \u2014 not issued. Exports and the preview are marked DRAFT."));
    }
    m_description->setReadOnly(locked);
    m_templates->setReadOnly(locked);
    m_opinion->setReadOnly(locked);
    m_paper->setEnabled(!locked);
    m_issueButton->setEnabled(!locked);
}

void ReportPage::showError(const QString &text)
{
    m_banner->showMessage(MessageBanner::Kind::Error, text);
}

void ReportPage::onSaved(const QString &text)
{
    if (m_banner->kind() == MessageBanner::Kind::Error)
        m_banner->clear();
    Q_EMIT statusMessage(text);
}

void ReportPage::showInfo(const QString &text)
{
    m_banner->showMessage(MessageBanner::Kind::Information, text);
}

void ReportPage::onWorkpaperChanged(const QString &object)
{
    if (object == reportObject()) // a review note on the report: the count on Review Notes…
        m_reviewButton->setText(reviewNotesActionText(openNoteCount(m_workpaper, reportObject())));
    m_reloadTimer->start();
}

} // namespace Tickmark::Ui

namespace Tickmark::Ui {

ReviewNotesDialog *ReportPage::openReviewNotes()
{
    auto *dialog = Ui::openReviewNotes(m_workpaper, reportObject(), tr("SOC 2 report"), this);
    connect(dialog, &ReviewNotesDialog::statusMessage, this, &ReportPage::statusMessage);
    return dialog;
}

void ReportPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const bool wide = width() >= fontMetrics().averageCharWidth() * kSideBySideChars;
    const Qt::Orientation wanted = wide ? Qt::Horizontal : Qt::Vertical;
    if (m_work->orientation() != wanted) {
        m_work->setOrientation(wanted);
        const int extent = wide ? m_work->width() : m_work->height();
        m_work->setSizes({extent / 2, extent - extent / 2});
    }
}

} // namespace Tickmark::Ui
