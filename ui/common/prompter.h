// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace Tickmark::Ui {

/// Asks the user a yes/no question. Pages take one so tests can answer without a modal dialog.
class Prompter
{
public:
    Prompter() = default;
    virtual ~Prompter();
    Prompter(const Prompter &) = delete;
    Prompter &operator=(const Prompter &) = delete;

    /// Asks @p text under @p title, modal to @p parent; true when the user confirms.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text) = 0;
};

/// Asks with a QMessageBox (Yes / No, No is the default).
class MessageBoxPrompter final : public Prompter
{
public:
    bool confirm(QWidget *parent, const QString &title, const QString &text) override;
};

/// Test double: answers every question with a set answer and remembers what was asked.
class FixedAnswerPrompter final : public Prompter
{
public:
    explicit FixedAnswerPrompter(bool answer = true)
        : m_answer(answer)
    {}

    bool confirm(QWidget *parent, const QString &title, const QString &text) override;

    void setAnswer(bool answer) { m_answer = answer; }
    int askedCount() const { return m_asked; }
    QString lastText() const { return m_lastText; }

private:
    bool m_answer = true;
    int m_asked = 0;
    QString m_lastText;
};

} // namespace Tickmark::Ui
