// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (not a test): evidence import speed against doing it by hand, on the same package, same run.
// Usage: evidence_import [MB] [RUNS] [BIG_MB]   (defaults 400, 3, 2048 MiB; BIG_MB 0 skips the memory part)
// Builds a zip of about MB megabytes uncompressed (half incompressible 1-4 MB binaries, stored or deflated in
// turn; half CSV log files, deflated) with libarchive, then, interleaved, RUNS times:
//   tickmark-cli evidence import W1.tickmark PACKAGE.zip              (store and index the text: the plain command)
//   tickmark-cli evidence import W2.tickmark PACKAGE.zip --no-index   (store only; the text is indexed later)
//   unzip -q PACKAGE.zip -d DIR && find DIR -type f -print0 | xargs -0 sha256sum
// each into a fresh sample workpaper, and prints the medians and their ratios to doing it by hand. Then it times FTS5
// alone on the package's CSV logs (in this process, a scratch database): with the workpaper's index definition and
// with the cheapest one FTS5 offers, against the same by-hand median. Then it writes a
// tar holding one BIG_MB file of random bytes, imports it and prints the import's peak resident memory (wait4's
// ru_maxrss of the tickmark-cli process).
// Needs unzip, sha256sum, find and xargs on PATH. Everything it writes lives in one temporary folder (under
// TMPDIR) that is removed at the end.
#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <archive.h>
#include <archive_entry.h>
#include <sqlite3.h>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

extern char **environ;

namespace {

constexpr qint64 kMiB = qint64(1) << 20;

// xoshiro256** seeded by SplitMix64: fast enough that 2 GiB of random bytes cost well under a second.
class Random
{
public:
    explicit Random(std::uint64_t seed)
    {
        for (std::uint64_t &word : m_s) {
            seed += 0x9e3779b97f4a7c15ULL;
            std::uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            word = z ^ (z >> 31);
        }
    }
    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    std::uint64_t below(std::uint64_t n) { return next() % n; }
    void fill(QByteArray &bytes)
    {
        for (qsizetype i = 0; i + 8 <= bytes.size(); i += 8) {
            const std::uint64_t v = next();
            std::memcpy(bytes.data() + i, &v, 8);
        }
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_s[4] = {};
};

struct ArchiveWriteFree
{
    void operator()(archive *a) const { archive_write_free(a); }
};
using ArchiveWriter = std::unique_ptr<archive, ArchiveWriteFree>;

bool check(archive *a, int rc, const char *what)
{
    if (rc >= ARCHIVE_WARN)
        return true;
    std::fprintf(stderr, "libarchive: %s: %s\n", what, archive_error_string(a));
    return false;
}

bool writeEntry(archive *a, const QByteArray &name, const QByteArray &data)
{
    archive_entry *e = archive_entry_new();
    archive_entry_set_pathname(e, name.constData());
    archive_entry_set_size(e, data.size());
    archive_entry_set_filetype(e, AE_IFREG);
    archive_entry_set_perm(e, 0644);
    archive_entry_set_mtime(e, 1767225600, 0); // 2026-01-01
    const bool ok = check(a, archive_write_header(a, e), "header") &&
                    archive_write_data(a, data.constData(), size_t(data.size())) == la_ssize_t(data.size());
    archive_entry_free(e);
    return ok;
}

// One CSV log file of about @p bytes: timestamps, hosts, users, actions, request ids, all from @p random.
QByteArray csvLog(Random &random, qint64 bytes, int fileNo)
{
    static const char *const kLevels[] = {"INFO", "INFO", "INFO", "WARN", "ERROR", "DEBUG"};
    static const char *const kActions[] = {"LOGIN_SUCCESS", "LOGIN_FAILURE", "MFA_CHALLENGE", "ROLE_GRANTED",
                                           "ROLE_REVOKED",  "DEPLOY",        "CONFIG_CHANGE", "BACKUP_OK",
                                           "KEY_ROTATED",   "TICKET_CLOSED"};
    static const char *const kServices[] = {"auth-api", "billing", "edge-proxy", "payments", "ci-runner", "vault"};
    QByteArray out;
    out.reserve(bytes + 256);
    out += "timestamp,level,service,source_ip,user,action,request_id,latency_ms,message\n";
    qint64 second = 1767225600 + qint64(fileNo) * 86400;
    char line[320];
    while (out.size() < bytes) {
        second += qint64(random.below(5));
        const QDateTime t = QDateTime::fromSecsSinceEpoch(second, Qt::UTC);
        const int n = std::snprintf(
            line, sizeof line,
            "%s.%03dZ,%s,%s,10.%d.%d.%d,user%04d@client.example,%s,%016llx,%d,\"%s by user%04d on"
            " host-%02d, ticket CHG-%06d\"\n",
            t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toLatin1().constData(), int(random.below(1000)),
            kLevels[random.below(6)], kServices[random.below(6)], int(random.below(256)), int(random.below(256)),
            int(random.below(256)), int(random.below(5000)), kActions[random.below(10)],
            static_cast<unsigned long long>(random.next()), int(random.below(900)), kActions[random.below(10)],
            int(random.below(5000)), int(random.below(64)), int(random.below(1000000)));
        out.append(line, n);
    }
    return out;
}

// The zip: half binaries of 1-4 MB (random bytes; stored and deflated in turn), half CSV logs of 1-4 MB.
bool writeZip(const QString &path, qint64 totalBytes, int &files)
{
    ArchiveWriter w(archive_write_new());
    archive *a = w.get();
    if (!check(a, archive_write_set_format_zip(a), "zip") ||
        !check(a, archive_write_open_filename(a, QFile::encodeName(path).constData()), "open"))
        return false;
    Random random(20260301);
    qint64 binary = 0;
    qint64 text = 0;
    files = 0;
    while (binary + text < totalBytes) {
        const qint64 size = kMiB + qint64(random.below(std::uint64_t(3 * kMiB)));
        const bool isBinary = binary <= text;
        QByteArray data;
        if (isBinary) {
            data = QByteArray(qsizetype(size), Qt::Uninitialized);
            random.fill(data);
            binary += size;
            // Random bytes do not compress: half are stored (as zip tools do), half deflated anyway.
            if (files % 4 == 0)
                archive_write_zip_set_compression_store(a);
            else
                archive_write_zip_set_compression_deflate(a);
        } else {
            data = csvLog(random, size, files);
            text += data.size();
            archive_write_zip_set_compression_deflate(a);
        }
        const QByteArray name = isBinary ? "scans/scan-" + QByteArray::number(files).rightJustified(4, '0') + ".bin"
                                         : "logs/access-" + QByteArray::number(files).rightJustified(4, '0') + ".csv";
        if (!writeEntry(a, name, data))
            return false;
        ++files;
    }
    return check(a, archive_write_close(a), "close");
}

// The memory test's package: a tar holding one file of @p bytes random bytes, written in 1 MiB blocks.
bool writeBigTar(const QString &path, qint64 bytes)
{
    ArchiveWriter w(archive_write_new());
    archive *a = w.get();
    if (!check(a, archive_write_set_format_pax_restricted(a), "tar") ||
        !check(a, archive_write_open_filename(a, QFile::encodeName(path).constData()), "open"))
        return false;
    archive_entry *e = archive_entry_new();
    archive_entry_set_pathname(e, "disk-image.raw");
    archive_entry_set_size(e, bytes);
    archive_entry_set_filetype(e, AE_IFREG);
    archive_entry_set_perm(e, 0644);
    const bool header = check(a, archive_write_header(a, e), "header");
    archive_entry_free(e);
    if (!header)
        return false;
    Random random(7);
    QByteArray block(kMiB, Qt::Uninitialized);
    for (qint64 done = 0; done < bytes; done += block.size()) {
        random.fill(block);
        const qsizetype n = qsizetype(std::min<qint64>(block.size(), bytes - done));
        if (archive_write_data(a, block.constData(), size_t(n)) != la_ssize_t(n))
            return check(a, ARCHIVE_FATAL, "data");
    }
    return check(a, archive_write_close(a), "close");
}

// FTS5 alone, in this process, nothing else: creates @p table in a scratch database at @p path and inserts every log
// in 64 KiB rows (the importer's segment size) in one transaction, as UTF-8 through the C API. Returns the wall time
// in ms including the commit, or -1.
qint64 indexOnly(const QString &path, const char *table, const QList<QByteArray> &logs)
{
    QFile::remove(path);
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK) {
        std::fprintf(stderr, "sqlite: cannot open %s\n", qPrintable(path));
        sqlite3_close(db);
        return -1;
    }
    const auto exec = [db](const char *sql) {
        const bool ok = sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
        if (!ok)
            std::fprintf(stderr, "sqlite: %s: %s\n", sql, sqlite3_errmsg(db));
        return ok;
    };
    sqlite3_stmt *insert = nullptr;
    bool ok = exec("PRAGMA journal_mode = WAL") && exec(table) &&
              exec("INSERT INTO t (t, rank) VALUES ('automerge', 8)") &&
              sqlite3_prepare_v2(db, "INSERT INTO t (sha256, page, text) VALUES ('x', 0, ?)", -1, &insert, nullptr) ==
                  SQLITE_OK;
    QElapsedTimer timer;
    timer.start();
    ok = ok && exec("BEGIN");
    constexpr qsizetype kSegment = 64 * 1024;
    for (const QByteArray &log : logs) {
        for (qsizetype at = 0; ok && at < log.size(); at += kSegment) {
            sqlite3_bind_text(insert, 1, log.constData() + at, int(std::min(kSegment, log.size() - at)), SQLITE_STATIC);
            ok = sqlite3_step(insert) == SQLITE_DONE && sqlite3_reset(insert) == SQLITE_OK;
        }
    }
    ok = ok && exec("COMMIT");
    const qint64 ms = timer.elapsed();
    if (!ok)
        std::fprintf(stderr, "sqlite: %s\n", sqlite3_errmsg(db));
    sqlite3_finalize(insert);
    sqlite3_close(db);
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    return ok ? ms : -1;
}

struct ArchiveReadFree
{
    void operator()(archive *a) const { archive_read_free(a); }
};

// The CSV logs of the package at @p zip, inflated into memory (after the timed runs, so that the child processes'
// peak RSS does not count them: a spawned child shares its parent's pages until it execs).
bool readLogs(const QString &zip, QList<QByteArray> &logs)
{
    std::unique_ptr<archive, ArchiveReadFree> r(archive_read_new());
    archive *a = r.get();
    if (!check(a, archive_read_support_format_zip(a), "zip") ||
        !check(a, archive_read_open_filename(a, QFile::encodeName(zip).constData(), 1 << 20), "open"))
        return false;
    archive_entry *e = nullptr;
    int rc = ARCHIVE_OK;
    while ((rc = archive_read_next_header(a, &e)) == ARCHIVE_OK) {
        if (!QByteArray(archive_entry_pathname(e)).endsWith(".csv"))
            continue;
        QByteArray data(qsizetype(archive_entry_size(e)), Qt::Uninitialized);
        if (archive_read_data(a, data.data(), size_t(data.size())) != la_ssize_t(data.size()))
            return check(a, ARCHIVE_FATAL, "data");
        logs << data;
    }
    return rc == ARCHIVE_EOF || check(a, rc, "header");
}

// How long FTS5 alone takes for the package's logs: with the workpaper's own index definition, and with the cheapest
// one FTS5 has (no copy of the text, no positions, ASCII tokenizer), each against the by-hand median @p byHandMs. A
// database has one writer at a time, so this work cannot be spread over the second core within the workpaper.
bool indexOnlyPart(const QTemporaryDir &dir, const QString &zip, qint64 byHandMs)
{
    QList<QByteArray> logs;
    if (!readLogs(zip, logs))
        return false;
    static const struct
    {
        const char *name;
        const char *sql;
    } kTables[] = {
        {"the workpaper's index (unicode61, text kept for snippets, positions)",
         "CREATE VIRTUAL TABLE t USING fts5(sha256 UNINDEXED, page UNINDEXED, text,"
         " tokenize = 'unicode61 remove_diacritics 2')"},
        {"the cheapest FTS5 index (ascii, contentless, detail=none)",
         "CREATE VIRTUAL TABLE t USING fts5(sha256 UNINDEXED, page UNINDEXED, text, tokenize = 'ascii',"
         " content = '', detail = none)"},
    };
    qint64 bytes = 0;
    for (const QByteArray &log : logs)
        bytes += log.size();
    for (const auto &table : kTables) {
        const qint64 ms = indexOnly(dir.filePath(QStringLiteral("index-only.db")), table.sql, logs);
        if (ms < 0)
            return false;
        std::printf("FTS5 alone, %.0f MB of the logs into %s: %lld ms, %.2f x by hand\n", double(bytes) / 1e6,
                    table.name, static_cast<long long>(ms), double(ms) / double(byHandMs));
        std::fflush(stdout);
    }
    return true;
}

struct RunResult
{
    qint64 ms = -1;
    long maxRssKiB = 0;
};

// Runs @p argv with stdout to /dev/null and stderr to @p errFile; wall time and the child's own peak RSS.
RunResult run(const QStringList &argv, const QString &errFile)
{
    std::vector<QByteArray> storage;
    for (const QString &arg : argv)
        storage.push_back(QFile::encodeName(arg));
    std::vector<char *> args;
    for (QByteArray &arg : storage)
        args.push_back(arg.data());
    args.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    const QByteArray err = QFile::encodeName(errFile);
    posix_spawn_file_actions_addopen(&actions, 2, err.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    RunResult result;
    if (spawned != 0) {
        std::fprintf(stderr, "cannot start %s\n", args[0]);
        return result;
    }
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        QFile f(errFile);
        f.open(QIODevice::ReadOnly);
        std::fprintf(stderr, "%s failed (status %d): %s\n", args[0], status, f.readAll().constData());
        return result;
    }
    result.ms = timer.elapsed();
    result.maxRssKiB = usage.ru_maxrss;
    return result;
}

qint64 median(QList<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

bool newWorkpaper(const QString &cli, const QString &path, const QString &err)
{
    return run({cli, QStringLiteral("new"), path, QStringLiteral("--sample")}, err).ms >= 0;
}

int memoryPart(const QString &cli, const QTemporaryDir &dir, qint64 bigMiB)
{
    const QString tar = dir.filePath(QStringLiteral("big.tar"));
    const QString wp = dir.filePath(QStringLiteral("big.tickmark"));
    const QString err = dir.filePath(QStringLiteral("stderr.txt"));
    if (!writeBigTar(tar, bigMiB * kMiB) || !newWorkpaper(cli, wp, err))
        return 1;
    std::printf("memory package: tar with one file of %lld MiB (%.1f MB on disk)\n", static_cast<long long>(bigMiB),
                double(QFileInfo(tar).size()) / 1e6);
    std::fflush(stdout);
    const RunResult big = run({cli, QStringLiteral("evidence"), QStringLiteral("import"), wp, tar}, err);
    if (big.ms < 0)
        return 1;
    std::printf("import of the %lld MiB file: %lld ms, peak RSS %.1f MB (target < 250 MB), workpaper %.1f MB\n",
                static_cast<long long>(bigMiB), static_cast<long long>(big.ms), double(big.maxRssKiB) * 1024 / 1e6,
                double(QFileInfo(wp).size()) / 1e6);
    QFile::remove(tar);
    QFile::remove(wp);
    return big.maxRssKiB * 1024 < 250 * 1000 * 1000 ? 0 : 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 megabytes = argc > 1 ? QByteArray(argv[1]).toLongLong() : 400;
    const int runs = std::max(1, argc > 2 ? QByteArray(argv[2]).toInt() : 3);
    const qint64 bigMiB = argc > 3 ? QByteArray(argv[3]).toLongLong() : 2048;
    const QString cli = QStringLiteral(TICKMARK_CLI_PATH);
    for (const char *tool : {"unzip", "sha256sum", "find", "xargs"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty()) {
            std::fprintf(stderr, "%s not found on PATH\n", tool);
            return 1;
        }
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "cannot create a temporary folder\n");
        return 1;
    }
    const QString zip = dir.filePath(QStringLiteral("package.zip"));
    const QString err = dir.filePath(QStringLiteral("stderr.txt"));
    int files = 0;
    QElapsedTimer build;
    build.start();
    if (!writeZip(zip, megabytes * 1000 * 1000, files))
        return 1;
    std::printf("package: %d files, %lld MB uncompressed, %.1f MB zip (written in %lld ms)\n", files,
                static_cast<long long>(megabytes), double(QFileInfo(zip).size()) / 1e6,
                static_cast<long long>(build.elapsed()));
    std::fflush(stdout);

    QList<qint64> plain;
    QList<qint64> storeOnly;
    QList<qint64> theirs;
    for (int r = 0; r < runs; ++r) {
        const QString wp1 = dir.filePath(QStringLiteral("plain%1.tickmark").arg(r));
        const QString wp2 = dir.filePath(QStringLiteral("store%1.tickmark").arg(r));
        const QString out = dir.filePath(QStringLiteral("unzipped%1").arg(r));
        if (!newWorkpaper(cli, wp1, err) || !newWorkpaper(cli, wp2, err))
            return 1;
        // Each step starts with nothing left to write back from the one before (`sync`, not timed): the imports
        // sync the workpaper at their commit and must not pay for the files the step before left in the page cache.
        const auto afterSync = [&err](const QStringList &argv) {
            return run({QStringLiteral("sync")}, err).ms < 0 ? RunResult{} : run(argv, err);
        };
        const RunResult indexed = afterSync({cli, QStringLiteral("evidence"), QStringLiteral("import"), wp1, zip});
        const RunResult stored = afterSync(
            {cli, QStringLiteral("evidence"), QStringLiteral("import"), wp2, zip, QStringLiteral("--no-index")});
        const RunResult byHand = afterSync({QStringLiteral("sh"), QStringLiteral("-c"),
                                            QStringLiteral("unzip -q '%1' -d '%2' && find '%2' -type f -print0 | xargs"
                                                           " -0 sha256sum")
                                                .arg(zip, out)});
        if (indexed.ms < 0 || stored.ms < 0 || byHand.ms < 0)
            return 1;
        plain << indexed.ms;
        storeOnly << stored.ms;
        theirs << byHand.ms;
        std::printf(
            "run %d: evidence import %lld ms (peak RSS %.0f MB, workpaper %.0f MB); --no-index %lld ms (peak RSS"
            " %.0f MB, workpaper %.0f MB); unzip + sha256sum %lld ms\n",
            r + 1, static_cast<long long>(indexed.ms), double(indexed.maxRssKiB) * 1024 / 1e6,
            double(QFileInfo(wp1).size()) / 1e6, static_cast<long long>(stored.ms),
            double(stored.maxRssKiB) * 1024 / 1e6, double(QFileInfo(wp2).size()) / 1e6,
            static_cast<long long>(byHand.ms));
        std::fflush(stdout);
        QFile::remove(wp1);
        QFile::remove(wp2);
        QDir(out).removeRecursively();
    }
    const qint64 a = median(plain);
    const qint64 b = median(storeOnly);
    const qint64 c = median(theirs);
    std::printf(
        "median of %d: unzip + sha256sum %lld ms; evidence import %lld ms, ratio %.2f (target <= 1.0, goal 0.5);"
        " evidence import --no-index %lld ms, ratio %.2f\n",
        runs, static_cast<long long>(c), static_cast<long long>(a), double(a) / double(c), static_cast<long long>(b),
        double(b) / double(c));
    if (!indexOnlyPart(dir, zip, c))
        return 1;
    QFile::remove(zip);
    return bigMiB > 0 ? memoryPart(cli, dir, bigMiB) : 0;
}
