// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tickmarklegenddialog.h"

#include "testingtext.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Tickmark::Ui {

TickmarkLegendDialog::TickmarkLegendDialog(const TickmarkLegend &legend, QWidget *parent)
    : QDialog(parent)
    , m_original(legend)
{
    setWindowTitle(tr("Tickmark Legend"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The firm's tickmarks, shown in the testing grid and under it."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>Result</b>"), this), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Symbol</b>"), this), 0, 1);
    grid->addWidget(new QLabel(tr("<b>Meaning</b>"), this), 0, 2);
    const TickmarkLegend defaults = TickmarkLegend::defaults();
    int row = 1;
    for (const TickmarkEntry &mark : legend.entries()) {
        const QString key = Core::attributeResultKey(mark.result);
        auto *symbol = new QLineEdit(mark.symbol, this);
        symbol->setObjectName(QStringLiteral("symbolEdit-%1").arg(key));
        symbol->setMaxLength(4);
        symbol->setMaximumWidth(fontMetrics().averageCharWidth() * 8);
        symbol->setPlaceholderText(defaults.symbol(mark.result));
        auto *meaning = new QLineEdit(mark.meaning, this);
        meaning->setObjectName(QStringLiteral("meaningEdit-%1").arg(key));
        meaning->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
        meaning->setPlaceholderText(defaults.entry(mark.result).meaning);
        const QString name = mark.result == Core::AttributeResult::Pass        ? tr("Pass")
                             : mark.result == Core::AttributeResult::Deviation ? tr("Deviation")
                                                                                : tr("Not applicable");
        grid->addWidget(new QLabel(name, this), row, 0);
        grid->addWidget(symbol, row, 1);
        grid->addWidget(meaning, row, 2);
        m_symbols << symbol;
        m_meanings << meaning;
        ++row;
    }
    layout->addLayout(grid);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

TickmarkLegend TickmarkLegendDialog::legend() const
{
    TickmarkLegend result = m_original;
    const TickmarkLegend defaults = TickmarkLegend::defaults();
    for (int i = 0; i < m_symbols.size(); ++i) {
        TickmarkEntry mark = m_original.entries().at(i);
        const QString symbol = m_symbols.at(i)->text().trimmed();
        const QString meaning = m_meanings.at(i)->text().trimmed();
        mark.symbol = symbol.isEmpty() ? defaults.symbol(mark.result) : symbol;
        mark.meaning = meaning.isEmpty() ? defaults.entry(mark.result).meaning : meaning;
        result.set(mark);
    }
    return result;
}

} // namespace Tickmark::Ui
