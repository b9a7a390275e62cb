// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "controls/control.h"
#include "controls/controlservice.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace Tickmark::Core {
class Workpaper;
}

namespace Tickmark::Ui {

/// Receives the user-worded reason when an undo or redo of a control command is refused.
using ErrorSink = std::function<void(const QString &message)>;

/// Base of the control commands. The action is performed by execute() before the command is pushed, so a refused
/// action never reaches the stack; the first redo() that QUndoStack::push() makes is then skipped. A later undo or
/// redo that the service refuses reports through the sink and marks the command obsolete, so the stack drops it.
class ControlCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ControlCommand)

public:
    ~ControlCommand() override;

    /// Performs the action the first time. Push the command only when this succeeds.
    Result<void> execute();

    void redo() final;
    void undo() final;

protected:
    ControlCommand(Core::Workpaper &workpaper, ErrorSink sink, const QString &text);
    virtual Result<void> apply() = 0;
    virtual Result<void> revert() = 0;
    Core::ControlService &service() const;

private:
    void report(const Result<void> &result, bool undoing);

    Core::Workpaper &m_workpaper;
    ErrorSink m_sink;
    bool m_skipRedo = false;
};

/// Adds a control at the end; undo removes it.
class AddControlCommand final : public ControlCommand
{
    Q_DECLARE_TR_FUNCTIONS(Tickmark::Ui::AddControlCommand)

public:
    AddControlCommand(Core::Workpaper &workpaper, const Core::Control &control, ErrorSink sink = {});

private:
    Result<void> apply() override;
    Result<void> revert() override;
    Core::Control m_control;
};

/// Replaces control @p before (by its id) with @p after; undo puts @p before back.
class EditControlCommand final : public ControlCommand
{
    Q_DECLARE_TR_FUNCTIONS(Tickmark::Ui::EditControlCommand)

public:
    EditControlCommand(Core::Workpaper &workpaper, const Core::Control &before, const Core::Control &after,
                       ErrorSink sink = {});

private:
    Result<void> apply() override;
    Result<void> revert() override;
    Core::Control m_before;
    Core::Control m_after;
};

/// Deletes a control; undo restores it at its old position.
class DeleteControlCommand final : public ControlCommand
{
    Q_DECLARE_TR_FUNCTIONS(Tickmark::Ui::DeleteControlCommand)

public:
    DeleteControlCommand(Core::Workpaper &workpaper, const QString &id, ErrorSink sink = {});

private:
    Result<void> apply() override;
    Result<void> revert() override;
    QString m_id;
    Core::Control m_control;
    int m_position = 0;
};

/// Imports a .csv control matrix (ControlService::importFile); undo removes the imported controls, redo imports
/// them again from memory (the file may have changed since).
class ImportControlsCommand final : public ControlCommand
{
    Q_DECLARE_TR_FUNCTIONS(Tickmark::Ui::ImportControlsCommand)

public:
    ImportControlsCommand(Core::Workpaper &workpaper, const QString &path, ErrorSink sink = {});

    /// What the first import did (valid after a successful execute()).
    const Core::ControlImportResult &importResult() const { return m_result; }

private:
    Result<void> apply() override;
    Result<void> revert() override;
    Result<void> importFromFile();
    QString m_path;
    QList<Core::Control> m_controls;
    Core::ControlImportResult m_result;
};

} // namespace Tickmark::Ui
