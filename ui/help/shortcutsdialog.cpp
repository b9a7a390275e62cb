// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Tickmark::Ui {

namespace {

QString plainText(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    text.remove(QStringLiteral("…"));
    text.remove(QStringLiteral("..."));
    return text.trimmed();
}

void collectMenu(const QMenu *menu, const QString &group, QList<ShortcutEntry> &out)
{
    for (const QAction *action : menu->actions()) {
        if (action->menu()) {
            collectMenu(action->menu(), group, out);
            continue;
        }
        for (const QKeySequence &keys : action->shortcuts()) {
            if (!keys.isEmpty())
                out.append({group, plainText(action->text()), keys.toString(QKeySequence::NativeText)});
        }
    }
}

QList<ShortcutEntry> fixedShortcuts()
{
    const QString grid = ShortcutsDialog::tr("Testing grid");
    const QString evidence = ShortcutsDialog::tr("Evidence");
    return {
        {grid, ShortcutsDialog::tr("Move between items and attributes"), ShortcutsDialog::tr("Arrow keys")},
        {grid, ShortcutsDialog::tr("Cycle the result (pass, deviation, not applicable)"), ShortcutsDialog::tr("Space")},
        {grid, ShortcutsDialog::tr("Set pass / deviation / not applicable"), QStringLiteral("P / D / N")},
        {grid, ShortcutsDialog::tr("Edit the note of the cell"), ShortcutsDialog::tr("Enter")},
        {grid, ShortcutsDialog::tr("Fill down from the cell above"), QKeySequence(Qt::CTRL | Qt::Key_D).toString(
                                                                         QKeySequence::NativeText)},
        {evidence, ShortcutsDialog::tr("Search the evidence"), QKeySequence(QKeySequence::Find).toString(
                                                                    QKeySequence::NativeText)},
        {evidence, ShortcutsDialog::tr("Preview the selected file"), ShortcutsDialog::tr("Enter")},
    };
}

} // namespace

QList<ShortcutEntry> collectShortcuts(const QMenuBar *menuBar)
{
    QList<ShortcutEntry> entries;
    if (menuBar) {
        for (const QAction *action : menuBar->actions()) {
            if (action->menu())
                collectMenu(action->menu(), plainText(action->text()), entries);
        }
    }
    entries += fixedShortcuts();
    return entries;
}

ShortcutsDialog::ShortcutsDialog(const QList<ShortcutEntry> &entries, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    resize(560, 560);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    auto *filter = new QLineEdit(this);
    filter->setObjectName(QStringLiteral("shortcutsFilter"));
    filter->setPlaceholderText(tr("Filter shortcuts"));
    filter->setAccessibleName(tr("Filter shortcuts"));
    filter->setClearButtonEnabled(true);
    layout->addWidget(filter);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("shortcutsTree"));
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->setHeaderLabels({tr("Action"), tr("Keys")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    QTreeWidgetItem *group = nullptr;
    for (const ShortcutEntry &entry : entries) {
        if (!group || group->text(0) != entry.group) {
            group = new QTreeWidgetItem(m_tree, {entry.group});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
        }
        new QTreeWidgetItem(group, {entry.action, entry.keys});
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    layout->addWidget(m_tree, 1);
    connect(filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void ShortcutsDialog::applyFilter(const QString &text)
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        int visible = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = text.isEmpty() || item->text(0).contains(text, Qt::CaseInsensitive)
                               || item->text(1).contains(text, Qt::CaseInsensitive)
                               || group->text(0).contains(text, Qt::CaseInsensitive);
            item->setHidden(!match);
            visible += match ? 1 : 0;
        }
        group->setHidden(visible == 0);
    }
}

} // namespace Tickmark::Ui
