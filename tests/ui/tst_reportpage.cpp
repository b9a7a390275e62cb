// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Report page: the section tree from the report document, a description part saved as rich text, a template
// with an unknown placeholder refused (nothing stored), the opinion override, the draft preview rendered off the UI
// thread, an HTML export through a scripted file chooser, issuing refused while a review note is open and
// accepted once the review is clean (then the page is read-only); screenshots.
#include "common/filechooser.h"
#include "common/messagebanner.h"
#include "common/prompter.h"
#include "controls/controlservice.h"
#include "evidence/pdfviewer.h"
#include "report/issuepanel.h"
#include "report/reporteditors.h"
#include "report/reportpage.h"
#include "report/reportservice.h"
#include "review/reviewservice.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

using namespace Tickmark;
using namespace Tickmark::Core;
using namespace Tickmark::Ui;

namespace {

Actor reviewer()
{
    return Actor{QStringLiteral("Rita Reviewer"), QStringLiteral("RR"), Role::Reviewer};
}

QStringList childAnchors(const QTreeWidgetItem *item)
{
    QStringList out;
    for (int i = 0; i < item->childCount(); ++i) {
        out << item->child(i)->data(0, ReportPage::AnchorRole).toString();
        out << childAnchors(item->child(i));
    }
    return out;
}

template<typename T> T *child(const QWidget &parent, const char *name)
{
    return parent.findChild<T *>(QString::fromLatin1(name));
}

void saveShot(QWidget &widget, const QString &name)
{
    const QString path = QDir::temp().filePath(name);
    QVERIFY(widget.grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));
}

} // namespace

class TestReportPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sectionTree();
    void descriptionPartSaved();
    void templateErrorNamesPlaceholder();
    void placeholderInsertAndReset();
    void opinionOverrideNeedsReason();
    void exportHtml();
    void issueRefusedWhileNoteOpen();
    void issueLocksAndMakesReadOnly();
    void previewAndScreenshots();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workpaper> m_wp;
};

void TestReportPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_wp = Test::createWorkpaper(m_dir->filePath(QStringLiteral("report.tickmark")));
    QVERIFY(m_wp);
    TM_VERIFY_OK(m_wp->controls().add(
        Test::control(QStringLiteral("C-1"), {QStringLiteral("CC6.1")}, QStringLiteral("Access is approved"))));
    TM_VERIFY_OK(m_wp->controls().add(
        Test::control(QStringLiteral("C-2"), {QStringLiteral("CC8.1")}, QStringLiteral("Changes are tested"))));
}

void TestReportPage::cleanup()
{
    m_wp.reset();
    m_dir.reset();
}

void TestReportPage::sectionTree()
{
    ReportPage page(*m_wp);
    QCOMPARE(page.objectName(), QStringLiteral("reportPage"));
    QTreeWidget *tree = page.sectionTree();
    QStringList sections;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        sections << tree->topLevelItem(i)->data(0, ReportPage::AnchorRole).toString();
    QCOMPARE(sections,
             (QStringList{QStringLiteral("section-1"), QStringLiteral("section-2"), QStringLiteral("section-3"),
                          QStringLiteral("section-4"), QStringLiteral("section-5"), QStringLiteral("issue")}));
    QVERIFY(tree->topLevelItem(0)->text(0).startsWith(QStringLiteral("Section I \u2014")));
    QVERIFY(childAnchors(tree->topLevelItem(0)).contains(QStringLiteral("s1-opinion")));
    const QStringList three = childAnchors(tree->topLevelItem(2));
    for (const char *part :
         {"s3-services", "s3-commitments", "s3-infrastructure", "s3-boundaries", "s3-incidents", "s3-changes"})
        QVERIFY2(three.contains(QString::fromLatin1(part)), part);

    // The appendix joins the tree when asked for.
    child<QCheckBox>(page, "appendixCheck")->setChecked(true);
    QCOMPARE(tree->topLevelItem(5)->data(0, ReportPage::AnchorRole).toString(), QStringLiteral("appendix"));

    // A description part opens the rich text editor; a section its templates.
    QVERIFY(page.selectNode(QStringLiteral("s3-services")));
    auto *stack = child<QStackedWidget>(page, "editorStack");
    QCOMPARE(stack->currentWidget(), page.descriptionEditor()->parentWidget());
    QVERIFY(page.selectNode(QStringLiteral("section-2")));
    QCOMPARE(stack->currentWidget(), page.templateEditor()->parentWidget());
    QVERIFY(page.templateEditor()->currentKey().startsWith(QStringLiteral("assertion.")));
    QVERIFY(page.selectNode(QStringLiteral("s1-opinion")));
    QCOMPARE(stack->currentWidget(), page.opinionEditor()->parentWidget());
}

void TestReportPage::descriptionPartSaved()
{
    ReportPage page(*m_wp);
    QVERIFY(page.selectNode(QStringLiteral("s3-services")));
    auto *edit = child<QTextEdit>(page, "descriptionEdit");
    QVERIFY(edit);
    QTest::keyClicks(edit, QStringLiteral("Hosted payroll "));
    child<QToolButton>(page, "boldButton")->click();
    QTest::keyClicks(edit, QStringLiteral("for employers"));
    child<QPushButton>(page, "saveDescriptionButton")->click();
    auto stored = m_wp->report().descriptions();
    TM_VERIFY_OK(stored);
    const QString html = stored->value(QStringLiteral("services"));
    QVERIFY2(html.contains(QStringLiteral("Hosted payroll")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("font-weight:700")) || html.contains(QStringLiteral("font-weight:600")),
             qPrintable(html));

    // Leaving the part saves it too, and the report carries the text.
    QVERIFY(page.selectNode(QStringLiteral("s3-boundaries")));
    QTest::keyClicks(child<QTextEdit>(page, "descriptionEdit"), QStringLiteral("Payroll APIs only."));
    QVERIFY(page.selectNode(QStringLiteral("section-4")));
    stored = m_wp->report().descriptions();
    QVERIFY(stored->value(QStringLiteral("boundaries")).contains(QStringLiteral("Payroll APIs only.")));
    // Coming back shows the stored text.
    QVERIFY(page.selectNode(QStringLiteral("s3-services")));
    QCOMPARE(child<QTextEdit>(page, "descriptionEdit")->toPlainText(), QStringLiteral("Hosted payroll for employers"));
}

void TestReportPage::templateErrorNamesPlaceholder()
{
    ReportPage page(*m_wp);
    QVERIFY(page.selectNode(QStringLiteral("section-1")));
    TemplateEditor *editor = page.templateEditor();
    QVERIFY(editor->selectTemplate(QStringLiteral("auditor.addressee")));
    auto *edit = child<QPlainTextEdit>(page, "templateEdit");
    QVERIFY(!edit->toPlainText().isEmpty());
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("To the board of {nonsense}:"));
    auto *save = child<QPushButton>(page, "saveTemplateButton");
    QVERIFY(save->isEnabled());
    save->click();
    auto *error = child<QLabel>(page, "templateError");
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(QStringLiteral("nonsense")), qPrintable(error->text()));
    QVERIFY(page.banner()->isVisibleTo(&page));
    QCOMPARE(page.banner()->kind(), MessageBanner::Kind::Error);
    QVERIFY(page.banner()->text().contains(QStringLiteral("nonsense")));
    auto custom = m_wp->report().customTemplates();
    TM_VERIFY_OK(custom);
    QVERIFY(custom->isEmpty());
    // The text stays for correcting.
    QCOMPARE(edit->toPlainText(), QStringLiteral("To the board of {nonsense}:"));
}

void TestReportPage::placeholderInsertAndReset()
{
    ReportPage page(*m_wp);
    QVERIFY(page.selectNode(QStringLiteral("section-1")));
    TemplateEditor *editor = page.templateEditor();
    QVERIFY(editor->selectTemplate(QStringLiteral("auditor.addressee")));
    auto *edit = child<QPlainTextEdit>(page, "templateEdit");
    auto *state = child<QLabel>(page, "templateState");
    auto *reset = child<QPushButton>(page, "resetTemplateButton");
    QCOMPARE(state->text(), QStringLiteral("Tickmark's default wording"));
    QVERIFY(!reset->isEnabled());
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("To the directors of "));
    auto *list = child<QListWidget>(page, "placeholderList");
    const auto items = list->findItems(QStringLiteral("{client}"), Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    Q_EMIT list->itemClicked(items.first());
    QCOMPARE(edit->toPlainText(), QStringLiteral("To the directors of {client}"));
    QVERIFY(editor->save());
    auto custom = m_wp->report().customTemplates();
    QCOMPARE(custom->value(QStringLiteral("auditor.addressee")), QStringLiteral("To the directors of {client}"));
    QCOMPARE(state->text(), QStringLiteral("The firm's wording"));
    QVERIFY(reset->isEnabled());
    reset->click();
    QVERIFY(m_wp->report().customTemplates()->isEmpty());
    QCOMPARE(edit->toPlainText(), ReportService(*m_wp).templates()->value(QStringLiteral("auditor.addressee")));
}

void TestReportPage::opinionOverrideNeedsReason()
{
    ReportPage page(*m_wp);
    QVERIFY(page.selectNode(QStringLiteral("s1-opinion")));
    QVERIFY(child<QLabel>(page, "proposedOpinion")->text().startsWith(QStringLiteral("Unmodified")));
    child<QRadioButton>(page, "adverseRadio")->setChecked(true);
    child<QPushButton>(page, "applyOpinionButton")->click();
    QCOMPARE(page.banner()->kind(), MessageBanner::Kind::Error);
    QVERIFY(page.banner()->text().contains(QStringLiteral("reason")));
    QCOMPARE(m_wp->report().opinionChoice()->mode, OpinionChoice::Mode::Proposed);

    child<QPlainTextEdit>(page, "opinionReasonEdit")->setPlainText(QStringLiteral("Logical access failed all year."));
    child<QPushButton>(page, "applyOpinionButton")->click();
    QCOMPARE(m_wp->report().opinionChoice()->mode, OpinionChoice::Mode::Adverse);
    QCOMPARE(m_wp->report().opinion()->kind, OpinionKind::Adverse);
    QVERIFY(child<QLabel>(page, "effectiveOpinion")->text().contains(QStringLiteral("Adverse opinion")));
    // The proposal itself stays visible.
    QVERIFY(child<QLabel>(page, "proposedOpinion")->text().startsWith(QStringLiteral("Unmodified")));
}

void TestReportPage::exportHtml()
{
    ReportPage page(*m_wp);
    ScriptedFileChooser files;
    const QString target = m_dir->filePath(QStringLiteral("out/soc2"));
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("out"))));
    files.enqueue(target);
    page.setFileChooser(&files);
    QVERIFY(page.exportReport(ReportPage::ExportFormat::Html));
    QCOMPARE(files.questions(), QStringList{QStringLiteral("Export Report as HTML")});
    QVERIFY(files.lastSuggestion().endsWith(QStringLiteral("report-report.html")));
    QFile html(target + QStringLiteral(".html"));
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(html.readAll());
    QVERIFY(text.contains(QStringLiteral("Example Cloud Ltd")));
    QCOMPARE(page.banner()->kind(), MessageBanner::Kind::Information);
    QVERIFY2(page.banner()->text().contains(QStringLiteral("soc2.html")), qPrintable(page.banner()->text()));
    // Cancelled: nothing written, the message stays.
    const QString before = page.banner()->text();
    QVERIFY(!page.exportReport(ReportPage::ExportFormat::Odt));
    QCOMPARE(files.questions().size(), 2);
    QVERIFY(files.lastSuggestion().endsWith(QStringLiteral("report-report.odt")));
    QCOMPARE(page.banner()->text(), before);
    QCOMPARE(QDir(m_dir->filePath(QStringLiteral("out"))).entryList(QDir::Files),
             QStringList{QStringLiteral("soc2.html")});
}

void TestReportPage::issueRefusedWhileNoteOpen()
{
    m_wp->setActor(reviewer());
    auto note = m_wp->review().addNote(QStringLiteral("control:C-1"), QStringLiteral("Where is the approval?"));
    TM_VERIFY_OK(note);
    ReportPage page(*m_wp);
    auto prompter = std::make_shared<FixedAnswerPrompter>(true);
    page.setPrompter(prompter);
    QVERIFY(!page.issueReport());
    QCOMPARE(prompter->askedCount(), 0);
    QVERIFY(!m_wp->isLocked());
    QCOMPARE(page.currentAnchor(), QStringLiteral("issue"));
    auto *list = child<QListWidget>(page, "issueBlockersList");
    QStringList lines;
    for (int i = 0; i < list->count(); ++i)
        lines << list->item(i)->text();
    const QString noteLine =
        QStringLiteral("Review note #%1 on control:C-1 is open: \u201cWhere is the approval?\u201d").arg(*note);
    QVERIFY2(lines.contains(noteLine), qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY(std::any_of(lines.cbegin(), lines.cend(),
                        [](const QString &l) { return l.startsWith(QStringLiteral("Sign-off missing: ")); }));
    QCOMPARE(page.banner()->kind(), MessageBanner::Kind::Error);
    QVERIFY(page.banner()->text().contains(QStringLiteral("cannot be issued")));
}

void TestReportPage::issueLocksAndMakesReadOnly()
{
    // A clean review: everything signed by a preparer and a reviewer.
    auto objects = m_wp->review().signableObjects();
    TM_VERIFY_OK(objects);
    for (const QString &object : *objects)
        TM_VERIFY_OK(m_wp->review().signOff(object));
    m_wp->setActor(reviewer());
    for (const QString &object : *objects)
        TM_VERIFY_OK(m_wp->review().signOff(object));
    TM_VERIFY_OK(m_wp->review().status());
    QVERIFY(m_wp->review().status()->clean());

    ReportPage page(*m_wp);
    auto prompter = std::make_shared<FixedAnswerPrompter>(false);
    page.setPrompter(prompter);
    QVERIFY(!page.issueReport()); // declined at the confirmation
    QCOMPARE(prompter->askedCount(), 1);
    QVERIFY(prompter->lastText().contains(QStringLiteral("locked")));
    QVERIFY(!m_wp->isLocked());

    prompter->setAnswer(true);
    QVERIFY(page.issueReport());
    QVERIFY(m_wp->isLocked());
    const QString archive = page.issuePanel()->archivePath();
    QVERIFY(QFileInfo::exists(archive));
    QVERIFY(page.banner()->text().contains(QFileInfo(archive).fileName()));
    QVERIFY(child<QLabel>(page, "archivePathLabel")->text().contains(QFileInfo(archive).fileName()));
    QVERIFY2(child<QLabel>(page, "reportState")->text().contains(QStringLiteral("Issued on")),
             qPrintable(child<QLabel>(page, "reportState")->text()));
    QVERIFY(child<QLabel>(page, "reportState")->text().contains(QStringLiteral("locked")));
    QVERIFY(!child<QPushButton>(page, "issueButton")->isEnabled());
    QVERIFY(page.selectNode(QStringLiteral("s3-services")));
    QVERIFY(child<QTextEdit>(page, "descriptionEdit")->isReadOnly());
    QVERIFY(page.selectNode(QStringLiteral("section-1")));
    QVERIFY(child<QPlainTextEdit>(page, "templateEdit")->isReadOnly());
    QVERIFY(!child<QPushButton>(page, "saveTemplateButton")->isEnabled());
    QVERIFY(!child<QPushButton>(page, "applyOpinionButton")->isEnabled());
    QVERIFY(!child<QComboBox>(page, "paperCombo")->isEnabled());
}

void TestReportPage::previewAndScreenshots()
{
    TM_VERIFY_OK(m_wp->report().setDescription(QStringLiteral("services"),
                                               QStringLiteral("<p>Payroll processing for <b>employers</b>.</p>")));
    ReportPage page(*m_wp);
    page.resize(1440, 900);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy finished(&page, &ReportPage::previewFinished);
    QSignalSpy loaded(page.previewViewer(), &PdfViewer::loaded);
    child<QPushButton>(page, "refreshPreviewButton")->click();
    QVERIFY(page.isPreviewRunning() || finished.count() == 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(page.previewPages() >= 5);
    auto *status = child<QLabel>(page, "previewStatus");
    QVERIFY2(status->text().contains(QStringLiteral("DRAFT")), qPrintable(status->text()));
    QVERIFY(status->text().contains(QString::number(page.previewPages())));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
    QCOMPARE(page.previewViewer()->pageCount(), page.previewPages());

    // Choosing Section III jumps the preview to its page.
    QVERIFY(page.selectNode(QStringLiteral("section-3")));
    QVERIFY(page.previewViewer()->currentPage() > 1);
    QVERIFY(page.selectNode(QStringLiteral("s3-services")));
    QTest::qWait(1500);
    saveShot(page, QStringLiteral("tickmark-reportpage-description.png"));
    QVERIFY(page.selectNode(QStringLiteral("section-1")));
    QTest::qWait(800);
    saveShot(page, QStringLiteral("tickmark-reportpage-templates.png"));
    QVERIFY(page.selectNode(QStringLiteral("s1-opinion")));
    QTest::qWait(300);
    saveShot(page, QStringLiteral("tickmark-reportpage-opinion.png"));
    page.issueReport();
    QTest::qWait(300);
    saveShot(page, QStringLiteral("tickmark-reportpage-issue.png"));
}

QTEST_MAIN(TestReportPage)
#include "tst_reportpage.moc"
