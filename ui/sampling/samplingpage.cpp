// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplingpage.h"

#include "common/errortext.h"
#include "common/filechooser.h"
#include "common/pageheader.h"
#include "common/prompter.h"
#include "common/widgets.h"
#include "controls/controlservice.h"
#include "engagement/engagementservice.h"
#include "evaluationpanel.h"
#include "frequencytabledialog.h"
#include "population/populationlistmodel.h"
#include "population/populationservice.h"
#include "samplesizepanel.h"
#include "sampling/selection.h"
#include "workpaper/workpaper.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace Tickmark::Ui {

using Core::PopulationListModel;
using Core::SelectionMethod;

namespace {

/// Width of the left column (sample size and draw), in average characters.
constexpr int kLeftColumnChars = 54;



/// "DW" from "Dana Whit (DW)"; the text itself when it has no initials in parentheses.
QString initialsOf(const QString &actor)
{
    static const QRegularExpression initials(QStringLiteral("\\(([^()]+)\\)\\s*$"));
    const auto match = initials.match(actor);
    return match.hasMatch() ? match.captured(1) : actor;
}

QString methodText(SelectionMethod method)
{
    return method == SelectionMethod::Systematic ? SamplingPage::tr("Systematic selection")
                                                 : SamplingPage::tr("Random selection");
}

} // namespace

SamplingPage::SamplingPage(Core::Workpaper &workpaper, QWidget *parent)
    : QWidget(parent)
    , m_workpaper(workpaper)
    , m_prompter(std::make_shared<MessageBoxPrompter>())
    , m_ownFiles(std::make_unique<DialogFileChooser>())
    , m_files(m_ownFiles.get())
    , m_list(new PopulationListModel(workpaper, this))
{
    setObjectName(QStringLiteral("samplingPage"));
    auto *layout = new QVBoxLayout(this);
    applyPageMargins(layout);
    auto *header = new PageHeader(tr("Sampling"),
                                  tr("Size, draw and evaluate a sample of a population. Every draw records its method"
                                     " and seed, so anyone can reperform the selection."),
                                  this);
    m_frequencyButton = new QPushButton(tr("&Frequency Table…"), this);
    m_frequencyButton->setObjectName(QStringLiteral("frequencyTableButton"));
    m_frequencyButton->setToolTip(tr("The firm's sample sizes by control frequency, kept in this workpaper"));
    connect(m_frequencyButton, &QPushButton::clicked, this, &SamplingPage::editFrequencyTable);
    header->addTrailingWidget(m_frequencyButton);
    layout->addWidget(header);

    m_populationCombo = new QComboBox(this);
    m_populationCombo->setObjectName(QStringLiteral("populationCombo"));
    m_populationCombo->setModel(m_list);
    m_populationCombo->setModelColumn(PopulationListModel::NameColumn);
    m_populationCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_populationCombo->setMinimumContentsLength(32);
    auto *populationLabel = new QLabel(tr("&Population:"), this);
    populationLabel->setBuddy(m_populationCombo);
    m_populationSummary = mutedLabel(this);
    m_populationSummary->setObjectName(QStringLiteral("populationSummary"));
    auto *populationRow = new QHBoxLayout;
    populationRow->setSpacing(8);
    populationRow->addWidget(populationLabel);
    populationRow->addWidget(m_populationCombo);
    populationRow->addSpacing(8);
    populationRow->addWidget(m_populationSummary, 1);
    layout->addLayout(populationRow);

    auto *body = new QHBoxLayout;
    body->setSpacing(16);
    body->addWidget(buildLeftColumn());
    body->addWidget(buildSelection(), 1);
    layout->addLayout(body, 1);

    connect(m_populationCombo, &QComboBox::currentIndexChanged, this, &SamplingPage::loadPopulation);
    connect(m_list, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_selectedBeforeReset = currentPopulation(); });
    connect(m_list, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_list->rowOf(std::exchange(m_selectedBeforeReset, {}));
        const QSignalBlocker blocker(m_populationCombo);
        m_populationCombo->setCurrentIndex(row >= 0 ? row : (m_list->rowCount() > 0 ? 0 : -1));
        loadPopulation();
    });
    connect(&workpaper, &Core::Workpaper::changed, this, &SamplingPage::onChanged);
    connect(m_sizePanel, &SampleSizePanel::sizeChanged, this, [this] {
        if (const auto size = m_sizePanel->size())
            m_sizeSpin->setValue(std::min(*size, m_sizeSpin->maximum()));
    });
    connect(m_sizePanel, &SampleSizePanel::statisticalInputsChanged, this,
            [this] { m_evaluation->setRates(m_sizePanel->riskText(), m_sizePanel->tolerableText()); });

    loadFrequencyTable();
    loadPeriod();
    m_evaluation->setRates(m_sizePanel->riskText(), m_sizePanel->tolerableText());
    if (m_list->rowCount() > 0)
        m_populationCombo->setCurrentIndex(0);
    loadPopulation();
}

SamplingPage::~SamplingPage() = default;

QWidget *SamplingPage::buildLeftColumn()
{
    auto *column = new QWidget(this);
    column->setFixedWidth(fontMetrics().averageCharWidth() * kLeftColumnChars);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    m_sizePanel = new SampleSizePanel(column);
    layout->addWidget(m_sizePanel);

    auto *draw = new QGroupBox(tr("Draw"), column);
    draw->setObjectName(QStringLiteral("drawBox"));
    auto *form = new QFormLayout(draw);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->setVerticalSpacing(6);
    m_methodCombo = new QComboBox(draw);
    m_methodCombo->setObjectName(QStringLiteral("methodCombo"));
    m_methodCombo->addItem(tr("Random"), Core::selectionMethodKey(SelectionMethod::Random));
    m_methodCombo->addItem(tr("Systematic (random start)"), Core::selectionMethodKey(SelectionMethod::Systematic));
    form->addRow(tr("&Method:"), m_methodCombo);

    m_sizeSpin = new QSpinBox(draw);
    m_sizeSpin->setObjectName(QStringLiteral("drawSizeSpin"));
    m_sizeSpin->setRange(1, 1);
    m_sizeSpin->setGroupSeparatorShown(true);
    m_sizeSpin->setMinimumWidth(fontMetrics().averageCharWidth() * 12);
    m_sizeSpin->setToolTip(tr("Follows the sample size above; you may change it"));
    form->addRow(tr("Si&ze:"), m_sizeSpin);

    m_seedEdit = new QLineEdit(draw);
    m_seedEdit->setObjectName(QStringLiteral("seedEdit"));
    m_seedEdit->setPlaceholderText(tr("a new seed"));
    m_seedEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,20}")), m_seedEdit));
    m_seedEdit->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("18446744073709551615")) + 16);
    m_seedEdit->setToolTip(tr("The generator's seed (0 to 18446744073709551615). The same seed draws the same rows."));
    m_newSeedButton = new QPushButton(tr("&New Seed"), draw);
    m_newSeedButton->setObjectName(QStringLiteral("newSeedButton"));
    connect(m_newSeedButton, &QPushButton::clicked, this,
            [this] { m_seedEdit->setText(QString::number(Core::newSeed())); });
    auto *seedRow = new QHBoxLayout;
    seedRow->setSpacing(6);
    seedRow->addWidget(m_seedEdit, 1);
    seedRow->addWidget(m_newSeedButton);
    form->addRow(tr("S&eed:"), seedRow);
    qobject_cast<QLabel *>(form->labelForField(seedRow))->setBuddy(m_seedEdit);

    m_drawButton = new QPushButton(tr("&Draw Sample"), draw);
    m_drawButton->setObjectName(QStringLiteral("drawButton"));
    m_drawButton->setDefault(true);
    connect(m_drawButton, &QPushButton::clicked, this, &SamplingPage::drawSample);
    m_extendButton = new QPushButton(tr("E&xtend…"), draw);
    m_extendButton->setObjectName(QStringLiteral("extendButton"));
    m_extendButton->setToolTip(tr("Add items to the random sample; the items drawn so far stay"));
    connect(m_extendButton, &QPushButton::clicked, this, &SamplingPage::chooseExtension);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_drawButton);
    buttons->addWidget(m_extendButton);
    buttons->addStretch();
    form->addRow(QString(), buttons);
    layout->addWidget(draw);
    layout->addStretch();
    return column;
}

QWidget *SamplingPage::buildSelection()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    auto *titleRow = new QHBoxLayout;
    m_selectionSummary = new QLabel(panel);
    m_selectionSummary->setObjectName(QStringLiteral("selectionSummary"));
    QFont bold = m_selectionSummary->font();
    bold.setWeight(QFont::DemiBold);
    m_selectionSummary->setFont(bold);
    m_selectionSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_selectionSummary->setWordWrap(true); // a long name or date format must not widen the window
    m_exportButton = new QPushButton(tr("Export &Request (XLSX)…"), panel);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setToolTip(tr("Write the selected items as a request list for the client"));
    connect(m_exportButton, &QPushButton::clicked, this, &SamplingPage::chooseExportFile);
    m_selectionBasis = mutedLabel(panel);
    m_selectionBasis->setObjectName(QStringLiteral("selectionBasis"));
    m_selectionBasis->setWordWrap(true);
    m_selectionBasis->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The summary takes the full width; the basis, which may run long, wraps beside the export button.
    layout->addWidget(m_selectionSummary);
    titleRow->addWidget(m_selectionBasis, 1);
    titleRow->addWidget(m_exportButton, 0, Qt::AlignBottom);
    layout->addLayout(titleRow);

    m_selectionStack = new QStackedWidget(panel);
    m_selectionModel = new QStandardItemModel(this);
    m_selectionView = new QTableView(m_selectionStack);
    m_selectionView->setObjectName(QStringLiteral("selectionView"));
    m_selectionView->setAccessibleName(tr("Sample selection"));
    m_selectionView->setModel(m_selectionModel);
    m_selectionView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_selectionView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_selectionView->setAlternatingRowColors(true);
    m_selectionView->setWordWrap(false);
    m_selectionView->verticalHeader()->hide();
    m_selectionView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_selectionView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_selectionView->horizontalHeader()->setHighlightSections(false);
    m_selectionView->horizontalHeader()->setStretchLastSection(true);
    m_selectionStack->addWidget(m_selectionView);
    m_emptySelection = mutedLabel(m_selectionStack);
    m_emptySelection->setObjectName(QStringLiteral("emptySelectionText"));
    m_emptySelection->setAlignment(Qt::AlignCenter);
    m_emptySelection->setWordWrap(true);
    m_selectionStack->addWidget(m_emptySelection);
    layout->addWidget(m_selectionStack, 1);

    m_evaluation = new EvaluationPanel(panel);
    layout->addSpacing(6);
    layout->addWidget(m_evaluation);
    return panel;
}

void SamplingPage::setPrompter(std::shared_ptr<Prompter> prompter)
{
    if (prompter)
        m_prompter = std::move(prompter);
}

void SamplingPage::setFileChooser(FileChooser *files)
{
    m_files = files ? files : m_ownFiles.get();
}

QString SamplingPage::currentPopulation() const
{
    const int row = m_populationCombo->currentIndex();
    return row < 0 || row >= m_list->rowCount() ? QString() : m_list->populationAt(row).name;
}

bool SamplingPage::showPopulation(const QString &name)
{
    const int row = m_list->rowOf(name);
    if (row < 0)
        return false;
    m_populationCombo->setCurrentIndex(row);
    return true;
}

void SamplingPage::onChanged(const QString &object)
{
    if (object == QLatin1String("settings:frequency-table"))
        loadFrequencyTable();
    else if (object == QLatin1String("engagement"))
        loadPeriod();
    else if (m_population && object == QStringLiteral("sample:%1").arg(m_population->name))
        loadSample();
    else if (object.startsWith(QLatin1String("control")))
        loadPopulation();
}

void SamplingPage::loadFrequencyTable()
{
    auto table = m_workpaper.sampling().frequencyTable();
    if (!table) {
        Q_EMIT errorOccurred(tr("The frequency table could not be read. %1").arg(errorSentence(table.error().detail)));
        return;
    }
    m_sizePanel->setFrequencyTable(*table);
}

void SamplingPage::loadPeriod()
{
    const auto details = m_workpaper.engagement().details();
    m_sizePanel->setPeriodMonths(details ? Core::engagementPeriodMonths(*details) : std::nullopt);
}

void SamplingPage::loadPopulation()
{
    const qint64 previousId = m_population ? m_population->id : 0;
    m_population.reset();
    const QString name = currentPopulation();
    if (!name.isEmpty()) {
        auto found = m_workpaper.populations().find(name);
        if (!found)
            Q_EMIT errorOccurred(
                tr("Population %1 could not be read. %2").arg(name, errorSentence(found.error().detail)));
        else
            m_population = **found;
    }
    std::optional<Core::Control> control;
    if (m_population && !m_population->controlId.isEmpty()) {
        if (auto found = m_workpaper.controls().find(m_population->controlId))
            control = *found;
    }
    if (!m_population) {
        m_populationSummary->setText(m_list->rowCount() == 0 ? tr("No populations yet") : QString());
    } else if (control) {
        m_populationSummary->setText(tr("%1 · control %2 (%3, %4)")
                                         .arg(tr("%Ln rows", "", clampToInt(m_population->rowCount)), control->id,
                                              Core::frequencyName(control->frequency),
                                              Core::controlTypeName(control->type).toLower()));
    } else {
        m_populationSummary->setText(tr("%1 · no control").arg(tr("%Ln rows", "", clampToInt(m_population->rowCount))));
    }
    m_sizePanel->setControl(control);
    m_sizeSpin->setMaximum(std::max(1, m_population ? clampToInt(m_population->rowCount) : 1));
    m_sizePanel->setPopulationSize(m_population ? std::optional<qint64>(m_population->rowCount) : std::nullopt);
    // A seed typed for one population is not carried to another; a stored sample shows its own.
    if (!m_population || m_population->id != previousId)
        m_seedEdit->clear();
    loadSample();
}

void SamplingPage::loadSample()
{
    m_sample.reset();
    if (m_population) {
        auto stored = m_workpaper.sampling().sample(m_population->name);
        if (!stored)
            Q_EMIT errorOccurred(tr("The sample could not be read. %1").arg(errorSentence(stored.error().detail)));
        else
            m_sample = *stored;
    }
    if (m_sample) {
        m_seedEdit->setText(QString::number(m_sample->seed));
        m_methodCombo->setCurrentIndex(m_methodCombo->findData(Core::selectionMethodKey(m_sample->method)));
        m_evaluation->setSampleSize(static_cast<int>(m_sample->rows.size()));
    }
    fillSelection();
    updateActions();
}

void SamplingPage::fillSelection()
{
    m_selectionModel->clear();
    if (!m_population || !m_sample) {
        m_selectionSummary->setText(tr("Selection"));
        m_selectionBasis->clear();
        m_emptySelection->setText(!m_population
                                      ? tr("Import a population on the Populations page, then choose it above.")
                                      : tr("No sample drawn yet. Choose the size and method, then Draw Sample."));
        m_selectionStack->setCurrentWidget(m_emptySelection);
        return;
    }
    const Core::SampleInfo &s = *m_sample;
    const QLocale locale;
    m_selectionSummary->setText(
        tr("%1 · seed %2 · %3 of %4 rows · drawn by %5 on %6")
            .arg(methodText(s.method), QString::number(s.seed), locale.toString(static_cast<qint64>(s.rows.size())),
                 locale.toString(s.populationSize), initialsOf(s.drawnBy),
                 locale.toString(s.drawnAt.toLocalTime().date(), QStringLiteral("d MMM yyyy"))));
    m_selectionSummary->setToolTip(tr("Drawn by %1 at %2").arg(s.drawnBy, locale.toString(s.drawnAt.toLocalTime())));
    m_selectionBasis->setText(s.basis.isEmpty() ? QString() : tr("Size: %1").arg(errorSentence(s.basis)));

    QStringList headers{tr("Item"), tr("Row")};
    headers << m_population->columns;
    m_selectionModel->setHorizontalHeaderLabels(headers);
    auto fields = m_workpaper.populations().rowsByNumber(m_population->id, s.rows);
    if (!fields)
        Q_EMIT errorOccurred(tr("The sampled rows could not be read. %1").arg(errorSentence(fields.error().detail)));
    for (int i = 0; i < s.rows.size(); ++i) {
        QList<QStandardItem *> items;
        auto *item = new QStandardItem;
        item->setData(i + 1, Qt::DisplayRole);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *row = new QStandardItem;
        row->setData(s.rows.at(i), Qt::DisplayRole);
        row->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        items << item << row;
        if (fields && i < fields->size()) {
            for (const QString &value : fields->at(i))
                items << new QStandardItem(value);
        }
        m_selectionModel->appendRow(items);
    }
    m_selectionView->resizeColumnsToContents();
    const int ch = fontMetrics().averageCharWidth();
    for (int c = 0; c < m_selectionModel->columnCount(); ++c)
        m_selectionView->setColumnWidth(c, std::clamp(m_selectionView->columnWidth(c) + ch * 2, ch * 6, ch * 40));
    m_selectionStack->setCurrentWidget(m_selectionView);
}

std::optional<SelectionMethod> SamplingPage::chosenMethod() const
{
    return Core::selectionMethodFromKey(m_methodCombo->currentData().toString());
}

bool SamplingPage::drawSample()
{
    if (!m_population) {
        Q_EMIT errorOccurred(tr("Choose a population first."));
        return false;
    }
    std::optional<quint64> seed;
    if (const QString text = m_seedEdit->text().trimmed(); !text.isEmpty()) {
        bool ok = false;
        seed = text.toULongLong(&ok);
        if (!ok) {
            Q_EMIT errorOccurred(tr("Seed: enter a whole number from 0 to 18446744073709551615, or leave it empty for a"
                                    " new one."));
            return false;
        }
    }
    const int size = m_sizeSpin->value();
    if (m_sample) {
        const QString text = tr("Replace the sample of %1 (%n items, drawn by %2) with a new one? The earlier selection"
                                " stays in the audit trail.",
                                "", static_cast<int>(m_sample->rows.size()))
                                 .arg(m_population->name, m_sample->drawnBy);
        if (!m_prompter->confirm(this, tr("Replace Sample"), text))
            return false;
    }
    QString basis = m_sizePanel->basis();
    if (m_sizePanel->size() != size)
        basis = basis.isEmpty() ? tr("%n items chosen by the auditor", "", size)
                                : tr("%n items chosen by the auditor (suggested: %1)", "", size).arg(basis);
    const auto method = chosenMethod().value_or(SelectionMethod::Random);
    auto drawn = m_workpaper.sampling().draw(m_population->name, size, method, seed, basis);
    if (!drawn) {
        Q_EMIT errorOccurred(tr("No sample was drawn. %1").arg(errorSentence(drawn.error().detail)));
        return false;
    }
    m_seedEdit->setText(QString::number(drawn->seed));
    Q_EMIT statusMessage(tr("Drew %n items from %1 with seed %2.", "", static_cast<int>(drawn->rows.size()))
                             .arg(drawn->population, QString::number(drawn->seed)));
    return true;
}

bool SamplingPage::extendSample(int newSize)
{
    if (!m_population || !m_sample)
        return false;
    auto extended = m_workpaper.sampling().extend(m_population->name, newSize);
    if (!extended) {
        Q_EMIT errorOccurred(tr("The sample was not extended. %1").arg(errorSentence(extended.error().detail)));
        return false;
    }
    Q_EMIT statusMessage(tr("Extended the sample of %1 to %n items.", "", newSize).arg(m_population->name));
    return true;
}

void SamplingPage::chooseExtension()
{
    if (!m_population || !m_sample)
        return;
    const int current = static_cast<int>(m_sample->rows.size());
    const int maximum = clampToInt(m_population->rowCount);
    bool ok = false;
    const int size = QInputDialog::getInt(
        this, tr("Extend Sample"),
        tr("New sample size (now %1; the items drawn so far stay first):").arg(QLocale().toString(current)),
        std::min(current + 1, maximum), current + 1, maximum, 1, &ok);
    if (ok)
        extendSample(size);
}

bool SamplingPage::exportRequest(const QString &xlsxPath)
{
    if (!m_population || !m_sample)
        return false;
    if (auto ok = m_workpaper.sampling().exportRequest(m_population->name, xlsxPath); !ok) {
        Q_EMIT errorOccurred(tr("The request list was not written. %1").arg(errorSentence(ok.error().detail)));
        return false;
    }
    Q_EMIT statusMessage(tr("Wrote the request list to %1.").arg(QDir::toNativeSeparators(xlsxPath)));
    return true;
}

void SamplingPage::chooseExportFile()
{
    if (!m_population)
        return;
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|]+"));
    const QString base = QString(m_population->name).replace(unsafe, QStringLiteral(" ")).simplified();
    const QString suggested =
        QFileInfo(m_workpaper.path()).dir().filePath(tr("%1 - sample request.xlsx", "suggested file name").arg(base));
    QString path = m_files->saveFileName(this, tr("Export Request"), suggested, tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".xlsx");
    exportRequest(path);
}

QWidget *SamplingPage::editFrequencyTable()
{
    auto table = m_workpaper.sampling().frequencyTable();
    if (!table) {
        Q_EMIT errorOccurred(tr("The frequency table could not be read. %1").arg(errorSentence(table.error().detail)));
        return nullptr;
    }
    auto *dialog = new FrequencyTableDialog(*table, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        auto edited = dialog->table();
        if (!edited)
            return; // accept() only closes on a valid table
        if (auto ok = m_workpaper.sampling().setFrequencyTable(*edited); !ok) {
            Q_EMIT errorOccurred(tr("The frequency table was not saved. %1").arg(errorSentence(ok.error().detail)));
            return;
        }
        Q_EMIT statusMessage(tr("Frequency table saved."));
    });
    dialog->open();
    return dialog;
}

void SamplingPage::updateActions()
{
    const bool hasRows = m_population && m_population->rowCount > 0;
    m_populationCombo->setEnabled(m_list->rowCount() > 0);
    m_drawButton->setEnabled(hasRows);
    m_newSeedButton->setEnabled(hasRows);
    m_sizeSpin->setEnabled(hasRows);
    m_methodCombo->setEnabled(hasRows);
    m_seedEdit->setEnabled(hasRows);
    m_extendButton->setEnabled(m_sample && m_sample->method == SelectionMethod::Random &&
                               m_sample->rows.size() < m_population->rowCount);
    m_exportButton->setEnabled(m_sample.has_value());
}

} // namespace Tickmark::Ui
