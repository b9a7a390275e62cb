// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/prompter.h"
#include "controls/controlcommands.h"
#include "controls/controldelegate.h"
#include "controls/controldialog.h"
#include "controls/controlservice.h"
#include "controls/controlspage.h"
#include "controls/controltablemodel.h"
#include "controls/criteriaedit.h"
#include "sample/sampleengagement.h"
#include "testsupport.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Tickmark;
using namespace Tickmark::Core;
using namespace Tickmark::Ui;

class TestControlsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheSampleControls();
    void filterNarrowsRows();
    void inlineEditIsUndoable();
    void refusedEditLeavesNoCommand();
    void delegateEditsFrequencyWithACombo();
    void deleteAsksAndUndoRestoresTheRow();
    void deleteDeclinedChangesNothing();
    void importWithBadCriterionChangesNothing();
    void importIsUndoable();
    void importWarnsAboutOutOfScopeCriteria();
    void showControlClearsAFilterThatHidesIt();
    void addCommandIsUndoable();
    void dialogNamesTheFieldAtFault();

private:
    Control stored(const QString &id) const;
    int viewRowOf(const QString &id) const;
    QString writeCsv(const QByteArray &content);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workpaper> m_wp;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<ControlsPage> m_page;
    std::shared_ptr<FixedAnswerPrompter> m_prompter;
    QTableView *m_view = nullptr;
};

void TestControlsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto wp = createSampleEngagement(m_dir->filePath(QStringLiteral("sample.tickmark")), Test::preparer(),
                                     Test::fixedClock());
    QVERIFY2(wp.has_value(), wp ? "" : qPrintable(wp.error().detail));
    m_wp = std::move(*wp);
    m_stack = std::make_unique<QUndoStack>();
    m_page = std::make_unique<ControlsPage>(*m_wp, m_stack.get());
    m_prompter = std::make_shared<FixedAnswerPrompter>(true);
    m_page->setPrompter(m_prompter);
    m_page->resize(1280, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_view = m_page->findChild<QTableView *>(QStringLiteral("controlsView"));
    QVERIFY(m_view);
}

void TestControlsPage::cleanup()
{
    m_page.reset();
    m_stack.reset();
    m_wp.reset();
    m_dir.reset();
}

Control TestControlsPage::stored(const QString &id) const
{
    const auto found = m_wp->controls().find(id);
    return found && *found ? **found : Control{};
}

int TestControlsPage::viewRowOf(const QString &id) const
{
    const QAbstractItemModel *model = m_view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ControlTableModel::ControlIdRole).toString() == id)
            return row;
    }
    return -1;
}

QString TestControlsPage::writeCsv(const QByteArray &content)
{
    const QString path = m_dir->filePath(QStringLiteral("matrix.csv"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(content);
    return path;
}

void TestControlsPage::showsTheSampleControls()
{
    QCOMPARE(m_view->model()->rowCount(), 47);
    QCOMPARE(m_view->model()->index(0, 0).data().toString(), QStringLiteral("CTL-01"));
    auto *count = m_page->findChild<QLabel *>(QStringLiteral("controlCountLabel"));
    QVERIFY(count);
    QVERIFY2(count->text().contains(QStringLiteral("47")), qPrintable(count->text()));
    QVERIFY(!m_view->wordWrap());
    auto *deleteAction = m_page->findChild<QAction *>(QStringLiteral("deleteControlAction"));
    QVERIFY(deleteAction);
    QVERIFY(!deleteAction->isEnabled());
    m_view->selectRow(0);
    QVERIFY(deleteAction->isEnabled());
}

void TestControlsPage::filterNarrowsRows()
{
    auto *filter = m_page->findChild<QLineEdit *>(QStringLiteral("controlFilterEdit"));
    auto *frequency = m_page->findChild<QComboBox *>(QStringLiteral("frequencyFilterCombo"));
    auto *count = m_page->findChild<QLabel *>(QStringLiteral("controlCountLabel"));
    QVERIFY(filter && frequency && count);

    filter->setText(QStringLiteral("people operations"));
    const int byText = m_view->model()->rowCount();
    QVERIFY2(byText > 0 && byText < 47, qPrintable(QString::number(byText)));
    for (int row = 0; row < byText; ++row) {
        QVERIFY(m_view->model()
                    ->index(row, 0)
                    .data(ControlTableModel::SearchTextRole)
                    .toString()
                    .contains(QStringLiteral("People Operations"), Qt::CaseInsensitive));
    }
    QVERIFY2(count->text().contains(QStringLiteral("of 47")), qPrintable(count->text()));

    filter->setText(QStringLiteral("CC6.1")); // criteria are searched too
    QVERIFY(m_view->model()->rowCount() > 0);
    QVERIFY(m_view->model()->rowCount() < 47);

    filter->clear();
    frequency->setCurrentIndex(frequency->findData(QStringLiteral("quarterly")));
    const int quarterly = m_view->model()->rowCount();
    QVERIFY(quarterly > 0 && quarterly < 47);
    for (int row = 0; row < quarterly; ++row) {
        QCOMPARE(m_view->model()->index(row, 0).data(ControlTableModel::FrequencyKeyRole).toString(),
                 QStringLiteral("quarterly"));
    }
    frequency->setCurrentIndex(0);
    QCOMPARE(m_view->model()->rowCount(), 47);
}

void TestControlsPage::inlineEditIsUndoable()
{
    const Control before = stored(QStringLiteral("CTL-05"));
    const int row = viewRowOf(QStringLiteral("CTL-05"));
    QVERIFY(row >= 0);
    const QModelIndex owner = m_view->model()->index(row, ControlTableModel::OwnerColumn);
    QSignalSpy status(m_page.get(), &ControlsPage::statusMessage);
    QVERIFY(m_view->model()->setData(owner, QStringLiteral("Internal Audit")));
    QCOMPARE(stored(QStringLiteral("CTL-05")).owner, QStringLiteral("Internal Audit"));
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(status.size(), 1);

    m_stack->undo();
    QCOMPARE(stored(QStringLiteral("CTL-05")), before);
    QCOMPARE(m_view->model()->index(row, ControlTableModel::OwnerColumn).data().toString(), before.owner);
    m_stack->redo();
    QCOMPARE(stored(QStringLiteral("CTL-05")).owner, QStringLiteral("Internal Audit"));
    m_stack->undo();
    QCOMPARE(stored(QStringLiteral("CTL-05")), before);
}

void TestControlsPage::refusedEditLeavesNoCommand()
{
    const Control before = stored(QStringLiteral("CTL-05"));
    const int row = viewRowOf(QStringLiteral("CTL-05"));
    QSignalSpy errors(m_page.get(), &ControlsPage::errorOccurred);
    QVERIFY(!m_view->model()->setData(m_view->model()->index(row, ControlTableModel::CriteriaColumn),
                                      QStringLiteral("CC6.1, XX1.1")));
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().at(0).toString().contains(QStringLiteral("XX1.1")));
    QVERIFY(!m_view->model()->setData(m_view->model()->index(row, ControlTableModel::IdColumn),
                                      QStringLiteral("CTL-06"))); // taken
    QCOMPARE(errors.size(), 2);
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(stored(QStringLiteral("CTL-05")), before);
}

void TestControlsPage::delegateEditsFrequencyWithACombo()
{
    const int row = viewRowOf(QStringLiteral("CTL-02"));
    const QModelIndex index = m_view->model()->index(row, ControlTableModel::FrequencyColumn);
    auto *delegate = qobject_cast<ControlDelegate *>(m_view->itemDelegate());
    QVERIFY(delegate);
    std::unique_ptr<QWidget> editor(delegate->createEditor(m_view->viewport(), QStyleOptionViewItem(), index));
    auto *combo = qobject_cast<QComboBox *>(editor.get());
    QVERIFY(combo);
    delegate->setEditorData(combo, index);
    QCOMPARE(combo->currentData().toString(), QStringLiteral("ad-hoc"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("weekly")));
    delegate->setModelData(combo, m_view->model(), index);
    QCOMPARE(stored(QStringLiteral("CTL-02")).frequency, Frequency::Weekly);
    QCOMPARE(m_stack->count(), 1);

    const QModelIndex criteria = m_view->model()->index(row, ControlTableModel::CriteriaColumn);
    std::unique_ptr<QWidget> criteriaEditor(delegate->createEditor(m_view->viewport(), {}, criteria));
    auto *edit = qobject_cast<CriteriaEdit *>(criteriaEditor.get());
    QVERIFY(edit);
    delegate->setEditorData(edit, criteria);
    QCOMPARE(edit->text(), QStringLiteral("CC1.1, CC1.4"));
    QVERIFY(edit->hasAcceptableInput());
    edit->setText(QStringLiteral("CC1.1, CC1.9"));
    QVERIFY(!edit->hasAcceptableInput());
    QVERIFY(edit->problem().value_or(QString()).contains(QStringLiteral("CC1.9")));
}

void TestControlsPage::deleteAsksAndUndoRestoresTheRow()
{
    const Control victim = stored(QStringLiteral("CTL-07"));
    const int row = viewRowOf(QStringLiteral("CTL-07"));
    QCOMPARE(row, 6);
    m_view->selectRow(row);
    auto *deleteAction = m_page->findChild<QAction *>(QStringLiteral("deleteControlAction"));
    QVERIFY(deleteAction && deleteAction->isEnabled());
    deleteAction->trigger();

    QCOMPARE(m_prompter->askedCount(), 1);
    QVERIFY(m_prompter->lastText().contains(QStringLiteral("CTL-07")));
    QCOMPARE(m_view->model()->rowCount(), 46);
    QCOMPARE(viewRowOf(QStringLiteral("CTL-07")), -1);
    QVERIFY(!m_wp->controls().find(QStringLiteral("CTL-07"))->has_value());
    QCOMPARE(m_stack->count(), 1);

    m_stack->undo();
    QCOMPARE(m_view->model()->rowCount(), 47);
    QCOMPARE(viewRowOf(QStringLiteral("CTL-07")), row);
    QCOMPARE(m_wp->controls().list()->at(row).id, QStringLiteral("CTL-07"));
    QCOMPARE(stored(QStringLiteral("CTL-07")), victim);

    m_stack->redo();
    QCOMPARE(m_view->model()->rowCount(), 46);
    m_stack->undo();
    QCOMPARE(viewRowOf(QStringLiteral("CTL-07")), row);
}

void TestControlsPage::deleteDeclinedChangesNothing()
{
    m_prompter->setAnswer(false);
    m_view->selectRow(3);
    m_view->selectionModel()->select(m_view->model()->index(4, 0),
                                     QItemSelectionModel::Select | QItemSelectionModel::Rows);
    m_page->findChild<QAction *>(QStringLiteral("deleteControlAction"))->trigger();
    QCOMPARE(m_prompter->askedCount(), 1);
    QVERIFY(m_prompter->lastText().contains(QStringLiteral("CTL-04")));
    QVERIFY(m_prompter->lastText().contains(QStringLiteral("CTL-05")));
    QCOMPARE(m_view->model()->rowCount(), 47);
    QCOMPARE(m_stack->count(), 0);

    m_prompter->setAnswer(true); // two at once: one undo step restores both in place
    m_page->findChild<QAction *>(QStringLiteral("deleteControlAction"))->trigger();
    QCOMPARE(m_view->model()->rowCount(), 45);
    QCOMPARE(m_stack->count(), 1);
    m_stack->undo();
    QCOMPARE(viewRowOf(QStringLiteral("CTL-04")), 3);
    QCOMPARE(viewRowOf(QStringLiteral("CTL-05")), 4);
}

void TestControlsPage::importWithBadCriterionChangesNothing()
{
    const QString path = writeCsv("control_id,description,criteria,frequency\n"
                                  "NET-01,Firewall changes are approved.,CC6.6,ad-hoc\n"
                                  "NET-02,VPN access is reviewed.,CC6.1;CC99.1,quarterly\n");
    QSignalSpy errors(m_page.get(), &ControlsPage::errorOccurred);
    QSignalSpy status(m_page.get(), &ControlsPage::statusMessage);
    m_page->importFile(path);
    QCOMPARE(errors.size(), 1);
    const QString message = errors.first().at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("CC99.1")), qPrintable(message));
    QCOMPARE(status.size(), 0);
    QCOMPARE(m_view->model()->rowCount(), 47);
    QCOMPARE(m_wp->controls().count().value(), 47);
    QVERIFY(!m_wp->controls().find(QStringLiteral("NET-01"))->has_value());
    QCOMPARE(m_stack->count(), 0);
}

// The sample engagement covers Security, Availability and Confidentiality: mappings to PI1.2 and P4.1 are imported,
// and the page warns about them (the workspace shows the warning in its amber banner).
void TestControlsPage::importWarnsAboutOutOfScopeCriteria()
{
    const QString path = writeCsv("control_id,description,criteria\n"
                                  "NET-01,Firewall changes are approved.,CC6.6\n"
                                  "NET-02,Inputs are validated.,PI1.2;CC8.1;P4.1\n");
    QSignalSpy warnings(m_page.get(), &ControlsPage::warningOccurred);
    QSignalSpy errors(m_page.get(), &ControlsPage::errorOccurred);
    m_page->importFile(path);
    QCOMPARE(errors.size(), 0);
    QCOMPARE(warnings.size(), 1);
    const QString warning = warnings.first().at(0).toString();
    QVERIFY2(warning.contains(QStringLiteral("NET-02 → PI1.2, NET-02 → P4.1")) &&
                 !warning.contains(QStringLiteral("NET-01")),
             qPrintable(warning));
    QCOMPARE(m_view->model()->rowCount(), 49);
    QCOMPARE(stored(QStringLiteral("NET-02")).criteria,
             (QStringList{QStringLiteral("CC8.1"), QStringLiteral("PI1.2"), QStringLiteral("P4.1")}));
}

void TestControlsPage::importIsUndoable()
{
    const QString path = writeCsv("control_id,description,criteria,owner,notes\n"
                                  "NET-01,Firewall changes are approved.,CC6.6,Network,x\n"
                                  "NET-02,VPN access is reviewed.,CC6.1;CC6.2,Network,y\n");
    QSignalSpy status(m_page.get(), &ControlsPage::statusMessage);
    QSignalSpy warnings(m_page.get(), &ControlsPage::warningOccurred);
    m_page->importFile(path);
    QCOMPARE(status.size(), 1);
    QCOMPARE(warnings.size(), 0);
    const QString message = status.first().at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("2")) && message.contains(QStringLiteral("notes")), qPrintable(message));
    QCOMPARE(m_view->model()->rowCount(), 49);
    QCOMPARE(m_stack->count(), 1);

    m_stack->undo();
    QCOMPARE(m_view->model()->rowCount(), 47);
    QVERIFY(!m_wp->controls().find(QStringLiteral("NET-02"))->has_value());
    QFile::remove(path); // redo must not need the file any more
    m_stack->redo();
    QCOMPARE(m_view->model()->rowCount(), 49);
    QCOMPARE(stored(QStringLiteral("NET-02")).criteria,
             (QStringList{QStringLiteral("CC6.1"), QStringLiteral("CC6.2")}));
}

void TestControlsPage::showControlClearsAFilterThatHidesIt()
{
    auto *filter = m_page->findChild<QLineEdit *>(QStringLiteral("controlFilterEdit"));
    filter->setText(QStringLiteral("CTL-01"));
    m_page->showControl(QStringLiteral("CTL-30"));
    QVERIFY(filter->text().isEmpty());
    QCOMPARE(m_view->currentIndex().data(ControlTableModel::ControlIdRole).toString(), QStringLiteral("CTL-30"));
    QVERIFY(m_view->selectionModel()->isRowSelected(m_view->currentIndex().row(), {}));
    m_page->showControl(QStringLiteral("NOPE")); // ignored
    QCOMPARE(m_view->currentIndex().data(ControlTableModel::ControlIdRole).toString(), QStringLiteral("CTL-30"));
}

void TestControlsPage::addCommandIsUndoable()
{
    Control c;
    c.id = QStringLiteral("CTL-48");
    c.description = QStringLiteral("Penetration tests are performed annually by a third party.");
    c.criteria = {QStringLiteral("CC4.1"), QStringLiteral("CC7.1")};
    auto command = std::make_unique<AddControlCommand>(*m_wp, c);
    QVERIFY(command->execute().has_value());
    m_stack->push(command.release());
    QCOMPARE(m_view->model()->rowCount(), 48);
    m_stack->undo();
    QCOMPARE(m_view->model()->rowCount(), 47);
    m_stack->redo();
    QCOMPARE(stored(QStringLiteral("CTL-48")), c);

    QStringList sunk;
    auto duplicate = std::make_unique<AddControlCommand>(*m_wp, c, [&sunk](const QString &m) { sunk << m; });
    QVERIFY(!duplicate->execute().has_value()); // refused: never pushed
    QCOMPARE(m_stack->count(), 1);
}

void TestControlsPage::dialogNamesTheFieldAtFault()
{
    ControlDialog dialog;
    QVERIFY(dialog.problem().value_or(QString()).startsWith(QStringLiteral("Id")));
    Control c;
    c.id = QStringLiteral("CTL-01");
    dialog.setControl(c);
    QVERIFY(dialog.problem().value_or(QString()).startsWith(QStringLiteral("Description")));
    c.description = QStringLiteral("Something is reviewed.");
    c.criteria = {QStringLiteral("CC1.1"), QStringLiteral("ZZ9")};
    dialog.setControl(c);
    QVERIFY(dialog.problem().value_or(QString()).contains(QStringLiteral("ZZ9")));
    c.criteria = {QStringLiteral("CC1.1")};
    dialog.setControl(c);
    dialog.setCheck([](const Control &control) -> std::optional<QString> {
        return QStringLiteral("Id: %1 is already used by another control.").arg(control.id);
    });
    QVERIFY(dialog.problem().value_or(QString()).contains(QStringLiteral("already used")));
    dialog.setCheck({});
    QVERIFY(!dialog.problem());
    QCOMPARE(dialog.control(), c);
}

QTEST_MAIN(TestControlsPage)
#include "tst_controlspage.moc"
