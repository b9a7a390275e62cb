// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "prompter.h"

#include <QMessageBox>

namespace Tickmark::Ui {

Prompter::~Prompter() = default;

bool MessageBoxPrompter::confirm(QWidget *parent, const QString &title, const QString &text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
           QMessageBox::Yes;
}

bool FixedAnswerPrompter::confirm(QWidget *parent, const QString &title, const QString &text)
{
    Q_UNUSED(parent)
    Q_UNUSED(title)
    ++m_asked;
    m_lastText = text;
    return m_answer;
}

} // namespace Tickmark::Ui
