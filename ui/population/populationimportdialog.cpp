// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "populationimportdialog.h"

#include "common/errortext.h"
#include "common/filechooser.h"
#include "settings/appearance.h"
#include "controls/controlservice.h"
#include "population/populationservice.h"
#include "workpaper/workpaper.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Tickmark::Ui {

namespace {

/// Characters of a control's description shown next to its id in the control list.
constexpr int kDescriptionChars = 70;

QString controlLabel(const Core::Control &control)
{
    QString description = control.description.simplified();
    if (description.size() > kDescriptionChars)
        description = description.left(kDescriptionChars - 1).trimmed() + QStringLiteral("…");
    return description.isEmpty() ? control.id : QStringLiteral("%1 — %2").arg(control.id, description);
}

/// The translated name of a Core::inferColumnTypes() type; empty for an unknown one.
QString typeName(const QString &type)
{
    if (type == QLatin1String("number"))
        return PopulationImportDialog::tr("number");
    if (type == QLatin1String("date"))
        return PopulationImportDialog::tr("date");
    if (type == QLatin1String("date-time"))
        return PopulationImportDialog::tr("date-time");
    if (type == QLatin1String("text"))
        return PopulationImportDialog::tr("text");
    if (type == QLatin1String("empty"))
        return PopulationImportDialog::tr("empty");
    return {};
}

void setMuted(QLabel *label, bool error)
{
    QPalette pal = label->palette();
    const QColor errorText = isDarkPalette(pal) ? toneText(Tone::Bad, pal) : QColor(0xB4, 0x23, 0x18);
    pal.setColor(QPalette::WindowText, error ? errorText : pal.color(QPalette::PlaceholderText));
    label->setPalette(pal);
}

} // namespace

PopulationImportDialog::PopulationImportDialog(Core::Workpaper &workpaper, FileChooser &files, QWidget *parent)
    : QDialog(parent)
    , m_workpaper(workpaper)
    , m_files(files)
{
    setObjectName(QStringLiteral("populationImportDialog"));
    setWindowTitle(tr("Import Population"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    auto *intro = new QLabel(tr("The header row must hold the column names; records above it (a title block) are"
                                " skipped. Every data row is stored as read, with the file's SHA-256, so the"
                                " population can be traced to the file the client provided."),
                             this);
    intro->setWordWrap(true);
    setMuted(intro, false);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_fileEdit = new QLineEdit(this);
    m_fileEdit->setObjectName(QStringLiteral("fileEdit"));
    m_fileEdit->setReadOnly(true);
    m_fileEdit->setPlaceholderText(tr("Choose a CSV or XLSX file"));
    auto *choose = new QPushButton(tr("C&hoose…"), this);
    choose->setObjectName(QStringLiteral("chooseFileButton"));
    connect(choose, &QPushButton::clicked, this, &PopulationImportDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(choose);
    form->addRow(tr("&File:"), fileRow);
    qobject_cast<QLabel *>(form->labelForField(fileRow))->setBuddy(choose);

    m_sheetCombo = new QComboBox(this);
    m_sheetCombo->setObjectName(QStringLiteral("sheetCombo"));
    m_sheetCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_sheetCombo, &QComboBox::activated, this, &PopulationImportDialog::loadPreview);
    m_sheetLabel = new QLabel(tr("&Worksheet:"), this);
    m_sheetLabel->setBuddy(m_sheetCombo);
    form->addRow(m_sheetLabel, m_sheetCombo); // hiding both hides the row, spacing included

    m_controlCombo = new QComboBox(this);
    m_controlCombo->setObjectName(QStringLiteral("controlCombo"));
    m_controlCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_controlCombo->setMinimumContentsLength(40);
    m_controlCombo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    if (auto controls = workpaper.controls().list()) {
        for (const Core::Control &c : std::as_const(*controls))
            m_controlCombo->addItem(controlLabel(c), c.id);
    }
    form->addRow(tr("&Control:"), m_controlCombo);

    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setPlaceholderText(tr("e.g. Production changes, January to September"));
    connect(m_nameEdit, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    connect(m_nameEdit, &QLineEdit::textChanged, this, &PopulationImportDialog::validate);
    m_nameProblem = new QLabel(this);
    m_nameProblem->setObjectName(QStringLiteral("nameProblem"));
    setMuted(m_nameProblem, true);
    m_nameProblem->hide();
    auto *nameColumn = new QVBoxLayout;
    nameColumn->setSpacing(2);
    nameColumn->addWidget(m_nameEdit);
    nameColumn->addWidget(m_nameProblem);
    form->addRow(tr("&Name:"), nameColumn);
    qobject_cast<QLabel *>(form->labelForField(nameColumn))->setBuddy(m_nameEdit);
    layout->addLayout(form);

    m_previewCaption = new QLabel(tr("Preview"), this);
    m_previewCaption->setObjectName(QStringLiteral("previewCaption"));
    m_previewCaption->setWordWrap(true);
    QFont bold = m_previewCaption->font();
    bold.setWeight(QFont::DemiBold);
    m_previewCaption->setFont(bold);
    m_headerRow = new QSpinBox(this);
    m_headerRow->setObjectName(QStringLiteral("headerRowSpin"));
    m_headerRow->setRange(1, kMaxHeaderRow);
    m_headerRow->setToolTip(tr("The record that holds the column names, counted from 1; the records above it are"
                               " skipped"));
    connect(m_headerRow, &QSpinBox::valueChanged, this, &PopulationImportDialog::loadPreview);
    auto *headerLabel = new QLabel(tr("&Header row:"), this);
    headerLabel->setBuddy(m_headerRow);
    auto *captionRow = new QHBoxLayout;
    captionRow->addWidget(m_previewCaption, 1);
    captionRow->addWidget(headerLabel);
    captionRow->addWidget(m_headerRow);
    layout->addLayout(captionRow);

    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setAlternatingRowColors(true);
    m_preview->setWordWrap(false);
    m_preview->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_preview->horizontalHeader()->setHighlightSections(false);
    m_preview->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_preview->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_preview->setMinimumHeight(fontMetrics().height() * 14);
    layout->addWidget(m_preview, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    m_sheetLabel->hide();
    m_sheetCombo->hide();
    resize(fontMetrics().averageCharWidth() * 150, fontMetrics().height() * 42);
    validate();
}

PopulationImportDialog::~PopulationImportDialog() = default;

void PopulationImportDialog::chooseFile()
{
    const QString dir = m_fileEdit->text().isEmpty() ? QFileInfo(m_workpaper.path()).absolutePath()
                                                     : QFileInfo(m_fileEdit->text()).absolutePath();
    const QString path = m_files.openFileName(this, tr("Import Population"), dir,
                                              tr("Population files (*.csv *.txt *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void PopulationImportDialog::setFile(const QString &path)
{
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    m_fileEdit->setToolTip(m_fileEdit->text());
    m_fileEdit->setProperty("path", path);
    if (!m_nameEdited)
        m_nameEdit->setText(suggestedPopulationName(path));
    m_sheetCombo->clear();
    const bool workbook = isWorkbookFile(path);
    m_sheetLabel->setVisible(workbook);
    m_sheetCombo->setVisible(workbook);
    {
        const QSignalBlocker blocker(m_headerRow); // a new file starts at its first record; one preview read
        m_headerRow->setValue(1);
    }
    loadPreview();
}

void PopulationImportDialog::setControl(const QString &id)
{
    const int index = m_controlCombo->findData(id);
    if (index >= 0)
        m_controlCombo->setCurrentIndex(index);
}

PopulationImportRequest PopulationImportDialog::request() const
{
    PopulationImportRequest r;
    r.path = m_fileEdit->property("path").toString();
    r.name = m_nameEdit->text().trimmed();
    r.controlId = m_controlCombo->currentData().toString();
    r.sheet = m_sheetCombo->isVisibleTo(this) ? m_sheetCombo->currentText() : QString();
    r.headerRow = m_headerRow->value();
    return r;
}

void PopulationImportDialog::loadPreview()
{
    const QString path = m_fileEdit->property("path").toString();
    if (path.isEmpty())
        return;
    const QString sheet = m_sheetCombo->currentText();
    const int headerRow = m_headerRow->value();
    const int generation = ++m_generation;
    m_loading = true;
    m_previewCaption->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    setMuted(m_previewCaption, false);
    validate();
    auto *watcher = new QFutureWatcher<Result<PopulationPreview>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_loading = false;
        showPreview(watcher->result());
        validate();
        Q_EMIT previewShown();
    });
    watcher->setFuture(QtConcurrent::run(readPopulationPreview, path, sheet, int(kPreviewRecords), headerRow));
}

void PopulationImportDialog::showPreview(const Result<PopulationPreview> &preview)
{
    m_preview->clear();
    m_headerMissing = false;
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    if (!preview) {
        m_previewCaption->setText(tr("This file cannot be imported. %1").arg(errorSentence(preview.error().detail)));
        setMuted(m_previewCaption, true);
        return;
    }
    if (!preview->sheets.isEmpty() && m_sheetCombo->count() == 0) {
        m_sheetCombo->addItems(preview->sheets);
        m_sheetCombo->setCurrentText(preview->sheet);
    }
    const bool headerFound = !preview->header.isEmpty();
    m_headerMissing = !headerFound && !preview->partial; // a partial read cannot tell
    const int columns = static_cast<int>(preview->header.size());
    m_preview->setColumnCount(columns);
    for (int c = 0; c < columns; ++c) {
        const QString type = typeName(preview->columnTypes.value(c));
        auto *item = new QTableWidgetItem(type.isEmpty() ? preview->header.at(c)
                                                         : QStringLiteral("%1\n(%2)").arg(preview->header.at(c), type));
        item->setToolTip(tr("Column %1: %2").arg(c + 1).arg(type));
        m_preview->setHorizontalHeaderItem(c, item);
    }
    // The title block above the header stays visible, greyed out, so the auditor sees what is skipped.
    const int skipped = static_cast<int>(preview->skipped.size());
    m_preview->setRowCount(skipped + static_cast<int>(preview->records.size()));
    const QColor greyed = palette().color(QPalette::Disabled, QPalette::Text);
    QStringList rowLabels;
    for (int r = 0; r < m_preview->rowCount(); ++r) {
        const bool skip = r < skipped;
        const QStringList &record = skip ? preview->skipped.at(r) : preview->records.at(r - skipped);
        rowLabels.append(skip ? tr("skip") : QString::number(r - skipped + 1));
        for (int c = 0; c < record.size(); ++c) {
            if (c >= m_preview->columnCount())
                m_preview->setColumnCount(c + 1); // a row longer than the header: the import will name it
            auto *item = new QTableWidgetItem(record.at(c));
            if (skip) {
                item->setForeground(greyed);
                item->setToolTip(tr("Above the header row: not imported"));
            }
            m_preview->setItem(r, c, item);
        }
    }
    m_preview->setVerticalHeaderLabels(rowLabels);
    const int shown = static_cast<int>(preview->records.size());
    const QString source = preview->sheet.isEmpty() ? preview->encoding : tr("sheet %1").arg(preview->sheet);
    if (!headerFound && skipped == 0)
        m_previewCaption->setText(tr("The file is empty."));
    else if (!headerFound)
        m_previewCaption->setText(tr("The file ends before header row %1.").arg(m_headerRow->value()));
    else if (shown == kPreviewRecords || preview->partial)
        m_previewCaption->setText(tr("Preview: the first %n records (%1)", "", shown).arg(source));
    else
        m_previewCaption->setText(tr("Preview: all %n records (%1)", "", shown).arg(source));
    setMuted(m_previewCaption, !headerFound);
    m_preview->resizeColumnsToContents();
    const int maxWidth = fontMetrics().averageCharWidth() * 44;
    for (int c = 0; c < m_preview->columnCount(); ++c)
        m_preview->setColumnWidth(c, std::min(m_preview->columnWidth(c) + 12, maxWidth));
}

void PopulationImportDialog::validate()
{
    const QString name = m_nameEdit->text().trimmed();
    QString problem;
    if (!name.isEmpty()) {
        const auto existing = m_workpaper.populations().find(name);
        if (existing && existing->has_value())
            problem = tr("A population named %1 already exists.").arg(name);
    }
    m_nameProblem->setText(problem);
    m_nameProblem->setVisible(!problem.isEmpty());
    const bool ready = !m_fileEdit->property("path").toString().isEmpty() && !name.isEmpty() && problem.isEmpty() &&
                       m_controlCombo->currentIndex() >= 0 && !m_loading && !m_headerMissing;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready);
}

} // namespace Tickmark::Ui
