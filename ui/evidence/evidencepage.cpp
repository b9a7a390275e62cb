// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidencepage.h"

#include "common/errortext.h"
#include "common/filechooser.h"
#include "common/messagebanner.h"
#include "common/pageheader.h"
#include "common/widgets.h"
#include "evidence/evidenceservice.h"
#include "effectivedatedialog.h"
#include "engagement/engagementservice.h"
#include "evidence/evidencetreemodel.h"
#include "evidencepreview.h"
#include "evidenceprogressdialog.h"
#include "linkdialog.h"
#include "review/reviewnotesdialog.h"
#include "snippetdelegate.h"
#include "workpaper/workpaper.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <functional>

namespace Tickmark::Ui {

using Core::EvidenceTreeModel;

namespace {

constexpr int kSearchDelayMs = 300;
constexpr int kHitPageRole = Qt::UserRole + 1;
constexpr int kHitKeyRole = Qt::UserRole + 2;

QPushButton *headerButton(const QString &text, const QString &tip, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setToolTip(tip);
    return b;
}

} // namespace

QStringList queryWords(const QString &query)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\"()*:^+]+"));
    static const QStringList operators{QStringLiteral("AND"), QStringLiteral("OR"), QStringLiteral("NOT"),
                                       QStringLiteral("NEAR")};
    QStringList words;
    for (const QString &w : query.split(separators, Qt::SkipEmptyParts)) {
        if (!operators.contains(w))
            words << w;
    }
    return words;
}

EvidencePage::EvidencePage(Core::Workpaper &workpaper, QWidget *parent)
    : QWidget(parent)
    , m_workpaper(workpaper)
    , m_ownFiles(std::make_unique<DialogFileChooser>())
    , m_files(m_ownFiles.get())
    , m_model(new EvidenceTreeModel(workpaper, this))
{
    setObjectName(QStringLiteral("evidencePage"));
    auto *layout = new QVBoxLayout(this);
    applyPageMargins(layout);
    auto *header = new PageHeader(
        tr("Evidence"),
        tr("What the client sent, exactly as received: every file hashed (SHA-256) and kept inside the workpaper."
           " Drop archives, files or folders on the window to import them."),
        this);
    m_importButton = headerButton(tr("&Import…"), tr("Import an archive (zip, tar, 7z) or a single file"),
                                  QStringLiteral("importEvidenceButton"), this);
    m_verifyButton = headerButton(tr("&Verify"), tr("Re-hash every stored file and report any that changed"),
                                  QStringLiteral("verifyEvidenceButton"), this);
    m_linkButton = headerButton(tr("&Link to Controls…"), tr("Choose the controls the selected file is evidence for"),
                                QStringLiteral("linkEvidenceButton"), this);
    m_exportButton = headerButton(tr("E&xport…"), tr("Save a copy of the selected file (re-hashed on the way)"),
                                  QStringLiteral("exportEvidenceButton"), this);
    connect(m_importButton, &QPushButton::clicked, this, &EvidencePage::chooseAndImport);
    connect(m_verifyButton, &QPushButton::clicked, this, &EvidencePage::verify);
    connect(m_linkButton, &QPushButton::clicked, this, &EvidencePage::linkCurrent);
    connect(m_exportButton, &QPushButton::clicked, this, &EvidencePage::exportCurrent);
    for (QPushButton *b : {m_linkButton, m_exportButton, m_verifyButton, m_importButton})
        header->addTrailingWidget(b);
    layout->addWidget(header);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("evidenceBanner"));
    layout->addWidget(m_banner);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("evidenceSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildLeft());
    m_preview = new EvidencePreview(workpaper, splitter);
    connect(m_preview, &EvidencePreview::exportRequested, this, &EvidencePage::exportCurrent);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // The tree's columns need room; the preview takes the rest.
    splitter->setSizes({6000, 4000});
    layout->addWidget(splitter, 1);

    auto *find = new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &EvidencePage::rememberTreeState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EvidencePage::restoreTreeState);
    connect(m_model, &EvidenceTreeModel::loadFailed, this, [this](const QString &message) {
        Q_EMIT errorOccurred(tr("The evidence could not be read. %1").arg(errorSentence(message)));
    });
    restoreTreeState();
}

EvidencePage::~EvidencePage()
{
    // The worker holds only values and its own connection; asking it to stop makes it roll back.
    if (m_job)
        m_job->cancel.store(true);
}

QWidget *EvidencePage::buildLeft()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_search = new QLineEdit(panel);
    m_search->setObjectName(QStringLiteral("evidenceSearch"));
    m_search->setPlaceholderText(tr("Search the text of all evidence (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search evidence"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, [this] { search(m_search->text()); });
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer->start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        if (search(m_search->text()) > 0) {
            m_results->setFocus();
            m_results->setCurrentRow(0);
        }
    });

    auto *split = new QSplitter(Qt::Vertical, panel);
    split->setChildrenCollapsible(false);
    m_results = new QListWidget(split);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Search hits"));
    m_results->setItemDelegate(new SnippetDelegate(m_results));
    m_results->setWordWrap(true);
    m_results->setAlternatingRowColors(true);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->hide();
    connect(m_results, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            openHit(row);
    });
    split->addWidget(m_results);

    m_tree = new QTreeView(split);
    m_tree->setObjectName(QStringLiteral("evidenceTree"));
    m_tree->setAccessibleName(tr("Evidence files"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int ch = fontMetrics().averageCharWidth();
    header->resizeSection(EvidenceTreeModel::NameColumn, ch * 30);
    header->resizeSection(EvidenceTreeModel::SizeColumn, ch * 12);
    header->resizeSection(EvidenceTreeModel::TypeColumn, ch * 16);
    header->resizeSection(EvidenceTreeModel::Sha256Column, ch * 17);
    header->resizeSection(EvidenceTreeModel::ControlsColumn, ch * 14);
    header->resizeSection(EvidenceTreeModel::RequestColumn, ch * 10);
    header->resizeSection(EvidenceTreeModel::EffectiveDateColumn, ch * 24);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &EvidencePage::onCurrentChanged);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &EvidencePage::showTreeMenu);
    // Enter opens the selected file in the preview (and a folder toggles), as a double-click does.
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (m_model->itemAt(index)) {
            m_preview->showItem(m_model->itemAt(index));
            m_preview->setFocus();
            if (QWidget *w = m_preview->focusWidget())
                w->setFocus();
        } else {
            m_tree->setExpanded(index.siblingAtColumn(0), !m_tree->isExpanded(index.siblingAtColumn(0)));
        }
    });
    split->addWidget(m_tree);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);
    return panel;
}

void EvidencePage::setFileChooser(FileChooser *files)
{
    m_files = files ? files : m_ownFiles.get();
}

const Core::EvidenceItem *EvidencePage::currentItem() const
{
    return m_model->itemAt(m_tree->currentIndex());
}

bool EvidencePage::showKey(const QString &key)
{
    const QModelIndex index = m_model->indexOfKey(key);
    if (!index.isValid())
        return false;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_tree->expand(p);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void EvidencePage::onCurrentChanged()
{
    const Core::EvidenceItem *item = currentItem();
    if (item)
        m_preview->showItem(item);
    else if (m_model->rowCount() == 0)
        m_preview->showPlaceholder(tr("No evidence yet"),
                                   tr("Import the client's archives or files with Import…, or drop them on the"
                                      " window. Each file is hashed and stored inside the workpaper."));
    else
        m_preview->showItem(nullptr);
    updateActions();
}

void EvidencePage::rememberTreeState()
{
    m_expanded.clear();
    // Only expanded nodes are walked into: a collapsed package of 20,000 files costs nothing.
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex index = m_model->index(row, 0, parent);
            if (m_tree->isExpanded(index)) {
                m_expanded.insert(index.data(EvidenceTreeModel::NodeKeyRole).toString());
                walk(index);
            }
        }
    };
    walk({});
    m_currentKey = m_tree->currentIndex().data(EvidenceTreeModel::NodeKeyRole).toString();
}

void EvidencePage::restoreTreeState()
{
    // Packages seen for the first time open expanded; the rest keep the state they had.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const QString key = index.data(EvidenceTreeModel::NodeKeyRole).toString();
        if (!m_knownPackages.contains(key)) {
            m_knownPackages.insert(key);
            m_expanded.insert(key);
        }
    }
    for (const QString &key : std::as_const(m_expanded)) {
        const QModelIndex index = m_model->indexOfKey(key);
        if (index.isValid())
            m_tree->expand(index);
    }
    if (!m_currentKey.isEmpty())
        showKey(m_currentKey);
    onCurrentChanged();
}

void EvidencePage::updateActions()
{
    const bool file = currentItem() != nullptr;
    m_linkButton->setEnabled(file);
    m_exportButton->setEnabled(file);
    m_importButton->setEnabled(!isBusy());
    m_verifyButton->setEnabled(!isBusy() && !m_model->items().isEmpty());
}

int EvidencePage::search(const QString &query)
{
    m_results->clear();
    m_lastQuery = query;
    if (query.trimmed().isEmpty()) {
        m_results->hide();
        return 0;
    }
    auto hits = m_workpaper.evidence().search(query);
    m_results->show();
    if (!hits) {
        auto *row = new QListWidgetItem(m_results);
        row->setFlags(Qt::ItemIsEnabled);
        row->setData(SnippetDelegate::kHtmlRole, tr("<i>The search could not run. %1</i>")
                                                     .arg(errorSentence(hits.error().detail).toHtmlEscaped()));
        return 0;
    }
    if (hits->isEmpty()) {
        auto *row = new QListWidgetItem(m_results);
        row->setFlags(Qt::ItemIsEnabled);
        row->setData(SnippetDelegate::kHtmlRole, tr("<i>No evidence contains %1.</i>").arg(query.toHtmlEscaped()));
        return 0;
    }
    for (const Core::EvidenceSearchHit &hit : std::as_const(*hits)) {
        auto *row = new QListWidgetItem(m_results);
        const QString key = hit.item.packageName + QLatin1Char('/') + hit.item.path;
        const QString where =
            hit.page > 0 ? tr("%1 · page %2").arg(key.toHtmlEscaped()).arg(hit.page) : key.toHtmlEscaped();
        row->setData(SnippetDelegate::kHtmlRole, QStringLiteral("<b>%1</b><br>%2").arg(where, snippetToHtml(hit.snippet)));
        row->setData(Qt::AccessibleTextRole, QStringLiteral("%1: %2").arg(key, hit.snippet));
        row->setData(Qt::ToolTipRole, key);
        row->setData(kHitKeyRole, key);
        row->setData(kHitPageRole, hit.page);
    }
    Q_EMIT statusMessage(tr("%n hits.", "", static_cast<int>(hits->size())));
    return static_cast<int>(hits->size());
}

void EvidencePage::openHit(int row)
{
    QListWidgetItem *hit = m_results->item(row);
    if (!hit || hit->data(kHitKeyRole).toString().isEmpty())
        return;
    if (!showKey(hit->data(kHitKeyRole).toString()))
        return;
    const int page = hit->data(kHitPageRole).toInt();
    m_preview->showPdfPage(std::max(page, 1), queryWords(m_lastQuery));
}

LinkDialog *EvidencePage::linkCurrent()
{
    const Core::EvidenceItem *item = currentItem();
    if (!item)
        return nullptr;
    auto *dialog = new LinkDialog(m_workpaper, *item, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString path = item->path;
    connect(dialog, &QDialog::accepted, this, [this, path] { Q_EMIT statusMessage(tr("Links of %1 saved.").arg(path)); });
    dialog->open();
    return dialog;
}

void EvidencePage::exportCurrent()
{
    const Core::EvidenceItem *item = currentItem();
    if (!item)
        return;
    const QByteArray sha = item->sha256;
    const QString name = QFileInfo(item->path).fileName();
    const QString suggested = QDir(QFileInfo(m_workpaper.path()).absolutePath()).filePath(name);
    const QString target = m_files->saveFileName(this, tr("Export Evidence File"), suggested, tr("All files (*)"));
    if (target.isEmpty())
        return;
    if (auto ok = m_workpaper.evidence().exportItem(sha, target); !ok) {
        Q_EMIT errorOccurred(tr("%1 was not exported. %2").arg(name, errorSentence(ok.error().detail)));
        return;
    }
    Q_EMIT statusMessage(tr("Exported %1 to %2.").arg(name, QDir::toNativeSeparators(target)));
}

void EvidencePage::showTreeMenu(const QPoint &pos)
{
    if (!currentItem())
        return;
    QMenu menu(this);
    menu.addAction(tr("&Link to Controls…"), this, &EvidencePage::linkCurrent);
    menu.addAction(tr("Set &Effective Date…"), this, &EvidencePage::editEffectiveDate);
    menu.addAction(tr("E&xport…"), this, &EvidencePage::exportCurrent);
    menu.addSeparator();
    const QString object = QStringLiteral("evidence:") + QString::fromLatin1(currentItem()->sha256);
    menu.addAction(reviewNotesActionText(openNoteCount(m_workpaper, object)), this, &EvidencePage::reviewCurrent);
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

ReviewNotesDialog *EvidencePage::reviewCurrent()
{
    const Core::EvidenceItem *item = currentItem();
    if (!item)
        return nullptr;
    // Notes belong to the content (evidence:SHA256): identical files in other packages share them.
    auto *dialog = openReviewNotes(m_workpaper, QStringLiteral("evidence:") + QString::fromLatin1(item->sha256),
                                   item->packageName + QLatin1Char('/') + item->path, this);
    connect(dialog, &ReviewNotesDialog::statusMessage, this, &EvidencePage::statusMessage);
    return dialog;
}

bool EvidencePage::openItem(const QString &key, int page)
{
    if (!showKey(key))
        return false;
    if (page > 0)
        m_preview->showPdfPage(page, {});
    return true;
}

bool EvidencePage::openItemById(qint64 itemId, int page)
{
    for (const Core::EvidenceItem &item : m_model->items()) {
        if (item.id == itemId)
            return openItem(item.packageName + QLatin1Char('/') + item.path, page);
    }
    return false;
}

EffectiveDateDialog *EvidencePage::editEffectiveDate()
{
    const Core::EvidenceItem *item = currentItem();
    if (!item)
        return nullptr;
    const auto details = m_workpaper.engagement().details();
    QDate fallback = QDate::currentDate();
    if (details)
        fallback = details->type == Core::ReportType::TypeI ? details->asOf : details->periodTo;
    auto *dialog = new EffectiveDateDialog(item->path, item->effectiveDate, fallback, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = item->id;
    const QString path = item->path;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id, path] {
        if (auto ok = m_workpaper.evidence().setEffectiveDate(id, dialog->date()); !ok) {
            Q_EMIT errorOccurred(
                tr("The effective date of %1 was not changed. %2").arg(path, errorSentence(ok.error().detail)));
            return;
        }
        Q_EMIT statusMessage(tr("Effective date of %1 saved.").arg(path));
    });
    dialog->open();
    return dialog;
}

} // namespace Tickmark::Ui
