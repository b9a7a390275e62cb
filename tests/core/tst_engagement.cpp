// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Engagement facts: validation names the field, period warnings, scope lists, criteria catalog and scope.
#include "audit/audittrail.h"
#include "criteria/criteriaservice.h"
#include "engagement/engagementservice.h"
#include "sample/sampleengagement.h"
#include "controls/controlservice.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Tickmark;
using namespace Tickmark::Core;

class TestEngagement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validationNamesField_data();
    void validationNamesField();
    void periodWarnings_data();
    void periodWarnings();
    void updateIsAuditedAndRefusedWhenInvalid();
    void subserviceAndCuecLists();
    void catalogHasTheSixtyOneCriteria();
    void scopeFollowsCategories();
    void sampleEngagementIsComplete();
    void categoryKeys();

private:
    QTemporaryDir m_dir;
};

void TestEngagement::validationNamesField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("client") << QStringLiteral("client") << QStringLiteral("client:");
    QTest::newRow("system") << QStringLiteral("system") << QStringLiteral("system:");
    QTest::newRow("security") << QStringLiteral("categories") << QStringLiteral("categories: Security");
    QTest::newRow("from") << QStringLiteral("from") << QStringLiteral("period start:");
    QTest::newRow("to") << QStringLiteral("to") << QStringLiteral("period end:");
    QTest::newRow("order") << QStringLiteral("order") << QStringLiteral("is not after the start");
    QTest::newRow("asof") << QStringLiteral("asof") << QStringLiteral("as-of date:");
}

void TestEngagement::validationNamesField()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    EngagementDetails d = Test::typeTwoDetails();
    QVERIFY(!validateEngagement(d));
    if (field == QLatin1String("client"))
        d.client = QStringLiteral("  ");
    else if (field == QLatin1String("system"))
        d.system.clear();
    else if (field == QLatin1String("categories"))
        d.categories = {Category::Availability};
    else if (field == QLatin1String("from"))
        d.periodFrom = QDate();
    else if (field == QLatin1String("to"))
        d.periodTo = QDate();
    else if (field == QLatin1String("order"))
        d.periodTo = d.periodFrom;
    else if (field == QLatin1String("asof"))
        d.type = ReportType::TypeI;
    const auto problem = validateEngagement(d);
    QVERIFY(problem);
    QVERIFY2(problem->contains(expected), qPrintable(*problem));
}

void TestEngagement::periodWarnings_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("warning");
    QTest::newRow("two months") << QDate(2026, 1, 1) << QDate(2026, 2, 28) << QStringLiteral("shorter than 3 months");
    QTest::newRow("three months") << QDate(2026, 1, 1) << QDate(2026, 3, 31) << QString();
    QTest::newRow("twelve months") << QDate(2026, 1, 1) << QDate(2026, 12, 31) << QString();
    QTest::newRow("thirteen months") << QDate(2026, 1, 1) << QDate(2027, 1, 31) << QStringLiteral("longer than 12 months");
}

void TestEngagement::periodWarnings()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, warning);
    EngagementDetails d = Test::typeTwoDetails();
    d.periodFrom = from;
    d.periodTo = to;
    const QStringList warnings = engagementWarnings(d);
    if (warning.isEmpty()) {
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('|'))));
    } else {
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().contains(warning));
    }
}

void TestEngagement::updateIsAuditedAndRefusedWhenInvalid()
{
    auto wp = Test::createWorkpaper(m_dir.filePath(QStringLiteral("update.tickmark")));
    QVERIFY(wp);
    EngagementDetails d = Test::typeTwoDetails();
    d.type = ReportType::TypeI;
    d.asOf = QDate(2026, 6, 30);
    TM_VERIFY_OK(wp->engagement().update(d));
    QCOMPARE(wp->engagement().details()->asOf, QDate(2026, 6, 30));
    QCOMPARE(wp->engagement().details()->type, ReportType::TypeI);
    QVERIFY(!wp->engagement().details()->periodFrom.isValid());
    EngagementDetails bad = d;
    bad.client.clear();
    const auto refused = wp->engagement().update(bad);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(wp->engagement().details()->client, d.client);
    QCOMPARE(wp->auditTrail().events()->size(), 2);
}

void TestEngagement::subserviceAndCuecLists()
{
    auto wp = Test::createWorkpaper(m_dir.filePath(QStringLiteral("lists.tickmark")));
    QVERIFY(wp);
    SubserviceOrg org{0, QStringLiteral("Cloudy Hosting"), QStringLiteral("Hosting"), SubserviceMethod::CarveOut,
                      QStringLiteral("Physical security")};
    const auto id = wp->engagement().addSubservice(org);
    TM_VERIFY_OK(id);
    QCOMPARE(wp->engagement().addSubservice(org).error().code, ErrorCode::AlreadyExists);
    org.id = *id;
    org.method = SubserviceMethod::Inclusive;
    TM_VERIFY_OK(wp->engagement().updateSubservice(org));
    QCOMPARE(wp->engagement().subserviceOrgs()->first().method, SubserviceMethod::Inclusive);
    QVERIFY(!wp->engagement().addSubservice({0, QStringLiteral("No services"), {}, SubserviceMethod::CarveOut, {}}));

    const auto cuec = wp->engagement().addCuec({0, QStringLiteral("Users review access."), {QStringLiteral("CC6.2")}});
    TM_VERIFY_OK(cuec);
    const auto badCuec = wp->engagement().addCuec({0, QStringLiteral("x"), {QStringLiteral("CC99.9")}});
    QVERIFY(!badCuec);
    QVERIFY(badCuec.error().detail.contains(QStringLiteral("CC99.9")));
    QCOMPARE(wp->engagement().cuecs()->size(), 1);
    QCOMPARE(wp->engagement().cuecs()->first().criteria, QStringList{QStringLiteral("CC6.2")});
    TM_VERIFY_OK(wp->engagement().removeCuec(*cuec));
    TM_VERIFY_OK(wp->engagement().removeSubservice(*id));
    QVERIFY(wp->engagement().cuecs()->isEmpty());
    QVERIFY(wp->engagement().subserviceOrgs()->isEmpty());
    QCOMPARE(wp->engagement().removeSubservice(*id).error().code, ErrorCode::NotFound);
}

void TestEngagement::catalogHasTheSixtyOneCriteria()
{
    const QList<Criterion> &all = CriteriaCatalog::all();
    QCOMPARE(all.size(), 61);
    QHash<Category, int> perCategory;
    for (const Criterion &c : all)
        ++perCategory[c.category];
    QCOMPARE(perCategory.value(Category::Security), 33);
    QCOMPARE(perCategory.value(Category::Availability), 3);
    QCOMPARE(perCategory.value(Category::ProcessingIntegrity), 5);
    QCOMPARE(perCategory.value(Category::Confidentiality), 2);
    QCOMPARE(perCategory.value(Category::Privacy), 18);
    QCOMPARE(all.first().id, QStringLiteral("CC1.1"));
    QCOMPARE(all.last().id, QStringLiteral("P8.1"));
    QCOMPARE(CriteriaCatalog::find(QStringLiteral("CC6.1"))->series, QStringLiteral("CC6 Logical and Physical Access Controls"));
    QCOMPARE(CriteriaCatalog::sorted({QStringLiteral("CC9.1"), QStringLiteral("A1.2"), QStringLiteral("CC1.3")}),
             (QStringList{QStringLiteral("CC1.3"), QStringLiteral("CC9.1"), QStringLiteral("A1.2")}));
}

void TestEngagement::scopeFollowsCategories()
{
    auto wp = Test::createWorkpaper(m_dir.filePath(QStringLiteral("scope.tickmark")));
    QVERIFY(wp);
    QCOMPARE(wp->criteria().inScope()->size(), 36);
    EngagementDetails d = *wp->engagement().details();
    d.categories = allCategories();
    TM_VERIFY_OK(wp->engagement().update(d));
    QCOMPARE(wp->criteria().inScope()->size(), 61);
    TM_VERIFY_OK(wp->controls().add(Test::control(QStringLiteral("C-1"), {QStringLiteral("CC1.1"), QStringLiteral("P8.1")})));
    const auto coverage = wp->criteria().coverage();
    QCOMPARE(coverage->size(), 61);
    // Uncovered first, each group in catalog order.
    QCOMPARE(coverage->first().criterion.id, QStringLiteral("CC1.2"));
    QCOMPARE(coverage->at(58).criterion.id, QStringLiteral("P7.1"));
    QCOMPARE(coverage->at(59).criterion.id, QStringLiteral("CC1.1"));
    QCOMPARE(coverage->at(60).criterion.id, QStringLiteral("P8.1"));
    QCOMPARE(coverage->at(60).controls, QStringList{QStringLiteral("C-1")});
}

void TestEngagement::sampleEngagementIsComplete()
{
    auto wp = createSampleEngagement(m_dir.filePath(QStringLiteral("sample.tickmark")), Test::preparer());
    TM_VERIFY_OK(wp);
    Workpaper &w = **wp;
    QCOMPARE(w.controls().count().value(), 47);
    QCOMPARE(w.engagement().subserviceOrgs()->size(), 2);
    QVERIFY(w.engagement().cuecs()->size() >= 3);
    const auto coverage = w.criteria().coverage();
    QCOMPARE(coverage->size(), 38);
    for (const CoverageRow &row : *coverage)
        QVERIFY2(!row.controls.isEmpty(), qPrintable(row.criterion.id));
    QVERIFY(w.auditTrail().verify()->ok);
    QVERIFY(!createSampleEngagement(m_dir.filePath(QStringLiteral("sample.tickmark")), Test::preparer()));
}

void TestEngagement::categoryKeys()
{
    for (Category c : allCategories())
        QCOMPARE(categoryFromKey(categoryKey(c)), c);
    QCOMPARE(categoryFromKey(QStringLiteral("Processing Integrity")), Category::ProcessingIntegrity);
    QVERIFY(!categoryFromKey(QStringLiteral("integrity")));
}

QTEST_GUILESS_MAIN(TestEngagement)
#include "tst_engagement.moc"
