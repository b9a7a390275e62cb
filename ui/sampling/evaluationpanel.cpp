// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluationpanel.h"

#include "common/errortext.h"
#include "samplesizepanel.h"
#include "settings/appearance.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Tickmark::Ui {

namespace {

/// Sample sizes accepted for evaluation (the statistical tables stop at 2,000; a frequency sample can be larger).
constexpr int kMaxEvaluatedSize = 1'000'000;

QString percent(double fraction)
{
    return QLocale().toString(fraction * 100.0, 'f', 1) + QStringLiteral("%");
}

} // namespace

EvaluationPanel::EvaluationPanel(QWidget *parent)
    : QGroupBox(tr("Evaluation"), parent)
{
    setObjectName(QStringLiteral("evaluationPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);

    m_sizeSpin = new QSpinBox(this);
    m_sizeSpin->setObjectName(QStringLiteral("evaluationSizeSpin"));
    m_sizeSpin->setRange(1, kMaxEvaluatedSize);
    m_sizeSpin->setGroupSeparatorShown(true);
    m_sizeSpin->setValue(25);
    m_deviationsSpin = new QSpinBox(this);
    m_deviationsSpin->setObjectName(QStringLiteral("deviationsSpin"));
    m_deviationsSpin->setRange(0, m_sizeSpin->value());
    m_riskCombo = new QComboBox(this);
    m_riskCombo->setObjectName(QStringLiteral("evaluationRiskCombo"));
    fillRiskCombo(m_riskCombo, QStringLiteral("5%"));
    m_tolerableEdit = new QLineEdit(QStringLiteral("5%"), this);
    m_tolerableEdit->setObjectName(QStringLiteral("evaluationTolerableEdit"));
    m_tolerableEdit->setMaximumWidth(m_tolerableEdit->fontMetrics().averageCharWidth() * 12);
    m_tolerableEdit->setPlaceholderText(tr("none"));
    m_tolerableEdit->setToolTip(tr("The tolerable deviation rate; leave it empty to see the limit only"));

    const auto labelled = [this](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        return label;
    };
    auto *inputs = new QGridLayout;
    inputs->setHorizontalSpacing(8);
    inputs->setVerticalSpacing(6);
    inputs->addWidget(labelled(tr("Sample si&ze:"), m_sizeSpin), 0, 0);
    inputs->addWidget(m_sizeSpin, 0, 1);
    inputs->addWidget(labelled(tr("De&viations:"), m_deviationsSpin), 0, 2);
    inputs->addWidget(m_deviationsSpin, 0, 3);
    inputs->addWidget(labelled(tr("R&isk:"), m_riskCombo), 1, 0);
    inputs->addWidget(m_riskCombo, 1, 1);
    inputs->addWidget(labelled(tr("Tolera&ble rate:"), m_tolerableEdit), 1, 2);
    inputs->addWidget(m_tolerableEdit, 1, 3);
    inputs->setColumnStretch(4, 1);
    layout->addLayout(inputs);

    m_figures = new QLabel(this);
    m_figures->setObjectName(QStringLiteral("evaluationFigures"));
    QFont bold = m_figures->font();
    bold.setWeight(QFont::DemiBold);
    m_figures->setFont(bold);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_figures);
    m_conclusion = new QLabel(this);
    m_conclusion->setObjectName(QStringLiteral("evaluationConclusion"));
    m_conclusion->setWordWrap(true);
    m_conclusion->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_conclusion->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_conclusion);

    connect(m_sizeSpin, &QSpinBox::valueChanged, this, [this](int n) {
        m_deviationsSpin->setMaximum(n);
        evaluate();
    });
    connect(m_deviationsSpin, &QSpinBox::valueChanged, this, &EvaluationPanel::evaluate);
    connect(m_riskCombo, &QComboBox::currentTextChanged, this, &EvaluationPanel::evaluate);
    connect(m_tolerableEdit, &QLineEdit::textChanged, this, &EvaluationPanel::evaluate);
    evaluate();
}

EvaluationPanel::~EvaluationPanel() = default;

void EvaluationPanel::setSampleSize(int size)
{
    m_sizeSpin->setValue(size);
}

void EvaluationPanel::setDeviations(int deviations)
{
    m_deviationsSpin->setValue(deviations);
}

void EvaluationPanel::setRates(const QString &risk, const QString &tolerable)
{
    m_riskCombo->setCurrentText(risk);
    m_tolerableEdit->setText(tolerable);
}

QString EvaluationPanel::figuresText() const
{
    return m_figures->text();
}

QString EvaluationPanel::conclusionText() const
{
    return m_conclusion->text();
}

void EvaluationPanel::evaluate()
{
    m_evaluation.reset();
    auto risk = Core::Rate::parse(m_riskCombo->currentText());
    if (!risk) {
        m_figures->setText(tr("No evaluation"));
        showConclusion(tr("Risk of overreliance: %1").arg(errorSentence(risk.error().detail)), false);
        return;
    }
    std::optional<Core::Rate> tolerable;
    if (!m_tolerableEdit->text().trimmed().isEmpty()) {
        auto parsed = Core::Rate::parse(m_tolerableEdit->text());
        if (!parsed) {
            m_figures->setText(tr("No evaluation"));
            showConclusion(tr("Tolerable rate: %1").arg(errorSentence(parsed.error().detail)), false);
            return;
        }
        tolerable = *parsed;
    }
    auto evaluation = Core::evaluateSample(m_sizeSpin->value(), m_deviationsSpin->value(), *risk, tolerable);
    if (!evaluation) {
        m_figures->setText(tr("No evaluation"));
        showConclusion(errorSentence(evaluation.error().detail), false);
        return;
    }
    m_evaluation = *evaluation;
    m_figures->setText(tr("Deviation rate %1 · upper deviation limit %2")
                           .arg(percent(evaluation->deviationRate), percent(evaluation->upperLimitPermille / 1000.0)));
    showConclusion(evaluation->conclusion, evaluation->supportsReliance);
}

void EvaluationPanel::showConclusion(const QString &text, std::optional<bool> supports)
{
    m_conclusion->setText(text);
    // Green and red tints (deep ones on a dark palette): the conclusion is the line a reviewer looks for.
    const Tone tone = supports == true ? Tone::Good : (supports == false ? Tone::Bad : Tone::Neutral);
    const QPalette &pal = palette();
    m_conclusion->setStyleSheet(QStringLiteral("QLabel#evaluationConclusion { background: %1; border: 1px solid %2;"
                                               " border-radius: 4px; color: %3; }")
                                    .arg(toneBackground(tone, pal).name(), toneBorder(tone, pal).name(),
                                         toneText(tone, pal).name()));
    m_conclusion->setProperty("supportsReliance", supports ? QVariant(*supports) : QVariant());
}

} // namespace Tickmark::Ui
