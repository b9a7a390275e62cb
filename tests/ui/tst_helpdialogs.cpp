// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/versions.h"
#include "help/aboutdialog.h"
#include "help/shortcutsdialog.h"

#include <QMenuBar>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <QLineEdit>

#include <archive.h>
#include <sqlite3.h>

using namespace Tickmark;

class TestHelpDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionsAreTheOnesInUse();
    void aboutListsEveryLibrary();
    void shortcutsComeFromTheMenus();
    void shortcutsFilter();
};

void TestHelpDialogs::versionsAreTheOnesInUse()
{
    const QList<Core::LibraryVersion> versions = Core::libraryVersions();
    QCOMPARE(versions.size(), 6);
    QCOMPARE(versions.at(0).name, QStringLiteral("Qt"));
    QCOMPARE(versions.at(0).version, QString::fromLatin1(qVersion()));
    QCOMPARE(versions.at(1).version, QString::fromLatin1(sqlite3_libversion()));
    QVERIFY(QString::fromLatin1(archive_version_string()).endsWith(versions.at(2).version));
    QVERIFY2(versions.at(3).version.front().isDigit(), qPrintable(versions.at(3).version));
    QVERIFY(!versions.at(5).version.isEmpty());
}

void TestHelpDialogs::aboutListsEveryLibrary()
{
    Ui::AboutDialog dialog;
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("aboutVersions"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 6);
    QCOMPARE(table->item(0, 1)->text(), QString::fromLatin1(qVersion()));
    const QString report = Ui::AboutDialog::versionReport();
    QVERIFY(report.startsWith(QStringLiteral("Tickmark ")));
    QVERIFY(report.contains(QStringLiteral("SQLite %1").arg(QString::fromLatin1(sqlite3_libversion()))));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QImage shot = dialog.grab().toImage();
    QVERIFY(!shot.isNull());
    shot.save(QStringLiteral("/tmp/tickmark-about.png"));
}

void TestHelpDialogs::shortcutsComeFromTheMenus()
{
    QMenuBar bar;
    QMenu *file = bar.addMenu(QStringLiteral("&File"));
    QAction *open = file->addAction(QStringLiteral("&Open…"));
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    file->addAction(QStringLiteral("No shortcut"));
    QMenu *sub = file->addMenu(QStringLiteral("Go"));
    sub->addAction(QStringLiteral("Sampling"))->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_6));
    const QList<Ui::ShortcutEntry> entries = Ui::collectShortcuts(&bar);
    QVERIFY(entries.size() >= 3);
    QCOMPARE(entries.at(0).group, QStringLiteral("File"));
    QCOMPARE(entries.at(0).action, QStringLiteral("Open"));
    QCOMPARE(entries.at(0).keys, QKeySequence(Qt::CTRL | Qt::Key_O).toString(QKeySequence::NativeText));
    QCOMPARE(entries.at(1).action, QStringLiteral("Sampling"));
    QVERIFY(std::any_of(entries.cbegin(), entries.cend(), [](const Ui::ShortcutEntry &e) {
        return e.group == QStringLiteral("Testing grid") && e.keys == QStringLiteral("P / D / N");
    }));
}

void TestHelpDialogs::shortcutsFilter()
{
    QMenuBar bar;
    QMenu *file = bar.addMenu(QStringLiteral("&File"));
    file->addAction(QStringLiteral("&Open…"))->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    Ui::ShortcutsDialog dialog(Ui::collectShortcuts(&bar));
    auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("shortcutsTree"));
    auto *filter = dialog.findChild<QLineEdit *>(QStringLiteral("shortcutsFilter"));
    QVERIFY(tree && filter);
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("File"));
    filter->setText(QStringLiteral("fill down"));
    QVERIFY(tree->topLevelItem(0)->isHidden());
    QTreeWidgetItem *grid = tree->topLevelItem(1);
    QCOMPARE(grid->text(0), QStringLiteral("Testing grid"));
    QVERIFY(!grid->isHidden());
    int shown = 0;
    for (int i = 0; i < grid->childCount(); ++i)
        shown += grid->child(i)->isHidden() ? 0 : 1;
    QCOMPARE(shown, 1);
    dialog.show();
    filter->clear();
    dialog.grab().save(QStringLiteral("/tmp/tickmark-shortcuts.png"));
}

QTEST_MAIN(TestHelpDialogs)
#include "tst_helpdialogs.moc"
