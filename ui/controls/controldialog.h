// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controls/control.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Tickmark::Ui {

class CriteriaEdit;

/// Asks for a new control: id, description, criteria, frequency, type, owner and whether it is a key control.
/// OK validates and names the field at fault; the dialog stays open until the input is valid.
class ControlDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlDialog)

public:
    /// Extra checks on a well-formed control (e.g. "control id: CTL-01 is already used"); empty when fine.
    using Check = std::function<std::optional<QString>(const Core::Control &)>;

    explicit ControlDialog(QWidget *parent = nullptr);

    void setControl(const Core::Control &control);
    /// The control as entered (trimmed; criteria in catalog order).
    Core::Control control() const;
    void setCheck(Check check);
    /// The first problem with the input, naming its field, or empty when the control can be added.
    std::optional<QString> problem() const;

    void accept() override;

private:
    struct Problem
    {
        QWidget *field = nullptr; ///< where the user fixes it
        QString message;
    };
    std::optional<Problem> findProblem() const;

    QLineEdit *m_id = nullptr;
    QPlainTextEdit *m_description = nullptr;
    CriteriaEdit *m_criteria = nullptr;
    QComboBox *m_frequency = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_owner = nullptr;
    QCheckBox *m_key = nullptr;
    QLabel *m_problem = nullptr;
    Check m_check;
};

} // namespace Tickmark::Ui
