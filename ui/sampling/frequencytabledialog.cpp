// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "frequencytabledialog.h"

#include "common/errortext.h"
#include "settings/appearance.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Tickmark::Ui {

namespace {

enum Column { LowerColumn, HigherColumn };

} // namespace

FrequencyTableDialog::FrequencyTableDialog(const Core::FrequencyTable &table, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("frequencyTableDialog"));
    setWindowTitle(tr("Frequency Table"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The firm's sample sizes for tests of controls by how often the control operates."
                                " Frequency-based sizes on the Sampling page start from this table; it is kept in"
                                " this workpaper."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const QList<Core::Frequency> frequencies = Core::allFrequencies();
    m_table = new QTableWidget(static_cast<int>(frequencies.size()), 2, this);
    m_table->setObjectName(QStringLiteral("frequencyTable"));
    m_table->setAccessibleName(tr("Sample sizes by control frequency"));
    m_table->setHorizontalHeaderLabels({tr("Lower risk"), tr("Higher risk")});
    QStringList rows;
    for (Core::Frequency f : frequencies)
        rows << Core::frequencyName(f);
    m_table->setVerticalHeaderLabels(rows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_table);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("frequencyTableProblem"));
    m_problem->setWordWrap(true);
    QPalette pal = m_problem->palette();
    pal.setColor(QPalette::WindowText, toneText(Tone::Bad, pal));
    m_problem->setPalette(pal);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *defaults = buttons->addButton(tr("Restore &Defaults"), QDialogButtonBox::ResetRole);
    defaults->setObjectName(QStringLiteral("restoreDefaultsButton"));
    connect(defaults, &QPushButton::clicked, this, [this] { setTable(Core::FrequencyTable::defaults()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &FrequencyTableDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    setTable(table);
    // Seven rows: show them all, without a scroll bar or empty space below.
    const int rowsHeight = m_table->verticalHeader()->length() + m_table->horizontalHeader()->sizeHint().height();
    m_table->setFixedHeight(rowsHeight + m_table->frameWidth() * 2);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    resize(fontMetrics().averageCharWidth() * 76, sizeHint().height());
}

FrequencyTableDialog::~FrequencyTableDialog() = default;

void FrequencyTableDialog::setTable(const Core::FrequencyTable &table)
{
    const QList<Core::Frequency> frequencies = Core::allFrequencies();
    for (int row = 0; row < frequencies.size(); ++row) {
        const Core::Frequency f = frequencies.at(row);
        for (int column : {LowerColumn, HigherColumn}) {
            auto *item = new QTableWidgetItem;
            const auto risk = column == LowerColumn ? Core::RiskLevel::Lower : Core::RiskLevel::Higher;
            // An int EditRole gives a spin box editor.
            item->setData(Qt::EditRole, table.size(f, risk));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_problem->hide();
}

Result<Core::FrequencyTable> FrequencyTableDialog::table() const
{
    QJsonObject json;
    const QList<Core::Frequency> frequencies = Core::allFrequencies();
    for (int row = 0; row < frequencies.size(); ++row) {
        QJsonObject sizes;
        sizes.insert(QStringLiteral("lower"), m_table->item(row, LowerColumn)->data(Qt::EditRole).toInt());
        sizes.insert(QStringLiteral("higher"), m_table->item(row, HigherColumn)->data(Qt::EditRole).toInt());
        json.insert(Core::frequencyKey(frequencies.at(row)), sizes);
    }
    // The same checks as a table read back from the workpaper, so nothing stored can fail to load.
    return Core::FrequencyTable::fromJson(json);
}

void FrequencyTableDialog::accept()
{
    auto checked = table();
    if (!checked) {
        m_problem->setText(errorSentence(checked.error().detail));
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace Tickmark::Ui
