// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "notifier.h"

#include <QMessageBox>

namespace Tickmark::Ui {

void MessageBoxNotifier::notify(QWidget *parent, Severity severity, const QString &title, const QString &text)
{
    switch (severity) {
    case Severity::Error:
        QMessageBox::critical(parent, title, text);
        return;
    case Severity::Warning:
        QMessageBox::warning(parent, title, text);
        return;
    case Severity::Information:
        QMessageBox::information(parent, title, text);
        return;
    }
}

void RecordingNotifier::notify(QWidget *, Severity severity, const QString &title, const QString &text)
{
    m_messages.append({severity, title, text});
}

} // namespace Tickmark::Ui
