// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testingcommands.h"

#include "testing/testingservice.h"
#include "workpaper/workpaper.h"

#include <utility>

namespace Tickmark::Ui {

namespace {

QString resultWord(const std::optional<Core::AttributeResult> &result)
{
    if (!result)
        return RecordCellCommand::tr("empty");
    switch (*result) {
    case Core::AttributeResult::Pass:
        return RecordCellCommand::tr("pass");
    case Core::AttributeResult::Deviation:
        return RecordCellCommand::tr("deviation");
    case Core::AttributeResult::NotApplicable:
        return RecordCellCommand::tr("N/A");
    }
    return {};
}

// Undoing the first result of a cell removes it again.
Result<void> clearResult(Core::TestingService &service, const Core::GridCellChange &c)
{
    return service.clearResult(c.controlId, c.row, c.letter, c.population);
}

} // namespace

RecordCellCommand::RecordCellCommand(Core::Workpaper &workpaper, const Core::GridCellChange &change, ErrorSink sink)
    : m_workpaper(workpaper)
    , m_change(change)
    , m_sink(std::move(sink))
{
    setText(tr("Set item %1, attribute %2 to %3")
                .arg(QString::number(change.row), change.letter, resultWord(change.after.result)));
}

Result<void> RecordCellCommand::execute()
{
    auto ok = write(m_change.after);
    m_skipRedo = ok.has_value();
    return ok;
}

void RecordCellCommand::redo()
{
    if (std::exchange(m_skipRedo, false))
        return;
    report(write(m_change.after), false);
}

void RecordCellCommand::undo()
{
    report(write(m_change.before), true);
}

Result<void> RecordCellCommand::write(const Core::GridCell &cell)
{
    Core::TestingService &testing = m_workpaper.testing();
    if (!cell.result)
        return clearResult(testing, m_change);
    return testing.record(m_change.controlId, m_change.row, m_change.letter, *cell.result, cell.note,
                          m_change.population);
}

void RecordCellCommand::report(const Result<void> &result, bool undoing)
{
    if (result)
        return;
    setObsolete(true);
    if (m_sink)
        m_sink((undoing ? tr("Cannot undo “%1”: %2") : tr("Cannot redo “%1”: %2")).arg(text(), result.error().detail));
}

} // namespace Tickmark::Ui
