// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QAction;
class QMenuBar;
class QTreeWidget;

namespace Tickmark::Ui {

/// One keyboard shortcut as listed in Help ▸ Keyboard Shortcuts.
struct ShortcutEntry
{
    QString group;    ///< "File", "Testing grid", …
    QString action;   ///< what it does, without mnemonics
    QString keys;     ///< in the platform's native text ("Ctrl+Shift+Z")
};

/// The shortcuts of every action in @p menuBar's menus (submenus included), grouped by menu, followed by the
/// keys of the testing grid and the evidence browser, which are not menu actions.
QList<ShortcutEntry> collectShortcuts(const QMenuBar *menuBar);

/// Help ▸ Keyboard Shortcuts: a searchable two-level list (group → action, keys).
/// Object names: "shortcutsDialog", "shortcutsFilter", "shortcutsTree".
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QList<ShortcutEntry> &entries, QWidget *parent = nullptr);

private:
    void applyFilter(const QString &text);
    QTreeWidget *m_tree = nullptr;
};

} // namespace Tickmark::Ui
