// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sampling/evaluation.h"

#include <QGroupBox>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Tickmark::Ui {

/// The "Evaluation" panel of the Sampling page: sample size, deviations found, risk of overreliance and tolerable
/// rate give the deviation rate, the upper deviation limit and the conclusion (evaluateSample()), shown green when
/// the sample supports the planned reliance and red when it does not.
///
/// Object names: "evaluationSizeSpin", "deviationsSpin", "evaluationRiskCombo", "evaluationTolerableEdit",
/// "evaluationFigures", "evaluationConclusion".
class EvaluationPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvaluationPanel)

public:
    explicit EvaluationPanel(QWidget *parent = nullptr);
    ~EvaluationPanel() override;

    /// Sets the sample size (the drawn sample's, by default) and keeps the deviations within it.
    void setSampleSize(int size);
    void setDeviations(int deviations);
    /// Risk and tolerable rate as typed, e.g. "5%" and "10%".
    void setRates(const QString &risk, const QString &tolerable);

    /// The evaluation of the current inputs; nullopt when they are invalid.
    const std::optional<Core::Evaluation> &evaluation() const { return m_evaluation; }
    /// "Deviation rate 1.7% · upper deviation limit 7.7%", or the reason there is none.
    QString figuresText() const;
    QString conclusionText() const;

private:
    void evaluate();
    void showConclusion(const QString &text, std::optional<bool> supports);

    QSpinBox *m_sizeSpin = nullptr;
    QSpinBox *m_deviationsSpin = nullptr;
    QComboBox *m_riskCombo = nullptr;
    QLineEdit *m_tolerableEdit = nullptr;
    QLabel *m_figures = nullptr;
    QLabel *m_conclusion = nullptr;
    std::optional<Core::Evaluation> m_evaluation;
};

} // namespace Tickmark::Ui
