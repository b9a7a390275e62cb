// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "testing/testinggridmodel.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace Tickmark::Core {
class Workpaper;
}

namespace Tickmark::Ui {

/// Records one cell of the testing grid (one TestingService call); undo puts the earlier result and note back. A
/// block of cells is several of these inside one undo macro. As with the control commands, execute() performs the
/// change before the command is pushed, so a refused change never reaches the stack; a later refused undo or redo
/// reports through the sink and marks the command obsolete.
class RecordCellCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecordCellCommand)

public:
    using ErrorSink = std::function<void(const QString &message)>;

    RecordCellCommand(Core::Workpaper &workpaper, const Core::GridCellChange &change, ErrorSink sink = {});

    /// Performs the change the first time. Push the command only when this succeeds.
    Result<void> execute();
    void redo() override;
    void undo() override;

    const Core::GridCellChange &change() const { return m_change; }

private:
    Result<void> write(const Core::GridCell &cell);
    void report(const Result<void> &result, bool undoing);

    Core::Workpaper &m_workpaper;
    Core::GridCellChange m_change;
    ErrorSink m_sink;
    bool m_skipRedo = false;
};

/// Adds or removes one evidence reference of a result cell; undo does the opposite. Like RecordCellCommand,
/// execute() performs the change before the command is pushed.
class EvidenceReferenceCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceReferenceCommand)

public:
    using ErrorSink = std::function<void(const QString &message)>;
    enum class Kind { Add, Remove };
    /// The cell: control, population, 1-based population row and attribute letter.
    struct Target
    {
        QString controlId;
        QString population;
        qint64 row = 0;
        QString letter;
    };

    /// @p itemText names the item in the command's text ("package/path, p. 3").
    EvidenceReferenceCommand(Core::Workpaper &workpaper, const Target &target, Kind kind,
                             const Core::EvidenceReference &reference, const QString &itemText, ErrorSink sink = {});

    /// Performs the change the first time. Push the command only when this succeeds.
    Result<void> execute();
    void redo() override;
    void undo() override;

private:
    Result<void> apply(bool add);
    void report(const Result<void> &result, bool undoing);

    Core::Workpaper &m_workpaper;
    Target m_target;
    Kind m_kind;
    Core::EvidenceReference m_reference;
    ErrorSink m_sink;
    bool m_skipRedo = false;
};

} // namespace Tickmark::Ui
