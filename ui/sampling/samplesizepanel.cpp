// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplesizepanel.h"

#include "common/errortext.h"
#include "sampling/samplesize.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Tickmark::Ui {

namespace {

const QColor kErrorText(0xb4, 0x23, 0x18);

QFormLayout *compactForm()
{
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->setVerticalSpacing(6);
    return form;
}

QLineEdit *rateEdit(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *edit = new QLineEdit(text, parent);
    edit->setObjectName(objectName);
    edit->setMaximumWidth(edit->fontMetrics().averageCharWidth() * 12);
    edit->setToolTip(QCoreApplication::translate("SampleSizePanel", "A percentage such as 5% or 2.5%"));
    return edit;
}

} // namespace

void fillRiskCombo(QComboBox *combo, const QString &current)
{
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItems({QStringLiteral("5%"), QStringLiteral("10%")});
    combo->setCurrentText(current);
    combo->setMaximumWidth(combo->fontMetrics().averageCharWidth() * 14);
    combo->setToolTip(QCoreApplication::translate("SampleSizePanel",
                                                  "Risk of overreliance: 5% or 10% as in the AICPA tables, or any"
                                                  " other percentage"));
}

SampleSizePanel::SampleSizePanel(QWidget *parent)
    : QGroupBox(tr("Sample size"), parent)
{
    setObjectName(QStringLiteral("sampleSizePanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);

    m_statisticalRadio = new QRadioButton(tr("&Statistical"), this);
    m_statisticalRadio->setObjectName(QStringLiteral("statisticalRadio"));
    m_statisticalRadio->setToolTip(tr("Attribute sampling on the binomial distribution (AICPA tables A-1 and A-2)"));
    m_frequencyRadio = new QRadioButton(tr("&Frequency-based"), this);
    m_frequencyRadio->setObjectName(QStringLiteral("frequencyRadio"));
    m_frequencyRadio->setToolTip(tr("The firm's table of sizes by control frequency and risk"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_statisticalRadio);
    group->addButton(m_frequencyRadio);
    m_statisticalRadio->setChecked(true);
    auto *modes = new QHBoxLayout;
    modes->addWidget(m_statisticalRadio);
    modes->addWidget(m_frequencyRadio);
    modes->addStretch();
    layout->addLayout(modes);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(buildStatistical());
    m_stack->addWidget(buildFrequency());
    layout->addWidget(m_stack);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("sizeResult"));
    QFont big = m_result->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setWeight(QFont::DemiBold);
    m_result->setFont(big);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("sizeExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_explanation);

    connect(m_statisticalRadio, &QRadioButton::toggled, this,
            [this](bool on) { setMode(on ? Mode::Statistical : Mode::Frequency); });
    setMode(Mode::Statistical);
}

SampleSizePanel::~SampleSizePanel() = default;

QWidget *SampleSizePanel::buildStatistical()
{
    auto *page = new QWidget(this);
    auto *form = compactForm();
    page->setLayout(form);
    m_riskCombo = new QComboBox(page);
    m_riskCombo->setObjectName(QStringLiteral("riskCombo"));
    fillRiskCombo(m_riskCombo, QStringLiteral("5%"));
    m_tolerableEdit = rateEdit(QStringLiteral("tolerableEdit"), QStringLiteral("5%"), page);
    m_expectedEdit = rateEdit(QStringLiteral("expectedEdit"), QStringLiteral("1%"), page);
    form->addRow(tr("&Risk of overreliance:"), m_riskCombo);
    form->addRow(tr("&Tolerable deviation rate:"), m_tolerableEdit);
    form->addRow(tr("E&xpected deviation rate:"), m_expectedEdit);
    const auto changed = [this] {
        recompute();
        Q_EMIT statisticalInputsChanged();
    };
    connect(m_riskCombo, &QComboBox::currentTextChanged, this, changed);
    connect(m_tolerableEdit, &QLineEdit::textChanged, this, changed);
    connect(m_expectedEdit, &QLineEdit::textChanged, this, &SampleSizePanel::recompute);
    return page;
}

QWidget *SampleSizePanel::buildFrequency()
{
    auto *page = new QWidget(this);
    auto *form = compactForm();
    page->setLayout(form);
    m_frequencyCombo = new QComboBox(page);
    m_frequencyCombo->setObjectName(QStringLiteral("frequencyCombo"));
    for (Core::Frequency f : Core::allFrequencies())
        m_frequencyCombo->addItem(Core::frequencyName(f), static_cast<int>(f));
    m_frequencyCombo->setCurrentIndex(m_frequencyCombo->findData(static_cast<int>(Core::Frequency::AdHoc)));
    m_frequencyRiskCombo = new QComboBox(page);
    m_frequencyRiskCombo->setObjectName(QStringLiteral("frequencyRiskCombo"));
    m_frequencyRiskCombo->addItem(tr("Lower"), static_cast<int>(Core::RiskLevel::Lower));
    m_frequencyRiskCombo->addItem(tr("Higher"), static_cast<int>(Core::RiskLevel::Higher));
    m_frequencyRiskCombo->setCurrentIndex(1);
    m_automatedCheck = new QCheckBox(tr("&Automated (a test of one)"), page);
    m_automatedCheck->setObjectName(QStringLiteral("automatedCheck"));
    m_populationLabel = new QLabel(page);
    m_populationLabel->setObjectName(QStringLiteral("populationSizeLabel"));
    m_periodLabel = new QLabel(page);
    m_periodLabel->setObjectName(QStringLiteral("periodLabel"));
    form->addRow(tr("Control fre&quency:"), m_frequencyCombo);
    form->addRow(tr("Ris&k of failure:"), m_frequencyRiskCombo);
    form->addRow(QString(), m_automatedCheck);
    form->addRow(tr("Population:"), m_populationLabel);
    form->addRow(tr("Period:"), m_periodLabel);
    connect(m_frequencyCombo, &QComboBox::currentIndexChanged, this, &SampleSizePanel::recompute);
    connect(m_frequencyRiskCombo, &QComboBox::currentIndexChanged, this, &SampleSizePanel::recompute);
    connect(m_automatedCheck, &QCheckBox::toggled, this, &SampleSizePanel::recompute);
    return page;
}

void SampleSizePanel::setMode(Mode mode)
{
    m_mode = mode;
    const QSignalBlocker blockStatistical(m_statisticalRadio);
    const QSignalBlocker blockFrequency(m_frequencyRadio);
    m_statisticalRadio->setChecked(mode == Mode::Statistical);
    m_frequencyRadio->setChecked(mode == Mode::Frequency);
    const int index = mode == Mode::Statistical ? 0 : 1;
    // The stack takes the height of the page shown, not of the taller one.
    for (int i = 0; i < m_stack->count(); ++i) {
        const auto policy = i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        m_stack->widget(i)->setSizePolicy(QSizePolicy::Preferred, policy);
    }
    m_stack->setCurrentIndex(index);
    m_stack->adjustSize();
    recompute();
}

void SampleSizePanel::setStatisticalInputs(const QString &risk, const QString &tolerable, const QString &expected)
{
    m_riskCombo->setCurrentText(risk);
    m_tolerableEdit->setText(tolerable);
    m_expectedEdit->setText(expected);
}

QString SampleSizePanel::riskText() const
{
    return m_riskCombo->currentText();
}

QString SampleSizePanel::tolerableText() const
{
    return m_tolerableEdit->text();
}

void SampleSizePanel::setFrequencyTable(const Core::FrequencyTable &table)
{
    m_table = table;
    recompute();
}

void SampleSizePanel::setControl(const std::optional<Core::Control> &control)
{
    if (!control)
        return;
    const QSignalBlocker blockFrequency(m_frequencyCombo);
    const QSignalBlocker blockAutomated(m_automatedCheck);
    m_frequencyCombo->setCurrentIndex(m_frequencyCombo->findData(static_cast<int>(control->frequency)));
    m_automatedCheck->setChecked(control->type == Core::ControlType::Automated);
    recompute();
}

void SampleSizePanel::setPopulationSize(std::optional<qint64> rows)
{
    m_population = rows;
    m_populationLabel->setText(rows ? tr("%Ln rows", "", static_cast<int>(std::min<qint64>(*rows, 2'000'000'000)))
                                    : tr("—"));
    recompute();
}

void SampleSizePanel::setPeriodMonths(std::optional<int> months)
{
    m_months = months;
    m_periodLabel->setText(months ? tr("%n months (the Type II period)", "", *months) : tr("No period (Type I)"));
    recompute();
}

QString SampleSizePanel::resultText() const
{
    return m_result->text();
}

void SampleSizePanel::recompute()
{
    if (!m_result)
        return; // still building
    if (m_mode == Mode::Statistical)
        computeStatistical();
    else
        computeFrequency();
    Q_EMIT sizeChanged();
}

void SampleSizePanel::computeStatistical()
{
    m_size.reset();
    m_basis.clear();
    const struct
    {
        QString label;
        QString text;
    } inputs[] = {{tr("Risk of overreliance"), m_riskCombo->currentText()},
                  {tr("Tolerable deviation rate"), m_tolerableEdit->text()},
                  {tr("Expected deviation rate"), m_expectedEdit->text()}};
    Core::Rate rates[3];
    for (int i = 0; i < 3; ++i) {
        auto rate = Core::Rate::parse(inputs[i].text);
        if (!rate) {
            showResult(tr("No sample size"), tr("%1: %2").arg(inputs[i].label, errorSentence(rate.error().detail)),
                       true);
            return;
        }
        rates[i] = *rate;
    }
    auto size = Core::statisticalSampleSize(rates[0], rates[1], rates[2]);
    if (!size) {
        showResult(tr("No sample size"), errorSentence(size.error().detail), true);
        return;
    }
    const QString explanation = tr("Attribute sampling: %1 risk of overreliance, %2 tolerable and %3 expected"
                                   " deviation rate (AICPA Audit Sampling guide).")
                                    .arg(rates[0].toString(), rates[1].toString(), rates[2].toString());
    if (size->tooLarge) {
        showResult(tr("Too large (more than %1)").arg(QLocale().toString(Core::kMaxStatisticalSampleSize)),
                   explanation + QLatin1Char(' ') +
                       tr("Raise the tolerable rate or lower the expected rate, or test the whole population."),
                   true);
        return;
    }
    m_size = size->size;
    m_basis = tr("Statistical: %1 risk of overreliance, %2 tolerable rate, %3 expected rate: %4 items with %n"
                 " expected deviations",
                 "", size->expectedDeviations)
                  .arg(rates[0].toString(), rates[1].toString(), rates[2].toString())
                  .arg(size->size);
    showResult(tr("Sample size %1 with %n expected deviations", "", size->expectedDeviations).arg(size->size),
               explanation, false);
}

void SampleSizePanel::computeFrequency()
{
    const auto frequency = static_cast<Core::Frequency>(m_frequencyCombo->currentData().toInt());
    const auto risk = static_cast<Core::RiskLevel>(m_frequencyRiskCombo->currentData().toInt());
    const Core::FrequencySize size =
        Core::frequencySampleSize(m_table, frequency, risk, m_automatedCheck->isChecked(), m_population, m_months);
    m_size = size.size > 0 ? std::optional<int>(size.size) : std::nullopt;
    m_basis = size.explanation;
    if (size.size <= 0) {
        showResult(tr("No sample size"), errorSentence(size.explanation), true);
        return;
    }
    showResult(tr("Sample size %1").arg(size.size), errorSentence(size.explanation), false);
}

void SampleSizePanel::showResult(const QString &headline, const QString &explanation, bool error)
{
    m_result->setText(headline);
    m_explanation->setText(explanation);
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText, error ? kErrorText : pal.color(QPalette::WindowText));
    m_result->setPalette(pal);
    QPalette muted = palette();
    muted.setColor(QPalette::WindowText, error ? kErrorText : muted.color(QPalette::PlaceholderText));
    m_explanation->setPalette(muted);
}

} // namespace Tickmark::Ui
