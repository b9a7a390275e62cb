// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every control a screen reader reaches has a name: the main window with the sample engagement, section by section
// (and the welcome page). A focusable button needs text or an accessible name; an input (line edit, combo box,
// spin box, date edit, text edit, item view, slider) needs an accessible name or a label whose buddy it is.
// Each failure names the widget's class, object name and the chain of named parents, so it can be found.
#include "mainwindow/mainwindow.h"
#include "mainwindow/workspace.h"
#include "sample/sampleengagement.h"
#include "testsupport.h"
#include "windowdoubles.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QCalendarWidget>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSet>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QtTest>

using namespace Tickmark;
using namespace Tickmark::Ui;

namespace {

/// Parts of composite widgets that take their name from the whole (a combo box's line edit, a spin box's editor,
/// a tab bar's scroll arrows, a table's corner button, a header) or that Qt names itself.
bool isInternalPart(const QWidget *widget)
{
    if (qobject_cast<const QHeaderView *>(widget) || qobject_cast<const QScrollBar *>(widget))
        return true;
    if (widget->objectName().startsWith(QLatin1String("qt_")))
        return true;
    for (const QWidget *p = widget->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QComboBox *>(p) || qobject_cast<const QAbstractSpinBox *>(p) ||
            qobject_cast<const QTabBar *>(p) || qobject_cast<const QCalendarWidget *>(p) ||
            qobject_cast<const QMenu *>(p))
            return true;
        // Editors open inside an item view, and its corner button, belong to the view.
        if (qobject_cast<const QAbstractItemView *>(p))
            return true;
    }
    return false;
}

bool isInput(const QWidget *widget)
{
    return qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QComboBox *>(widget) ||
           qobject_cast<const QAbstractSpinBox *>(widget) || qobject_cast<const QPlainTextEdit *>(widget) ||
           qobject_cast<const QTextEdit *>(widget) || qobject_cast<const QAbstractItemView *>(widget) ||
           qobject_cast<const QAbstractSlider *>(widget);
}

/// "QLineEdit 'filterEdit' in controlsPage > workspace": where to look for it.
QString describe(const QWidget *widget)
{
    QStringList parents;
    for (const QWidget *p = widget->parentWidget(); p && parents.size() < 4; p = p->parentWidget()) {
        if (!p->objectName().isEmpty())
            parents << p->objectName();
    }
    QString text = QStringLiteral("%1 '%2'").arg(QString::fromLatin1(widget->metaObject()->className()),
                                                 widget->objectName());
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget); button && !button->toolTip().isEmpty())
        text += QStringLiteral(" (tooltip \"%1\")").arg(button->toolTip().left(60));
    if (const auto *edit = qobject_cast<const QLineEdit *>(widget); edit && !edit->placeholderText().isEmpty())
        text += QStringLiteral(" (placeholder \"%1\")").arg(edit->placeholderText().left(60));
    if (!parents.isEmpty())
        text += QStringLiteral(" in ") + parents.join(QStringLiteral(" > "));
    return text;
}

/// Every unnamed control below @p root, one line each.
QStringList unnamedControls(const QWidget *root)
{
    QSet<const QWidget *> buddies;
    const auto labels = root->window()->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->buddy() && !label->text().isEmpty())
            buddies.insert(label->buddy());
    }
    QStringList misses;
    const auto widgets = root->findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        if (isInternalPart(w) || !w->accessibleName().isEmpty())
            continue;
        if (const auto *button = qobject_cast<const QAbstractButton *>(w)) {
            if (button->focusPolicy() != Qt::NoFocus && button->text().remove(QLatin1Char('&')).trimmed().isEmpty())
                misses << QStringLiteral("button without text or accessible name: ") + describe(w);
        } else if (isInput(w) && !buddies.contains(w)) {
            misses << QStringLiteral("input without accessible name or label buddy: ") + describe(w);
        }
    }
    return misses;
}

} // namespace

class TestAccessibility final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void welcomePage();
    void section_data();
    void section();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Test::WindowDoubles> m_doubles;
    std::unique_ptr<MainWindow> m_window;
    QString m_samplePath;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_doubles = std::make_unique<Test::WindowDoubles>(m_dir.path(), false);
    m_samplePath = m_dir.filePath(QStringLiteral("quillfeather.tickmark"));
    TM_VERIFY_OK(Core::createSampleEngagement(m_samplePath, Test::preparer(), Test::fixedClock()));

    m_window = std::make_unique<MainWindow>(m_doubles->dependencies());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAccessibility::cleanupTestCase()
{
    m_window.reset();
    m_doubles.reset();
}

void TestAccessibility::welcomePage()
{
    QVERIFY(!m_window->workpaper());
    const QStringList misses = unnamedControls(m_window->centralWidget());
    QVERIFY2(misses.isEmpty(), qPrintable(misses.join(QLatin1Char('\n'))));
}

void TestAccessibility::section_data()
{
    QTest::addColumn<int>("section");
    for (int s = int(Section::Overview); s <= int(Section::Report); ++s)
        QTest::newRow(qPrintable(sectionKey(Section(s)))) << s;
}

void TestAccessibility::section()
{
    QFETCH(int, section);
    if (!m_window->workpaper())
        QVERIFY(m_window->openWorkpaper(m_samplePath));
    QVERIFY(m_window->showSection(sectionKey(Section(section))));
    QWidget *page = m_window->workspace()->page(Section(section));
    QVERIFY(page && page->isVisible());
    QCoreApplication::processEvents();
    // The page and, once, the workspace around it (navigator, banner).
    QStringList misses = unnamedControls(page);
    if (Section(section) == Section::Overview) {
        const auto navigator = m_window->workspace()->findChild<QWidget *>(QStringLiteral("navigator"));
        QVERIFY(navigator);
        if (navigator->accessibleName().isEmpty())
            misses << QStringLiteral("navigator without accessible name");
    }
    QVERIFY2(misses.isEmpty(), qPrintable(QStringLiteral("%1 unnamed control(s):\n").arg(misses.size()) +
                                          misses.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
