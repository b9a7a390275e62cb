// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testing/testinggridmodel.h"
#include "tickmarklegend.h"

#include <QStyledItemDelegate>
#include <QTableView>

namespace Tickmark::Ui {

/// Colours of the testing grid, shared by the delegate, the dashboard and the tests.
namespace GridColors {
/// The cell fill for @p result on @p palette (light tints on a light palette, deep ones on a dark one).
QColor background(Core::AttributeResult result, const QPalette &palette);
/// The tickmark's ink for @p result, readable on background() of the same palette.
QColor foreground(Core::AttributeResult result, const QPalette &palette);
} // namespace GridColors

/// Paints attribute cells as tickmarks from the firm's legend on a result colour (pass green, deviation red, N/A
/// grey) with a corner mark when the cell has a note and a small paperclip when it refers to evidence; the leading columns (item, row, values) on a muted
/// background so they read as a frozen margin. Edits the note inline.
class TestingGridDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestingGridDelegate)

public:
    explicit TestingGridDelegate(QObject *parent = nullptr);
    void setLegend(const TickmarkLegend &legend) { m_legend = legend; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    TickmarkLegend m_legend = TickmarkLegend::defaults();
};

/// One cell to change, as the view asks for it.
struct CellEdit
{
    int row = 0;
    int column = 0;
    Core::GridCell after;
};

/// The testing grid: a QTableView over TestingGridModel that is driven by keyboard. Arrows move; Space cycles the
/// current cell pass → deviation → N/A → pass; P, D and N set pass, deviation or N/A; Enter (or F2) edits the
/// note; Ctrl+D fills down (the selection's top row, or the row above a one-row selection, copied into the rest);
/// Delete or Backspace clears the result, note and evidence references; Ctrl+E asks for the current cell's evidence
/// references (also in the context menu, with the cell's references to open). A key applied to a selected block
/// sets every attribute cell in it; the view emits editsRequested() and the page turns that into one undo step.
class TestingGridView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestingGridView)

public:
    explicit TestingGridView(QWidget *parent = nullptr);

    void setGridModel(Core::TestingGridModel *model);
    Core::TestingGridModel *gridModel() const { return m_model; }

    /// The next result for Space: none → pass → deviation → N/A → pass.
    static Core::AttributeResult nextResult(const std::optional<Core::AttributeResult> &current);

Q_SIGNALS:
    /// The user asked to change @p edits (attribute cells only, never empty) as one step named @p label.
    void editsRequested(const QList<Tickmark::Ui::CellEdit> &edits, const QString &label);
    /// The user asked to see or change the evidence references of the cell at @p index (Ctrl+E).
    void evidenceRequested(const QModelIndex &index);
    /// The user asked to open evidence item @p evidenceId at @p page (0: the whole document).
    void openEvidenceRequested(qint64 evidenceId, int page);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void clearSelected();
    QModelIndexList selectedAttributeCells() const;
    void setSelected(Core::AttributeResult result);
    void cycleCurrent();
    void fillDown();

    Core::TestingGridModel *m_model = nullptr;
};

} // namespace Tickmark::Ui
