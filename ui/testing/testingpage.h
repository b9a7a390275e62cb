// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tickmarklegend.h"

#include <QModelIndex>
#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSettings;
class QStackedWidget;
class QTreeWidget;
class QUndoStack;

namespace Tickmark::Core {
class TestingGridModel;
class Workpaper;
struct EvidenceReference;
} // namespace Tickmark::Core

namespace Tickmark::Ui {

class EvidenceReferenceDialog;
class MessageBanner;
class TestDesignPanel;
class TestingGridDelegate;
class TestingGridView;
struct CellEdit;

/// The Testing page: a control picker (progress "12/25" and conclusion per control) and, for the chosen control,
/// its test design (editable) and the testing grid (Type II), the walkthrough form (Type I) or its "not operated" state.
/// Under the grid: progress, the evaluation line and the firm's tickmark legend. Grid edits are undo commands on
/// the window's stack (a block is one macro).
///
/// Object names: "testingControlList", "testingControlTitle", "populationCombo", "testingStack", "testingGrid",
/// "testingProgress", "testingProgressLabel", "evaluationLine", "tickmarkLegend", "editLegendButton",
/// "notOperatedButton", "walkthroughImplemented", "walkthroughNote", "recordWalkthroughButton",
/// "testingBanner"; panel "testDesignPanel".
class TestingPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestingPage)

public:
    /// What the right-hand stack shows for the chosen control.
    enum class View { NoControl, Grid, NoSample, Walkthrough, NotOperated };

    /// @p workpaper and @p undoStack (may be null: no undo) outlive the page.
    TestingPage(Core::Workpaper &workpaper, QUndoStack *undoStack = nullptr, QWidget *parent = nullptr);
    ~TestingPage() override;

    /// Reads and writes the tickmark legend in @p settings (not owned; outlives the page); null uses defaults.
    void setSettings(QSettings *settings);
    const TickmarkLegend &legend() const { return m_legend; }
    /// Replaces the legend and stores it in the settings, if any.
    void setLegend(const TickmarkLegend &legend);

    /// Chooses control @p id; false when there is none.
    bool showControl(const QString &id);
    QString currentControl() const { return m_controlId; }
    View currentView() const { return m_view; }
    TestingGridView *grid() const { return m_grid; }
    Core::TestingGridModel *gridModel() const { return m_model; }
    TestDesignPanel *designPanel() const { return m_design; }

    /// Applies @p edits as one undo step named @p label; false (reported) when the first one is refused.
    bool applyEdits(const QList<CellEdit> &edits, const QString &label);
    /// Adds an evidence reference to the result at grid cell (@p row, @p column) as one undo step; false
    /// (reported) when refused.
    bool addEvidenceReference(int row, int column, const Core::EvidenceReference &reference);
    /// Removes the reference to item @p evidenceId, page @p page (nullopt: whole document) as one undo step.
    bool removeEvidenceReference(int row, int column, qint64 evidenceId, std::optional<int> page);
    /// Opens (window-modal, without blocking) the evidence references dialog of the attribute cell @p index and
    /// returns it; it follows the cell until closed. Null for a cell without a result (reported).
    EvidenceReferenceDialog *editEvidence(const QModelIndex &index);
    /// The open evidence references dialog, if any.
    EvidenceReferenceDialog *evidenceDialog() const;

    /// Records the walkthrough of the control shown (Type I).
    bool recordWalkthrough(bool designImplemented, const QString &note);
    /// Marks the control shown as not operated with @p reason, or clears that with an empty reason.
    bool setNotOperated(const QString &reason);

Q_SIGNALS:
    void statusMessage(const QString &text); ///< short feedback for the status bar
    void errorOccurred(const QString &text); ///< a refused action, already worded for the user
    /// The user asked to see evidence item @p evidenceId at @p page (1-based; 0: from the start). The workspace
    /// connects this to the Evidence page.
    void openEvidence(qint64 evidenceId, int page);

private:
    QWidget *buildPicker();
    QWidget *buildDetail();
    QWidget *buildGridPage();
    QWidget *buildWalkthroughPage();
    void onChanged(const QString &object);
    void reloadControls();
    void loadControl();
    void updateFigures();
    void sizeColumns();
    void chooseNotOperated();
    void editLegend();
    void reportError(const QString &text);
    void refreshEvidenceDialog();
    /// The grid cell (row, column) of the evidence dialog's cell now, or an invalid index when it is gone.
    QModelIndex evidenceDialogIndex() const;

    Core::Workpaper &m_workpaper;
    QUndoStack *m_undoStack = nullptr;
    QSettings *m_settings = nullptr;
    TickmarkLegend m_legend = TickmarkLegend::defaults();
    QString m_controlId;
    View m_view = View::NoControl;
    bool m_typeOne = false;

    Core::TestingGridModel *m_model = nullptr;
    QTreeWidget *m_controls = nullptr;
    QLabel *m_title = nullptr;
    MessageBanner *m_banner = nullptr;
    TestDesignPanel *m_design = nullptr;
    QComboBox *m_populationCombo = nullptr;
    QLabel *m_populationLabel = nullptr;
    QPushButton *m_notOperatedButton = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    TestingGridView *m_grid = nullptr;
    TestingGridDelegate *m_delegate = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressLabel = nullptr;
    QLabel *m_evaluation = nullptr;
    QLabel *m_legendLabel = nullptr;
    QCheckBox *m_walkthroughImplemented = nullptr;
    QLineEdit *m_walkthroughNote = nullptr;
    QLabel *m_walkthroughState = nullptr;
    QPointer<EvidenceReferenceDialog> m_evidenceDialog;
    qint64 m_evidenceRow = 0;   ///< population row of the dialog's cell
    QString m_evidenceLetter;   ///< attribute of the dialog's cell
};

} // namespace Tickmark::Ui
