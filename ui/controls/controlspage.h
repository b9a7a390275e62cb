// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QUndoStack;

namespace Tickmark::Core {
class ControlTableModel;
class Workpaper;
struct Control;
} // namespace Tickmark::Core

namespace Tickmark::Ui {

class ControlFilterProxy;
class Prompter;

/// The Controls page: the engagement's control matrix as an editable, filterable table.
class ControlsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlsPage)

public:
    /// @p workpaper and @p undoStack outlive the page. Edits go through undo commands on @p undoStack.
    ControlsPage(Core::Workpaper &workpaper, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~ControlsPage() override;

    /// Selects and scrolls to the control @p id (used by the coverage page's double-click).
    void showControl(const QString &id);

    /// Replaces the confirmation prompter (tests inject one that answers by itself). Never null.
    void setPrompter(std::shared_ptr<Prompter> prompter);
    /// Imports the .csv control matrix at @p path as one undoable command; reports counts or the refusal.
    void importFile(const QString &path);

Q_SIGNALS:
    void statusMessage(const QString &text); ///< short feedback for the status bar
    void errorOccurred(const QString &text); ///< a refused action, already worded for the user

private:
    void buildToolBar();
    void buildTable();
    void fitColumn(int column, int minChars, int maxChars);
    void addControl();
    void deleteSelected();
    void chooseImportFile();
    void updateCount();
    void updateActions();
    QStringList selectedIds() const;
    void rememberSelection();
    void restoreSelection();
    Result<void> pushUpdate(const Core::Control &before, const Core::Control &after);
    std::function<void(const QString &)> errorSink();

    Core::Workpaper &m_workpaper;
    QUndoStack *m_undoStack = nullptr;
    std::shared_ptr<Prompter> m_prompter;
    Core::ControlTableModel *m_model = nullptr;
    ControlFilterProxy *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QComboBox *m_frequencyCombo = nullptr;
    QLabel *m_countLabel = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_importAction = nullptr;
    QStringList m_selectionBeforeReset;
};

} // namespace Tickmark::Ui
