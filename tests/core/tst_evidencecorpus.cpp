// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every file of ../shared/corpus/archives (libarchive's own test archives, including the ones that hang or exit
// Debian 12's libarchive with every format enabled) is imported or refused with a reason: no crash, no hang, and
// a refusal changes nothing but the audit trail. Outcomes are compared with OBSERVED-libarchive-3.6.2.tsv.
#include "audit/audittrail.h"
#include "evidence/evidenceservice.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <thread>

using namespace Tickmark;
using namespace Tickmark::Core;

namespace {

constexpr int kTimeLimitSeconds = 20; // per import; the slowest file takes well under a second
constexpr int kWatchdogSeconds = 60;  // a real hang ends the process with a message instead of blocking ctest

enum class Expect { Import, Refuse, Either };

// Where Tickmark's outcome differs from "libarchive read it without error" on purpose.
struct Known
{
    const char *file;
    Expect expect;
    const char *reason; // substring of the refusal
};

const Known kKnown[] = {
    {"libarchive/test_read_format_zip.zip", Expect::Refuse, "ZIP bad CRC"}, // libarchive only warns
    {"libarchive/test_read_format_zip_size_exceeds_declared_deflate.zip", Expect::Refuse, "wrong size"},
    {"libarchive/test_read_format_zip_size_exceeds_declared_stored.zip", Expect::Refuse, "wrong size"},
    {"libarchive/test_read_format_gtar_sparse_1_13.tar", Expect::Refuse, "expands to more than 200 times"},
    {"libarchive/test_read_format_gtar_sparse_1_17_posix10.tar", Expect::Refuse, "expands to more than 200 times"},
    {"libarchive/test_read_format_rar5_zip_in_rar.rar", Expect::Refuse, "in RAR format"}, // a zip inside a RAR
    {"libarchive/test_read_format_7zip_empty_archive.7z", Expect::Refuse, "holds no files"},
    {"libarchive/test_read_format_7zip_malformed4.7z", Expect::Refuse, "holds no files"},
    {"libarchive/test_read_format_tar_V_negative_size.tar", Expect::Refuse, "holds no files"},
    {"libarchive/test_read_format_tar_empty_with_gnulabel.tar", Expect::Refuse, "holds no files"},
    {"libarchive/test_read_format_tar_empty_filename.tar", Expect::Refuse, "holds no files"},
    {"libarchive/test_read_format_zip_jar.jar", Expect::Refuse, "holds no files"}, // one folder, no file
    {"libarchive/test_leading_slash.tar", Expect::Refuse, "absolute path"},        // every entry is absolute
    {"libarchive/test_read_format_mtree.mtree", Expect::Import, nullptr},          // plain text, never read as mtree
    {"libarchive/test_read_format_raw.data", Expect::Import, nullptr},             // "foo\n": a text file
    {"libarchive/test_read_format_raw.data.gz", Expect::Refuse, "holds no tar archive"},
};

struct Observed
{
    QString result;
    QString format;
    QString error;
};

QMap<QString, Observed> readObserved(const QString &tsv)
{
    QMap<QString, Observed> out;
    QFile f(tsv);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines.at(i).split('\t');
        if (fields.size() >= 7)
            out.insert(
                QString::fromUtf8(fields.at(0)),
                {QString::fromUtf8(fields.at(2)), QString::fromUtf8(fields.at(3)), QString::fromUtf8(fields.at(6))});
    }
    return out;
}

bool isZipTarOr7z(const QString &format)
{
    return format.startsWith(QLatin1String("ZIP")) || format == QLatin1String("7-Zip") ||
           format.contains(QLatin1String("tar"), Qt::CaseInsensitive);
}

// The expectation for one corpus file, from the table above or from what libarchive observed.
std::pair<Expect, QString> expectation(const QString &file, const Observed &seen)
{
    for (const Known &k : kKnown) {
        if (file == QLatin1String(k.file))
            return {k.expect, k.reason ? QString::fromLatin1(k.reason) : QString()};
    }
    if (seen.result == QLatin1String("HANG") || seen.result == QLatin1String("PROCESS_EXIT"))
        return {Expect::Refuse, QStringLiteral("does not read")};
    if (file.endsWith(QLatin1String(".Z")))
        return {Expect::Refuse, QStringLiteral("Unix compress")};
    if (seen.format == QLatin1String("RAR") || seen.format == QLatin1String("RAR5"))
        return {Expect::Refuse, QStringLiteral("in RAR format")};
    if (seen.error.contains(QLatin1String("Passphrase")) ||
        seen.error.contains(QLatin1String("encrypt"), Qt::CaseInsensitive))
        return {Expect::Refuse, QStringLiteral("encrypted")};
    if (isZipTarOr7z(seen.format) && seen.result == QLatin1String("ok"))
        return {Expect::Import, {}};
    if (isZipTarOr7z(seen.format))
        return {Expect::Refuse, {}};
    return {Expect::Either, {}};
}

QString category(const QString &file)
{
    const QString name = file.section(u'/', -1);
    for (const char *ext :
         {".tar.gz", ".tgz", ".tbz", ".txz", ".tar.Z", ".pax.Z", ".iso.Z", ".tar", ".zipx",  ".zip",
          ".jar",    ".xps", ".7z",  ".rar", ".gz",    ".cab",   ".lzh",   ".xar", ".mtree", ".data"}) {
        if (name.endsWith(QLatin1String(ext)))
            return QString::fromLatin1(ext + 1);
    }
    return QStringLiteral("other");
}

// Rows of the audit trail and of every evidence table, read outside Tickmark.
QList<qint64> rowCounts(const QString &path)
{
    QList<qint64> out;
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    for (const char *sql : {"SELECT COUNT(*) FROM audit_event", "SELECT COUNT(*) FROM evidence_package",
                            "SELECT COUNT(*) FROM evidence_item", "SELECT COUNT(*) FROM evidence_blob",
                            "SELECT COUNT(*) FROM evidence_chunk", "SELECT COUNT(*) FROM evidence_store",
                            "SELECT COUNT(*) FROM evidence_store_chunk"}) {
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
        out.append(sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : -1);
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return out;
}

// Ends the process if an import runs longer than kWatchdogSeconds (a hang would otherwise block ctest).
class Watchdog
{
public:
    explicit Watchdog(const QString &file)
        : m_file(file.toLocal8Bit())
        , m_thread([this] { watch(); })
    {}
    ~Watchdog()
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_done = true;
        }
        m_cv.notify_all();
        m_thread.join();
    }
    Watchdog(const Watchdog &) = delete;
    Watchdog &operator=(const Watchdog &) = delete;

private:
    void watch()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        if (!m_cv.wait_for(lock, std::chrono::seconds(kWatchdogSeconds), [this] { return m_done; })) {
            std::fprintf(stderr, "FATAL: importing %s did not finish within %d s\n", m_file.constData(),
                         kWatchdogSeconds);
            std::_Exit(3);
        }
    }
    QByteArray m_file;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_done = false;
    std::thread m_thread;
};

} // namespace

class TestEvidenceCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importOrRefuse_data();
    void importOrRefuse();
    void cleanupTestCase();

private:
    QString m_corpus;
    QMap<QString, Observed> m_observed;
    QTemporaryDir m_dir;
    std::unique_ptr<Workpaper> m_wp;
    QMap<QString, std::pair<int, int>> m_outcomes; // category -> (imported, refused)
};

void TestEvidenceCorpus::initTestCase()
{
    m_corpus = Test::corpusPath(QStringLiteral("archives"));
    if (m_corpus.isEmpty())
        QSKIP("../shared/corpus not present: corpus tests skipped");
    m_observed = readObserved(m_corpus + QStringLiteral("/OBSERVED-libarchive-3.6.2.tsv"));
    QVERIFY(!m_observed.isEmpty());
    // One workpaper for all files: imports are independent, and each refusal is checked to change nothing.
    m_wp = Test::createWorkpaper(m_dir.filePath(QStringLiteral("corpus.tickmark")));
    QVERIFY(m_wp);
}

void TestEvidenceCorpus::importOrRefuse_data()
{
    QTest::addColumn<QString>("file");
    const QString root = Test::corpusPath(QStringLiteral("archives"));
    if (root.isEmpty())
        QSKIP("../shared/corpus not present: corpus tests skipped");
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relative = QDir(root).relativeFilePath(it.next());
        if (!relative.endsWith(QLatin1String(".tsv")) && !relative.endsWith(QLatin1String(".md")))
            files << relative;
    }
    files.sort();
    for (const QString &f : std::as_const(files))
        QTest::newRow(qPrintable(f)) << f;
}

void TestEvidenceCorpus::importOrRefuse()
{
    QFETCH(QString, file);
    const Observed seen = m_observed.value(file);
    const auto [expect, reason] = expectation(file, seen);

    const QList<qint64> before = rowCounts(m_wp->path());
    QElapsedTimer timer;
    timer.start();
    EvidenceImportOptions options;
    options.progress = [&timer](const EvidenceImportProgress &) { return timer.elapsed() < kTimeLimitSeconds * 1000; };
    Result<EvidenceImportResult> r = fail(ErrorCode::InvalidArgument, QString());
    {
        const Watchdog watchdog(file);
        r = m_wp->evidence().importPackage(m_corpus + u'/' + file, options);
    }
    const qint64 ms = timer.elapsed();
    QVERIFY2(ms < kTimeLimitSeconds * 1000, qPrintable(QStringLiteral("%1 ms").arg(ms)));

    auto &tally = m_outcomes[category(file)];
    if (r) {
        ++tally.first;
        qInfo("imported  %s: %lld files, %lld bytes, %lld skipped (%s)", qPrintable(file), r->files, r->bytes,
              qint64(r->skipped.size()), qPrintable(r->package.format));
        QVERIFY2(expect != Expect::Refuse, qPrintable(QStringLiteral("expected a refusal (%1)").arg(reason)));
        QVERIFY(r->files > 0);
        return;
    }
    ++tally.second;
    const Error &e = r.error();
    qInfo("refused   %s: %s", qPrintable(file), qPrintable(e.detail));
    QVERIFY2(e.code == ErrorCode::ImportFailed || e.code == ErrorCode::AlreadyExists, qPrintable(e.detail));
    QVERIFY2(e.detail.startsWith(file.section(u'/', -1)), qPrintable(e.detail));
    QVERIFY2(expect != Expect::Import, qPrintable(QStringLiteral("expected an import: %1").arg(e.detail)));
    QVERIFY2(e.detail.contains(reason), qPrintable(QStringLiteral("expected \"%1\" in: %2").arg(reason, e.detail)));
    // Nothing but the refusal event landed.
    QList<qint64> expected = before;
    expected[0] += e.code == ErrorCode::ImportFailed ? 1 : 0;
    QCOMPARE(rowCounts(m_wp->path()), expected);
}

void TestEvidenceCorpus::cleanupTestCase()
{
    for (auto it = m_outcomes.cbegin(); it != m_outcomes.cend(); ++it)
        qInfo("%-8s imported %2d, refused %2d", qPrintable(it.key()), it->first, it->second);
    if (m_wp)
        QVERIFY(m_wp->evidence().verify()->ok());
}

QTEST_GUILESS_MAIN(TestEvidenceCorpus)
#include "tst_evidencecorpus.moc"
