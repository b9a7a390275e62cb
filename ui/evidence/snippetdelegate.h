// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Tickmark::Ui {

/// Paints a list row from rich text (Qt's HTML subset) held in role kHtmlRole: the search hit's document in bold
/// and its snippet with the matched words highlighted.
class SnippetDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnippetDelegate)

public:
    static constexpr int kHtmlRole = Qt::UserRole + 10;

    explicit SnippetDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

/// @p snippet (matched words wrapped in [ and ], as EvidenceService::search returns it) as HTML with the matched
/// words bold on a highlight; everything else escaped.
QString snippetToHtml(const QString &snippet);

} // namespace Tickmark::Ui
