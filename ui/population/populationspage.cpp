// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "populationspage.h"

#include "common/errortext.h"
#include "common/filechooser.h"
#include "common/pageheader.h"
#include "common/prompter.h"
#include "common/widgets.h"
#include "population/populationlistmodel.h"
#include "population/populationrowmodel.h"
#include "population/populationservice.h"
#include "populationimportdialog.h"
#include "review/reviewnotesdialog.h"
#include "workpaper/workpaper.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <limits>

namespace Tickmark::Ui {

using Core::PopulationListModel;
using ImportResult = Result<Core::PopulationImportResult>;

namespace {

/// Steps of the progress bar: per mille of the file's bytes.
constexpr int kProgressSteps = 1000;



} // namespace

PopulationsPage::PopulationsPage(Core::Workpaper &workpaper, QWidget *parent)
    : QWidget(parent)
    , m_workpaper(workpaper)
    , m_prompter(std::make_shared<MessageBoxPrompter>())
    , m_ownFiles(std::make_unique<DialogFileChooser>())
    , m_files(m_ownFiles.get())
    , m_list(new PopulationListModel(workpaper, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_rows(new Core::PopulationRowModel(workpaper, this))
{
    setObjectName(QStringLiteral("populationsPage"));
    m_proxy->setSourceModel(m_list);
    m_proxy->setSortRole(PopulationListModel::SortRole);
    connect(m_list, &PopulationListModel::loadFailed, this, [this](const QString &message) {
        Q_EMIT errorOccurred(tr("The populations could not be read. %1").arg(errorSentence(message)));
    });
    connect(m_rows, &Core::PopulationRowModel::loadFailed, this, [this](const QString &message) {
        Q_EMIT errorOccurred(tr("The population's rows could not be read. %1").arg(errorSentence(message)));
    });

    auto *layout = new QVBoxLayout(this);
    applyPageMargins(layout);
    auto *header =
        new PageHeader(tr("Populations"),
                       tr("The client's lists of a control's occurrences in the period (changes, tickets, new"
                          " hires…), imported from CSV or XLSX. Samples are drawn from these rows; the"
                          " file's SHA-256 ties each population to the file received."),
                       this);
    m_deleteButton = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete"), this);
    m_deleteButton->setObjectName(QStringLiteral("deletePopulationButton"));
    m_deleteButton->setToolTip(tr("Delete the selected population, its rows and its sample"));
    connect(m_deleteButton, &QPushButton::clicked, this, &PopulationsPage::deleteSelected);
    m_importButton = new QPushButton(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import…"), this);
    m_importButton->setObjectName(QStringLiteral("importPopulationButton"));
    m_importButton->setToolTip(tr("Import a population from the client's CSV or XLSX file"));
    connect(m_importButton, &QPushButton::clicked, this, &PopulationsPage::chooseAndImport);
    m_reviewButton = new QPushButton(reviewNotesActionText(0), this);
    m_reviewButton->setObjectName(QStringLiteral("reviewPopulationButton"));
    m_reviewButton->setToolTip(tr("Review notes and sign-offs of the selected population"));
    connect(m_reviewButton, &QPushButton::clicked, this, &PopulationsPage::openReviewNotes);
    header->addTrailingWidget(m_reviewButton);
    header->addTrailingWidget(m_deleteButton);
    header->addTrailingWidget(m_importButton);
    layout->addWidget(header);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("populationsSplitter"));
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);
    buildList();
    buildRows();
    splitter->addWidget(m_listView);
    splitter->addWidget(m_rowsStack->parentWidget());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({fontMetrics().height() * 9, fontMetrics().height() * 30});

    connect(m_list, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_selectedBeforeReset = currentPopulation(); });
    connect(m_list, &QAbstractItemModel::modelReset, this, [this] {
        if (!showPopulation(std::exchange(m_selectedBeforeReset, {})) && m_proxy->rowCount() > 0)
            m_listView->selectRow(0);
        updateRows();
    });
    // A review note added or cleared on a population changes the count on Review Notes….
    connect(&workpaper, &Core::Workpaper::changed, this, [this](const QString &object) {
        if (object.startsWith(QLatin1String("population:")))
            updateActions();
    });
    if (m_proxy->rowCount() > 0)
        m_listView->selectRow(0);
    updateRows();
}

PopulationsPage::~PopulationsPage()
{
    // The worker holds only values; asking it to stop makes it roll back instead of committing for nobody.
    if (m_cancel)
        m_cancel->store(true);
}

void PopulationsPage::buildList()
{
    m_listView = new QTableView(this);
    m_listView->setObjectName(QStringLiteral("populationsView"));
    m_listView->setAccessibleName(tr("Populations"));
    m_listView->setModel(m_proxy);
    m_listView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_listView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_listView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_listView->setAlternatingRowColors(true);
    m_listView->setWordWrap(false);
    m_listView->setTextElideMode(Qt::ElideRight);
    m_listView->verticalHeader()->hide();
    m_listView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_listView->setMinimumHeight(fontMetrics().height() * 5);
    QHeaderView *header = m_listView->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(PopulationListModel::NameColumn, QHeaderView::Stretch);
    const int ch = fontMetrics().averageCharWidth();
    header->resizeSection(PopulationListModel::ControlColumn, ch * 11);
    header->resizeSection(PopulationListModel::RowsColumn, ch * 12);
    header->resizeSection(PopulationListModel::SourceColumn, ch * 34);
    header->resizeSection(PopulationListModel::Sha256Column,
                          fontMetrics().horizontalAdvance(QStringLiteral("0bcdef789abc…SHA")) + ch * 2);
    header->resizeSection(PopulationListModel::ImportedAtColumn, ch * 24);
    header->resizeSection(PopulationListModel::ImportedByColumn, ch * 24);
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_listView->setSortingEnabled(true);
    connect(m_listView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PopulationsPage::updateRows);
}

void PopulationsPage::buildRows()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(6);

    auto *captionRow = new QHBoxLayout;
    captionRow->setSpacing(12);
    m_caption = new QLabel(panel);
    m_caption->setObjectName(QStringLiteral("populationCaption"));
    QFont bold = m_caption->font();
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    bold.setWeight(QFont::DemiBold);
    m_caption->setFont(bold);
    m_details = mutedLabel(panel);
    m_details->setObjectName(QStringLiteral("populationDetails"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long file name must not widen the window; the tooltip has everything, the full hash included.
    m_details->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    captionRow->addWidget(m_caption);
    captionRow->addWidget(m_details, 1);
    layout->addLayout(captionRow);

    m_rowsStack = new QStackedWidget(panel);
    m_rowsView = new QTableView(m_rowsStack);
    m_rowsView->setObjectName(QStringLiteral("populationRowsView"));
    m_rowsView->setAccessibleName(tr("Rows of the selected population"));
    m_rowsView->setModel(m_rows);
    m_rowsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rowsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rowsView->setAlternatingRowColors(true);
    m_rowsView->setWordWrap(false);
    m_rowsView->setTextElideMode(Qt::ElideRight);
    // Fixed row heights and per-pixel scrolling keep a million rows smooth: nothing is measured per row.
    m_rowsView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    QHeaderView *vertical = m_rowsView->verticalHeader();
    vertical->setSectionResizeMode(QHeaderView::Fixed);
    vertical->setDefaultSectionSize(fontMetrics().height() + 8);
    vertical->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    vertical->setHighlightSections(false);
    // Column widths are measured on the first page only, which is already in the cache.
    vertical->setResizeContentsPrecision(Core::PopulationRowModel::kPageSize);
    m_rowsView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_rowsView->horizontalHeader()->setHighlightSections(false);
    m_rowsView->horizontalHeader()->setStretchLastSection(true);
    m_rowsStack->addWidget(m_rowsView);

    m_emptyRows = mutedLabel(m_rowsStack);
    m_emptyRows->setObjectName(QStringLiteral("populationEmptyText"));
    m_emptyRows->setAlignment(Qt::AlignCenter);
    m_emptyRows->setWordWrap(true);
    m_rowsStack->addWidget(m_emptyRows);
    layout->addWidget(m_rowsStack, 1);
}

void PopulationsPage::setPrompter(std::shared_ptr<Prompter> prompter)
{
    if (prompter)
        m_prompter = std::move(prompter);
}

void PopulationsPage::setFileChooser(FileChooser *files)
{
    m_files = files ? files : m_ownFiles.get();
}

QString PopulationsPage::currentPopulation() const
{
    const QModelIndexList rows = m_listView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(PopulationListModel::PopulationNameRole).toString();
}

bool PopulationsPage::showPopulation(const QString &name)
{
    const int row = name.isEmpty() ? -1 : m_list->rowOf(name);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_list->index(row, 0));
    m_listView->selectRow(index.row());
    m_listView->scrollTo(index);
    return true;
}

void PopulationsPage::updateRows()
{
    const QModelIndexList selected = m_listView->selectionModel()->selectedRows();
    if (selected.isEmpty()) {
        m_rows->clear();
        m_caption->setText(m_list->rowCount() == 0 ? tr("No populations yet") : tr("No population selected"));
        m_details->clear();
        m_emptyRows->setText(m_list->rowCount() == 0
                                 ? tr("Import the client's list of a control's occurrences in the period (a CSV or"
                                      " XLSX file whose first row names the columns) with Import….")
                                 : tr("Select a population above to see its rows."));
        m_rowsStack->setCurrentWidget(m_emptyRows);
        updateActions();
        return;
    }
    const Core::PopulationInfo &info = m_list->populationAt(m_proxy->mapToSource(selected.first()).row());
    if (!m_rows->population() || m_rows->population()->id != info.id) {
        m_rows->setPopulation(info);
        m_rowsView->scrollToTop();
        m_rowsView->resizeColumnsToContents();
        const int ch = fontMetrics().averageCharWidth();
        for (int c = 0; c < m_rows->columnCount(); ++c)
            m_rowsView->setColumnWidth(c, std::clamp(m_rowsView->columnWidth(c) + ch * 2, ch * 8, ch * 44));
    }
    m_caption->setText(info.name);
    const QString source = info.sheet.isEmpty() ? tr("%1 (%2)").arg(info.sourceName, info.encoding)
                                                : tr("%1, sheet %2").arg(info.sourceName, info.sheet);
    const QString rowsText = tr("%Ln rows", "", clampToInt(info.rowCount));
    const QString columnsText = tr("%n columns", "", static_cast<int>(info.columns.size()));
    m_details->setText(tr("%1 · %2 · %3 · SHA-256 %4…")
                           .arg(rowsText, columnsText, source,
                                QString::fromLatin1(info.sha256.left(PopulationListModel::kShortHashLength))));
    m_details->setToolTip(tr("%1 · %2 · %3\nSHA-256 %4\nColumns: %5\nImported by %6 on %7")
                              .arg(rowsText, columnsText, source, QString::fromLatin1(info.sha256),
                                   info.columns.join(QStringLiteral(", ")), info.importedBy,
                                   QLocale().toString(info.importedAt.toLocalTime())));
    m_rowsStack->setCurrentWidget(info.rowCount > 0 ? static_cast<QWidget *>(m_rowsView) : m_emptyRows);
    if (info.rowCount == 0)
        m_emptyRows->setText(tr("This population has no rows."));
    updateActions();
}

ReviewNotesDialog *PopulationsPage::openReviewNotes()
{
    const QString name = currentPopulation();
    if (name.isEmpty())
        return nullptr;
    auto *dialog = Ui::openReviewNotes(m_workpaper, QStringLiteral("population:") + name,
                                       tr("population %1").arg(name), this);
    connect(dialog, &ReviewNotesDialog::statusMessage, this, &PopulationsPage::statusMessage);
    return dialog;
}

void PopulationsPage::updateActions()
{
    const QString name = currentPopulation();
    m_reviewButton->setEnabled(!name.isEmpty());
    m_reviewButton->setText(reviewNotesActionText(openNoteCount(m_workpaper, QStringLiteral("population:") + name)));
    m_deleteButton->setEnabled(!name.isEmpty());
    m_importButton->setEnabled(!isImporting());
}

void PopulationsPage::chooseAndImport()
{
    const QString path =
        m_files->openFileName(this, tr("Import Population"), QFileInfo(m_workpaper.path()).absolutePath(),
                              tr("Population files (*.csv *.txt *.xlsx);;All files (*)"));
    if (path.isEmpty())
        return;
    auto *dialog = new PopulationImportDialog(m_workpaper, *m_files, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_rows->population())
        dialog->setControl(m_rows->population()->controlId);
    dialog->setFile(path);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { importFile(dialog->request()); });
    dialog->open();
}

bool PopulationsPage::importFile(const PopulationImportRequest &request)
{
    if (isImporting()) {
        Q_EMIT errorOccurred(tr("Another population is being imported; wait for it to finish."));
        return false;
    }
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    updateActions();

    m_progress = new QProgressDialog(tr("Importing %1…").arg(QFileInfo(request.path).fileName()), tr("Cancel"), 0,
                                     kProgressSteps, this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setWindowTitle(tr("Import Population"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, [this, cancel] {
        cancel->store(true);
        if (m_progress)
            m_progress->setLabelText(tr("Cancelling…"));
    });

    auto *watcher = new QFutureWatcher<ImportResult>(this);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressDialog::setValue);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        onImportDone(watcher->result(), request);
    });
    const QString workpaperPath = m_workpaper.path();
    const Core::Actor actor = m_workpaper.actor();
    watcher->setFuture(QtConcurrent::run([workpaperPath, actor, request, cancel](QPromise<ImportResult> &promise) {
        promise.setProgressRange(0, kProgressSteps);
        auto result =
            runPopulationImport(workpaperPath, actor, request, [&promise, &cancel](qint64 done, qint64 total) {
                if (total > 0)
                    promise.setProgressValue(
                        static_cast<int>(std::clamp<qint64>(done * kProgressSteps / total, 0, kProgressSteps)));
                return !cancel->load();
            });
        promise.addResult(std::move(result));
    }));
    return true;
}

void PopulationsPage::onImportDone(const ImportResult &result, const PopulationImportRequest &request)
{
    m_cancel.reset();
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    updateActions();
    if (!result) {
        if (result.error().code == ErrorCode::Cancelled)
            Q_EMIT statusMessage(tr("Import cancelled; nothing was stored."));
        else
            Q_EMIT errorOccurred(tr("Nothing was imported. %1").arg(errorSentence(result.error().detail)));
        Q_EMIT importFinished(false);
        return;
    }
    // The rows were committed through the worker's own connection, so this workpaper emitted nothing: announce
    // the new population here, as perform() would have, so that every page showing populations reloads.
    Q_EMIT m_workpaper.changed(QStringLiteral("population:%1").arg(result->info.name));
    showPopulation(result->info.name);
    QString message = tr("Imported %Ln rows into %1 from %2.", "", clampToInt(result->info.rowCount))
                          .arg(result->info.name, QFileInfo(request.path).fileName());
    if (result->skippedBlankRows > 0)
        message += QLatin1Char(' ') + tr("Skipped %Ln blank rows.", "", clampToInt(result->skippedBlankRows));
    Q_EMIT statusMessage(message);
    Q_EMIT importFinished(true);
}

void PopulationsPage::deleteSelected()
{
    const QString name = currentPopulation();
    const int row = m_list->rowOf(name);
    if (row < 0)
        return;
    const qint64 rows = m_list->populationAt(row).rowCount;
    const QString text =
        tr("Delete population %1 with its %2 rows and any sample drawn from it? This cannot be undone.")
            .arg(name, QLocale().toString(rows));
    if (!m_prompter->confirm(this, tr("Delete Population"), text))
        return;
    if (auto ok = m_workpaper.populations().remove(name); !ok) {
        Q_EMIT errorOccurred(tr("Population %1 was not deleted. %2").arg(name, errorSentence(ok.error().detail)));
        return;
    }
    Q_EMIT statusMessage(tr("Deleted population %1.").arg(name));
}

} // namespace Tickmark::Ui
