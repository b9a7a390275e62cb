// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "population/population.h"
#include "sampling/samplingservice.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QStandardItemModel;
class QTableView;

namespace Tickmark::Core {
class PopulationListModel;
class Workpaper;
} // namespace Tickmark::Core

namespace Tickmark::Ui {

class EvaluationPanel;
class FileChooser;
class Prompter;
class SampleSizePanel;

/// The Sampling page: for a population, the sample size (statistical or frequency-based), the draw (random or
/// systematic, from a seed that is always shown so anyone can reperform it), the stored selection with the
/// population's columns, the client request export and the evaluation of the results. "Frequency table…" edits
/// the firm's table kept in the workpaper.
///
/// Object names: "populationCombo", "populationSummary", "methodCombo", "drawSizeSpin", "seedEdit",
/// "newSeedButton", "drawButton", "extendButton", "exportButton", "frequencyTableButton", "selectionSummary",
/// "selectionBasis", "selectionView"; panels "sampleSizePanel", "evaluationPanel".
class SamplingPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SamplingPage)

public:
    /// The selection table's fixed columns; the population's columns follow.
    enum SelectionColumn { ItemColumn, RowColumn, FirstFieldColumn };

    /// @p workpaper outlives the page.
    explicit SamplingPage(Core::Workpaper &workpaper, QWidget *parent = nullptr);
    ~SamplingPage() override;

    /// Replaces the confirmation prompter (tests inject one that answers by itself). Never null.
    void setPrompter(std::shared_ptr<Prompter> prompter);
    /// Uses @p files (not owned; it must outlive the page) to ask for file names; null restores the file dialog.
    void setFileChooser(FileChooser *files);

    /// Chooses population @p name; false when there is none by that name.
    bool showPopulation(const QString &name);
    QString currentPopulation() const;

    /// Draws a sample of the size, method and seed shown (a new seed when the field is empty), asking before it
    /// replaces a stored sample. Returns whether a sample was drawn; refusals are reported through errorOccurred().
    bool drawSample();
    /// Extends the stored random sample to @p newSize rows (the rows drawn so far stay first).
    bool extendSample(int newSize);
    /// Writes the client request list for the stored sample to @p xlsxPath.
    bool exportRequest(const QString &xlsxPath);
    /// Opens the frequency table dialog (non-blocking); returns it so tests can fill it in.
    QWidget *editFrequencyTable();

    SampleSizePanel *sizePanel() const { return m_sizePanel; }
    EvaluationPanel *evaluationPanel() const { return m_evaluation; }
    /// The stored sample of the current population, if any.
    const std::optional<Core::SampleInfo> &sample() const { return m_sample; }

Q_SIGNALS:
    void statusMessage(const QString &text); ///< short feedback for the status bar
    void errorOccurred(const QString &text); ///< a refused action, already worded for the user

private:
    QWidget *buildLeftColumn();
    QWidget *buildSelection();
    void onChanged(const QString &object);
    void loadPopulation();
    void loadSample();
    void loadFrequencyTable();
    void loadPeriod();
    void fillSelection();
    void chooseExtension();
    void chooseExportFile();
    void updateActions();
    std::optional<Core::SelectionMethod> chosenMethod() const;

    Core::Workpaper &m_workpaper;
    std::shared_ptr<Prompter> m_prompter;
    std::unique_ptr<FileChooser> m_ownFiles;
    FileChooser *m_files = nullptr;
    Core::PopulationListModel *m_list = nullptr;
    std::optional<Core::PopulationInfo> m_population;
    std::optional<Core::SampleInfo> m_sample;
    QString m_selectedBeforeReset;

    QComboBox *m_populationCombo = nullptr;
    QLabel *m_populationSummary = nullptr;
    SampleSizePanel *m_sizePanel = nullptr;
    QComboBox *m_methodCombo = nullptr;
    QSpinBox *m_sizeSpin = nullptr;
    QLineEdit *m_seedEdit = nullptr;
    QPushButton *m_newSeedButton = nullptr;
    QPushButton *m_drawButton = nullptr;
    QPushButton *m_extendButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_frequencyButton = nullptr;
    QStackedWidget *m_selectionStack = nullptr;
    QLabel *m_selectionSummary = nullptr;
    QLabel *m_selectionBasis = nullptr;
    QLabel *m_emptySelection = nullptr;
    QTableView *m_selectionView = nullptr;
    QStandardItemModel *m_selectionModel = nullptr;
    EvaluationPanel *m_evaluation = nullptr;
};

} // namespace Tickmark::Ui
