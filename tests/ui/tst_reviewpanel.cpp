// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The review panel and the Review page: a note added, replied and cleared; sign-offs shown with who and when;
// a change to the signed object shows the sign-off stale; the status page's groups and its "changed since my last
// review" filter; screenshots.
#include "controls/controlservice.h"
#include "review/reviewpanel.h"
#include "review/reviewservice.h"
#include "review/reviewstatuspage.h"
#include "testing/testingservice.h"
#include "testsupport.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace Tickmark;
using namespace Tickmark::Core;
using namespace Tickmark::Ui;

namespace {

const QString kObject = QStringLiteral("control:C-1");

Actor reviewer()
{
    return Actor{QStringLiteral("Rita Reviewer"), QStringLiteral("RR"), Role::Reviewer};
}

} // namespace

class TestReviewPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void notesThread();
    void signOffsAndStaleness();
    void statusPageListsWhatIsMissing();
    void changedSinceMyLastReview();
    void screenshots();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workpaper> m_wp;
};

void TestReviewPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_wp = Test::createWorkpaper(m_dir->filePath(QStringLiteral("review.tickmark")));
    QVERIFY(m_wp);
    TM_VERIFY_OK(m_wp->controls().add(Test::control(QStringLiteral("C-1"), {QStringLiteral("CC8.1")})));
    TM_VERIFY_OK(m_wp->testing().addAttribute(QStringLiteral("C-1"), {}, QStringLiteral("Approved")));
}

void TestReviewPanel::cleanup()
{
    m_wp.reset();
    m_dir.reset();
}

void TestReviewPanel::notesThread()
{
    ReviewPanel panel(*m_wp);
    panel.setObject(kObject);
    m_wp->setActor(reviewer());
    // Typing a note and pressing "Add note" stores it.
    auto *edit = panel.findChild<QPlainTextEdit *>(QStringLiteral("reviewNoteEdit"));
    auto *add = panel.findChild<QPushButton *>(QStringLiteral("addNoteButton"));
    QVERIFY(edit && add);
    QVERIFY(!add->isEnabled());
    edit->setPlainText(QStringLiteral("Where is the approval for item 3?"));
    QVERIFY(add->isEnabled());
    add->click();
    QVERIFY(edit->toPlainText().isEmpty());
    auto notes = m_wp->review().notes(kObject);
    TM_VERIFY_OK(notes);
    QCOMPARE(notes->size(), 1);
    const qint64 id = notes->first().id;
    QCOMPARE(notes->first().thread.first().text, QStringLiteral("Where is the approval for item 3?"));

    m_wp->setActor(Test::preparer());
    QVERIFY(panel.reply(id, QStringLiteral("Added as evidence item 12.")));
    auto *tree = panel.findChild<QTreeWidget *>(QStringLiteral("reviewNotes"));
    QCOMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->childCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->child(0)->text(0), QStringLiteral("Added as evidence item 12."));
    QCOMPARE(tree->topLevelItem(0)->text(1), QStringLiteral("Answered"));

    // Clearing needs the reviewer role: the preparer is refused with the reason.
    QSignalSpy errors(&panel, &ReviewPanel::errorOccurred);
    QVERIFY(!panel.clearNote(id));
    QCOMPARE(errors.size(), 1);
    m_wp->setActor(reviewer());
    QVERIFY(panel.clearNote(id));
    QVERIFY(tree->topLevelItem(0)->text(1).startsWith(QStringLiteral("Cleared by Rita Reviewer")));
}

void TestReviewPanel::signOffsAndStaleness()
{
    ReviewPanel panel(*m_wp);
    panel.setObject(kObject);
    QCOMPARE(panel.signOffText(SignOffRole::Preparer), QStringLiteral("Not signed"));
    QVERIFY(panel.signOff(SignOffRole::Preparer));
    QVERIFY2(panel.signOffText(SignOffRole::Preparer).startsWith(QStringLiteral("Pat Preparer (PP), 2026-")),
             qPrintable(panel.signOffText(SignOffRole::Preparer)));
    QVERIFY(!panel.signOffStale(SignOffRole::Preparer));

    // A preparer cannot sign as reviewer.
    QSignalSpy errors(&panel, &ReviewPanel::errorOccurred);
    QVERIFY(!panel.signOff(SignOffRole::Reviewer));
    QCOMPARE(errors.size(), 1);
    m_wp->setActor(reviewer());
    QVERIFY(panel.signOff(SignOffRole::Reviewer));
    QVERIFY(panel.signOffText(SignOffRole::Reviewer).startsWith(QStringLiteral("Rita Reviewer (RR)")));

    // The control changes: both sign-offs show stale, in the warning colour.
    m_wp->setActor(Test::preparer());
    TM_VERIFY_OK(m_wp->testing().addAttribute(QStringLiteral("C-1"), {}, QStringLiteral("Tested")));
    QVERIFY(panel.signOffStale(SignOffRole::Preparer));
    QVERIFY(panel.signOffStale(SignOffRole::Reviewer));
    QVERIFY(panel.signOffText(SignOffRole::Reviewer).contains(QStringLiteral("stale")));
    auto *label = panel.findChild<QLabel *>(QStringLiteral("reviewerSignOff"));
    QVERIFY(label->styleSheet().contains(QStringLiteral("#FFF1CC")));
    // Signing again makes it current.
    QVERIFY(panel.signOff(SignOffRole::Preparer));
    QVERIFY(!panel.signOffStale(SignOffRole::Preparer));
}

void TestReviewPanel::statusPageListsWhatIsMissing()
{
    ReviewStatusPage page(*m_wp);
    QVERIFY(page.listed(QStringLiteral("missingSignOffs")).contains(kObject));
    QVERIFY(page.listed(QStringLiteral("openNotes")).isEmpty());
    m_wp->setActor(reviewer());
    TM_VERIFY_OK(m_wp->review().addNote(kObject, QStringLiteral("Please add the ticket export")));
    QCOMPARE(page.listed(QStringLiteral("openNotes")), QStringList{kObject});
    m_wp->setActor(Test::preparer());
    TM_VERIFY_OK(m_wp->review().signOff(kObject, SignOffRole::Preparer));
    TM_VERIFY_OK(m_wp->testing().addAttribute(QStringLiteral("C-1"), {}, QStringLiteral("Tested")));
    QCOMPARE(page.listed(QStringLiteral("staleSignOffs")), QStringList{kObject});
    // Choosing an entry shows its object in the panel.
    auto *tree = page.findChild<QTreeWidget *>(QStringLiteral("reviewStatusTree"));
    QTreeWidgetItem *notes = tree->topLevelItem(0);
    tree->setCurrentItem(notes->child(0));
    QCOMPARE(page.panel()->object(), kObject);
}

void TestReviewPanel::changedSinceMyLastReview()
{
    TM_VERIFY_OK(m_wp->controls().add(Test::control(QStringLiteral("C-2"), {QStringLiteral("CC6.1")})));
    TM_VERIFY_OK(m_wp->testing().addAttribute(QStringLiteral("C-2"), {}, QStringLiteral("Reviewed")));
    m_wp->setActor(reviewer());
    TM_VERIFY_OK(m_wp->review().signOff(kObject, SignOffRole::Reviewer));
    TM_VERIFY_OK(m_wp->review().signOff(QStringLiteral("control:C-2"), SignOffRole::Reviewer));
    m_wp->setActor(Test::preparer());
    TM_VERIFY_OK(m_wp->testing().addAttribute(QStringLiteral("C-2"), {}, QStringLiteral("Dated")));
    m_wp->setActor(reviewer());
    ReviewStatusPage page(*m_wp);
    page.setChangedSinceFilter(true);
    QVERIFY(page.listed(QStringLiteral("changedObjects")).contains(QStringLiteral("control:C-2")));
    QVERIFY(!page.listed(QStringLiteral("changedObjects")).contains(kObject));
    // With the filter on, the other groups list only changed objects.
    for (const QString &group : {QStringLiteral("missingSignOffs"), QStringLiteral("staleSignOffs")}) {
        for (const QString &object : page.listed(group))
            QVERIFY2(page.listed(QStringLiteral("changedObjects")).contains(object), qPrintable(object));
    }
    page.setChangedSinceFilter(false);
    QVERIFY(page.listed(QStringLiteral("missingSignOffs")).size() >=
            page.listed(QStringLiteral("staleSignOffs")).size());
}

void TestReviewPanel::screenshots()
{
    m_wp->setActor(reviewer());
    TM_VERIFY_OK(m_wp->review().addNote(kObject, QStringLiteral("Where is the approval for item 3?")));
    m_wp->setActor(Test::preparer());
    TM_VERIFY_OK(m_wp->review().signOff(kObject, SignOffRole::Preparer));
    TM_VERIFY_OK(m_wp->testing().addAttribute(QStringLiteral("C-1"), {}, QStringLiteral("Tested")));
    ReviewStatusPage page(*m_wp);
    page.resize(1280, 720);
    page.show();
    auto *tree = page.findChild<QTreeWidget *>(QStringLiteral("reviewStatusTree"));
    tree->setCurrentItem(tree->topLevelItem(0)->child(0));
    QCoreApplication::processEvents();
    const QString dir = qEnvironmentVariable("TICKMARK_SCREENSHOT_DIR", QStringLiteral("/tmp"));
    QVERIFY(page.grab().save(dir + QStringLiteral("/tickmark-review.png")));
}

QTEST_MAIN(TestReviewPanel)
#include "tst_reviewpanel.moc"
