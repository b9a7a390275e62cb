// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The request (PBC) list: add with generated and chosen refs, validation, update, status changes with history,
// overdue, remove, export to .xlsx (read back with the XLSX reader) and .csv (quoting), an import answering a
// request in the same transaction, and an unknown request refused before anything is stored.
#include "audit/audittrail.h"
#include "controls/controlservice.h"
#include "evidence/evidenceservice.h"
#include "evidence/requestservice.h"
#include "io/xlsxreader.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Tickmark;
using namespace Tickmark::Core;

namespace {

EvidenceRequest request(const QString &description, const QStringList &controls = {}, const QDate &due = {},
                        const QString &ref = {})
{
    EvidenceRequest r;
    r.ref = ref;
    r.description = description;
    r.controls = controls;
    r.owner = QStringLiteral("Jane Client");
    r.due = due;
    return r;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestRequestService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void addGeneratesRefs();
    void addValidates();
    void updateKeepsStatus();
    void statusHistory();
    void overdue();
    void removeRequest();
    void exportXlsx();
    void exportCsv();
    void importAnswersRequest();
    void unknownRequestStoresNothing();
    void answerWithExistingPackage();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString writeEvidence(const QString &name, const QByteArray &bytes) const;
    qint64 auditCount() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workpaper> m_wp;
};

void TestRequestService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_wp = Test::createWorkpaper(path(QStringLiteral("r.tickmark")));
    QVERIFY(m_wp);
    TM_VERIFY_OK(m_wp->controls().add(Test::control(QStringLiteral("CTL-01"), {QStringLiteral("CC6.1")})));
    TM_VERIFY_OK(m_wp->controls().add(Test::control(QStringLiteral("CTL-02"), {QStringLiteral("CC6.2")})));
}

void TestRequestService::cleanup()
{
    m_wp.reset();
    m_dir.reset();
}

QString TestRequestService::writeEvidence(const QString &name, const QByteArray &bytes) const
{
    QFile f(path(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return f.fileName();
}

qint64 TestRequestService::auditCount() const
{
    const auto events = m_wp->auditTrail().events();
    return events ? events->size() : -1;
}

void TestRequestService::addGeneratesRefs()
{
    auto &requests = m_wp->requests();
    QCOMPARE(*requests.add(request(QStringLiteral("User access list"))), QStringLiteral("R-001"));
    QCOMPARE(*requests.add(request(QStringLiteral("Custom"), {}, {}, QStringLiteral("R-010"))), QStringLiteral("R-010"));
    QCOMPARE(*requests.add(request(QStringLiteral("Firewall rules"), {QStringLiteral("CTL-02"), QStringLiteral("CTL-01")})),
             QStringLiteral("R-011"));
    QCOMPARE(*requests.add(request(QStringLiteral("Named"), {}, {}, QStringLiteral("HR-1"))), QStringLiteral("HR-1"));
    const auto all = requests.list();
    TM_VERIFY_OK(all);
    QStringList refs;
    for (const EvidenceRequest &r : *all)
        refs << r.ref;
    QCOMPARE(refs, (QStringList{QStringLiteral("HR-1"), QStringLiteral("R-001"), QStringLiteral("R-010"),
                                QStringLiteral("R-011")}));
    const auto fw = requests.get(QStringLiteral("R-011"));
    TM_VERIFY_OK(fw);
    QCOMPARE(fw->controls, (QStringList{QStringLiteral("CTL-02"), QStringLiteral("CTL-01")}));
    QCOMPARE(fw->owner, QStringLiteral("Jane Client"));
    QCOMPARE(fw->status, RequestStatus::Open);
    QCOMPARE(fw->history.size(), 1);
    QCOMPARE(fw->history.at(0).status, RequestStatus::Open);
    QCOMPARE(fw->history.at(0).by, QStringLiteral("Pat Preparer (PP)"));
    const auto events = m_wp->auditTrail().events();
    QCOMPARE(events->constLast().object, QStringLiteral("request:HR-1"));
    QCOMPARE(events->constLast().action, QStringLiteral("add"));
}

void TestRequestService::addValidates()
{
    auto &requests = m_wp->requests();
    const qint64 before = auditCount();
    auto r = requests.add(request(QStringLiteral("  ")));
    QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
    QVERIFY(r.error().detail.contains(QLatin1String("description")));
    r = requests.add(request(QStringLiteral("x"), {QStringLiteral("CTL-99")}));
    QCOMPARE(r.error().code, ErrorCode::NotFound);
    QVERIFY(r.error().detail.contains(QLatin1String("CTL-99")));
    r = requests.add(request(QStringLiteral("x"), {}, {}, QStringLiteral("has space")));
    QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
    TM_VERIFY_OK(requests.add(request(QStringLiteral("x"), {}, {}, QStringLiteral("R-001"))));
    r = requests.add(request(QStringLiteral("y"), {}, {}, QStringLiteral("R-001")));
    QCOMPARE(r.error().code, ErrorCode::AlreadyExists);
    QCOMPARE(auditCount(), before + 1);
    QCOMPARE(requests.get(QStringLiteral("R-404")).error().code, ErrorCode::NotFound);
}

void TestRequestService::updateKeepsStatus()
{
    auto &requests = m_wp->requests();
    TM_VERIFY_OK(requests.add(request(QStringLiteral("Old"), {QStringLiteral("CTL-01")})));
    TM_VERIFY_OK(requests.setStatus(QStringLiteral("R-001"), RequestStatus::Received));
    EvidenceRequest changed = request(QStringLiteral("New text"), {QStringLiteral("CTL-02")}, QDate(2026, 4, 1));
    changed.status = RequestStatus::Open; // ignored
    changed.owner = QStringLiteral("Bob");
    TM_VERIFY_OK(requests.update(QStringLiteral("R-001"), changed));
    const auto r = requests.get(QStringLiteral("R-001"));
    TM_VERIFY_OK(r);
    QCOMPARE(r->description, QStringLiteral("New text"));
    QCOMPARE(r->controls, QStringList{QStringLiteral("CTL-02")});
    QCOMPARE(r->owner, QStringLiteral("Bob"));
    QCOMPARE(r->due, QDate(2026, 4, 1));
    QCOMPARE(r->status, RequestStatus::Received);
    QCOMPARE(r->history.size(), 2);
    QCOMPARE(requests.update(QStringLiteral("R-002"), changed).error().code, ErrorCode::NotFound);
    QCOMPARE(requests.update(QStringLiteral("R-001"), request(QString())).error().code, ErrorCode::InvalidArgument);
}

void TestRequestService::statusHistory()
{
    auto &requests = m_wp->requests();
    TM_VERIFY_OK(requests.add(request(QStringLiteral("Change tickets"))));
    TM_VERIFY_OK(requests.setStatus(QStringLiteral("R-001"), RequestStatus::Received, QStringLiteral("by mail")));
    TM_VERIFY_OK(requests.setStatus(QStringLiteral("R-001"), RequestStatus::Rejected, QStringLiteral("incomplete")));
    TM_VERIFY_OK(requests.setStatus(QStringLiteral("R-001"), RequestStatus::Accepted));
    const auto same = requests.setStatus(QStringLiteral("R-001"), RequestStatus::Accepted);
    QCOMPARE(same.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(requests.setStatus(QStringLiteral("R-009"), RequestStatus::Accepted).error().code, ErrorCode::NotFound);
    const auto r = requests.get(QStringLiteral("R-001"));
    TM_VERIFY_OK(r);
    QCOMPARE(r->status, RequestStatus::Accepted);
    QCOMPARE(r->history.size(), 4);
    QCOMPARE(r->history.at(1).status, RequestStatus::Received);
    QCOMPARE(r->history.at(1).note, QStringLiteral("by mail"));
    QCOMPARE(r->history.at(2).status, RequestStatus::Rejected);
    QCOMPARE(r->history.at(2).note, QStringLiteral("incomplete"));
    QVERIFY(r->history.at(1).at < r->history.at(2).at);
    const auto events = m_wp->auditTrail().events();
    QCOMPARE(events->constLast().action, QStringLiteral("status"));
    QVERIFY(events->constLast().summary.contains(QLatin1String("\"rejected\"")));
    QVERIFY(events->constLast().summary.contains(QLatin1String("\"accepted\"")));
    QCOMPARE(requestStatusFromKey(QStringLiteral("Received")), std::optional<RequestStatus>(RequestStatus::Received));
    QVERIFY(!requestStatusFromKey(QStringLiteral("done")));
}

void TestRequestService::overdue()
{
    // The test clock reads 2026-03-01.
    auto &requests = m_wp->requests();
    TM_VERIFY_OK(requests.add(request(QStringLiteral("late"), {}, QDate(2026, 2, 1))));
    TM_VERIFY_OK(requests.add(request(QStringLiteral("future"), {}, QDate(2026, 4, 1))));
    TM_VERIFY_OK(requests.add(request(QStringLiteral("undated"))));
    const QDate today(2026, 3, 1);
    auto all = requests.list();
    TM_VERIFY_OK(all);
    QCOMPARE(all->at(0).overdue(today), true);
    QCOMPARE(all->at(1).overdue(today), false);
    QCOMPARE(all->at(2).overdue(today), false);
    TM_VERIFY_OK(requests.setStatus(QStringLiteral("R-001"), RequestStatus::Received));
    all = requests.list();
    QCOMPARE(all->at(0).overdue(today), false);
}

void TestRequestService::removeRequest()
{
    auto &requests = m_wp->requests();
    TM_VERIFY_OK(requests.add(request(QStringLiteral("a"), {QStringLiteral("CTL-01")})));
    TM_VERIFY_OK(requests.add(request(QStringLiteral("b"))));
    TM_VERIFY_OK(requests.remove(QStringLiteral("R-001")));
    QCOMPARE(requests.list()->size(), 1);
    QCOMPARE(requests.remove(QStringLiteral("R-001")).error().code, ErrorCode::NotFound);
    // Answered requests stay: the package names them.
    EvidenceImportOptions options;
    options.requestRef = QStringLiteral("R-002");
    TM_VERIFY_OK(m_wp->evidence().importPackage(writeEvidence(QStringLiteral("e.txt"), "evidence\n"), options));
    const auto refused = requests.remove(QStringLiteral("R-002"));
    QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
    QVERIFY(refused.error().detail.contains(QLatin1String("e.txt")));
}

void TestRequestService::exportXlsx()
{
    auto &requests = m_wp->requests();
    TM_VERIFY_OK(requests.add(request(QStringLiteral("User list, with roles"), {QStringLiteral("CTL-01")},
                                      QDate(2026, 2, 15))));
    TM_VERIFY_OK(requests.add(request(QStringLiteral("Backup logs"), {}, QDate(2026, 5, 1))));
    const QString out = path(QStringLiteral("requests.xlsx"));
    TM_VERIFY_OK(requests.exportList(out));
    const auto table = readXlsx(readAll(out));
    TM_VERIFY_OK(table);
    QCOMPARE(table->sheet, QStringLiteral("Requests"));
    QCOMPARE(table->records.value(0).value(0), QStringLiteral("Evidence request list"));
    QVERIFY(table->records.value(1).value(0).contains(QLatin1String("Example Cloud Ltd")));
    QCOMPARE(table->records.value(4),
             (QStringList{QStringLiteral("Ref"), QStringLiteral("Description"), QStringLiteral("Controls"),
                          QStringLiteral("Owner"), QStringLiteral("Due"), QStringLiteral("Status"),
                          QStringLiteral("Overdue"), QStringLiteral("Evidence received"),
                          QStringLiteral("Client comments")}));
    QCOMPARE(table->records.value(5).mid(0, 7),
             (QStringList{QStringLiteral("R-001"), QStringLiteral("User list, with roles"), QStringLiteral("CTL-01"),
                          QStringLiteral("Jane Client"), QStringLiteral("2026-02-15"), QStringLiteral("open"),
                          QStringLiteral("yes")}));
    QCOMPARE(table->records.value(6).value(0), QStringLiteral("R-002"));
    QCOMPARE(table->records.value(6).value(6), QString());
    QCOMPARE(table->records.size(), 7);
    const auto bad = requests.exportList(path(QStringLiteral("requests.pdf")));
    QCOMPARE(bad.error().code, ErrorCode::InvalidArgument);
    const auto noDir = requests.exportList(path(QStringLiteral("missing/requests.xlsx")));
    QCOMPARE(noDir.error().code, ErrorCode::FileError);
}

void TestRequestService::exportCsv()
{
    auto &requests = m_wp->requests();
    TM_VERIFY_OK(requests.add(request(QStringLiteral("Say \"hello\", twice\nthen stop"), {QStringLiteral("CTL-01"),
                                                                                         QStringLiteral("CTL-02")})));
    TM_VERIFY_OK(requests.add(request(QStringLiteral("Zürich badge log"))));
    const QString out = path(QStringLiteral("requests.csv"));
    TM_VERIFY_OK(requests.exportList(out));
    const QByteArray bytes = readAll(out);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QByteArray expected = "\xEF\xBB\xBF"
                                "Ref,Description,Controls,Owner,Due,Status,Overdue,Evidence received,Client comments\r\n"
                                "R-001,\"Say \"\"hello\"\", twice\nthen stop\",\"CTL-01, CTL-02\",Jane Client,,open,,,\r\n"
                                "R-002,Z\xC3\xBCrich badge log,,Jane Client,,open,,,\r\n";
    QCOMPARE(bytes, expected);
}

void TestRequestService::importAnswersRequest()
{
    auto &requests = m_wp->requests();
    TM_VERIFY_OK(requests.add(request(QStringLiteral("Access review"), {QStringLiteral("CTL-01")})));
    const qint64 before = auditCount();
    EvidenceImportOptions options;
    options.requestRef = QStringLiteral("R-001");
    const auto imported =
        m_wp->evidence().importPackage(writeEvidence(QStringLiteral("review.txt"), "review done\n"), options);
    TM_VERIFY_OK(imported);
    QCOMPARE(imported->package.requestRef, QStringLiteral("R-001"));
    QCOMPARE(auditCount(), before + 1); // one action: the import
    const auto r = requests.get(QStringLiteral("R-001"));
    TM_VERIFY_OK(r);
    QCOMPARE(r->status, RequestStatus::Received);
    QCOMPARE(r->packages, QStringList{QStringLiteral("review.txt")});
    QCOMPARE(r->history.size(), 2);
    QVERIFY(r->history.at(1).note.contains(QLatin1String("review.txt")));
    const auto items = m_wp->evidence().list();
    TM_VERIFY_OK(items);
    QCOMPARE(items->at(0).requestRef, QStringLiteral("R-001"));

    // A second package for an accepted request leaves its status alone but is listed.
    TM_VERIFY_OK(requests.setStatus(QStringLiteral("R-001"), RequestStatus::Accepted));
    TM_VERIFY_OK(m_wp->evidence().importPackage(writeEvidence(QStringLiteral("more.txt"), "more\n"), options));
    const auto after = requests.get(QStringLiteral("R-001"));
    QCOMPARE(after->status, RequestStatus::Accepted);
    QCOMPARE(after->packages, (QStringList{QStringLiteral("review.txt"), QStringLiteral("more.txt")}));
    QCOMPARE(after->history.size(), 3);
}

void TestRequestService::unknownRequestStoresNothing()
{
    const qint64 before = auditCount();
    EvidenceImportOptions options;
    options.requestRef = QStringLiteral("R-404");
    const auto refused =
        m_wp->evidence().importPackage(writeEvidence(QStringLiteral("x.txt"), "some evidence\n"), options);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::NotFound);
    QVERIFY(refused.error().detail.contains(QLatin1String("R-404")));
    QVERIFY(refused.error().detail.contains(QLatin1String("x.txt")));
    QCOMPARE(auditCount(), before);
    QVERIFY(m_wp->evidence().packages()->isEmpty());
    QVERIFY(m_wp->evidence().list()->isEmpty());
    QCOMPARE(m_wp->evidence().verify()->blobs, 0);
}

void TestRequestService::answerWithExistingPackage()
{
    auto &requests = m_wp->requests();
    TM_VERIFY_OK(requests.add(request(QStringLiteral("Policy"))));
    TM_VERIFY_OK(m_wp->evidence().importPackage(writeEvidence(QStringLiteral("p.txt"), "policy\n"), {}));
    TM_VERIFY_OK(requests.answerWith(QStringLiteral("R-001"), QStringLiteral("p.txt")));
    const auto r = requests.get(QStringLiteral("R-001"));
    QCOMPARE(r->status, RequestStatus::Received);
    QCOMPARE(r->packages, QStringList{QStringLiteral("p.txt")});
    QCOMPARE(m_wp->evidence().packages()->at(0).requestRef, QStringLiteral("R-001"));
    QCOMPARE(requests.answerWith(QStringLiteral("R-001"), QStringLiteral("nope.zip")).error().code,
             ErrorCode::NotFound);
    QCOMPARE(requests.answerWith(QStringLiteral("R-002"), QStringLiteral("p.txt")).error().code, ErrorCode::NotFound);
    const auto events = m_wp->auditTrail().events();
    QCOMPARE(events->constLast().object, QStringLiteral("request:R-001"));
    QCOMPARE(events->constLast().action, QStringLiteral("answer"));
}

QTEST_GUILESS_MAIN(TestRequestService)
#include "tst_requestservice.moc"
