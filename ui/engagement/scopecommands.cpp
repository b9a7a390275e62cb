// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scopecommands.h"

#include <QUndoStack>

namespace Tickmark::Ui {

ServiceCommand::ServiceCommand(const QString &text, Action redo, Action undo, ErrorHandler onError)
    : QUndoCommand(text)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
    , m_onError(std::move(onError))
{}

void ServiceCommand::redo()
{
    if (m_done) {
        // QUndoStack::push calls redo(); the change was already made (and checked) before the push.
        m_done = false;
        return;
    }
    run(m_redo);
}

void ServiceCommand::undo()
{
    run(m_undo);
}

void ServiceCommand::run(const Action &action)
{
    if (auto ok = action(); !ok) {
        setObsolete(true);
        if (m_onError)
            m_onError(ok.error());
    }
}

Result<void> pushServiceCommand(QUndoStack *stack, const QString &text, const ServiceCommand::Action &redo,
                                const ServiceCommand::Action &undo, const ServiceCommand::ErrorHandler &onError)
{
    if (auto ok = redo(); !ok)
        return ok;
    if (stack)
        stack->push(new ServiceCommand(text, redo, undo, onError));
    return {};
}

} // namespace Tickmark::Ui
