// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Each control's evidence on the Controls page: the panel under the table lists the linked files (out-of-period
// dates flagged), Unlink removes a link, Open asks for the file on the Evidence page, the picker links files, the id
// cell's badge counts them, and files dropped on a control row (a synthesized drag and drop carrying file URLs) are
// imported through the Evidence page's background import and linked to that control.
#include "controls/controldelegate.h"
#include "controls/controlevidencedialog.h"
#include "controls/controlevidencepanel.h"
#include "controls/controlservice.h"
#include "controls/controlspage.h"
#include "controls/controltablemodel.h"
#include "evidence/evidencepage.h"
#include "evidence/evidenceservice.h"
#include "sample/sampleengagement.h"
#include "testsupport.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDragLeaveEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>
#include <QtTest>

using namespace Tickmark;
using namespace Tickmark::Core;
using namespace Tickmark::Ui;

class TestControlEvidence final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void panelListsTheControlsEvidence();
    void unlinkRemovesTheLink();
    void openAsksForTheFileOnTheEvidencePage();
    void pickerLinksAndUnlinks();
    void dropOnAControlImportsAndLinks();
    void dropIsRefusedWhenNobodyImports();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    EvidenceItem importOne(const QString &name, const QByteArray &bytes);
    int viewRowOf(const QString &id) const;
    void selectControl(const QString &id);
    void grab(QWidget *widget, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workpaper> m_wp;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<ControlsPage> m_page;
    QString m_control;
};

void TestControlEvidence::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto wp = createSampleEngagement(m_dir->filePath(QStringLiteral("sample.tickmark")), Test::preparer(),
                                     Test::fixedClock());
    QVERIFY2(wp.has_value(), wp ? "" : qPrintable(wp.error().detail));
    m_wp = std::move(*wp);
    const auto controls = m_wp->controls().list();
    TM_VERIFY_OK(controls);
    QVERIFY(controls->size() >= 2);
    m_control = controls->at(1).id;
    m_stack = std::make_unique<QUndoStack>();
    m_page = std::make_unique<ControlsPage>(*m_wp, m_stack.get());
    m_page->resize(1280, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestControlEvidence::cleanup()
{
    m_page.reset();
    m_stack.reset();
    m_wp.reset();
    m_dir.reset();
}

QString TestControlEvidence::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return path;
}

EvidenceItem TestControlEvidence::importOne(const QString &name, const QByteArray &bytes)
{
    const auto imported = m_wp->evidence().importPackage(writeFile(name, bytes), {});
    if (!imported)
        qWarning("%s", qPrintable(imported.error().detail));
    const auto items = m_wp->evidence().list();
    for (const EvidenceItem &item : items ? *items : QList<EvidenceItem>()) {
        if (imported && item.packageName == imported->package.name)
            return item;
    }
    return {};
}

int TestControlEvidence::viewRowOf(const QString &id) const
{
    const QAbstractItemModel *model = m_page->view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ControlTableModel::ControlIdRole).toString() == id)
            return row;
    }
    return -1;
}

void TestControlEvidence::selectControl(const QString &id)
{
    m_page->showControl(id);
    QCOMPARE(m_page->currentControl(), id);
}

void TestControlEvidence::grab(QWidget *widget, const QString &name)
{
    QCoreApplication::processEvents();
    QString dir = qEnvironmentVariable("TICKMARK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QDir::tempPath();
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

void TestControlEvidence::panelListsTheControlsEvidence()
{
    const EvidenceItem policy = importOne(QStringLiteral("access-policy.txt"), "Access policy v3\n");
    const EvidenceItem old = importOne(QStringLiteral("old-review.txt"), "Review of 2025\n");
    QVERIFY(!policy.sha256.isEmpty() && !old.sha256.isEmpty());
    TM_VERIFY_OK(m_wp->evidence().setEffectiveDate(policy.id, QDate(2026, 2, 10)));
    TM_VERIFY_OK(m_wp->evidence().setEffectiveDate(old.id, QDate(2025, 6, 1))); // before the 2026 period
    TM_VERIFY_OK(m_wp->evidence().link(policy.sha256, m_control, evidenceKey(policy)));
    TM_VERIFY_OK(m_wp->evidence().link(old.sha256, m_control, evidenceKey(old)));

    selectControl(m_control);
    ControlEvidencePanel *panel = m_page->evidencePanel();
    QCOMPARE(panel->control(), m_control);
    QCOMPARE(panel->items().size(), 2);
    auto *list = panel->findChild<QTreeWidget *>(QStringLiteral("controlEvidenceList"));
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), 2);
    QStringList files;
    for (int i = 0; i < 2; ++i)
        files << list->topLevelItem(i)->text(ControlEvidencePanel::FileColumn);
    QVERIFY(files.contains(QStringLiteral("access-policy.txt")));
    QVERIFY(files.contains(QStringLiteral("old-review.txt")));
    const int oldRow = static_cast<int>(files.indexOf(QStringLiteral("old-review.txt")));
    const QString outOfPeriod = QStringLiteral("out of period");
    QVERIFY(list->topLevelItem(oldRow)->text(ControlEvidencePanel::DateColumn).contains(outOfPeriod));
    QVERIFY(!list->topLevelItem(1 - oldRow)->text(ControlEvidencePanel::DateColumn).contains(outOfPeriod));
    QCOMPARE(list->topLevelItem(oldRow)->text(ControlEvidencePanel::PackageColumn), old.packageName);
    QVERIFY(panel->findChild<QLabel *>(QStringLiteral("controlEvidenceCaption"))->text().contains(m_control));

    // The id cell's badge counts the control's files; another control has none.
    auto *delegate = qobject_cast<ControlDelegate *>(m_page->view()->itemDelegate());
    QVERIFY(delegate);
    QCOMPARE(delegate->evidenceCount(m_control), 2);
    const auto controls = m_wp->controls().list();
    QCOMPARE(delegate->evidenceCount(controls->first().id), 0);

    // Another control shows its own (empty) list.
    selectControl(controls->first().id);
    QVERIFY(panel->items().isEmpty());
    QCOMPARE(list->topLevelItemCount(), 0);
    selectControl(m_control);
    m_page->evidencePanel()->setCurrentRow(oldRow);
    grab(m_page.get(), QStringLiteral("controls-evidence-panel"));
}

void TestControlEvidence::unlinkRemovesTheLink()
{
    const EvidenceItem policy = importOne(QStringLiteral("policy.txt"), "Policy\n");
    const EvidenceItem log = importOne(QStringLiteral("log.txt"), "Log\n");
    TM_VERIFY_OK(m_wp->evidence().link(policy.sha256, m_control, evidenceKey(policy)));
    TM_VERIFY_OK(m_wp->evidence().link(log.sha256, m_control, evidenceKey(log)));
    selectControl(m_control);
    ControlEvidencePanel *panel = m_page->evidencePanel();
    QCOMPARE(panel->items().size(), 2);
    auto *unlink = panel->findChild<QPushButton *>(QStringLiteral("unlinkControlEvidenceButton"));
    QVERIFY(unlink);
    panel->setCurrentRow(-1);
    QVERIFY(!unlink->isEnabled());
    const int row = panel->items().at(0).path == QStringLiteral("policy.txt") ? 0 : 1;
    panel->setCurrentRow(row);
    QVERIFY(unlink->isEnabled());
    unlink->click();

    const auto stored = m_wp->evidence().itemsForControl(m_control);
    TM_VERIFY_OK(stored);
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->first().path, QStringLiteral("log.txt"));
    QCOMPARE(panel->items().size(), 1);
    QCOMPARE(panel->items().first().path, QStringLiteral("log.txt"));
    auto *delegate = qobject_cast<ControlDelegate *>(m_page->view()->itemDelegate());
    QCOMPARE(delegate->evidenceCount(m_control), 1);
}

void TestControlEvidence::openAsksForTheFileOnTheEvidencePage()
{
    const EvidenceItem policy = importOne(QStringLiteral("open-me.txt"), "Open me\n");
    TM_VERIFY_OK(m_wp->evidence().link(policy.sha256, m_control, evidenceKey(policy)));
    selectControl(m_control);
    QSignalSpy open(m_page.get(), &ControlsPage::openEvidence);
    m_page->evidencePanel()->setCurrentRow(0);
    m_page->evidencePanel()->findChild<QPushButton *>(QStringLiteral("openControlEvidenceButton"))->click();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().at(0).toLongLong(), policy.id);
    QCOMPARE(open.first().at(1).toInt(), 0);

    // The evidence page's slots for it select the file.
    EvidencePage evidence(*m_wp);
    QVERIFY(evidence.openItemById(open.first().at(0).toLongLong(), 0));
    QVERIFY(evidence.currentItem());
    QCOMPARE(evidence.currentItem()->sha256, policy.sha256);
    QVERIFY(!evidence.openItemById(policy.id + 1000));
    QVERIFY(evidence.openItem(evidenceKey(policy)));
    QVERIFY(!evidence.openItem(QStringLiteral("no-such-package/x.txt")));
}

void TestControlEvidence::pickerLinksAndUnlinks()
{
    const EvidenceItem a = importOne(QStringLiteral("a.txt"), "A\n");
    const EvidenceItem b = importOne(QStringLiteral("b.txt"), "B\n");
    TM_VERIFY_OK(m_wp->evidence().link(a.sha256, m_control, evidenceKey(a)));
    selectControl(m_control);
    ControlEvidenceDialog *dialog = m_page->evidencePanel()->linkEvidence();
    QVERIFY(dialog);
    QCOMPARE(dialog->checkedKeys(), QStringList{evidenceKey(a)});
    dialog->setFilter(QStringLiteral("b.txt"));
    grab(dialog, QStringLiteral("control-evidence-dialog"));
    QVERIFY(dialog->setChecked(evidenceKey(b), true));
    QVERIFY(dialog->setChecked(evidenceKey(a), false));
    QVERIFY(!dialog->setChecked(QStringLiteral("nothing/here.txt"), true));
    dialog->accept();

    const auto stored = m_wp->evidence().itemsForControl(m_control);
    TM_VERIFY_OK(stored);
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->first().sha256, b.sha256);
    QCOMPARE(m_page->evidencePanel()->items().size(), 1);
    QCOMPARE(m_page->evidencePanel()->items().first().path, QStringLiteral("b.txt"));
}

void TestControlEvidence::dropOnAControlImportsAndLinks()
{
    EvidencePage evidence(*m_wp);
    connect(m_page.get(), &ControlsPage::evidenceDropped, &evidence,
            [&evidence](const QStringList &paths, const QString &id) { evidence.importPaths(paths, {}, id); });
    const QString memo = writeFile(QStringLiteral("drop/approval-memo.txt"), "Approved by CFO\n");
    const QString folder = m_dir->filePath(QStringLiteral("drop/screens"));
    QVERIFY(!writeFile(QStringLiteral("drop/screens/one.txt"), "screen one\n").isEmpty());
    QVERIFY(!writeFile(QStringLiteral("drop/screens/two.txt"), "screen two\n").isEmpty());
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(memo), QUrl::fromLocalFile(folder)});
    // Only the target control is shown, so that there is empty space below the rows.
    m_page->findChild<QLineEdit *>(QStringLiteral("controlFilterEdit"))->setText(m_control);

    QTableView *view = m_page->view();
    const int row = viewRowOf(m_control);
    QVERIFY(row >= 0);
    const QPoint pos = view->visualRect(view->model()->index(row, 1)).center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &move);
    QVERIFY(move.isAccepted());
    QCOMPARE(m_page->dropTargetRow(), row); // the row is outlined while the files hover over it
    grab(m_page.get(), QStringLiteral("controls-drop-target"));
    // Moving over empty space below the rows is not a drop on a control.
    const QPoint below(pos.x(), view->viewport()->height() - 2);
    QVERIFY(!view->indexAt(below).isValid());
    QDragMoveEvent away(below, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &away);
    QVERIFY(!away.isAccepted());
    QCOMPARE(m_page->dropTargetRow(), -1);

    QSignalSpy finished(&evidence, &EvidencePage::importFinished);
    QSignalSpy dropped(m_page.get(), &ControlsPage::evidenceDropped);
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(dropped.first().at(1).toString(), m_control);
    QCOMPARE(m_page->dropTargetRow(), -1);
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 60000));
    QVERIFY(finished.first().first().toBool());

    const auto linked = m_wp->evidence().itemsForControl(m_control);
    TM_VERIFY_OK(linked);
    QStringList paths;
    for (const EvidenceItem &item : *linked)
        paths << QStringLiteral("%1/%2").arg(item.packageName, item.path);
    paths.sort();
    QCOMPARE(paths, (QStringList{QStringLiteral("approval-memo.txt/approval-memo.txt"),
                                 QStringLiteral("screens/one.txt"), QStringLiteral("screens/two.txt")}));
    // Nothing else got linked, and the page shows the new files and the badge.
    const auto controls = m_wp->controls().list();
    for (const Control &c : *controls) {
        if (c.id != m_control)
            QVERIFY(m_wp->evidence().itemsForControl(c.id)->isEmpty());
    }
    QCOMPARE(m_page->currentControl(), m_control);
    QCOMPARE(m_page->evidencePanel()->items().size(), 3);
    QCOMPARE(qobject_cast<ControlDelegate *>(view->itemDelegate())->evidenceCount(m_control), 3);
    grab(m_page.get(), QStringLiteral("controls-after-drop"));
}

void TestControlEvidence::dropIsRefusedWhenNobodyImports()
{
    // Without a receiver for evidenceDropped the page leaves the drag alone (the window then imports it plainly).
    const QString memo = writeFile(QStringLiteral("memo.txt"), "memo\n");
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(memo)});
    QTableView *view = m_page->view();
    const QPoint pos = view->visualRect(view->model()->index(viewRowOf(m_control), 0)).center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.ignore();
    QCoreApplication::sendEvent(view->viewport(), &enter);
    QVERIFY(!enter.isAccepted());
    QCOMPARE(m_page->dropTargetRow(), -1);
    // A drag without files (text) is not taken either.
    QMimeData text;
    text.setText(QStringLiteral("CTL"));
    EvidencePage evidence(*m_wp);
    connect(m_page.get(), &ControlsPage::evidenceDropped, &evidence,
            [&evidence](const QStringList &paths, const QString &id) { evidence.importPaths(paths, {}, id); });
    QDragEnterEvent textEnter(pos, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    textEnter.ignore();
    QCoreApplication::sendEvent(view->viewport(), &textEnter);
    QVERIFY(!textEnter.isAccepted());
    QCOMPARE(m_page->dropTargetRow(), -1);
    // The same files with a receiver are taken.
    QDragEnterEvent filesEnter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &filesEnter);
    QVERIFY(filesEnter.isAccepted());
    QVERIFY(m_page->dropTargetRow() >= 0);
    QDragLeaveEvent leave;
    QCoreApplication::sendEvent(view->viewport(), &leave);
    QCOMPARE(m_page->dropTargetRow(), -1);
}

QTEST_MAIN(TestControlEvidence)
#include "tst_controlevidence.moc"
