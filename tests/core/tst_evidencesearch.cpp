// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Evidence core beyond import: full-text indexing (incremental, UTF-8 and Latin-1 text, CSV, PDF pages through
// the PDF helper, binaries skipped) and ranked search with snippets; malformed queries; links to controls;
// effective dates from archive modification times and the out-of-period flag for Type I and Type II.
#include "audit/audittrail.h"
#include "controls/controlservice.h"
#include "engagement/engagementservice.h"
#include "evidence/evidenceservice.h"
#include "evidence/textextraction.h"
#include "pdf/pdftool.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <archive.h>
#include <archive_entry.h>

using namespace Tickmark;
using namespace Tickmark::Core;

namespace {

struct ZipEntry
{
    QByteArray name;
    QByteArray data;
    QDate modified; ///< written as local noon of that day
};

bool writeZip(const QString &path, const QList<ZipEntry> &entries)
{
    archive *a = archive_write_new();
    archive_write_set_format_zip(a);
    bool ok = archive_write_open_filename(a, QFile::encodeName(path).constData()) == ARCHIVE_OK;
    for (const ZipEntry &e : entries) {
        archive_entry *entry = archive_entry_new();
        archive_entry_copy_pathname(entry, e.name.constData());
        archive_entry_set_perm(entry, 0644);
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_size(entry, e.data.size());
        archive_entry_set_mtime(entry, QDateTime(e.modified, QTime(12, 0)).toSecsSinceEpoch(), 0);
        ok = ok && archive_write_header(a, entry) == ARCHIVE_OK;
        ok = ok && archive_write_data(a, e.data.constData(), size_t(e.data.size())) == e.data.size();
        archive_entry_free(entry);
    }
    ok = archive_write_close(a) == ARCHIVE_OK && ok;
    archive_write_free(a);
    return ok;
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// A PDF of @p pages pages whose page i (1-based) reads pages.at(i - 1).
bool writePdf(const QString &path, const QStringList &pages)
{
    QPdfWriter writer(path);
    writer.setResolution(72);
    QPainter painter(&writer);
    if (!painter.isActive())
        return false;
    painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 14));
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        painter.drawText(QPointF(72, 144), pages.at(i));
    }
    return painter.end();
}

QStringList hitNames(const QList<EvidenceSearchHit> &hits)
{
    QStringList names;
    for (const EvidenceSearchHit &hit : hits)
        names << QStringLiteral("%1/%2#%3").arg(hit.item.packageName, hit.item.path).arg(hit.page);
    return names;
}

} // namespace

class TestEvidenceSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void searchRanksAndMarksMatches();
    void latin1AndDiacritics();
    void indexingIsIncremental();
    void binariesAreSkipped();
    void malformedQueryIsRefused();
    void largeTextIsSegmented();
    void segmenterCutsAtWhitespaceAndKeepsUtf8Whole();
    void pdfPagesAreIndexed();
    void linkAndUnlink();
    void linkErrors();
    void effectiveDatesFromArchiveTypeTwo();
    void effectiveDatesTypeOne();
    void setEffectiveDate();
    void lockedWorkpaperRefusesLink();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    EvidenceImportResult importFolder(const QString &name, const QMap<QString, QByteArray> &files);
    qint64 auditCount(const QString &object) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workpaper> m_wp;
};

void TestEvidenceSearch::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_wp = Test::createWorkpaper(path(QStringLiteral("e.tickmark")));
    QVERIFY(m_wp);
    TM_VERIFY_OK(m_wp->controls().add(Test::control(QStringLiteral("CTL-01"), {QStringLiteral("CC6.1")})));
    TM_VERIFY_OK(m_wp->controls().add(Test::control(QStringLiteral("CTL-02"), {QStringLiteral("CC6.2")})));
}

void TestEvidenceSearch::cleanup()
{
    m_wp.reset();
    m_dir.reset();
}

EvidenceImportResult TestEvidenceSearch::importFolder(const QString &name, const QMap<QString, QByteArray> &files)
{
    const QString folder = path(name);
    QDir().mkpath(folder);
    for (auto it = files.begin(); it != files.end(); ++it) {
        if (!writeBytes(folder + QLatin1Char('/') + it.key(), it.value()))
            return {};
    }
    auto result = m_wp->evidence().importPackage(folder, {});
    if (!result) {
        qWarning() << result.error().detail;
        return {};
    }
    return *result;
}

qint64 TestEvidenceSearch::auditCount(const QString &object) const
{
    const auto events = m_wp->auditTrail().events();
    qint64 n = 0;
    for (const AuditEvent &e : events ? *events : QList<AuditEvent>())
        n += e.object == object ? 1 : 0;
    return n;
}

void TestEvidenceSearch::searchRanksAndMarksMatches()
{
    QCOMPARE(importFolder(QStringLiteral("q1"),
                          {{QStringLiteral("policy.txt"),
                            "The access review policy. Access is reviewed quarterly; access removals within a day.\n"},
                           {QStringLiteral("users.csv"),
                            "user,role,last_login\nalice,admin,2026-02-01\nbob,access-admin,2026-02-03\n"},
                           {QStringLiteral("notes.md"), "Backups run nightly and restores are tested.\n"}})
                 .files,
             3);
    TM_VERIFY_OK(m_wp->evidence().indexText());
    const auto hits = m_wp->evidence().search(QStringLiteral("access"));
    TM_VERIFY_OK(hits);
    // policy.txt says "access" three times in a short text, users.csv once: policy ranks first.
    QCOMPARE(hitNames(*hits), (QStringList{QStringLiteral("q1/policy.txt#0"), QStringLiteral("q1/users.csv#0")}));
    QVERIFY(hits->at(0).rank < hits->at(1).rank);
    QVERIFY2(hits->at(0).snippet.contains(QLatin1String("[access] review policy")), qPrintable(hits->at(0).snippet));
    QVERIFY2(hits->at(1).snippet.contains(QLatin1String("[access]-admin")), qPrintable(hits->at(1).snippet));
    QCOMPARE(hits->at(0).item.path, QStringLiteral("policy.txt"));
    QCOMPARE(hits->at(0).page, 0);

    // Words are ANDed; phrases, OR and prefixes follow FTS5.
    const auto both = m_wp->evidence().search(QStringLiteral("access quarterly"));
    TM_VERIFY_OK(both);
    QCOMPARE(hitNames(*both), QStringList{QStringLiteral("q1/policy.txt#0")});
    const auto either = m_wp->evidence().search(QStringLiteral("nightly OR alice"));
    TM_VERIFY_OK(either);
    QCOMPARE(either->size(), 2);
    const auto prefix = m_wp->evidence().search(QStringLiteral("restor*"));
    TM_VERIFY_OK(prefix);
    QCOMPARE(hitNames(*prefix), QStringList{QStringLiteral("q1/notes.md#0")});
    QVERIFY(prefix->at(0).snippet.contains(QLatin1String("[restores]")));
    const auto none = m_wp->evidence().search(QStringLiteral("encryption"));
    TM_VERIFY_OK(none);
    QVERIFY(none->isEmpty());
}

void TestEvidenceSearch::latin1AndDiacritics()
{
    // "Caf\xe9 r\xe9sum\xe9" is Latin-1, not UTF-8: it is decoded as Latin-1; diacritics are folded for matching.
    importFolder(QStringLiteral("enc"), {{QStringLiteral("latin1.txt"), "Caf\xe9 r\xe9sum\xe9 of the vendor\n"},
                                         {QStringLiteral("utf8.txt"), "Zürich datacenter café visit\n"}});
    TM_VERIFY_OK(m_wp->evidence().indexText());
    const auto hits = m_wp->evidence().search(QStringLiteral("cafe"));
    TM_VERIFY_OK(hits);
    QCOMPARE(hits->size(), 2);
    QMap<QString, QString> snippets;
    for (const EvidenceSearchHit &hit : *hits)
        snippets.insert(hit.item.path, hit.snippet);
    QVERIFY2(snippets.value(QStringLiteral("latin1.txt")).contains(QStringLiteral("[Café] résumé")),
             qPrintable(snippets.value(QStringLiteral("latin1.txt"))));
    QVERIFY2(snippets.value(QStringLiteral("utf8.txt")).contains(QStringLiteral("[café] visit")),
             qPrintable(snippets.value(QStringLiteral("utf8.txt"))));
    const auto zurich = m_wp->evidence().search(QStringLiteral("zurich"));
    TM_VERIFY_OK(zurich);
    QCOMPARE(hitNames(*zurich), QStringList{QStringLiteral("enc/utf8.txt#0")});
}

void TestEvidenceSearch::indexingIsIncremental()
{
    importFolder(QStringLiteral("a"), {{QStringLiteral("one.txt"), "alpha\n"}, {QStringLiteral("two.txt"), "beta\n"}});
    auto first = m_wp->evidence().indexText();
    TM_VERIFY_OK(first);
    QCOMPARE(first->items, 2);
    QCOMPARE(auditCount(QStringLiteral("evidence")), 1);
    auto again = m_wp->evidence().indexText();
    TM_VERIFY_OK(again);
    QCOMPARE(again->items, 0);
    QCOMPARE(again->skipped, 0);
    QCOMPARE(auditCount(QStringLiteral("evidence")), 1); // nothing to do: nothing recorded
    // A second package: only its new content is indexed; a duplicate content is not indexed twice.
    importFolder(QStringLiteral("b"), {{QStringLiteral("three.txt"), "gamma\n"}, {QStringLiteral("copy.txt"), "alpha\n"}});
    qint64 lastDone = -1;
    qint64 lastTotal = -1;
    auto third = m_wp->evidence().indexText([&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
        return true;
    });
    TM_VERIFY_OK(third);
    QCOMPARE(third->items, 1);
    QCOMPARE(lastDone, 1);
    QCOMPARE(lastTotal, 1);
    const auto alpha = m_wp->evidence().search(QStringLiteral("alpha"));
    TM_VERIFY_OK(alpha);
    QCOMPARE(hitNames(*alpha), (QStringList{QStringLiteral("a/one.txt#0"), QStringLiteral("b/copy.txt#0")}));

    // Cancelling keeps what was indexed before the cancel.
    importFolder(QStringLiteral("c"), {{QStringLiteral("x.txt"), "delta\n"}, {QStringLiteral("y.txt"), "epsilon\n"}});
    auto cancelled = m_wp->evidence().indexText([](qint64 done, qint64) { return done < 1; });
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
    auto rest = m_wp->evidence().indexText();
    TM_VERIFY_OK(rest);
    QCOMPARE(rest->items, 1);
}

void TestEvidenceSearch::binariesAreSkipped()
{
    const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452") + QByteArray(64, 'x');
    importFolder(QStringLiteral("img"), {{QStringLiteral("shot.png"), png}, {QStringLiteral("t.txt"), "xxxx word\n"}});
    auto report = m_wp->evidence().indexText();
    TM_VERIFY_OK(report);
    QCOMPARE(report->items, 1);
    QCOMPARE(report->skipped, 1);
    const auto hits = m_wp->evidence().search(QStringLiteral("IHDR OR xxxx"));
    TM_VERIFY_OK(hits);
    QCOMPARE(hitNames(*hits), QStringList{QStringLiteral("img/t.txt#0")});
}

void TestEvidenceSearch::malformedQueryIsRefused()
{
    importFolder(QStringLiteral("m"), {{QStringLiteral("t.txt"), "some words\n"}});
    TM_VERIFY_OK(m_wp->evidence().indexText());
    for (const QString &query : {QStringLiteral("AND ("), QStringLiteral("\"unterminated"), QStringLiteral("SOC-2")}) {
        const auto hits = m_wp->evidence().search(query);
        QVERIFY2(!hits, qPrintable(query));
        QCOMPARE(hits.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(hits.error().detail.contains(query) && hits.error().detail.contains(QLatin1String("not valid")),
                 qPrintable(hits.error().detail));
    }
    const auto empty = m_wp->evidence().search(QStringLiteral("  "));
    QVERIFY(!empty);
    QCOMPARE(empty.error().code, ErrorCode::InvalidArgument);
    const auto quoted = m_wp->evidence().search(QStringLiteral("\"some words\""));
    TM_VERIFY_OK(quoted);
    QCOMPARE(quoted->size(), 1);
}

void TestEvidenceSearch::largeTextIsSegmented()
{
    // 3 MiB of text is stored in segments; a word in the last segment is found, and the file is one hit.
    QByteArray big;
    while (big.size() < (3 << 20))
        big += "lorem ipsum dolor sit amet consectetur ";
    big += "needle\n";
    big.prepend("needle at the start\n");
    importFolder(QStringLiteral("big"), {{QStringLiteral("log.txt"), big}});
    TM_VERIFY_OK(m_wp->evidence().indexText());
    const auto hits = m_wp->evidence().search(QStringLiteral("needle"));
    TM_VERIFY_OK(hits);
    QCOMPARE(hitNames(*hits), QStringList{QStringLiteral("big/log.txt#0")});
    QVERIFY2(hits->first().snippet.contains(QLatin1String("[needle]")), qPrintable(hits->first().snippet));
    // Segments of about 64 KiB (a snippet is made from one), and the index merges 8 segments at a time (schema v9).
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("segments"));
        db.setDatabaseName(m_wp->path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), max(length(CAST(text AS BLOB))) FROM evidence_text")));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toInt() >= 48, qPrintable(q.value(0).toString()));
        QVERIFY2(q.value(1).toInt() <= 64 * 1024, qPrintable(q.value(1).toString()));
        QVERIFY(q.exec(QStringLiteral("SELECT v FROM evidence_text_config WHERE k = 'automerge'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 8);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("segments"));
}

void TestEvidenceSearch::segmenterCutsAtWhitespaceAndKeepsUtf8Whole()
{
    QList<QByteArray> segments;
    const auto collect = [&segments](QByteArrayView utf8) {
        segments << utf8.toByteArray();
        return true;
    };
    // Words stay whole: each cut follows whitespace in the second half of a 16-byte window; fed in odd pieces.
    TextSegmenter words(collect, 16);
    const QByteArray text = "alpha beta gamma delta epsilon zeta eta theta\n   \n";
    for (qsizetype i = 0; i < text.size(); i += 5)
        QVERIFY(words.add(QByteArrayView(text).sliced(i, std::min<qsizetype>(5, text.size() - i))));
    QVERIFY(words.finish());
    QCOMPARE(segments, QList<QByteArray>({"alpha beta ", "gamma delta ", "epsilon zeta ", "eta theta\n   \n"}));
    QCOMPARE(segments.join(), text);
    QVERIFY(words.allUtf8());
    // Without whitespace a cut never splits a UTF-8 sequence ("é" is two bytes, "€" three).
    segments.clear();
    const QByteArray accents = QStringLiteral("ééééééééé€€€€€€").toUtf8();
    TextSegmenter noSpace(collect, 16);
    QVERIFY(noSpace.add(accents) && noSpace.finish());
    QCOMPARE(segments.join(), accents);
    for (const QByteArray &segment : std::as_const(segments))
        QVERIFY2(QByteArrayView(segment).isValidUtf8(), segment.toHex().constData());
    QVERIFY(noSpace.allUtf8());
    // A segment that is not UTF-8 is read as Latin-1 and handed on as UTF-8; blank rest is dropped.
    segments.clear();
    TextSegmenter latin(collect);
    QVERIFY(latin.add("Caf\xe9 cr\xe8me\n") && latin.add("  \n") && latin.finish());
    QCOMPARE(segments, QList<QByteArray>({QStringLiteral("Café crème\n  \n").toUtf8()}));
    QVERIFY(!latin.allUtf8());
    QCOMPARE(latin.segments(), 1);
    // A failing sink stops it.
    TextSegmenter failing([](QByteArrayView) { return false; }, 16);
    QVERIFY(!failing.add(text));
}

void TestEvidenceSearch::pdfPagesAreIndexed()
{
    if (!QFileInfo(PdfTool::executable()).isExecutable())
        QSKIP("the PDF helper (tickmark-pdf) is not built; set TICKMARK_PDF_TOOL");
    const QString folder = path(QStringLiteral("pdfs"));
    QDir().mkpath(folder);
    QVERIFY(writePdf(folder + QStringLiteral("/minutes.pdf"),
                     {QStringLiteral("Board minutes January"), QStringLiteral("Firewall rules approved by the CISO"),
                      QStringLiteral("Nothing else")}));
    TM_VERIFY_OK(m_wp->evidence().importPackage(folder, {}));
    auto report = m_wp->evidence().indexText();
    TM_VERIFY_OK(report);
    QVERIFY2(report->problems.isEmpty(), qPrintable(report->problems.join(QLatin1Char('\n'))));
    QCOMPARE(report->items, 1);
    const auto hits = m_wp->evidence().search(QStringLiteral("firewall"));
    TM_VERIFY_OK(hits);
    QCOMPARE(hitNames(*hits), QStringList{QStringLiteral("pdfs/minutes.pdf#2")});
    QVERIFY2(hits->at(0).snippet.contains(QLatin1String("[Firewall] rules")), qPrintable(hits->at(0).snippet));
}

void TestEvidenceSearch::linkAndUnlink()
{
    const auto imported = importFolder(QStringLiteral("p"), {{QStringLiteral("a.txt"), "same\n"},
                                                             {QStringLiteral("b.txt"), "same\n"},
                                                             {QStringLiteral("c.txt"), "other\n"}});
    const QByteArray same = imported.items.at(0).sha256;
    QCOMPARE(imported.items.at(1).sha256, same);
    // By content: every item with that content.
    TM_VERIFY_OK(m_wp->evidence().link(same, QStringLiteral("CTL-01")));
    auto linked = m_wp->evidence().itemsForControl(QStringLiteral("CTL-01"));
    TM_VERIFY_OK(linked);
    QCOMPARE(linked->size(), 2);
    QCOMPARE(linked->at(0).controls, QStringList{QStringLiteral("CTL-01")});
    // By path: that one item.
    TM_VERIFY_OK(m_wp->evidence().link({}, QStringLiteral("CTL-02"), QStringLiteral("p/a.txt")));
    auto list = m_wp->evidence().list();
    TM_VERIFY_OK(list);
    QCOMPARE(list->at(0).path, QStringLiteral("a.txt"));
    QCOMPARE(list->at(0).controls, (QStringList{QStringLiteral("CTL-01"), QStringLiteral("CTL-02")}));
    QCOMPARE(list->at(1).controls, QStringList{QStringLiteral("CTL-01")});
    QVERIFY(list->at(2).controls.isEmpty());
    QCOMPARE(auditCount(QStringLiteral("evidence:") + QString::fromLatin1(same)), 2);

    TM_VERIFY_OK(m_wp->evidence().unlink(same, QStringLiteral("CTL-01")));
    linked = m_wp->evidence().itemsForControl(QStringLiteral("CTL-01"));
    TM_VERIFY_OK(linked);
    QVERIFY(linked->isEmpty());
    linked = m_wp->evidence().itemsForControl(QStringLiteral("CTL-02"));
    TM_VERIFY_OK(linked);
    QCOMPARE(linked->size(), 1);
    QCOMPARE(auditCount(QStringLiteral("evidence:") + QString::fromLatin1(same)), 3);
    const auto events = m_wp->auditTrail().events();
    TM_VERIFY_OK(events);
    QCOMPARE(events->constLast().action, QStringLiteral("unlink"));
    QVERIFY(events->constLast().summary.contains(QLatin1String("p/a.txt")));
}

void TestEvidenceSearch::linkErrors()
{
    const auto imported = importFolder(QStringLiteral("p"), {{QStringLiteral("a.txt"), "text\n"}});
    const QByteArray sha = imported.items.at(0).sha256;
    const QByteArray missing(64, 'a');
    auto r = m_wp->evidence().link(sha, QStringLiteral("CTL-99"));
    QCOMPARE(r.error().code, ErrorCode::NotFound);
    QVERIFY(r.error().detail.contains(QLatin1String("CTL-99")));
    r = m_wp->evidence().link(missing, QStringLiteral("CTL-01"));
    QCOMPARE(r.error().code, ErrorCode::NotFound);
    QVERIFY(r.error().detail.contains(QString::fromLatin1(missing)));
    r = m_wp->evidence().link({}, QStringLiteral("CTL-01"), QStringLiteral("p/nope.txt"));
    QCOMPARE(r.error().code, ErrorCode::NotFound);
    QVERIFY(r.error().detail.contains(QLatin1String("p/nope.txt")));
    r = m_wp->evidence().link(missing, QStringLiteral("CTL-01"), QStringLiteral("p/a.txt"));
    QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
    TM_VERIFY_OK(m_wp->evidence().link(sha, QStringLiteral("CTL-01")));
    r = m_wp->evidence().link(sha, QStringLiteral("CTL-01"));
    QCOMPARE(r.error().code, ErrorCode::AlreadyExists);
    r = m_wp->evidence().unlink(sha, QStringLiteral("CTL-02"));
    QCOMPARE(r.error().code, ErrorCode::NotFound);
    QVERIFY(r.error().detail.contains(QLatin1String("not linked")));
    QCOMPARE(m_wp->evidence().itemsForControl(QStringLiteral("CTL-99")).error().code, ErrorCode::NotFound);
    QCOMPARE(auditCount(QStringLiteral("evidence:") + QString::fromLatin1(sha)), 1);
}

void TestEvidenceSearch::effectiveDatesFromArchiveTypeTwo()
{
    // The test engagement is Type II, 2026-01-01..2026-09-30.
    const QString zip = path(QStringLiteral("dated.zip"));
    QVERIFY(writeZip(zip, {{"before.txt", "b\n", QDate(2025, 12, 31)},
                           {"first.txt", "f\n", QDate(2026, 1, 1)},
                           {"inside.txt", "i\n", QDate(2026, 5, 15)},
                           {"last.txt", "l\n", QDate(2026, 9, 30)},
                           {"after.txt", "a\n", QDate(2026, 10, 1)}}));
    TM_VERIFY_OK(m_wp->evidence().importPackage(zip, {}));
    const auto items = m_wp->evidence().list();
    TM_VERIFY_OK(items);
    QMap<QString, std::pair<QDate, bool>> byPath;
    for (const EvidenceItem &item : *items)
        byPath.insert(item.path, {item.effectiveDate, item.outOfPeriod});
    QCOMPARE(byPath.value(QStringLiteral("before.txt")), std::make_pair(QDate(2025, 12, 31), true));
    QCOMPARE(byPath.value(QStringLiteral("first.txt")), std::make_pair(QDate(2026, 1, 1), false));
    QCOMPARE(byPath.value(QStringLiteral("inside.txt")), std::make_pair(QDate(2026, 5, 15), false));
    QCOMPARE(byPath.value(QStringLiteral("last.txt")), std::make_pair(QDate(2026, 9, 30), false));
    QCOMPARE(byPath.value(QStringLiteral("after.txt")), std::make_pair(QDate(2026, 10, 1), true));

    // A folder (no archive times) has no effective date and is never out of period.
    const auto folder = importFolder(QStringLiteral("f"), {{QStringLiteral("x.txt"), "x\n"}});
    QCOMPARE(folder.files, 1);
    const auto all = m_wp->evidence().list();
    TM_VERIFY_OK(all);
    for (const EvidenceItem &item : *all) {
        if (item.packageName == QLatin1String("f")) {
            QVERIFY(item.effectiveDate.isNull());
            QVERIFY(!item.outOfPeriod);
        }
    }
}

void TestEvidenceSearch::effectiveDatesTypeOne()
{
    EngagementDetails details = Test::typeTwoDetails();
    details.type = ReportType::TypeI;
    details.asOf = QDate(2026, 6, 30);
    details.periodFrom = {};
    details.periodTo = {};
    TM_VERIFY_OK(m_wp->engagement().update(details));
    const QString zip = path(QStringLiteral("t1.zip"));
    QVERIFY(writeZip(zip, {{"old.txt", "o\n", QDate(2024, 3, 1)},
                           {"asof.txt", "s\n", QDate(2026, 6, 30)},
                           {"later.txt", "l\n", QDate(2026, 7, 1)}}));
    TM_VERIFY_OK(m_wp->evidence().importPackage(zip, {}));
    const auto items = m_wp->evidence().list();
    TM_VERIFY_OK(items);
    QCOMPARE(items->size(), 3);
    for (const EvidenceItem &item : *items)
        QCOMPARE(item.outOfPeriod, item.path == QLatin1String("later.txt"));
}

void TestEvidenceSearch::setEffectiveDate()
{
    importFolder(QStringLiteral("f"), {{QStringLiteral("x.txt"), "x\n"}});
    auto items = m_wp->evidence().list();
    TM_VERIFY_OK(items);
    const EvidenceItem item = items->at(0);
    TM_VERIFY_OK(m_wp->evidence().setEffectiveDate(item.id, QDate(2026, 11, 2)));
    items = m_wp->evidence().list();
    QCOMPARE(items->at(0).effectiveDate, QDate(2026, 11, 2));
    QVERIFY(items->at(0).outOfPeriod);
    TM_VERIFY_OK(m_wp->evidence().setEffectiveDate(item.id, QDate(2026, 2, 2)));
    items = m_wp->evidence().list();
    QVERIFY(!items->at(0).outOfPeriod);
    TM_VERIFY_OK(m_wp->evidence().setEffectiveDate(item.id, QDate()));
    items = m_wp->evidence().list();
    QVERIFY(items->at(0).effectiveDate.isNull());
    const auto events = m_wp->auditTrail().events();
    TM_VERIFY_OK(events);
    QCOMPARE(events->constLast().object, QStringLiteral("evidence:") + QString::fromLatin1(item.sha256));
    QCOMPARE(events->constLast().action, QStringLiteral("effective-date"));
    QVERIFY(events->constLast().summary.contains(QLatin1String("2026-02-02")));
    QCOMPARE(m_wp->evidence().setEffectiveDate(99999, QDate(2026, 1, 1)).error().code, ErrorCode::NotFound);
}

void TestEvidenceSearch::lockedWorkpaperRefusesLink()
{
    const auto imported = importFolder(QStringLiteral("p"), {{QStringLiteral("a.txt"), "locked words\n"}});
    const QByteArray sha = imported.items.at(0).sha256;
    TM_VERIFY_OK(m_wp->evidence().indexText());
    m_wp.reset();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lock"));
        db.setDatabaseName(path(QStringLiteral("e.tickmark")));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE engagement SET issued_at = '2026-03-01T00:00:00Z'")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("lock"));
    auto reopened = Workpaper::open(path(QStringLiteral("e.tickmark")), Test::preparer(), Test::fixedClock());
    TM_VERIFY_OK(reopened);
    m_wp = std::move(*reopened);
    QVERIFY(m_wp->isLocked());
    QCOMPARE(m_wp->evidence().link(sha, QStringLiteral("CTL-01")).error().code, ErrorCode::Locked);
    QCOMPARE(m_wp->evidence().setEffectiveDate(imported.items.isEmpty() ? 0 : 1, QDate(2026, 1, 1)).error().code,
             ErrorCode::Locked);
    // Searching what was indexed still works.
    const auto hits = m_wp->evidence().search(QStringLiteral("locked"));
    TM_VERIFY_OK(hits);
    QCOMPARE(hits->size(), 1);
}

QTEST_MAIN(TestEvidenceSearch)
#include "tst_evidencesearch.moc"
