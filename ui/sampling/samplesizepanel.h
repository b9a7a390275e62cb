// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controls/control.h"
#include "engagement/engagement.h"
#include "sampling/frequencytable.h"

#include <QGroupBox>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QStackedWidget;

namespace Tickmark::Ui {

/// Fills an editable combo with the usual risks of overreliance (5%, 10%) and selects @p current.
void fillRiskCombo(QComboBox *combo, const QString &current);

/// The "Sample size" panel of the Sampling page: either statistical (attribute sampling: risk of overreliance,
/// tolerable and expected deviation rates, statisticalSampleSize()) or frequency-based (the firm's table for the
/// control's frequency and risk, prorated for the period and capped by the population: frequencySampleSize()),
/// with the size and how it was reached.
///
/// Object names: "statisticalRadio", "frequencyRadio", "riskCombo", "tolerableEdit", "expectedEdit",
/// "frequencyCombo", "frequencyRiskCombo", "automatedCheck", "populationSizeLabel", "periodLabel", "sizeResult",
/// "sizeExplanation".
class SampleSizePanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SampleSizePanel)

public:
    enum class Mode { Statistical, Frequency };

    explicit SampleSizePanel(QWidget *parent = nullptr);
    ~SampleSizePanel() override;

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    /// Statistical inputs as typed, e.g. ("5%", "5%", "1%").
    void setStatisticalInputs(const QString &risk, const QString &tolerable, const QString &expected);
    /// The risk and tolerable rate as typed (the evaluation starts from the same ones).
    QString riskText() const;
    QString tolerableText() const;

    void setFrequencyTable(const Core::FrequencyTable &table);
    /// Preselects the control's frequency and whether it is automated (the user may change both).
    void setControl(const std::optional<Core::Control> &control);
    /// The population's row count, which caps a frequency-based size; nullopt when unknown.
    void setPopulationSize(std::optional<qint64> rows);
    /// The Type II period in months (see Core::engagementPeriodMonths()); nullopt for none.
    void setPeriodMonths(std::optional<int> months);

    /// The size computed from the current inputs; nullopt when they are invalid or the size is too large.
    std::optional<int> size() const { return m_size; }
    /// How the size was reached, in words, for the sample's record.
    QString basis() const { return m_basis; }
    /// The headline shown, e.g. "Sample size 93 with 1 expected deviation".
    QString resultText() const;

Q_SIGNALS:
    /// The inputs changed and the size (or its absence) was recomputed.
    void sizeChanged();
    /// The statistical risk or tolerable rate was edited.
    void statisticalInputsChanged();

private:
    QWidget *buildStatistical();
    QWidget *buildFrequency();
    void recompute();
    void computeStatistical();
    void computeFrequency();
    void showResult(const QString &headline, const QString &explanation, bool error);

    Mode m_mode = Mode::Statistical;
    Core::FrequencyTable m_table = Core::FrequencyTable::defaults();
    std::optional<qint64> m_population;
    std::optional<int> m_months;
    std::optional<int> m_size;
    QString m_basis;

    QRadioButton *m_statisticalRadio = nullptr;
    QRadioButton *m_frequencyRadio = nullptr;
    QStackedWidget *m_stack = nullptr;
    QComboBox *m_riskCombo = nullptr;
    QLineEdit *m_tolerableEdit = nullptr;
    QLineEdit *m_expectedEdit = nullptr;
    QComboBox *m_frequencyCombo = nullptr;
    QComboBox *m_frequencyRiskCombo = nullptr;
    QCheckBox *m_automatedCheck = nullptr;
    QLabel *m_populationLabel = nullptr;
    QLabel *m_periodLabel = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_explanation = nullptr;
};

} // namespace Tickmark::Ui
