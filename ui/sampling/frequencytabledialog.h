// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sampling/frequencytable.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace Tickmark::Ui {

/// Edits the firm's frequency table: one row per control frequency, the sample size at lower and at higher risk.
/// OK checks the table as FrequencyTable::fromJson() does (sizes 1–10,000, lower ≤ higher) and stays open with
/// the reason when it is refused; saving is the caller's (SamplingService::setFrequencyTable).
///
/// Object names: "frequencyTable", "frequencyTableProblem", "restoreDefaultsButton".
class FrequencyTableDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrequencyTableDialog)

public:
    explicit FrequencyTableDialog(const Core::FrequencyTable &table, QWidget *parent = nullptr);
    ~FrequencyTableDialog() override;

    void setTable(const Core::FrequencyTable &table);
    /// The table as edited; InvalidArgument naming the frequency when a size is out of range.
    Result<Core::FrequencyTable> table() const;

    void accept() override;

private:
    QTableWidget *m_table = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace Tickmark::Ui
