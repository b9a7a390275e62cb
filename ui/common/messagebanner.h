// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace Tickmark::Ui {

/// An inline, dismissable message strip shown above a page's content: errors in red, warnings in amber,
/// information in blue. Hidden until showMessage() is called.
class MessageBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)

public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    /// Shows @p text (plain text; may span lines) and makes the banner visible.
    void showMessage(Kind kind, const QString &text);
    /// Hides the banner and forgets its text.
    void clear();
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    Kind m_kind = Kind::Information;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_close = nullptr;
};

} // namespace Tickmark::Ui
