// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStyledItemDelegate>

namespace Tickmark::Ui {

/// Editors for the control table: combo boxes for frequency and type, a CriteriaEdit for the criteria, line edits
/// elsewhere. Tooltips are shown word-wrapped, since descriptions run to several sentences. The id cell carries a
/// badge with the number of evidence files linked to the control, and the row files are dragged over is outlined.
class ControlDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlDelegate)

public:
    explicit ControlDelegate(QObject *parent = nullptr);

    /// Draws the key column's check box centred in its cell.
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    /// Toggles the key column's check box by a click on it or by Space.
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    /// Evidence files linked per control id (absent: none), shown as a badge in the id cell.
    void setEvidenceCounts(const QHash<QString, int> &counts) { m_evidenceCounts = counts; }
    int evidenceCount(const QString &controlId) const { return m_evidenceCounts.value(controlId); }
    /// The view row outlined as the target of a drop (-1: none).
    void setDropRow(int row) { m_dropRow = row; }
    int dropRow() const { return m_dropRow; }

private:
    static int badgeWidth(const QStyleOptionViewItem &option, int count);
    void paintKeyCell(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintIdWithBadge(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                          int count) const;
    void paintEvidenceBadge(QPainter *painter, const QStyleOptionViewItem &option, int count) const;
    void paintDropTarget(QPainter *painter, const QStyleOptionViewItem &option, int column, int columns) const;
    QRect centredCheckRect(const QStyleOptionViewItem &option) const;
    QWidget *createCombo(QWidget *parent, const QList<std::pair<QString, QString>> &items) const;

    QHash<QString, int> m_evidenceCounts;
    int m_dropRow = -1;
};

} // namespace Tickmark::Ui
