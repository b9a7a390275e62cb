// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tickmarklegend.h"

#include <QDialog>
#include <QList>

class QLineEdit;

namespace Tickmark::Ui {

/// Edits the firm's tickmark legend: a symbol and a meaning per result. Empty fields keep the default.
/// Object names: "symbolEdit-<result key>", "meaningEdit-<result key>".
class TickmarkLegendDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TickmarkLegendDialog)

public:
    explicit TickmarkLegendDialog(const TickmarkLegend &legend, QWidget *parent = nullptr);

    /// The legend as entered.
    TickmarkLegend legend() const;

private:
    TickmarkLegend m_original;
    QList<QLineEdit *> m_symbols;
    QList<QLineEdit *> m_meanings;
};

} // namespace Tickmark::Ui
