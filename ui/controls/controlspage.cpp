// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controlspage.h"

#include "common/errortext.h"
#include "common/pageheader.h"
#include "common/prompter.h"
#include "controlcommands.h"
#include "controldelegate.h"
#include "controldialog.h"
#include "controlevidencepanel.h"
#include "controlfilterproxy.h"
#include "controls/controltablemodel.h"
#include "evidence/evidenceservice.h"
#include "review/reviewnotesdialog.h"
#include "workpaper/workpaper.h"

#include <QAction>
#include <QComboBox>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMetaMethod>
#include <QMimeData>
#include <QPointer>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <vector>

namespace Tickmark::Ui {

using Core::ControlTableModel;

namespace {

/// Performs @p command and, when the service accepts it, hands it to @p stack (which then owns it).
Result<void> run(QUndoStack *stack, std::unique_ptr<ControlCommand> command)
{
    if (auto ok = command->execute(); !ok)
        return ok;
    if (stack)
        stack->push(command.release());
    return {};
}

/// The local files and folders among dropped URLs.
QStringList localPaths(const QMimeData *data)
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

} // namespace

ControlsPage::ControlsPage(Core::Workpaper &workpaper, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_workpaper(workpaper)
    , m_undoStack(undoStack)
    , m_prompter(std::make_shared<MessageBoxPrompter>())
    , m_model(new ControlTableModel(workpaper, this))
    , m_proxy(new ControlFilterProxy(this))
{
    m_model->setUpdater(
        [this](const Core::Control &before, const Core::Control &after) { return pushUpdate(before, after); });
    connect(m_model, &ControlTableModel::editFailed, this,
            [this](const QString &message) { Q_EMIT errorOccurred(errorSentence(message)); });
    connect(m_model, &ControlTableModel::loadFailed, this, [this](const QString &message) {
        Q_EMIT errorOccurred(tr("The controls could not be read. %1").arg(errorSentence(message)));
    });
    m_proxy->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    applyPageMargins(layout);
    layout->setSpacing(6);
    layout->addWidget(new PageHeader(tr("Controls"),
                                     tr("The client's control matrix, each control mapped to the criteria it"
                                        " addresses. Double-click a cell to edit it; every change can be undone."),
                                     this));
    buildToolBar();
    buildTable();
    connect(&workpaper, &Core::Workpaper::changed, this, [this](const QString &object) {
        if (object.startsWith(QLatin1String("evidence:")) || object.startsWith(QLatin1String("control:")))
            refreshEvidenceCounts();
        if (object.startsWith(QLatin1String("control:")))
            updateActions(); // the number of open review notes
    });
    refreshEvidenceCounts();

    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ControlsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ControlsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ControlsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ControlsPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &ControlsPage::rememberSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ControlsPage::restoreSelection);
    updateCount();
    updateActions();
}

ControlsPage::~ControlsPage() = default;

void ControlsPage::buildToolBar()
{
    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("controlsToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_addAction =
        bar->addAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add…"), this, &ControlsPage::addControl);
    m_addAction->setObjectName(QStringLiteral("addControlAction"));
    m_addAction->setToolTip(tr("Add a control to the matrix"));
    m_deleteAction = bar->addAction(QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Delete"), this,
                                    &ControlsPage::deleteSelected);
    m_deleteAction->setObjectName(QStringLiteral("deleteControlAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteAction->setToolTip(tr("Delete the selected controls"));
    addAction(m_deleteAction);
    m_importAction = bar->addAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import Matrix…"), this,
                                    &ControlsPage::chooseImportFile);
    m_importAction->setObjectName(QStringLiteral("importControlsAction"));
    m_importAction->setToolTip(tr("Import a client control matrix saved as CSV"));
    bar->addSeparator();
    m_reviewAction = bar->addAction(QIcon::fromTheme(QStringLiteral("mail-message-new")), reviewNotesActionText(0),
                                    this, &ControlsPage::openReviewNotes);
    m_reviewAction->setObjectName(QStringLiteral("reviewControlAction"));
    m_reviewAction->setToolTip(tr("Review notes and sign-offs of the selected control"));

    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);

    m_filterEdit = new QLineEdit(bar);
    m_filterEdit->setObjectName(QStringLiteral("controlFilterEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter by id, description, owner or criterion"));
    m_filterEdit->setAccessibleName(tr("Filter controls"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    connect(m_filterEdit, &QLineEdit::textChanged, m_proxy, &ControlFilterProxy::setFilterText);
    connect(m_filterEdit, &QLineEdit::textChanged, this, &ControlsPage::updateCount);
    bar->addWidget(m_filterEdit);

    m_frequencyCombo = new QComboBox(bar);
    m_frequencyCombo->setObjectName(QStringLiteral("frequencyFilterCombo"));
    m_frequencyCombo->setAccessibleName(tr("Frequency filter"));
    m_frequencyCombo->addItem(tr("All frequencies"), QString());
    for (Core::Frequency f : Core::allFrequencies())
        m_frequencyCombo->addItem(Core::frequencyName(f), Core::frequencyKey(f));
    connect(m_frequencyCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setFrequencyFilter(m_frequencyCombo->currentData().toString());
        updateCount();
    });
    bar->addWidget(m_frequencyCombo);

    m_countLabel = new QLabel(bar);
    m_countLabel->setObjectName(QStringLiteral("controlCountLabel"));
    m_countLabel->setContentsMargins(8, 0, 6, 0);
    bar->addWidget(m_countLabel);
    layout()->addWidget(bar);
}

void ControlsPage::buildTable()
{
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("controlsSplitter"));
    splitter->setChildrenCollapsible(false);
    m_view = new QTableView(splitter);
    m_view->setObjectName(QStringLiteral("controlsView"));
    m_view->setAccessibleName(tr("Controls"));
    m_view->setModel(m_proxy);
    m_delegate = new ControlDelegate(m_view);
    m_view->setItemDelegate(m_delegate);
    // Files dropped on a row become that control's evidence; the filter sees the drag before the view does.
    m_view->viewport()->setAcceptDrops(true);
    m_view->viewport()->installEventFilter(this);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);

    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ControlTableModel::DescriptionColumn, QHeaderView::Stretch);
    fitColumn(ControlTableModel::IdColumn, 10, 16);
    fitColumn(ControlTableModel::CriteriaColumn, 14, 26);
    fitColumn(ControlTableModel::FrequencyColumn, 10, 24);
    fitColumn(ControlTableModel::TypeColumn, 8, 14);
    fitColumn(ControlTableModel::OwnerColumn, 14, 26);
    fitColumn(ControlTableModel::KeyColumn, 4, 6);
    // The matrix's own order until the user picks a column; a third click on a header returns to it.
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    setFocusProxy(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ControlsPage::updateActions);
    const auto followSelection = [this] {
        if (const QString id = currentControl(); id != m_evidencePanel->control())
            m_evidencePanel->setControl(id);
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, followSelection);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, followSelection);

    m_evidencePanel = new ControlEvidencePanel(m_workpaper, splitter);
    connect(m_evidencePanel, &ControlEvidencePanel::openEvidence, this, &ControlsPage::openEvidence);
    connect(m_evidencePanel, &ControlEvidencePanel::statusMessage, this, &ControlsPage::statusMessage);
    connect(m_evidencePanel, &ControlEvidencePanel::errorOccurred, this, &ControlsPage::errorOccurred);
    splitter->addWidget(m_view);
    splitter->addWidget(m_evidencePanel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({fontMetrics().height() * 30, fontMetrics().height() * 11});
    layout()->addWidget(splitter);
}

void ControlsPage::fitColumn(int column, int minChars, int maxChars)
{
    // Sized to the contents present when the page opens, within bounds; the description takes the rest.
    const int ch = fontMetrics().averageCharWidth();
    m_view->resizeColumnToContents(column);
    const int width = m_view->horizontalHeader()->sectionSize(column);
    m_view->horizontalHeader()->resizeSection(column, std::clamp(width, ch * minChars, ch * maxChars));
}

void ControlsPage::setPrompter(std::shared_ptr<Prompter> prompter)
{
    if (prompter)
        m_prompter = std::move(prompter);
}

std::function<void(const QString &)> ControlsPage::errorSink()
{
    return [page = QPointer<ControlsPage>(this)](const QString &message) {
        if (page)
            Q_EMIT page->errorOccurred(errorSentence(message));
    };
}

Result<void> ControlsPage::pushUpdate(const Core::Control &before, const Core::Control &after)
{
    auto ok = run(m_undoStack, std::make_unique<EditControlCommand>(m_workpaper, before, after, errorSink()));
    if (ok)
        Q_EMIT statusMessage(tr("Control %1 updated.").arg(after.id));
    return ok; // a refusal reaches the user through the model's editFailed()
}

void ControlsPage::addControl()
{
    ControlDialog dialog(this);
    dialog.setCheck([this](const Core::Control &c) -> std::optional<QString> {
        const auto existing = m_workpaper.controls().find(c.id);
        if (existing && existing->has_value())
            return tr("Id: %1 is already used by another control.").arg(c.id);
        return std::nullopt;
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Core::Control control = dialog.control();
    if (auto ok = run(m_undoStack, std::make_unique<AddControlCommand>(m_workpaper, control, errorSink())); !ok) {
        Q_EMIT errorOccurred(tr("Control %1 was not added. %2").arg(control.id, errorSentence(ok.error().detail)));
        return;
    }
    showControl(control.id);
    Q_EMIT statusMessage(tr("Control %1 added.").arg(control.id));
}

QStringList ControlsPage::selectedIds() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << m_proxy->mapToSource(index).row();
    std::sort(rows.begin(), rows.end());
    QStringList ids;
    for (int row : rows)
        ids << m_model->controlAt(row).id;
    return ids;
}

void ControlsPage::deleteSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    const QString text = ids.size() == 1
                             ? tr("Delete control %1? You can undo this.").arg(ids.first())
                             : tr("Delete %n controls (%1)? You can undo this.", "", static_cast<int>(ids.size()))
                                   .arg(ids.join(QStringLiteral(", ")));
    if (!m_prompter->confirm(this, tr("Delete Controls"), text))
        return;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    const int firstRow = std::min_element(selected.cbegin(), selected.cend())->row();
    // Perform every delete first, so that a refusal part-way leaves only the deletes that happened on the stack.
    std::vector<std::unique_ptr<ControlCommand>> done;
    for (const QString &id : ids) {
        auto command = std::make_unique<DeleteControlCommand>(m_workpaper, id, errorSink());
        if (auto ok = command->execute(); !ok) {
            Q_EMIT errorOccurred(tr("Control %1 was not deleted. %2").arg(id, errorSentence(ok.error().detail)));
            break;
        }
        done.push_back(std::move(command));
    }
    const int deleted = static_cast<int>(done.size());
    if (m_undoStack && deleted > 1)
        m_undoStack->beginMacro(tr("Delete %n controls", "", deleted));
    for (auto &command : done) {
        if (m_undoStack)
            m_undoStack->push(command.release());
    }
    if (m_undoStack && deleted > 1)
        m_undoStack->endMacro();
    if (m_proxy->rowCount() > 0)
        m_view->selectRow(std::min(firstRow, m_proxy->rowCount() - 1));
    if (deleted > 0)
        Q_EMIT statusMessage(tr("Deleted %n controls.", "", deleted));
}

void ControlsPage::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Control Matrix"), QString(),
                                                      tr("Control matrices (*.csv *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void ControlsPage::importFile(const QString &path)
{
    auto command = std::make_unique<ImportControlsCommand>(m_workpaper, path, errorSink());
    ImportControlsCommand *import = command.get();
    if (auto ok = import->execute(); !ok) {
        Q_EMIT errorOccurred(tr("Nothing was imported. %1").arg(errorSentence(ok.error().detail)));
        return;
    }
    const Core::ControlImportResult result = import->importResult();
    if (m_undoStack)
        m_undoStack->push(command.release());
    QString message = tr("Imported %n controls from %1.", "", result.added).arg(QFileInfo(path).fileName());
    if (!result.unknownHeaders.isEmpty())
        message += QLatin1Char(' ') + tr("Ignored columns: %1.").arg(result.unknownHeaders.join(QStringLiteral(", ")));
    Q_EMIT statusMessage(message);
    if (!result.outOfScope.isEmpty()) {
        QStringList mappings;
        for (const Core::OutOfScopeMapping &m : result.outOfScope)
            mappings << tr("%1 → %2").arg(m.control, m.criterion);
        Q_EMIT warningOccurred(tr("Imported, but some controls map to criteria outside the engagement's scope;"
                                  " coverage, results and the report leave these out: %1.")
                                   .arg(mappings.join(QStringLiteral(", "))));
    }
}

void ControlsPage::showControl(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, ControlTableModel::IdColumn));
    if (!index.isValid()) {
        // Filtered out: show everything rather than fail to find it.
        m_filterEdit->clear();
        m_frequencyCombo->setCurrentIndex(0);
        index = m_proxy->mapFromSource(m_model->index(row, ControlTableModel::IdColumn));
    }
    m_view->setCurrentIndex(index);
    m_view->selectRow(index.row());
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_view->setFocus();
}

void ControlsPage::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_countLabel->setText(shown == total ? tr("%n controls", "", total)
                                         : tr("%1 of %n controls", "", total).arg(shown));
}

void ControlsPage::updateActions()
{
    m_deleteAction->setEnabled(m_view->selectionModel()->hasSelection());
    const QString id = currentControl();
    m_reviewAction->setEnabled(!id.isEmpty());
    m_reviewAction->setText(reviewNotesActionText(openNoteCount(m_workpaper, QStringLiteral("control:") + id)));
}

QString ControlsPage::currentControl() const
{
    // The current row when it is selected, else the first selected (a reset keeps the selection, not the current).
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && m_view->selectionModel()->isRowSelected(current.row(), current.parent())) {
        const int row = m_proxy->mapToSource(current).row();
        if (row >= 0 && row < m_model->rowCount())
            return m_model->controlAt(row).id;
    }
    return selectedIds().value(0);
}

ReviewNotesDialog *ControlsPage::openReviewNotes()
{
    const QString id = currentControl();
    if (id.isEmpty())
        return nullptr;
    auto *dialog = Ui::openReviewNotes(m_workpaper, QStringLiteral("control:") + id, tr("control %1").arg(id), this);
    connect(dialog, &ReviewNotesDialog::statusMessage, this, &ControlsPage::statusMessage);
    return dialog;
}

void ControlsPage::refreshEvidenceCounts()
{
    const auto counts = m_workpaper.evidence().linkCountsByControl();
    m_delegate->setEvidenceCounts(counts ? *counts : QHash<QString, int>());
    if (counts && !counts->isEmpty()) {
        // Widen the id column for the badges (never narrow it: the user may have sized it).
        QHeaderView *header = m_view->horizontalHeader();
        const int before = header->sectionSize(ControlTableModel::IdColumn);
        const QAbstractItemView *view = m_view; // QTableView hides sizeHintForColumn()
        const int needed = std::min(view->sizeHintForColumn(ControlTableModel::IdColumn) + 8,
                                    fontMetrics().averageCharWidth() * 26);
        if (needed > before)
            header->resizeSection(ControlTableModel::IdColumn, needed);
    }
    m_view->viewport()->update();
}

int ControlsPage::dropTargetRow() const
{
    return m_delegate->dropRow();
}

void ControlsPage::setDropRow(int row)
{
    if (m_delegate->dropRow() == row)
        return;
    m_delegate->setDropRow(row);
    m_view->viewport()->update();
}

int ControlsPage::dropRowFor(QDropEvent *event, QStringList *paths) const
{
    // Only while someone imports what is dropped: otherwise the drop goes on to the window (plain import).
    if (!isSignalConnected(QMetaMethod::fromSignal(&ControlsPage::evidenceDropped)) || m_workpaper.isLocked())
        return -1;
    const QStringList dropped = localPaths(event->mimeData());
    const QModelIndex index = m_view->indexAt(event->position().toPoint());
    if (dropped.isEmpty() || !index.isValid())
        return -1;
    if (paths)
        *paths = dropped;
    return index.row();
}

bool ControlsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view->viewport())
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        const int row = dropRowFor(drag);
        setDropRow(row);
        if (row < 0)
            return false; // not ours: the window may still take it as a plain import
        drag->acceptProposedAction();
        return true;
    }
    case QEvent::DragLeave:
        setDropRow(-1);
        return false;
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        QStringList paths;
        const int row = dropRowFor(drop, &paths);
        setDropRow(-1);
        if (row < 0)
            return false;
        drop->acceptProposedAction();
        const QString id = m_model->controlAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()).id;
        m_view->selectRow(row);
        Q_EMIT statusMessage(tr("Importing %n dropped items as evidence for %1…", "", static_cast<int>(paths.size()))
                                 .arg(id));
        Q_EMIT evidenceDropped(paths, id);
        return true;
    }
    default:
        return QWidget::eventFilter(watched, event);
    }
}

void ControlsPage::rememberSelection()
{
    m_selectionBeforeReset = selectedIds();
}

void ControlsPage::restoreSelection()
{
    for (const QString &id : std::exchange(m_selectionBeforeReset, {})) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOf(id), 0));
        if (index.isValid())
            m_view->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

} // namespace Tickmark::Ui
