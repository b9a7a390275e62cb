// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "snippetdelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

#include <algorithm>

namespace Tickmark::Ui {

namespace {

constexpr int kPadding = 4;

void prepare(QTextDocument &doc, const QStyleOptionViewItem &option, const QString &html)
{
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(0);
    doc.setHtml(html);
    doc.setTextWidth(std::max(option.rect.width() - 2 * kPadding, 80));
}

} // namespace

QString snippetToHtml(const QString &snippet)
{
    QString html;
    bool inside = false;
    QString run;
    const auto flush = [&] {
        if (run.isEmpty())
            return;
        html += inside ? QStringLiteral("<b style=\"background-color:#ffe58a; color:#000000\">%1</b>").arg(run.toHtmlEscaped())
                       : run.toHtmlEscaped();
        run.clear();
    };
    for (const QChar c : snippet) {
        if (c == QLatin1Char('[') && !inside) {
            flush();
            inside = true;
        } else if (c == QLatin1Char(']') && inside) {
            flush();
            inside = false;
        } else {
            run += c;
        }
    }
    flush();
    return html;
}

SnippetDelegate::SnippetDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void SnippetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString html = index.data(kHtmlRole).toString();
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    QTextDocument doc;
    prepare(doc, opt, html);
    QAbstractTextDocumentLayout::PaintContext context;
    const bool selected = opt.state & QStyle::State_Selected;
    context.palette = opt.palette;
    context.palette.setColor(QPalette::Text, opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    painter->translate(opt.rect.topLeft() + QPoint(kPadding, kPadding));
    painter->setClipRect(QRect(0, 0, opt.rect.width() - kPadding, opt.rect.height() - kPadding));
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SnippetDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QTextDocument doc;
    prepare(doc, opt, index.data(kHtmlRole).toString());
    return QSize(static_cast<int>(doc.idealWidth()) + 2 * kPadding,
                 static_cast<int>(doc.size().height()) + 2 * kPadding);
}

} // namespace Tickmark::Ui
