// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testing/testingservice.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QSettings;

namespace Tickmark::Ui {

/// One tickmark of the firm's legend: the symbol shown in the grid for a result and what it means.
struct TickmarkEntry
{
    Core::AttributeResult result = Core::AttributeResult::Pass;
    QString symbol;  ///< e.g. "✓"
    QString meaning; ///< e.g. "Agreed without exception"

    bool operator==(const TickmarkEntry &) const = default;
};

/// The firm's tickmark legend: one symbol and meaning per result (pass, deviation, N/A), kept in QSettings under
/// "testing/legend/<result key>/symbol|meaning". Missing entries fall back to the defaults.
class TickmarkLegend final
{
    Q_DECLARE_TR_FUNCTIONS(TickmarkLegend)

public:
    /// ✓ pass, ✗ deviation, N/A not applicable, with translated meanings.
    static TickmarkLegend defaults();
    /// The legend stored in @p settings (defaults for what is not stored).
    static TickmarkLegend load(const QSettings &settings);
    /// Stores every entry in @p settings.
    void save(QSettings &settings) const;

    const QList<TickmarkEntry> &entries() const { return m_entries; }
    /// Replaces the entry of @p mark's result.
    void set(const TickmarkEntry &mark);
    /// The entry for @p result.
    TickmarkEntry entry(Core::AttributeResult result) const;
    QString symbol(Core::AttributeResult result) const { return entry(result).symbol; }
    /// "✓ Agreed without exception · ✗ Deviation … " for display under the grid.
    QString summary() const;

private:
    QList<TickmarkEntry> m_entries;
};

} // namespace Tickmark::Ui
