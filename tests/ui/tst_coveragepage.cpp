// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controls/controlservice.h"
#include "criteria/coveragemodel.h"
#include "criteria/coveragepage.h"
#include "sample/sampleengagement.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Tickmark;
using namespace Tickmark::Core;
using namespace Tickmark::Ui;

class TestCoveragePage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void summarisesTheSample();
    void filtersByGapAndCategory();
    void gapsAreHighlightedAndCounted();
    void doubleClickActivatesTheFirstControl();

private:
    QString rowId(int row) const
    {
        return m_view->model()->index(row, 0).data(CoverageModel::CriterionIdRole).toString();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workpaper> m_wp;
    std::unique_ptr<CoveragePage> m_page;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
};

void TestCoveragePage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto wp = createSampleEngagement(m_dir->filePath(QStringLiteral("sample.tickmark")), Test::preparer(),
                                     Test::fixedClock());
    QVERIFY2(wp.has_value(), wp ? "" : qPrintable(wp.error().detail));
    m_wp = std::move(*wp);
    m_page = std::make_unique<CoveragePage>(*m_wp);
    m_page->resize(1280, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_view = m_page->findChild<QTableView *>(QStringLiteral("coverageView"));
    m_summary = m_page->findChild<QLabel *>(QStringLiteral("coverageSummary"));
    QVERIFY(m_view && m_summary);
}

void TestCoveragePage::cleanup()
{
    m_page.reset();
    m_wp.reset();
    m_dir.reset();
}

void TestCoveragePage::summarisesTheSample()
{
    QCOMPARE(m_view->model()->rowCount(), 38);
    QVERIFY2(m_summary->text().contains(QStringLiteral("38 criteria in scope")), qPrintable(m_summary->text()));
    QVERIFY2(m_summary->text().contains(QStringLiteral("0 without a control")), qPrintable(m_summary->text()));
    QCOMPARE(rowId(0), QStringLiteral("CC1.1"));
}

void TestCoveragePage::filtersByGapAndCategory()
{
    auto *gapsOnly = m_page->findChild<QCheckBox *>(QStringLiteral("uncoveredOnlyCheck"));
    auto *category = m_page->findChild<QComboBox *>(QStringLiteral("categoryFilterCombo"));
    QVERIFY(gapsOnly && category);
    QCOMPARE(category->count(), 4); // all + Security, Availability, Confidentiality

    category->setCurrentIndex(category->findData(QStringLiteral("availability")));
    QCOMPARE(m_view->model()->rowCount(), 3);
    category->setCurrentIndex(0);
    gapsOnly->setChecked(true);
    QCOMPARE(m_view->model()->rowCount(), 0);
    gapsOnly->setChecked(false);
    QCOMPARE(m_view->model()->rowCount(), 38);
}

void TestCoveragePage::gapsAreHighlightedAndCounted()
{
    // CTL-04 is the only control mapped to CC1.3.
    QVERIFY(m_wp->controls().remove(QStringLiteral("CTL-04")).has_value());
    QVERIFY2(m_summary->text().contains(QStringLiteral("1 without a control")), qPrintable(m_summary->text()));
    QCOMPARE(rowId(0), QStringLiteral("CC1.3"));
    const QModelIndex gap = m_view->model()->index(0, CoverageModel::ControlsColumn);
    QCOMPARE(gap.data().toString(), QStringLiteral("No control"));
    QVERIFY(gap.data(Qt::BackgroundRole).isValid());

    m_page->findChild<QCheckBox *>(QStringLiteral("uncoveredOnlyCheck"))->setChecked(true);
    QCOMPARE(m_view->model()->rowCount(), 1);
    auto *details = m_page->findChild<QLabel *>(QStringLiteral("coverageDetails"));
    m_view->selectRow(0);
    m_view->setCurrentIndex(m_view->model()->index(0, 0));
    QVERIFY2(details->text().contains(QStringLiteral("CC1.3")), qPrintable(details->text()));
}

void TestCoveragePage::doubleClickActivatesTheFirstControl()
{
    QSignalSpy activated(m_page.get(), &CoveragePage::controlActivated);
    const QModelIndex cc11 = m_view->model()->index(0, CoverageModel::TitleColumn);
    QCOMPARE(cc11.data(CoverageModel::CriterionIdRole).toString(), QStringLiteral("CC1.1"));
    const QPoint centre = m_view->visualRect(cc11).center();
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().at(0).toString(), QStringLiteral("CTL-01"));
}

QTEST_MAIN(TestCoveragePage)
#include "tst_coveragepage.moc"
