// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controlcommands.h"

#include "workpaper/workpaper.h"

#include <QFileInfo>
#include <QSet>

#include <utility>

namespace Tickmark::Ui {

ControlCommand::ControlCommand(Core::Workpaper &workpaper, ErrorSink sink, const QString &text)
    : m_workpaper(workpaper)
    , m_sink(std::move(sink))
{
    setText(text);
}

ControlCommand::~ControlCommand() = default;

Core::ControlService &ControlCommand::service() const
{
    return m_workpaper.controls();
}

Result<void> ControlCommand::execute()
{
    auto ok = apply();
    m_skipRedo = ok.has_value();
    return ok;
}

void ControlCommand::redo()
{
    if (std::exchange(m_skipRedo, false))
        return;
    report(apply(), false);
}

void ControlCommand::undo()
{
    report(revert(), true);
}

void ControlCommand::report(const Result<void> &result, bool undoing)
{
    if (result)
        return;
    // The stored state no longer matches what this command expects: let the stack drop it.
    setObsolete(true);
    if (m_sink)
        m_sink((undoing ? tr("Cannot undo “%1”: %2") : tr("Cannot redo “%1”: %2")).arg(text(), result.error().detail));
}

AddControlCommand::AddControlCommand(Core::Workpaper &workpaper, const Core::Control &control, ErrorSink sink)
    : ControlCommand(workpaper, std::move(sink), tr("Add control %1").arg(control.id))
    , m_control(control)
{}

Result<void> AddControlCommand::apply()
{
    return service().add(m_control);
}

Result<void> AddControlCommand::revert()
{
    return service().remove(m_control.id);
}

EditControlCommand::EditControlCommand(Core::Workpaper &workpaper, const Core::Control &before,
                                       const Core::Control &after, ErrorSink sink)
    : ControlCommand(workpaper, std::move(sink), tr("Edit control %1").arg(before.id))
    , m_before(before)
    , m_after(after)
{}

Result<void> EditControlCommand::apply()
{
    return service().update(m_before.id, m_after);
}

Result<void> EditControlCommand::revert()
{
    return service().update(m_after.id, m_before);
}

DeleteControlCommand::DeleteControlCommand(Core::Workpaper &workpaper, const QString &id, ErrorSink sink)
    : ControlCommand(workpaper, std::move(sink), tr("Delete control %1").arg(id))
    , m_id(id)
{}

Result<void> DeleteControlCommand::apply()
{
    const auto found = service().find(m_id);
    if (!found)
        return found.error();
    if (!*found)
        return fail(ErrorCode::NotFound, tr("control %1 does not exist").arg(m_id));
    const auto position = service().position(m_id);
    if (!position)
        return position.error();
    m_control = **found;
    m_position = *position;
    return service().remove(m_id);
}

Result<void> DeleteControlCommand::revert()
{
    return service().add(m_control, m_position);
}

ImportControlsCommand::ImportControlsCommand(Core::Workpaper &workpaper, const QString &path, ErrorSink sink)
    : ControlCommand(workpaper, std::move(sink), tr("Import controls from %1").arg(QFileInfo(path).fileName()))
    , m_path(path)
{}

Result<void> ImportControlsCommand::importFromFile()
{
    const auto before = service().list();
    if (!before)
        return before.error();
    auto result = service().importFile(m_path);
    if (!result)
        return result.error();
    m_result = *result;
    const auto after = service().list();
    if (!after)
        return after.error();
    QSet<QString> existing;
    for (const Core::Control &c : *before)
        existing.insert(c.id);
    for (const Core::Control &c : *after) {
        if (!existing.contains(c.id))
            m_controls.append(c);
    }
    return {};
}

Result<void> ImportControlsCommand::apply()
{
    if (m_controls.isEmpty())
        return importFromFile();
    const Core::ControlMatrix matrix{m_controls, {}, m_result.encoding};
    auto result = service().importMatrix(matrix, QFileInfo(m_path).fileName());
    if (!result)
        return result.error();
    return {};
}

Result<void> ImportControlsCommand::revert()
{
    // Newest first, so that a partial failure leaves the earliest imports in their original order.
    for (auto it = m_controls.crbegin(); it != m_controls.crend(); ++it) {
        if (auto ok = service().remove(it->id); !ok)
            return ok;
    }
    return {};
}

} // namespace Tickmark::Ui
