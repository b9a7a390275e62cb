// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace Tickmark::Ui {

/// The heading every page starts with: a title, a one-line description below it and, on the right, optional
/// page-level buttons; a hairline separates it from the page's content.
class PageHeader final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageHeader)

public:
    PageHeader(const QString &title, const QString &description, QWidget *parent = nullptr);

    /// Adds @p widget (typically a QPushButton) to the right-hand side; the header takes ownership.
    void addTrailingWidget(QWidget *widget);
    void setTitle(const QString &title);
    void setDescription(const QString &description);
    QString title() const;

private:
    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
    QHBoxLayout *m_trailing = nullptr;
};

/// Standard outer margins and spacing of a page, so all pages line up: applied to @p layout.
void applyPageMargins(QLayout *layout);

} // namespace Tickmark::Ui
