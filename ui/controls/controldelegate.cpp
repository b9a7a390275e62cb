// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controldelegate.h"

#include "controls/controltablemodel.h"
#include "criteriaedit.h"
#include "settings/appearance.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace Tickmark::Ui {

using Core::ControlTableModel;

namespace {

QList<std::pair<QString, QString>> frequencyItems()
{
    QList<std::pair<QString, QString>> items;
    for (Core::Frequency f : Core::allFrequencies())
        items.append({Core::frequencyName(f), Core::frequencyKey(f)});
    return items;
}

QList<std::pair<QString, QString>> typeItems()
{
    QList<std::pair<QString, QString>> items;
    for (Core::ControlType t : {Core::ControlType::Manual, Core::ControlType::Automated})
        items.append({Core::controlTypeName(t), Core::controlTypeKey(t)});
    return items;
}

} // namespace

ControlDelegate::ControlDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QRect ControlDelegate::centredCheckRect(const QStyleOptionViewItem &option) const
{
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    QRect rect = style->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, option.widget);
    rect.moveCenter(option.rect.center());
    return rect;
}

void ControlDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int columns = index.model() ? index.model()->columnCount(index.parent()) : 0;
    if (index.column() == ControlTableModel::IdColumn) {
        const int count = m_evidenceCounts.value(index.data(ControlTableModel::ControlIdRole).toString());
        if (count > 0)
            paintIdWithBadge(painter, option, index, count);
        else
            QStyledItemDelegate::paint(painter, option, index);
    } else if (index.column() != ControlTableModel::KeyColumn) {
        QStyledItemDelegate::paint(painter, option, index);
    } else {
        paintKeyCell(painter, option, index);
    }
    if (index.row() == m_dropRow)
        paintDropTarget(painter, option, index.column(), columns);
}

void ControlDelegate::paintIdWithBadge(QPainter *painter, const QStyleOptionViewItem &option,
                                       const QModelIndex &index, int count) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    QStyleOptionViewItem cell = opt; // background, selection and focus; the id is drawn beside the badge
    cell.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, opt.widget);
    QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
    textRect.setRight(option.rect.right() - badgeWidth(option, count));
    const QString text = opt.fontMetrics.elidedText(opt.text, Qt::ElideRight, textRect.width());
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    style->drawItemText(painter, textRect, Qt::AlignLeft | Qt::AlignVCenter, opt.palette, true, text,
                        selected ? QPalette::HighlightedText : QPalette::Text);
    paintEvidenceBadge(painter, option, count);
}

void ControlDelegate::paintEvidenceBadge(QPainter *painter, const QStyleOptionViewItem &option, int count) const
{
    const QString text = QString::number(count);
    const int width = badgeWidth(option, count);
    const int height = option.fontMetrics.height();
    QRect badge(option.rect.right() - width + 2, option.rect.center().y() - height / 2, width - 6, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const bool dark = isDarkPalette(option.palette);
    const QColor idleFill = dark ? toneBackground(Tone::Neutral, option.palette) : QColor(0xDD, 0xE8, 0xF6);
    const QColor idleInk = dark ? toneText(Tone::Neutral, option.palette) : QColor(0x1F, 0x4E, 0x8C);
    const QColor fill = selected ? option.palette.color(QPalette::HighlightedText) : idleFill;
    const QColor ink = selected ? option.palette.color(QPalette::Highlight) : idleInk;
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
    QFont font = option.font;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.85);
    painter->setFont(font);
    painter->setPen(ink);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

int ControlDelegate::badgeWidth(const QStyleOptionViewItem &option, int count)
{
    return option.fontMetrics.horizontalAdvance(QString::number(count)) + option.fontMetrics.height() + 4;
}

void ControlDelegate::paintDropTarget(QPainter *painter, const QStyleOptionViewItem &option, int column,
                                      int columns) const
{
    painter->save();
    QColor fill = option.palette.color(QPalette::Highlight);
    fill.setAlpha(60);
    painter->fillRect(option.rect, fill);
    QPen pen(option.palette.color(QPalette::Highlight), 2);
    painter->setPen(pen);
    const QRect r = option.rect.adjusted(1, 1, -1, -1);
    painter->drawLine(r.topLeft(), r.topRight());
    painter->drawLine(r.bottomLeft(), r.bottomRight());
    if (column == 0)
        painter->drawLine(r.topLeft(), r.bottomLeft());
    if (column == columns - 1)
        painter->drawLine(r.topRight(), r.bottomRight());
    painter->restore();
}

void ControlDelegate::paintKeyCell(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    QStyleOptionViewItem cell = opt; // background, selection and focus, without the check box
    cell.features &= ~QStyleOptionViewItem::HasCheckIndicator;
    cell.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, opt.widget);
    QStyleOptionViewItem check = opt;
    check.rect = centredCheckRect(opt);
    check.state &= ~QStyle::State_HasFocus;
    check.state |= opt.checkState == Qt::Checked ? QStyle::State_On : QStyle::State_Off;
    style->drawPrimitive(QStyle::PE_IndicatorItemViewItemCheck, &check, painter, opt.widget);
}

QSize ControlDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == ControlTableModel::IdColumn) {
        const int count = m_evidenceCounts.value(index.data(ControlTableModel::ControlIdRole).toString());
        if (count > 0)
            size.rwidth() += badgeWidth(option, count);
    }
    return size;
}

bool ControlDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                  const QModelIndex &index)
{
    if (index.column() != ControlTableModel::KeyColumn || !index.flags().testFlag(Qt::ItemIsUserCheckable))
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    switch (event->type()) {
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick: {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton || !centredCheckRect(opt).contains(mouse->position().toPoint()))
            return false;
        if (event->type() == QEvent::MouseButtonDblClick)
            return true; // a double-click toggles once, on its release, and opens no editor
        break;
    }
    case QEvent::KeyPress: {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key != Qt::Key_Space && key != Qt::Key_Select)
            return false;
        break;
    }
    default:
        return false;
    }
    const bool checked = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
    return model->setData(index, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
}

QWidget *ControlDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    switch (index.column()) {
    case ControlTableModel::FrequencyColumn:
        return createCombo(parent, frequencyItems());
    case ControlTableModel::TypeColumn:
        return createCombo(parent, typeItems());
    case ControlTableModel::CriteriaColumn: {
        auto *edit = new CriteriaEdit(parent);
        edit->setFrame(false);
        return edit;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

QWidget *ControlDelegate::createCombo(QWidget *parent, const QList<std::pair<QString, QString>> &items) const
{
    auto *combo = new QComboBox(parent);
    for (const auto &[name, key] : items)
        combo->addItem(name, key);
    // A choice is final: commit at once rather than waiting for the editor to lose focus.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<ControlDelegate *>(this);
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo);
    });
    return combo;
}

void ControlDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
        return;
    }
    if (auto *criteria = qobject_cast<CriteriaEdit *>(editor)) {
        criteria->setIds(index.data(ControlTableModel::CriteriaListRole).toStringList());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ControlDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    if (auto *criteria = qobject_cast<CriteriaEdit *>(editor)) {
        // An unknown id is refused by the model, which reports it by name.
        model->setData(index, criteria->text(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

bool ControlDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                const QModelIndex &index)
{
    if (event == nullptr || view == nullptr || event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString text = index.data(Qt::ToolTipRole).toString();
    if (text.isEmpty()) {
        QToolTip::hideText();
        return true;
    }
    // Rich text makes QToolTip wrap long descriptions instead of drawing one screen-wide line.
    const QString html = QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(text.toHtmlEscaped());
    QToolTip::showText(event->globalPos(), html, view, view->visualRect(index));
    return true;
}

} // namespace Tickmark::Ui
