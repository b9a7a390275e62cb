// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Tickmark::Ui {

/// Sorts a ControlTableModel by its SortRole and filters it by free text (every word must appear in the id,
/// description, owner or criteria) and by frequency.
class ControlFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlFilterProxy)

public:
    explicit ControlFilterProxy(QObject *parent = nullptr);

    /// Words separated by spaces, matched case-insensitively; empty shows every control.
    void setFilterText(const QString &text);
    /// A frequencyKey() such as "monthly"; empty shows every frequency.
    void setFrequencyFilter(const QString &key);
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    QString m_frequency;
};

} // namespace Tickmark::Ui
