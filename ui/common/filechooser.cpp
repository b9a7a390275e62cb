// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filechooser.h"

#include <QCoreApplication>
#include <QFileDialog>

namespace Tickmark::Ui {

QString DialogFileChooser::openFileName(QWidget *parent, const QString &caption, const QString &directory,
                                        const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString DialogFileChooser::saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                        const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QString ScriptedFileChooser::openFileName(QWidget *, const QString &caption, const QString &directory, const QString &)
{
    return answer(caption, directory);
}

QString ScriptedFileChooser::saveFileName(QWidget *, const QString &caption, const QString &suggested, const QString &)
{
    return answer(caption, suggested);
}

QString ScriptedFileChooser::answer(const QString &caption, const QString &suggestion)
{
    m_questions.append(caption);
    m_lastSuggestion = suggestion;
    return m_answers.isEmpty() ? QString() : m_answers.takeFirst();
}

QString workpaperFileFilter()
{
    return QCoreApplication::translate("FileChooser", "Tickmark workpapers (*.tickmark);;All files (*)");
}

} // namespace Tickmark::Ui
