// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testinggridview.h"

#include "settings/appearance.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <functional>
#include <map>

namespace Tickmark::Ui {

using Core::AttributeResult;
using Core::TestingGridModel;

namespace GridColors {

QColor background(AttributeResult result, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    switch (result) {
    case AttributeResult::Pass:
        return dark ? toneBackground(Tone::Good, palette) : QColor(0xE4, 0xF4, 0xE7);
    case AttributeResult::Deviation:
        return dark ? toneBackground(Tone::Bad, palette) : QColor(0xFB, 0xE0, 0xDE);
    case AttributeResult::NotApplicable:
        return dark ? palette.color(QPalette::Base).lighter(160) : QColor(0xEC, 0xEC, 0xEC);
    }
    return palette.color(QPalette::Base);
}

QColor foreground(AttributeResult result, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    switch (result) {
    case AttributeResult::Pass:
        return dark ? toneText(Tone::Good, palette) : QColor(0x1B, 0x7D, 0x34);
    case AttributeResult::Deviation:
        return dark ? toneText(Tone::Bad, palette) : QColor(0xC6, 0x28, 0x28);
    case AttributeResult::NotApplicable:
        return dark ? palette.color(QPalette::PlaceholderText) : QColor(0x60, 0x60, 0x60);
    }
    return palette.color(QPalette::Text);
}

} // namespace GridColors

namespace {

// A small paperclip in the cell's bottom-right corner: the result rests on referenced evidence.
void paintPaperclip(QPainter *painter, const QRect &cell, const QPalette &palette)
{
    const qreal h = std::clamp(cell.height() * 0.45, 9.0, 13.0);
    const qreal w = h * 0.42;
    const QRectF box(cell.right() - w - 3, cell.bottom() - h - 3, w, h);
    QPainterPath clip;
    // Outer loop from bottom-left, up, over the top and down the right side; then the inner loop back up.
    const qreal r = w / 2;
    clip.moveTo(box.left(), box.top() + h * 0.35);
    clip.lineTo(box.left(), box.bottom() - r);
    clip.arcTo(QRectF(box.left(), box.bottom() - w, w, w), 180, 180);
    clip.lineTo(box.right(), box.top() + r);
    clip.arcTo(QRectF(box.left(), box.top(), w, w), 0, 180);
    clip.lineTo(box.left(), box.top() + r + 1);
    const qreal inset = w * 0.28;
    const QRectF inner = box.adjusted(inset, inset + 1, -inset, -h * 0.3);
    clip.moveTo(inner.left(), inner.bottom());
    clip.lineTo(inner.left(), inner.top() + inner.width() / 2);
    clip.arcTo(QRectF(inner.left(), inner.top(), inner.width(), inner.width()), 180, -180);
    clip.lineTo(inner.right(), inner.bottom() - 1);
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(isDarkPalette(palette) ? toneText(Tone::Neutral, palette) : QColor(0x3A, 0x5F, 0x9E), 1.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->drawPath(clip);
}

} // namespace

TestingGridDelegate::TestingGridDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void TestingGridDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!index.data(TestingGridModel::AttributeCellRole).toBool()) {
        // The leading columns read as a frozen margin: a muted background, the item number bold.
        QStyleOptionViewItem opt(option);
        if (!(opt.state & QStyle::State_Selected))
            painter->fillRect(opt.rect, opt.palette.color(QPalette::AlternateBase).darker(103));
        if (index.column() == TestingGridModel::ItemColumn)
            opt.font.setBold(true);
        QStyledItemDelegate::paint(painter, opt, index);
        return;
    }
    painter->save();
    const auto result = Core::attributeResultFromKey(index.data(TestingGridModel::ResultRole).toString());
    const QRect rect = option.rect;
    painter->fillRect(rect, result ? GridColors::background(*result, option.palette) : option.palette.color(QPalette::Base));
    if (option.state & QStyle::State_Selected) {
        QColor highlight = option.palette.color(QPalette::Highlight);
        highlight.setAlpha(70);
        painter->fillRect(rect, highlight);
    }
    if (result) {
        QFont font = option.font;
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.15);
        painter->setFont(font);
        painter->setPen(GridColors::foreground(*result, option.palette));
        painter->drawText(rect, Qt::AlignCenter, m_legend.symbol(*result));
    }
    if (!index.data(TestingGridModel::NoteRole).toString().isEmpty()) {
        // A note shows as a small corner triangle, as in a spreadsheet.
        const int s = std::max(5, rect.height() / 4);
        QPainterPath corner;
        corner.moveTo(rect.topRight() + QPoint(1, 0));
        corner.lineTo(rect.topRight() + QPoint(1 - s, 0));
        corner.lineTo(rect.topRight() + QPoint(1, s));
        corner.closeSubpath();
        painter->fillPath(corner, isDarkPalette(option.palette) ? toneText(Tone::Warning, option.palette)
                                                               : QColor(0xD9, 0x8A, 0x00));
    }
    if (index.data(TestingGridModel::EvidenceCountRole).toInt() > 0)
        paintPaperclip(painter, rect, option.palette);
    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 2));
        painter->drawRect(rect.adjusted(1, 1, -1, -1));
    }
    painter->restore();
}

QWidget *TestingGridDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QStringLiteral("gridNoteEditor"));
    edit->setPlaceholderText(tr("Note, e.g. [evidence: ticket export p. 3]"));
    return edit;
}

void TestingGridDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *edit = qobject_cast<QLineEdit *>(editor))
        edit->setText(index.data(TestingGridModel::NoteRole).toString());
}

void TestingGridDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *edit = qobject_cast<QLineEdit *>(editor))
        model->setData(index, edit->text(), TestingGridModel::NoteRole);
}

TestingGridView::TestingGridView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("testingGrid"));
    setAccessibleName(tr("Testing grid"));
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setTabKeyNavigation(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    horizontalHeader()->setHighlightSections(true);
    horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
}

void TestingGridView::setGridModel(TestingGridModel *model)
{
    m_model = model;
    setModel(model);
}

AttributeResult TestingGridView::nextResult(const std::optional<AttributeResult> &current)
{
    if (!current)
        return AttributeResult::Pass;
    switch (*current) {
    case AttributeResult::Pass:
        return AttributeResult::Deviation;
    case AttributeResult::Deviation:
        return AttributeResult::NotApplicable;
    case AttributeResult::NotApplicable:
        return AttributeResult::Pass;
    }
    return AttributeResult::Pass;
}

QModelIndexList TestingGridView::selectedAttributeCells() const
{
    QModelIndexList cells;
    if (!m_model)
        return cells;
    for (const QModelIndex &index : selectionModel()->selectedIndexes()) {
        if (m_model->isAttributeColumn(index.column()))
            cells << index;
    }
    if (cells.isEmpty() && currentIndex().isValid() && m_model->isAttributeColumn(currentIndex().column()))
        cells << currentIndex();
    std::sort(cells.begin(), cells.end());
    return cells;
}

void TestingGridView::setSelected(AttributeResult result)
{
    QList<CellEdit> edits;
    for (const QModelIndex &index : selectedAttributeCells()) {
        Core::GridCell cell = m_model->cellAt(index.row(), index.column());
        if (cell.result == result)
            continue;
        cell.result = result;
        edits << CellEdit{index.row(), index.column(), cell};
    }
    if (!edits.isEmpty())
        Q_EMIT editsRequested(edits, tr("Set %n cells", "", static_cast<int>(edits.size())));
}

void TestingGridView::clearSelected()
{
    QList<CellEdit> edits;
    for (const QModelIndex &index : selectedAttributeCells()) {
        if (m_model->cellAt(index.row(), index.column()).result)
            edits << CellEdit{index.row(), index.column(), Core::GridCell{}};
    }
    if (!edits.isEmpty())
        Q_EMIT editsRequested(edits, tr("Clear %n cells", "", static_cast<int>(edits.size())));
}

void TestingGridView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    if (!m_model || !index.isValid() || !m_model->isAttributeColumn(index.column()))
        return;
    if (!selectionModel()->isSelected(index))
        setCurrentIndex(index);
    QMenu menu(this);
    const auto add = [&](const QString &text, const QKeySequence &shortcut, const std::function<void()> &run) {
        QAction *action = menu.addAction(text);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, run);
    };
    add(tr("Pass"), QKeySequence(Qt::Key_P), [this] { setSelected(AttributeResult::Pass); });
    add(tr("Deviation"), QKeySequence(Qt::Key_D), [this] { setSelected(AttributeResult::Deviation); });
    add(tr("Not applicable"), QKeySequence(Qt::Key_N), [this] { setSelected(AttributeResult::NotApplicable); });
    add(tr("Clear"), QKeySequence(Qt::Key_Delete), [this] { clearSelected(); });
    menu.addSeparator();
    add(tr("Evidence references…"), QKeySequence(Qt::CTRL | Qt::Key_E), [this, index] { Q_EMIT evidenceRequested(index); });
    const auto references = m_model->referencesAt(index.row(), index.column());
    for (const Core::CellEvidenceReference &r : references) {
        const qint64 id = r.reference.evidenceId;
        const int page = r.reference.page.value_or(0);
        add(tr("Open %1").arg(Core::evidenceReferenceText(r)), {},
            [this, id, page] { Q_EMIT openEvidenceRequested(id, page); });
    }
    menu.exec(event->globalPos());
}

void TestingGridView::cycleCurrent()
{
    const QModelIndex current = currentIndex();
    if (!current.isValid() || !m_model->isAttributeColumn(current.column()))
        return;
    setSelected(nextResult(m_model->cellAt(current.row(), current.column()).result));
}

void TestingGridView::fillDown()
{
    // Per column: the top selected cell is the source, unless it is the only one, then the cell above it is.
    std::map<int, QList<int>> rowsByColumn;
    for (const QModelIndex &index : selectedAttributeCells())
        rowsByColumn[index.column()] << index.row();
    QList<CellEdit> edits;
    for (auto &[column, rows] : rowsByColumn) {
        std::sort(rows.begin(), rows.end());
        int source = rows.first();
        if (rows.size() == 1)
            source = rows.first() - 1;
        else
            rows.removeFirst();
        if (source < 0)
            continue;
        const Core::GridCell from = m_model->cellAt(source, column);
        if (!from.result)
            continue;
        for (int row : std::as_const(rows)) {
            Core::GridCell cell = m_model->cellAt(row, column);
            if (cell.result == from.result)
                continue;
            cell.result = from.result;
            edits << CellEdit{row, column, cell};
        }
    }
    if (!edits.isEmpty())
        Q_EMIT editsRequested(edits, tr("Fill down %n cells", "", static_cast<int>(edits.size())));
}

void TestingGridView::keyPressEvent(QKeyEvent *event)
{
    if (!m_model || state() == QAbstractItemView::EditingState) {
        QTableView::keyPressEvent(event);
        return;
    }
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if (mods == Qt::ControlModifier && event->key() == Qt::Key_D) {
        fillDown();
        return;
    }
    if (mods == Qt::ControlModifier && event->key() == Qt::Key_E) {
        if (currentIndex().isValid() && m_model->isAttributeColumn(currentIndex().column()))
            Q_EMIT evidenceRequested(currentIndex());
        return;
    }
    if (mods == Qt::NoModifier || mods == Qt::ShiftModifier) {
        switch (event->key()) {
        case Qt::Key_Space:
            cycleCurrent();
            return;
        case Qt::Key_P:
            setSelected(AttributeResult::Pass);
            return;
        case Qt::Key_D:
            setSelected(AttributeResult::Deviation);
            return;
        case Qt::Key_N:
            setSelected(AttributeResult::NotApplicable);
            return;
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            clearSelected();
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (currentIndex().isValid() && m_model->isAttributeColumn(currentIndex().column())) {
                edit(currentIndex());
                return;
            }
            break;
        default:
            break;
        }
    }
    QTableView::keyPressEvent(event);
}

} // namespace Tickmark::Ui
