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
    if (change.after.result)
        setText(tr("Set item %1, attribute %2 to %3")
                    .arg(QString::number(change.row), change.letter, resultWord(change.after.result)));
    else
        setText(tr("Clear item %1, attribute %2").arg(QString::number(change.row), change.letter));
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
    // The references travel with the result: undoing a clear puts them back with it.
    return testing.recordWithReferences(m_change.controlId, m_change.row, m_change.letter, *cell.result, cell.note,
                                        cell.references, m_change.population);
}

void RecordCellCommand::report(const Result<void> &result, bool undoing)
{
    if (result)
        return;
    setObsolete(true);
    if (m_sink)
        m_sink((undoing ? tr("Cannot undo “%1”: %2") : tr("Cannot redo “%1”: %2")).arg(text(), result.error().detail));
}

EvidenceReferenceCommand::EvidenceReferenceCommand(Core::Workpaper &workpaper, const Target &target, Kind kind,
                                                   const Core::EvidenceReference &reference, const QString &itemText,
                                                   ErrorSink sink)
    : m_workpaper(workpaper)
    , m_target(target)
    , m_kind(kind)
    , m_reference(reference)
    , m_sink(std::move(sink))
{
    setText(kind == Kind::Add ? tr("Refer item %1, attribute %2 to %3")
                                    .arg(QString::number(target.row), target.letter, itemText)
                              : tr("Remove reference to %3 from item %1, attribute %2")
                                    .arg(QString::number(target.row), target.letter, itemText));
}

Result<void> EvidenceReferenceCommand::execute()
{
    auto ok = apply(m_kind == Kind::Add);
    m_skipRedo = ok.has_value();
    return ok;
}

void EvidenceReferenceCommand::redo()
{
    if (std::exchange(m_skipRedo, false))
        return;
    report(apply(m_kind == Kind::Add), false);
}

void EvidenceReferenceCommand::undo()
{
    report(apply(m_kind != Kind::Add), true);
}

Result<void> EvidenceReferenceCommand::apply(bool add)
{
    Core::TestingService &testing = m_workpaper.testing();
    if (add)
        return testing.addEvidenceReference(m_target.controlId, m_target.row, m_target.letter, m_reference,
                                            m_target.population);
    return testing.removeEvidenceReference(m_target.controlId, m_target.row, m_target.letter, m_reference.evidenceId,
                                           m_reference.page, m_target.population);
}

void EvidenceReferenceCommand::report(const Result<void> &result, bool undoing)
{
    if (result)
        return;
    setObsolete(true);
    if (m_sink)
        m_sink((undoing ? tr("Cannot undo “%1”: %2") : tr("Cannot redo “%1”: %2")).arg(text(), result.error().detail));
}

} // namespace Tickmark::Ui
