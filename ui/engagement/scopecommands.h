// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QUndoCommand>

#include <functional>

class QUndoStack;

namespace Tickmark::Ui {

/// An undoable change made through a core service: a pair of service calls (do and undo).
///
/// The change is performed before the command is pushed (see pushServiceCommand), so the first redo() that
/// QUndoStack::push makes does nothing. A later undo or redo that core refuses (say, the engagement was locked
/// meanwhile) reports the error and marks the command obsolete, so the stack drops it instead of lying.
class ServiceCommand final : public QUndoCommand
{
public:
    using Action = std::function<Result<void>()>;
    using ErrorHandler = std::function<void(const Error &)>;

    ServiceCommand(const QString &text, Action redo, Action undo, ErrorHandler onError);

    void redo() override;
    void undo() override;

private:
    void run(const Action &action);

    Action m_redo;
    Action m_undo;
    ErrorHandler m_onError;
    bool m_done = true;
};

/// Runs @p redo now; when core accepts it, pushes a ServiceCommand (text, redo, undo) on @p stack (if any)
/// and returns success; otherwise returns core's error and pushes nothing.
Result<void> pushServiceCommand(QUndoStack *stack, const QString &text, const ServiceCommand::Action &redo,
                                const ServiceCommand::Action &undo, const ServiceCommand::ErrorHandler &onError);

} // namespace Tickmark::Ui
