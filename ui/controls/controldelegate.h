// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Tickmark::Ui {

/// Editors for the control table: combo boxes for frequency and type, a CriteriaEdit for the criteria, line edits
/// elsewhere. Tooltips are shown word-wrapped, since descriptions run to several sentences.
class ControlDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlDelegate)

public:
    explicit ControlDelegate(QObject *parent = nullptr);

    /// Draws the key column's check box centred in its cell.
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    /// Toggles the key column's check box by a click on it or by Space.
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

private:
    QRect centredCheckRect(const QStyleOptionViewItem &option) const;
    QWidget *createCombo(QWidget *parent, const QList<std::pair<QString, QString>> &items) const;
};

} // namespace Tickmark::Ui
