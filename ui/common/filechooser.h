// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace Tickmark::Ui {

/// Asks the user for file names. Widgets take one by reference so that tests can answer without a dialog.
class FileChooser
{
public:
    FileChooser() = default;
    virtual ~FileChooser() = default;
    FileChooser(const FileChooser &) = delete;
    FileChooser &operator=(const FileChooser &) = delete;

    /// An existing file to open, or empty when cancelled. @p filter uses QFileDialog's syntax.
    virtual QString openFileName(QWidget *parent, const QString &caption, const QString &directory,
                                 const QString &filter) = 0;
    /// A file name to write, or empty when cancelled. @p suggested is the proposed path.
    virtual QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                 const QString &filter) = 0;
};

/// The real thing: QFileDialog's static functions (native dialogs where the platform has them).
class DialogFileChooser final : public FileChooser
{
public:
    QString openFileName(QWidget *parent, const QString &caption, const QString &directory,
                         const QString &filter) override;
    QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                         const QString &filter) override;
};

/// Test double: answers from a queue of prepared paths (empty, i.e. "cancelled", once the queue runs dry) and
/// records what it was asked.
class ScriptedFileChooser final : public FileChooser
{
public:
    void enqueue(const QString &answer) { m_answers.append(answer); }
    /// The captions of every question asked so far, in order.
    const QStringList &questions() const { return m_questions; }
    /// The @p suggested / @p directory argument of the last question.
    const QString &lastSuggestion() const { return m_lastSuggestion; }

    QString openFileName(QWidget *parent, const QString &caption, const QString &directory,
                         const QString &filter) override;
    QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                         const QString &filter) override;

private:
    QString answer(const QString &caption, const QString &suggestion);

    QStringList m_answers;
    QStringList m_questions;
    QString m_lastSuggestion;
};

/// The file filter for workpapers, translated: "Tickmark workpapers (*.tickmark);;All files (*)".
QString workpaperFileFilter();

} // namespace Tickmark::Ui
