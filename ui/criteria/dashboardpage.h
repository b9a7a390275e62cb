// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testing/evaluationservice.h"

#include <QHash>
#include <QMap>
#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;
class QScrollArea;
class QToolButton;
class QTreeWidget;

namespace Tickmark::Core {
class Workpaper;
}

namespace Tickmark::Ui {

/// The criteria dashboard: a heat map of the in-scope criteria (one tile per criterion, a row per series CC1, CC2…),
/// coloured by status (clean, exceptions noted, not met, not tested, not covered), with a legend that counts each
/// status. Clicking a tile lists the criterion's controls with their conclusions and the exceptions affecting it.
///
/// Object names: tiles "tile-<criterion id>" (property "criterionStatus" holds criterionStatusKey()), legend
/// entries "legend-<status key>", "criterionDetail", "criterionTitle".
class CriteriaDashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CriteriaDashboardPage)

public:
    /// @p workpaper outlives the page.
    explicit CriteriaDashboardPage(Core::Workpaper &workpaper, QWidget *parent = nullptr);
    ~CriteriaDashboardPage() override;

    /// Fill colour of a tile in @p status (also used by the legend), on a light palette.
    static QColor statusColor(Core::CriterionStatus status);
    /// The same on @p palette: on a dark one the untested and uncovered tiles take the palette's own greys.
    static QColor statusColor(Core::CriterionStatus status, const QPalette &palette);

    /// Re-reads the evaluation.
    void reload();
    /// The tile of criterion @p id, or null.
    QToolButton *tile(const QString &id) const { return m_tiles.value(id); }
    /// How many in-scope criteria are in @p status.
    int count(Core::CriterionStatus status) const;
    /// Shows criterion @p id's controls and exceptions below the map.
    void showCriterion(const QString &id);

Q_SIGNALS:
    void errorOccurred(const QString &text);

protected:
    /// A new palette (Preferences ▸ Appearance) repaints the tiles in its colours.
    void changeEvent(QEvent *event) override;

private:
    void rebuildTiles();

    Core::Workpaper &m_workpaper;
    QList<Core::CriterionEvaluation> m_criteria;
    QHash<QString, QToolButton *> m_tiles;
    QMap<Core::CriterionStatus, QLabel *> m_legend;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_map = nullptr;
    QGridLayout *m_grid = nullptr;
    QLabel *m_detailTitle = nullptr;
    QTreeWidget *m_detail = nullptr;
    QString m_shown;
};

} // namespace Tickmark::Ui
