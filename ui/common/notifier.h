// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace Tickmark::Ui {

/// Shows a message the user must acknowledge (a refused open, a failed save). Windows take one so that tests can
/// read the message instead of meeting a modal dialog. Confirmation questions go through Prompter.
class Notifier
{
public:
    enum class Severity { Information, Warning, Error };

    Notifier() = default;
    virtual ~Notifier() = default;
    Notifier(const Notifier &) = delete;
    Notifier &operator=(const Notifier &) = delete;

    /// Shows @p text under @p title, modal to @p parent.
    virtual void notify(QWidget *parent, Severity severity, const QString &title, const QString &text) = 0;
};

/// Shows a QMessageBox of the matching icon.
class MessageBoxNotifier final : public Notifier
{
public:
    void notify(QWidget *parent, Severity severity, const QString &title, const QString &text) override;
};

/// Test double: records every message instead of showing it.
class RecordingNotifier final : public Notifier
{
public:
    struct Message
    {
        Severity severity = Severity::Information;
        QString title;
        QString text;
    };

    void notify(QWidget *parent, Severity severity, const QString &title, const QString &text) override;

    const QList<Message> &messages() const { return m_messages; }
    /// The text of the last message, or empty.
    QString lastText() const { return m_messages.isEmpty() ? QString() : m_messages.back().text; }
    void clear() { m_messages.clear(); }

private:
    QList<Message> m_messages;
};

} // namespace Tickmark::Ui
