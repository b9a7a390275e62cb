// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testingpage.h"

#include "common/errortext.h"
#include "common/messagebanner.h"
#include "common/pageheader.h"
#include "common/tonestyle.h"
#include "controls/controlservice.h"
#include "engagement/engagementservice.h"
#include "testdesignpanel.h"
#include "testing/evaluationservice.h"
#include "testing/testinggridmodel.h"
#include "testingcommands.h"
#include "testinggridview.h"
#include "testingtext.h"
#include "tickmarklegenddialog.h"
#include "workpaper/workpaper.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>
#include <vector>

namespace Tickmark::Ui {

namespace {

enum StackPage { PlaceholderPage, GridPage, WalkthroughPage };
enum PickerColumn { IdColumn, ProgressColumn, ConclusionColumn };

/// A conclusion's colour (effective green, not effective red) on @p palette; the grid's inks on a light palette.
QColor conclusionColour(Tone tone, const QPalette &palette)
{
    if (isDarkPalette(palette))
        return toneText(tone, palette);
    return tone == Tone::Bad ? QColor(0xC6, 0x28, 0x28) : QColor(0x1B, 0x7D, 0x34);
}

} // namespace

TestingPage::TestingPage(Core::Workpaper &workpaper, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_workpaper(workpaper)
    , m_undoStack(undoStack)
    , m_model(new Core::TestingGridModel(workpaper, this))
{
    auto *layout = new QVBoxLayout(this);
    applyPageMargins(layout);
    layout->addWidget(new PageHeader(tr("Testing"),
                                     tr("Test each control's sample attribute by attribute. Keys: P pass, D deviation,"
                                        " N not applicable, Space cycles, Delete clears, Enter edits the note,"
                                        " Ctrl+D fills down, Ctrl+E evidence references."),
                                     this));
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("testingBanner"));
    layout->addWidget(m_banner);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(buildPicker());
    splitter->addWidget(buildDetail());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({fontMetrics().averageCharWidth() * 38, 900});
    layout->addWidget(splitter, 1);

    m_model->setRecorder([this](const Core::GridCellChange &change) -> Result<void> {
        auto command = std::make_unique<RecordCellCommand>(m_workpaper, change,
                                                           [this](const QString &m) { reportError(m); });
        if (auto ok = command->execute(); !ok)
            return ok;
        if (m_undoStack)
            m_undoStack->push(command.release());
        return {};
    });
    connect(m_model, &Core::TestingGridModel::editFailed, this,
            [this](const QString &m) { reportError(errorSentence(m)); });
    connect(m_model, &Core::TestingGridModel::loadFailed, this,
            [this](const QString &m) { reportError(tr("The grid could not be read. %1").arg(errorSentence(m))); });
    connect(&workpaper, &Core::Workpaper::changed, this, &TestingPage::onChanged);
    connect(m_design, &TestDesignPanel::errorOccurred, this, &TestingPage::reportError);
    connect(m_design, &TestDesignPanel::statusMessage, this, &TestingPage::statusMessage);
    connect(m_grid, &TestingGridView::editsRequested, this, &TestingPage::applyEdits);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TestingPage::sizeColumns);
    connect(m_grid, &TestingGridView::evidenceRequested, this, &TestingPage::editEvidence);
    connect(m_grid, &TestingGridView::openEvidenceRequested, this, &TestingPage::openEvidence);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TestingPage::refreshEvidenceDialog);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TestingPage::refreshEvidenceDialog);

    if (const auto details = workpaper.engagement().details())
        m_typeOne = details->type == Core::ReportType::TypeI;
    reloadControls();
    if (m_controls->topLevelItemCount() > 0)
        m_controls->setCurrentItem(m_controls->topLevelItem(0));
    else
        loadControl();
}

TestingPage::~TestingPage() = default;

QWidget *TestingPage::buildPicker()
{
    m_controls = new QTreeWidget(this);
    m_controls->setObjectName(QStringLiteral("testingControlList"));
    m_controls->setAccessibleName(tr("Controls to test"));
    m_controls->setRootIsDecorated(false);
    m_controls->setUniformRowHeights(true);
    m_controls->setAlternatingRowColors(true);
    m_controls->setHeaderLabels({tr("Control"), tr("Done"), tr("Conclusion")});
    m_controls->header()->setStretchLastSection(true);
    m_controls->header()->setSectionResizeMode(IdColumn, QHeaderView::ResizeToContents);
    m_controls->header()->setSectionResizeMode(ProgressColumn, QHeaderView::ResizeToContents);
    m_controls->setMinimumWidth(fontMetrics().averageCharWidth() * 34);
    connect(m_controls, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const QString id = item ? item->data(IdColumn, Qt::UserRole).toString() : QString();
        if (id != m_controlId) {
            m_controlId = id;
            loadControl();
        }
    });
    return m_controls;
}

QWidget *TestingPage::buildDetail()
{
    auto *detail = new QWidget(this);
    auto *layout = new QVBoxLayout(detail);
    layout->setContentsMargins(10, 0, 0, 0);
    layout->setSpacing(8);

    auto *titleRow = new QHBoxLayout;
    m_title = new QLabel(detail);
    m_title->setObjectName(QStringLiteral("testingControlTitle"));
    m_title->setWordWrap(true);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    font.setBold(true);
    m_title->setFont(font);
    m_notOperatedButton = new QPushButton(tr("Not operated…"), detail);
    m_notOperatedButton->setObjectName(QStringLiteral("notOperatedButton"));
    m_notOperatedButton->setToolTip(tr("The control's event did not occur in the period"));
    connect(m_notOperatedButton, &QPushButton::clicked, this, &TestingPage::chooseNotOperated);
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_notOperatedButton, 0, Qt::AlignTop);
    layout->addLayout(titleRow);

    m_design = new TestDesignPanel(m_workpaper, detail);
    m_design->setObjectName(QStringLiteral("testDesignPanel"));
    layout->addWidget(m_design);

    auto *populationRow = new QHBoxLayout;
    m_populationCombo = new QComboBox(detail);
    m_populationCombo->setObjectName(QStringLiteral("populationCombo"));
    m_populationCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_populationLabel = new QLabel(detail);
    auto *populationCaption = new QLabel(tr("Population:"), detail);
    populationCaption->setBuddy(m_populationCombo);
    populationRow->addWidget(populationCaption);
    populationRow->addWidget(m_populationCombo);
    populationRow->addWidget(m_populationLabel, 1);
    layout->addLayout(populationRow);
    connect(m_populationCombo, &QComboBox::activated, this,
            [this] { m_model->setControl(m_controlId, m_populationCombo->currentText()); updateFigures(); });

    m_stack = new QStackedWidget(detail);
    m_stack->setObjectName(QStringLiteral("testingStack"));
    m_placeholder = new QLabel(m_stack);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(24);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(buildGridPage());
    m_stack->addWidget(buildWalkthroughPage());
    layout->addWidget(m_stack, 1);
    return detail;
}

QWidget *TestingPage::buildGridPage()
{
    auto *page = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_grid = new TestingGridView(page);
    m_delegate = new TestingGridDelegate(m_grid);
    m_grid->setItemDelegate(m_delegate);
    m_grid->setGridModel(m_model);
    layout->addWidget(m_grid, 1);

    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("testingProgress"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(fontMetrics().averageCharWidth() * 30);
    m_progressLabel = new QLabel(page);
    m_progressLabel->setObjectName(QStringLiteral("testingProgressLabel"));
    m_evaluation = new QLabel(page);
    m_evaluation->setObjectName(QStringLiteral("evaluationLine"));
    m_evaluation->setWordWrap(true);
    progressRow->addWidget(m_progress);
    progressRow->addWidget(m_progressLabel);
    progressRow->addSpacing(16);
    progressRow->addWidget(m_evaluation, 1);
    layout->addLayout(progressRow);

    auto *legendRow = new QHBoxLayout;
    m_legendLabel = new QLabel(page);
    m_legendLabel->setObjectName(QStringLiteral("tickmarkLegend"));
    m_legendLabel->setWordWrap(true);
    auto *editLegend = new QPushButton(tr("Edit legend…"), page);
    editLegend->setObjectName(QStringLiteral("editLegendButton"));
    connect(editLegend, &QPushButton::clicked, this, &TestingPage::editLegend);
    legendRow->addWidget(new QLabel(tr("<b>Legend:</b>"), page));
    legendRow->addWidget(m_legendLabel, 1);
    legendRow->addWidget(editLegend);
    layout->addLayout(legendRow);
    m_legendLabel->setText(m_legend.summary());
    return page;
}

QWidget *TestingPage::buildWalkthroughPage()
{
    auto *page = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 8, 0, 0);
    auto *intro = new QLabel(tr("Type I engagement: walk one instance of the control through and record whether"
                                " its design was found implemented (a test of one)."),
                             page);
    intro->setWordWrap(true);
    m_walkthroughImplemented = new QCheckBox(tr("Design implemented as described"), page);
    m_walkthroughImplemented->setObjectName(QStringLiteral("walkthroughImplemented"));
    m_walkthroughNote = new QLineEdit(page);
    m_walkthroughNote->setObjectName(QStringLiteral("walkthroughNote"));
    m_walkthroughNote->setAccessibleName(tr("Walkthrough note"));
    m_walkthroughNote->setPlaceholderText(tr("What was walked through, e.g. change CHG-1042 [evidence: ticket p. 2]"));
    auto *record = new QPushButton(tr("Record walkthrough"), page);
    record->setObjectName(QStringLiteral("recordWalkthroughButton"));
    connect(record, &QPushButton::clicked, this,
            [this] { recordWalkthrough(m_walkthroughImplemented->isChecked(), m_walkthroughNote->text()); });
    m_walkthroughState = new QLabel(page);
    m_walkthroughState->setObjectName(QStringLiteral("walkthroughState"));
    m_walkthroughState->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_walkthroughImplemented);
    layout->addWidget(m_walkthroughNote);
    layout->addWidget(record, 0, Qt::AlignLeft);
    layout->addWidget(m_walkthroughState);
    layout->addStretch(1);
    return page;
}

void TestingPage::setSettings(QSettings *settings)
{
    m_settings = settings;
    m_legend = settings ? TickmarkLegend::load(*settings) : TickmarkLegend::defaults();
    m_delegate->setLegend(m_legend);
    m_legendLabel->setText(m_legend.summary());
    m_grid->viewport()->update();
}

void TestingPage::setLegend(const TickmarkLegend &legend)
{
    m_legend = legend;
    if (m_settings)
        legend.save(*m_settings);
    m_delegate->setLegend(m_legend);
    m_legendLabel->setText(m_legend.summary());
    m_grid->viewport()->update();
}

void TestingPage::editLegend()
{
    TickmarkLegendDialog dialog(m_legend, this);
    if (dialog.exec() == QDialog::Accepted)
        setLegend(dialog.legend());
}

bool TestingPage::showControl(const QString &id)
{
    for (int i = 0; i < m_controls->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_controls->topLevelItem(i);
        if (item->data(IdColumn, Qt::UserRole).toString() == id) {
            m_controls->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void TestingPage::reloadControls()
{
    const auto evaluations = m_workpaper.evaluation().controls();
    if (!evaluations) {
        reportError(tr("The controls could not be evaluated. %1").arg(errorSentence(evaluations.error().detail)));
        return;
    }
    const QSignalBlocker blocker(m_controls);
    // Rows are updated in place so the current control and the scroll position stay put.
    while (m_controls->topLevelItemCount() > evaluations->size())
        delete m_controls->takeTopLevelItem(m_controls->topLevelItemCount() - 1);
    for (int i = 0; i < evaluations->size(); ++i) {
        const Core::ControlEvaluation &e = evaluations->at(i);
        QTreeWidgetItem *item = m_controls->topLevelItem(i);
        if (!item)
            item = new QTreeWidgetItem(m_controls);
        item->setText(IdColumn, e.controlId);
        item->setData(IdColumn, Qt::UserRole, e.controlId);
        item->setText(ProgressColumn, m_typeOne ? QString() : progressText(e));
        item->setText(ConclusionColumn, conclusionName(e.conclusion));
        const bool bad = e.conclusion == Core::ControlConclusion::NotEffective;
        const bool good = e.conclusion == Core::ControlConclusion::Effective;
        const QPalette &pal = m_controls->palette();
        item->setForeground(ConclusionColumn, bad    ? conclusionColour(Tone::Bad, pal)
                                              : good ? conclusionColour(Tone::Good, pal)
                                                     : pal.color(QPalette::Text));
        if (e.controlId == m_controlId)
            m_controls->setCurrentItem(item);
    }
}

void TestingPage::loadControl()
{
    m_banner->clear();
    m_design->setControl(m_controlId);
    m_notOperatedButton->setEnabled(!m_controlId.isEmpty());
    if (m_controlId.isEmpty()) {
        m_model->setControl({});
        m_title->setText(tr("No control chosen"));
        m_placeholder->setText(tr("Add controls on the Controls page, then choose one here to test it."));
        m_view = View::NoControl;
        m_stack->setCurrentIndex(PlaceholderPage);
        updateFigures();
        return;
    }
    const auto control = m_workpaper.controls().find(m_controlId);
    m_title->setText(control && control->has_value()
                         ? tr("%1 — %2").arg(m_controlId, (*control)->description)
                         : m_controlId);
    m_model->setControl(m_controlId);
    {
        const QSignalBlocker blocker(m_populationCombo);
        m_populationCombo->clear();
        m_populationCombo->addItems(m_model->populations());
        m_populationCombo->setCurrentText(m_model->population());
    }
    const auto notOperated = m_workpaper.testing().notOperatedReason(m_controlId);
    const bool isNotOperated = notOperated && notOperated->has_value();
    m_notOperatedButton->setText(isNotOperated ? tr("Mark as operated") : tr("Not operated…"));
    if (isNotOperated) {
        m_view = View::NotOperated;
        m_placeholder->setText(tr("<b>Not operated.</b> The control's event did not occur in the period: %1<br>"
                                  "It is reported as not operated, not as “tested, no exceptions”.")
                                   .arg((*notOperated)->toHtmlEscaped()));
    } else if (m_typeOne) {
        m_view = View::Walkthrough;
    } else if (m_model->hasSample()) {
        m_view = View::Grid;
    } else {
        m_view = View::NoSample;
        if (m_model->populations().isEmpty())
            m_placeholder->setText(tr("No population is imported for %1. Import one on the Populations page, or"
                                      " mark the control as not operated.")
                                       .arg(m_controlId));
        else if (m_model->populationSize() == 0)
            m_placeholder->setText(tr("Population %1 is empty: the control did not operate in the period.")
                                       .arg(m_model->population()));
        else
            m_placeholder->setText(
                tr("No sample is drawn from %1 yet. Draw one on the Sampling page.").arg(m_model->population()));
    }
    m_stack->setCurrentIndex(m_view == View::Grid ? GridPage
                             : m_view == View::Walkthrough ? WalkthroughPage
                                                           : PlaceholderPage);
    if (m_view == View::Grid && m_model->rowCount() > 0 && m_model->columnCount() > m_model->firstAttributeColumn())
        m_grid->setCurrentIndex(m_model->index(0, m_model->firstAttributeColumn()));
    updateFigures();
}

void TestingPage::sizeColumns()
{
    m_grid->resizeColumnsToContents();
    const int ch = fontMetrics().averageCharWidth();
    for (int c = m_model->firstAttributeColumn(); c < m_model->columnCount(); ++c)
        m_grid->setColumnWidth(c, ch * 8);
    for (int c = Core::TestingGridModel::FirstValueColumn; c < m_model->firstAttributeColumn(); ++c)
        m_grid->setColumnWidth(c, std::min(m_grid->columnWidth(c), ch * 24));
}

void TestingPage::updateFigures()
{
    if (m_controlId.isEmpty())
        return;
    const auto e = m_workpaper.evaluation().control(m_controlId);
    const int total = m_model->rowCount();
    const int done = m_model->itemsDone();
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
    m_progressLabel->setText(tr("%1 of %n items done", "", total).arg(done));
    if (!e) {
        m_evaluation->setText(errorSentence(e.error().detail));
        return;
    }
    m_evaluation->setText(evaluationLine(*e));
    const bool bad = e->conclusion == Core::ControlConclusion::NotEffective;
    setPaletteStyleSheet(m_evaluation, [bad](const QPalette &palette) {
        return bad ? QStringLiteral("color: %1; font-weight: bold;").arg(conclusionColour(Tone::Bad, palette).name())
                   : QString();
    });
    if (m_view == View::Walkthrough) {
        const auto walk = m_workpaper.testing().walkthrough(m_controlId);
        if (walk && walk->has_value()) {
            const Core::Walkthrough &w = **walk;
            m_walkthroughImplemented->setChecked(w.designImplemented);
            m_walkthroughNote->setText(w.note);
            m_walkthroughState->setText(
                tr("Recorded by %1 on %2: %3")
                    .arg(w.recordedBy, w.recordedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                         w.designImplemented ? tr("design implemented") : tr("design NOT implemented")));
        } else {
            m_walkthroughState->setText(tr("No walkthrough recorded yet."));
        }
    }
}

void TestingPage::onChanged(const QString &object)
{
    const bool population = object.startsWith(QStringLiteral("population:")) ||
                            object.startsWith(QStringLiteral("sample:"));
    if (!object.startsWith(QStringLiteral("control")) && !population &&
        !object.startsWith(QStringLiteral("exception:")) && object != QStringLiteral("engagement"))
        return;
    if (object == QStringLiteral("engagement")) {
        if (const auto details = m_workpaper.engagement().details())
            m_typeOne = details->type == Core::ReportType::TypeI;
    }
    reloadControls();
    if (!showControl(m_controlId)) {
        // The control shown is gone: fall back to the first one, or to nothing.
        QTreeWidgetItem *first = m_controls->topLevelItem(0);
        m_controlId = first ? first->data(IdColumn, Qt::UserRole).toString() : QString();
        if (first)
            m_controls->setCurrentItem(first);
        loadControl();
        return;
    }
    const bool ours = object == QStringLiteral("control:%1").arg(m_controlId);
    if (ours && m_view == View::Grid) {
        // Results and design changes reach the grid through its model; the not-operated state changes the view.
        const auto reason = m_workpaper.testing().notOperatedReason(m_controlId);
        if (reason && reason->has_value()) {
            loadControl();
            return;
        }
        m_design->reload();
        updateFigures();
        return;
    }
    if (ours || population || object == QStringLiteral("engagement") || object == QStringLiteral("controls")) {
        const QModelIndex current = m_grid->currentIndex();
        loadControl();
        if (current.isValid() && m_view == View::Grid)
            m_grid->setCurrentIndex(m_model->index(current.row(), current.column()));
        return;
    }
    updateFigures();
}

bool TestingPage::applyEdits(const QList<CellEdit> &edits, const QString &label)
{
    // Each cell is one TestingService call; a block is one macro, so one Ctrl+Z takes it all back.
    std::vector<std::unique_ptr<RecordCellCommand>> done;
    for (const CellEdit &edit : edits) {
        const auto change = m_model->change(edit.row, edit.column, edit.after);
        if (!change)
            continue;
        auto command = std::make_unique<RecordCellCommand>(m_workpaper, *change,
                                                           [this](const QString &m) { reportError(m); });
        if (auto ok = command->execute(); !ok) {
            reportError(tr("Item %1, attribute %2 was not recorded. %3")
                            .arg(QString::number(change->row), change->letter, errorSentence(ok.error().detail)));
            break;
        }
        done.push_back(std::move(command));
    }
    if (m_undoStack && !done.empty()) {
        if (done.size() > 1)
            m_undoStack->beginMacro(label);
        for (auto &command : done)
            m_undoStack->push(command.release());
        if (done.size() > 1)
            m_undoStack->endMacro();
    }
    return done.size() == static_cast<size_t>(edits.size());
}

bool TestingPage::recordWalkthrough(bool designImplemented, const QString &note)
{
    if (auto ok = m_workpaper.testing().recordWalkthrough(m_controlId, designImplemented, note); !ok) {
        reportError(tr("The walkthrough was not recorded. %1").arg(errorSentence(ok.error().detail)));
        return false;
    }
    Q_EMIT statusMessage(tr("Walkthrough of %1 recorded.").arg(m_controlId));
    return true;
}

bool TestingPage::setNotOperated(const QString &reason)
{
    auto ok = reason.trimmed().isEmpty() ? m_workpaper.testing().clearNotOperated(m_controlId)
                                         : m_workpaper.testing().setNotOperated(m_controlId, reason);
    if (!ok) {
        reportError(errorSentence(ok.error().detail));
        return false;
    }
    return true;
}

void TestingPage::chooseNotOperated()
{
    if (m_view == View::NotOperated) {
        setNotOperated({});
        return;
    }
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Control Not Operated"),
        tr("Why did %1 not operate in the period (e.g. no changes were made)?").arg(m_controlId), QLineEdit::Normal,
        {}, &ok);
    if (ok && !reason.trimmed().isEmpty())
        setNotOperated(reason);
}

void TestingPage::reportError(const QString &text)
{
    m_banner->showMessage(MessageBanner::Kind::Error, text);
    Q_EMIT errorOccurred(text);
}

} // namespace Tickmark::Ui
