// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Review notes on any object, opened from the pages that show it (Evidence: evidence:SHA256, Populations:
// population:NAME, Controls: control:ID) and landing on that object; the open-note count on the action; and the
// Review page's lock banner: Reopen… by a reviewer unlocks and logs the reason, by a preparer is refused with the
// role message; the lock history lists who locked and reopened, when and why.
#include "audit/audittrail.h"
#include "controls/controlservice.h"
#include "controls/controlspage.h"
#include "evidence/evidencepage.h"
#include "evidence/evidenceservice.h"
#include "evidence/evidencetreemodel.h"
#include "population/populationservice.h"
#include "population/populationspage.h"
#include "report/reportpage.h"
#include "review/lockpanel.h"
#include "review/reviewnotesdialog.h"
#include "review/reviewpanel.h"
#include "review/reviewservice.h"
#include "review/reviewstatuspage.h"
#include "sampling/samplingservice.h"
#include "testing/exceptionservice.h"
#include "testing/exceptionspage.h"
#include "testing/testingservice.h"
#include "testsupport.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace Tickmark;
using namespace Tickmark::Core;
using namespace Tickmark::Ui;

namespace {

Actor reviewer()
{
    return Actor{QStringLiteral("Rita Reviewer"), QStringLiteral("RR"), Role::Reviewer};
}

/// Types @p text into the dialog's note box and presses Add note.
void addNoteThroughDialog(ReviewNotesDialog *dialog, const QString &text)
{
    auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("reviewNoteEdit"));
    auto *add = dialog->findChild<QPushButton *>(QStringLiteral("addNoteButton"));
    QVERIFY(edit && add);
    edit->setPlainText(text);
    QVERIFY(add->isEnabled());
    add->click();
}

} // namespace

class TestReviewObjects final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void notesFromTheEvidencePage();
    void notesFromThePopulationsPage();
    void notesFromTheControlsPage();
    void notesFromTheExceptionsPage();
    void notesFromTheReportPage();
    void reopenDialogNeedsAReason();
    void reopenByReviewerUnlocksAndLogs();
    void reopenByPreparerIsRefused();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    void lockIt();
    void grab(QWidget *widget, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workpaper> m_wp;
};

void TestReviewObjects::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_wp = Test::createWorkpaper(m_dir->filePath(QStringLiteral("r.tickmark")));
    QVERIFY(m_wp);
    TM_VERIFY_OK(m_wp->controls().add(Test::control(QStringLiteral("C-1"), {QStringLiteral("CC8.1")})));
    TM_VERIFY_OK(m_wp->controls().add(Test::control(QStringLiteral("C-2"), {QStringLiteral("CC6.1")})));
}

void TestReviewObjects::cleanup()
{
    m_wp.reset();
    m_dir.reset();
}

QString TestReviewObjects::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return path;
}

void TestReviewObjects::grab(QWidget *widget, const QString &name)
{
    QCoreApplication::processEvents();
    QString dir = qEnvironmentVariable("TICKMARK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QDir::tempPath();
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

void TestReviewObjects::notesFromTheEvidencePage()
{
    TM_VERIFY_OK(m_wp->evidence().importPackage(writeFile(QStringLiteral("policy.txt"), "Policy text\n"), {}));
    TM_VERIFY_OK(m_wp->evidence().importPackage(writeFile(QStringLiteral("other.txt"), "Other text\n"), {}));
    EvidencePage page(*m_wp);
    page.resize(1200, 700);
    page.show();
    QVERIFY(page.reviewCurrent() == nullptr); // nothing selected: nothing to review
    QVERIFY(page.showKey(QStringLiteral("policy.txt/policy.txt")));
    const QByteArray sha = page.currentItem()->sha256;
    QCOMPARE(sha, Test::fileSha256(m_dir->filePath(QStringLiteral("policy.txt"))));

    m_wp->setActor(reviewer());
    ReviewNotesDialog *dialog = page.reviewCurrent();
    QVERIFY(dialog);
    const QString object = QStringLiteral("evidence:") + QString::fromLatin1(sha);
    QCOMPARE(dialog->panel()->object(), object);
    QVERIFY(dialog->windowTitle().contains(QStringLiteral("policy.txt/policy.txt")));
    addNoteThroughDialog(dialog, QStringLiteral("Which version of the policy was in force in March?"));
    QVERIFY(dialog->errorText().isEmpty());

    const auto notes = m_wp->review().notes(object);
    TM_VERIFY_OK(notes);
    QCOMPARE(notes->size(), 1);
    QCOMPARE(notes->first().thread.first().text, QStringLiteral("Which version of the policy was in force in March?"));
    QCOMPARE(notes->first().thread.first().by, QStringLiteral("Rita Reviewer (RR)"));
    // Only that object got it; the panel lists it; the count is what the menu shows.
    QCOMPARE(m_wp->review().notes()->size(), 1);
    QCOMPARE(dialog->findChild<QTreeWidget *>(QStringLiteral("reviewNotes"))->topLevelItemCount(), 1);
    QCOMPARE(openNoteCount(*m_wp, object), 1);
    QCOMPARE(reviewNotesActionText(1), QStringLiteral("Review &Notes (1)…"));
    grab(dialog, QStringLiteral("review-notes-evidence"));
    dialog->close();
}

void TestReviewObjects::notesFromThePopulationsPage()
{
    PopulationImportOptions o;
    o.name = QStringLiteral("Changes Q1");
    o.controlId = QStringLiteral("C-1");
    TM_VERIFY_OK(m_wp->populations().importFile(writeFile(QStringLiteral("p.csv"), "ticket\nT-1\nT-2\n"), o));
    PopulationsPage page(*m_wp);
    page.resize(1200, 700);
    page.show();
    QVERIFY(page.showPopulation(QStringLiteral("Changes Q1")));
    auto *button = page.findChild<QPushButton *>(QStringLiteral("reviewPopulationButton"));
    QVERIFY(button && button->isEnabled());
    QCOMPARE(button->text(), QStringLiteral("Review &Notes…"));

    m_wp->setActor(reviewer());
    ReviewNotesDialog *dialog = page.openReviewNotes();
    QVERIFY(dialog);
    QCOMPARE(dialog->panel()->object(), QStringLiteral("population:Changes Q1"));
    addNoteThroughDialog(dialog, QStringLiteral("Is this the complete list of changes?"));
    const auto notes = m_wp->review().notes(QStringLiteral("population:Changes Q1"));
    TM_VERIFY_OK(notes);
    QCOMPARE(notes->size(), 1);
    QCOMPARE(button->text(), QStringLiteral("Review &Notes (1)…"));
    grab(&page, QStringLiteral("populations-review-button"));
    dialog->close();
}

void TestReviewObjects::notesFromTheControlsPage()
{
    QUndoStack stack;
    ControlsPage page(*m_wp, &stack);
    page.resize(1200, 700);
    page.show();
    auto *action = page.findChild<QAction *>(QStringLiteral("reviewControlAction"));
    QVERIFY(action);
    page.showControl(QStringLiteral("C-2"));
    QVERIFY(action->isEnabled());
    m_wp->setActor(reviewer());
    ReviewNotesDialog *dialog = page.openReviewNotes();
    QVERIFY(dialog);
    QCOMPARE(dialog->panel()->object(), QStringLiteral("control:C-2"));
    addNoteThroughDialog(dialog, QStringLiteral("Who approves the exceptions?"));
    QCOMPARE(m_wp->review().notes(QStringLiteral("control:C-2"))->size(), 1);
    QVERIFY(m_wp->review().notes(QStringLiteral("control:C-1"))->isEmpty());
    QCOMPARE(action->text(), QStringLiteral("Review &Notes (1)…"));
    // Clearing it (as the reviewer) brings the count back down.
    const qint64 id = m_wp->review().notes(QStringLiteral("control:C-2"))->first().id;
    QVERIFY(dialog->panel()->clearNote(id));
    QCOMPARE(action->text(), QStringLiteral("Review &Notes…"));
    dialog->close();
}

void TestReviewObjects::notesFromTheExceptionsPage()
{
    const auto raised =
        m_wp->exceptions().raise(QStringLiteral("C-1"), ExceptionKind::Design, QStringLiteral("No approval step"));
    QVERIFY(raised);
    ExceptionsPage page(*m_wp);
    page.resize(1200, 700);
    page.show();
    auto *button = page.findChild<QPushButton *>(QStringLiteral("exceptionReviewButton"));
    QVERIFY(button);
    QVERIFY(page.showException(*raised));
    QVERIFY(button->isEnabled());
    QCOMPARE(button->text(), QStringLiteral("Review &Notes…"));
    m_wp->setActor(reviewer());
    ReviewNotesDialog *dialog = page.openReviewNotes();
    QVERIFY(dialog);
    const QString object = QStringLiteral("exception:%1").arg(*raised);
    QCOMPARE(dialog->panel()->object(), object);
    addNoteThroughDialog(dialog, QStringLiteral("Is this a design or an operating matter?"));
    QCOMPARE(m_wp->review().notes(object)->size(), 1);
    QCOMPARE(button->text(), QStringLiteral("Review &Notes (1)…")); // at once, not when the dialog closes
    dialog->close();
}

void TestReviewObjects::notesFromTheReportPage()
{
    ReportPage page(*m_wp);
    auto *button = page.findChild<QPushButton *>(QStringLiteral("reportReviewButton"));
    QVERIFY(button);
    m_wp->setActor(reviewer());
    ReviewNotesDialog *dialog = page.openReviewNotes();
    QVERIFY(dialog);
    QCOMPARE(dialog->panel()->object(), QStringLiteral("section:report"));
    addNoteThroughDialog(dialog, QStringLiteral("Section III still names last year's subservice organization."));
    QCOMPARE(m_wp->review().notes(QStringLiteral("section:report"))->size(), 1);
    QCOMPARE(button->text(), QStringLiteral("Review &Notes (1)…")); // at once, not when the dialog closes
    dialog->close();
}

void TestReviewObjects::lockIt()
{
    const auto objects = m_wp->review().signableObjects();
    TM_VERIFY_OK(objects);
    m_wp->setActor(Test::preparer());
    for (const QString &object : *objects)
        TM_VERIFY_OK(m_wp->review().signOff(object));
    m_wp->setActor(reviewer());
    for (const QString &object : *objects)
        TM_VERIFY_OK(m_wp->review().signOff(object));
    TM_VERIFY_OK(m_wp->review().lock());
    QVERIFY(m_wp->isLocked());
}

void TestReviewObjects::reopenDialogNeedsAReason()
{
    ReopenDialog dialog;
    QVERIFY(!dialog.canAccept());
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok && !ok->isEnabled());
    dialog.setReason(QStringLiteral("   \n  "));
    QVERIFY(!ok->isEnabled());
    dialog.setReason(QStringLiteral("Subsequent event\nfound on 2026-10-14"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.reason(), QStringLiteral("Subsequent event\nfound on 2026-10-14"));
    grab(&dialog, QStringLiteral("reopen-dialog"));
}

void TestReviewObjects::reopenByReviewerUnlocksAndLogs()
{
    ReviewStatusPage page(*m_wp);
    page.resize(1200, 760);
    page.show();
    LockPanel *lock = page.lockPanel();
    QVERIFY(lock);
    QVERIFY(!lock->isVisibleTo(&page)); // never locked: nothing to show
    lockIt();
    QVERIFY(lock->isVisibleTo(&page));
    QVERIFY(lock->statusText().contains(QStringLiteral("Locked since 2026-03-01")));
    QVERIFY(lock->statusText().contains(QStringLiteral("Rita Reviewer (RR)")));
    QCOMPARE(lock->historyRows().size(), 1);
    grab(&page, QStringLiteral("review-locked"));

    int asked = 0;
    lock->setReasonPrompter([&asked](QWidget *) -> std::optional<QString> {
        ++asked;
        return QStringLiteral("Management disclosed a subsequent event");
    });
    page.findChild<QPushButton *>(QStringLiteral("reopenButton"))->click();
    QCOMPARE(asked, 1);
    QVERIFY(!m_wp->isLocked());
    QVERIFY(lock->statusText().isEmpty());
    QVERIFY(lock->errorText().isEmpty());
    // The history keeps both events, the reason with the reopen; the audit trail has it too.
    const QStringList rows = lock->historyRows();
    QCOMPARE(rows.size(), 2);
    QVERIFY(rows.at(1).contains(QStringLiteral("Reopened")));
    QVERIFY(rows.at(1).contains(QStringLiteral("Rita Reviewer (RR)")));
    QVERIFY(rows.at(1).contains(QStringLiteral("Management disclosed a subsequent event")));
    const auto history = m_wp->review().lockHistory();
    TM_VERIFY_OK(history);
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(0).action, QStringLiteral("lock"));
    QCOMPARE(history->at(1).action, QStringLiteral("reopen"));
    QCOMPARE(history->at(1).reason, QStringLiteral("Management disclosed a subsequent event"));
    const auto events = m_wp->auditTrail().events();
    TM_VERIFY_OK(events);
    QCOMPARE(events->last().action, QStringLiteral("reopen"));
    QVERIFY(events->last().summary.contains(QStringLiteral("Management disclosed a subsequent event")));
    grab(&page, QStringLiteral("review-reopened"));

    // Cancelling the reason dialog changes nothing.
    lockIt();
    lock->setReasonPrompter([](QWidget *) -> std::optional<QString> { return std::nullopt; });
    lock->askAndReopen();
    QVERIFY(m_wp->isLocked());
}

void TestReviewObjects::reopenByPreparerIsRefused()
{
    ReviewStatusPage page(*m_wp);
    page.resize(1200, 760);
    page.show();
    lockIt();
    m_wp->setActor(Test::preparer());
    LockPanel *lock = page.lockPanel();
    int asked = 0;
    lock->setReasonPrompter([&asked](QWidget *) -> std::optional<QString> {
        ++asked;
        return QStringLiteral("I want to fix a typo");
    });
    page.findChild<QPushButton *>(QStringLiteral("reopenButton"))->click();
    QCOMPARE(asked, 0); // a preparer is not asked for a reason that cannot be used
    QVERIFY(m_wp->isLocked());
    QVERIFY2(lock->errorText().contains(QStringLiteral("reviewer or partner role")), qPrintable(lock->errorText()));
    QVERIFY(lock->errorText().contains(QStringLiteral("Pat Preparer (PP)")));
    QCOMPARE(m_wp->review().lockHistory()->size(), 1);
    grab(&page, QStringLiteral("review-reopen-refused"));
}

QTEST_MAIN(TestReviewObjects)
#include "tst_reviewobjects.moc"
