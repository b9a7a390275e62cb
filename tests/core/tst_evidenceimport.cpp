// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Evidence import: archives built at run time with libarchive's write API (zip, tar, tar.gz/bz2/xz, 7z), single
// files and folders; dedup, byte-identical export, verify and tampering, every hostile case with its message,
// refusals and cancel that change nothing, non-UTF-8 and duplicate names, 20,000 entries, a 30 MiB entry.
#include "audit/audittrail.h"
#include "common/sha256.h"
#include "controls/controlservice.h"
#include "evidence/entrypath.h"
#include "evidence/evidenceimporter.h"
#include "evidence/evidenceservice.h"
#include "evidence/mediatype.h"
#include "evidence/readaheadsource.h"
#include "evidence/requestservice.h"
#include "population/populationservice.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <archive.h>
#include <archive_entry.h>
#include <cstring>
#include <locale.h>
#include <sqlite3.h>
#include <sys/stat.h>

using namespace Tickmark;
using namespace Tickmark::Core;

namespace {

constexpr int kHardlink = -1; // Entry::type for a hard link to Entry::link

struct Entry
{
    QByteArray name;
    QByteArray data;
    int type = AE_IFREG;
    QByteArray link;
};

enum class Format { Zip, ZipStored, Ustar, Pax, TarGz, TarBz2, TarXz, SevenZip, RawGzip };

void setFormat(archive *a, Format format)
{
    switch (format) {
    case Format::Zip:
        archive_write_set_format_zip(a);
        break;
    case Format::ZipStored:
        archive_write_set_format_zip(a);
        archive_write_set_options(a, "zip:compression=store");
        break;
    case Format::Ustar:
        archive_write_set_format_ustar(a);
        break;
    case Format::SevenZip:
        archive_write_set_format_7zip(a);
        break;
    case Format::RawGzip:
        archive_write_set_format_raw(a);
        archive_write_add_filter_gzip(a);
        break;
    default:
        archive_write_set_format_pax_restricted(a);
        if (format == Format::TarGz)
            archive_write_add_filter_gzip(a);
        else if (format == Format::TarBz2)
            archive_write_add_filter_bzip2(a);
        else if (format == Format::TarXz)
            archive_write_add_filter_xz(a);
    }
}

void writeEntry(archive *a, const Entry &e)
{
    archive_entry *entry = archive_entry_new();
    archive_entry_copy_pathname(entry, e.name.constData());
    archive_entry_set_perm(entry, 0644);
    archive_entry_set_mtime(entry, 1767225600, 0);
    archive_entry_set_filetype(entry, e.type == kHardlink ? AE_IFREG : unsigned(e.type));
    if (e.type == kHardlink)
        archive_entry_copy_hardlink(entry, e.link.constData());
    else if (e.type == AE_IFLNK)
        archive_entry_copy_symlink(entry, e.link.constData());
    const bool hasData = e.type == AE_IFREG;
    archive_entry_set_size(entry, hasData ? e.data.size() : 0);
    archive_write_header(a, entry);
    if (hasData && !e.data.isEmpty())
        archive_write_data(a, e.data.constData(), size_t(e.data.size()));
    archive_entry_free(entry);
}

// Writes an archive with libarchive under the C locale, so names are stored as the given bytes (no UTF-8 flag).
bool writeArchive(const QString &path, Format format, const QList<Entry> &entries, const char *passphrase = nullptr)
{
    const locale_t c = newlocale(LC_ALL_MASK, "C", locale_t(nullptr));
    const locale_t previous = uselocale(c);
    archive *a = archive_write_new();
    setFormat(a, format);
    if (passphrase) {
        archive_write_set_options(a, "zip:encryption=zipcrypt");
        archive_write_set_passphrase(a, passphrase);
    }
    bool ok = archive_write_open_filename(a, QFile::encodeName(path).constData()) == ARCHIVE_OK;
    for (const Entry &e : entries) {
        if (ok)
            writeEntry(a, e);
    }
    ok = archive_write_close(a) == ARCHIVE_OK && ok;
    archive_write_free(a);
    uselocale(previous);
    freelocale(c);
    return ok;
}

Entry file(const char *name, const QByteArray &data)
{
    return Entry{QByteArray(name), data, AE_IFREG, {}};
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray out(size, Qt::Uninitialized);
    QRandomGenerator gen(seed);
    gen.fillRange(reinterpret_cast<quint32 *>(out.data()), size / 4);
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Row counts of every evidence table and of the tables an import must never touch, read outside Tickmark.
QMap<QString, qint64> tableCounts(const QString &path)
{
    static const char *const kTables[] = {
        "evidence_package",     "evidence_blob", "evidence_chunk",        "evidence_store",
        "evidence_store_chunk", "evidence_item", "evidence_control_link", "population",
        "population_row",       "sample",        "sample_item",           "control",
        "control_criterion",    "audit_event"};
    QMap<QString, qint64> counts;
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    for (const char *table : kTables) {
        sqlite3_stmt *stmt = nullptr;
        const QByteArray sql = QByteArray("SELECT COUNT(*) FROM ") + table;
        sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr);
        counts.insert(QString::fromLatin1(table),
                      sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : -1);
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return counts;
}

bool rawExec(const QString &path, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        return false;
    const bool ok = sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

QStringList paths(const EvidenceImportResult &r)
{
    QStringList out;
    for (const ImportedItem &i : r.items)
        out << i.path;
    return out;
}

// An EntrySource over a list, delivering data in small odd pieces; it can fail inside an entry's data or at the end,
// and counts the data bytes it delivered.
class ListSource final : public EntrySource
{
public:
    struct Item
    {
        SourceEntry entry;
        QByteArray data;
        bool failInData = false; ///< read() fails halfway through the data
    };

    explicit ListSource(QList<Item> items, bool failAtEnd = false)
        : m_items(std::move(items))
        , m_failAtEnd(failAtEnd)
    {}

    Result<bool> next(SourceEntry &entry) override
    {
        if (m_index + 1 >= m_items.size())
            return m_failAtEnd ? Result<bool>(fail(ErrorCode::ImportFailed, QStringLiteral("truncated"))) : false;
        ++m_index;
        m_offset = 0;
        m_consumed += 10;
        entry = m_items.at(m_index).entry;
        return true;
    }
    Result<qint64> read(char *buffer, qint64 capacity) override
    {
        const Item &item = m_items.at(m_index);
        if (item.failInData && m_offset >= item.data.size() / 2)
            return fail(ErrorCode::ImportFailed, QStringLiteral("crc error"));
        const qint64 n = std::min<qint64>({capacity, 7, item.data.size() - m_offset});
        std::memcpy(buffer, item.data.constData() + m_offset, size_t(n));
        m_offset += n;
        m_consumed += n;
        delivered += n;
        return n;
    }
    qint64 sourceBytesRead() const override { return m_consumed; }

    qint64 delivered = 0;

private:
    QList<Item> m_items;
    bool m_failAtEnd;
    qsizetype m_index = -1;
    qint64 m_offset = 0;
    qint64 m_consumed = 0;
};

ListSource::Item sourceItem(const char *name, SourceEntry::Kind kind, const QByteArray &data)
{
    ListSource::Item item;
    item.entry.rawPath = name;
    item.entry.kind = kind;
    item.data = data;
    return item;
}

// Everything left of @p source's current entry, read @p piece bytes at a time.
Result<QByteArray> readAll(EntrySource &source, qint64 piece)
{
    QByteArray out;
    QByteArray buffer(piece, Qt::Uninitialized);
    for (;;) {
        const auto n = source.read(buffer.data(), piece);
        if (!n)
            return n.error();
        if (*n == 0)
            return out;
        out.append(buffer.constData(), *n);
    }
}
} // namespace

class TestEvidenceImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void schemaHasEvidenceTables();
    void importsArchives_data();
    void importsArchives();
    void dedupStoresContentOnce();
    void verifyNamesTamperedItem();
    void hostileEntriesAreSkipped_data();
    void hostileEntriesAreSkipped();
    void refusalsChangeNothing_data();
    void refusalsChangeNothing();
    void cancelLeavesNothing();
    void nonUtf8NamesAreKeptLosslessly();
    void duplicatePathsAreKeptApart();
    void twentyThousandEntries();
    void largeEntryStreams();
    void singleFiles_data();
    void singleFiles();
    void folderImport();
    void samePackageTwiceAndNameClash();
    void mediaTypes_data();
    void mediaTypes();
    void pathPolicy_data();
    void pathPolicy();
    void readAheadDeliversWhatItsSourceDelivers();
    void readAheadSkipsTheRestOfAnEntry();
    void readAheadPassesErrorsOn();
    void readAheadStopsWhenDestroyed();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    Result<EvidenceImportResult> import(const QString &file, EvidenceImportOptions options = {})
    {
        return m_wp->evidence().importPackage(file, options);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workpaper> m_wp;
    QString m_file;
};

void TestEvidenceImport::init()
{
    m_wp.reset();
    // The pure functions need no workpaper; creating one per row would cost a second per data set.
    const QByteArrayView function(QTest::currentTestFunction());
    if (function == "mediaTypes" || function == "pathPolicy" || function.startsWith("readAhead"))
        return;
    m_dir = std::make_unique<QTemporaryDir>();
    m_file = path(QStringLiteral("evidence.tickmark"));
    m_wp = Test::createWorkpaper(m_file);
    QVERIFY(m_wp);
    TM_VERIFY_OK(m_wp->controls().add(Test::control(QStringLiteral("C-1"), {QStringLiteral("CC6.1")})));
}

void TestEvidenceImport::schemaHasEvidenceTables()
{
    // Evidence arrived in schema version 3; later versions keep its tables.
    QVERIFY(Database::latestSchemaVersion() >= 3);
    QCOMPARE(m_wp->schemaVersion(), Database::latestSchemaVersion());
    const auto counts = tableCounts(m_file);
    for (auto it = counts.begin(); it != counts.end(); ++it)
        QVERIFY2(it.value() >= 0, qPrintable(it.key()));
}

void TestEvidenceImport::importsArchives_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expectedFormat");
    const auto row = [](const char *tag, Format f, const char *name) {
        QTest::newRow(tag) << int(f) << QString::fromLatin1(name) << QString::fromLatin1(tag).section(u' ', 0, 0);
    };
    row("zip", Format::Zip, "p.zip");
    row("zip stored", Format::ZipStored, "p.zip");
    row("tar", Format::Pax, "p.tar");
    row("tar.gz", Format::TarGz, "p.tar.gz");
    row("tar.bz2", Format::TarBz2, "p.tbz2");
    row("tar.xz", Format::TarXz, "p.txz");
    row("7z", Format::SevenZip, "p.7z");
}

void TestEvidenceImport::importsArchives()
{
    QFETCH(int, format);
    QFETCH(QString, name);
    QFETCH(QString, expectedFormat);
    const QByteArray pdf = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n";
    const QByteArray csv = "user,role,granted\nalice,admin,2026-01-03\nbob,viewer,2026-02-11\n";
    const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + randomBytes(4000, 7);
    const QString archive = path(name);
    QVERIFY(writeArchive(archive, Format(format),
                         {Entry{"policies/", {}, AE_IFDIR, {}}, file("policies/access.pdf", pdf),
                          file("users.csv", csv), file("screens/login.png", png)}));
    EvidenceImportOptions options;
    options.requestRef = QStringLiteral("PBC-7");
    Core::EvidenceRequest request; // a package can only answer a request on the list
    request.ref = options.requestRef;
    request.description = QStringLiteral("Access policies and user list");
    TM_VERIFY_OK(m_wp->requests().add(request));
    const auto r = import(archive, options);
    TM_VERIFY_OK(r);
    QCOMPARE(r->files, 3);
    QCOMPARE(r->bytes, pdf.size() + csv.size() + png.size());
    QCOMPARE(r->newBlobs, 3);
    QVERIFY(r->skipped.isEmpty());
    QCOMPARE(r->package.name, name);
    QCOMPARE(r->package.format, expectedFormat);
    QCOMPARE(r->package.sha256, Test::fileSha256(archive));
    QCOMPARE(r->package.size, QFileInfo(archive).size());
    QHash<QString, ImportedItem> byPath;
    for (const ImportedItem &item : r->items)
        byPath.insert(item.path, item);
    QCOMPARE(byPath.size(), 3);
    QCOMPARE(byPath.value(QStringLiteral("policies/access.pdf")).mediaType, QStringLiteral("application/pdf"));
    QCOMPARE(byPath.value(QStringLiteral("users.csv")).mediaType, QStringLiteral("text/csv"));
    QCOMPARE(byPath.value(QStringLiteral("users.csv")).sha256, Sha256::hex(csv));
    QCOMPARE(byPath.value(QStringLiteral("screens/login.png")).mediaType, QStringLiteral("image/png"));

    const auto items = m_wp->evidence().list();
    TM_VERIFY_OK(items);
    QCOMPARE(items->size(), 3);
    QCOMPARE(items->first().packageName, name);
    QCOMPARE(items->first().receivedAt.isValid(), true);
    QCOMPARE(m_wp->evidence().packages()->first().requestRef, QStringLiteral("PBC-7"));
    const auto event = m_wp->auditTrail().events()->last();
    QCOMPARE(event.object, QStringLiteral("evidence:%1").arg(name));
    QCOMPARE(event.action, QStringLiteral("import"));

    const QString out = path(QStringLiteral("out.png"));
    TM_VERIFY_OK(m_wp->evidence().exportItem(Sha256::hex(png), out));
    QCOMPARE(Test::fileSha256(out), Sha256::hex(png));
    QCOMPARE(m_wp->evidence().readItem(Sha256::hex(csv), 4).value(), QByteArray("user"));
    QVERIFY(m_wp->evidence().verify()->ok());
}

void TestEvidenceImport::dedupStoresContentOnce()
{
    QVERIFY(writeArchive(
        path(QStringLiteral("one.zip")), Format::Zip,
        {file("x.txt", "same content\n"), file("y.txt", "only in one\n"), file("x-copy.txt", "same content\n")}));
    QVERIFY(writeArchive(path(QStringLiteral("two.tar")), Format::Pax,
                         {file("x2.txt", "same content\n"), file("z.txt", "only in two\n")}));
    const auto one = import(path(QStringLiteral("one.zip")));
    TM_VERIFY_OK(one);
    QCOMPARE(one->files, 3);
    QCOMPARE(one->newBlobs, 2);
    const auto before = tableCounts(m_file);
    QCOMPARE(before.value(QStringLiteral("evidence_chunk")), 2);
    const auto two = import(path(QStringLiteral("two.tar")));
    TM_VERIFY_OK(two);
    QCOMPARE(two->newBlobs, 1);
    const auto after = tableCounts(m_file);
    QCOMPARE(after.value(QStringLiteral("evidence_blob")), 3);
    QCOMPARE(after.value(QStringLiteral("evidence_chunk")), 3); // x2.txt wrote no chunk
    QCOMPARE(after.value(QStringLiteral("evidence_item")), 5);
    QCOMPARE(two->items.first().sha256, one->items.first().sha256);
}

void TestEvidenceImport::verifyNamesTamperedItem()
{
    const QByteArray content = randomBytes(3 << 20, 11); // three chunks
    QVERIFY(writeArchive(path(QStringLiteral("pkg.zip")), Format::ZipStored,
                         {file("logs/audit.log", content), file("ok.txt", "fine\n")}));
    const auto r = import(path(QStringLiteral("pkg.zip")));
    TM_VERIFY_OK(r);
    auto report = m_wp->evidence().verify();
    TM_VERIFY_OK(report);
    QVERIFY(report->ok());
    QCOMPARE(report->blobs, 2);
    QCOMPARE(report->items, 2);
    QCOMPARE(report->bytes, content.size() + 5);

    const QByteArray sha = Sha256::hex(content);
    QVERIFY(rawExec(m_file, "UPDATE evidence_chunk SET data = zeroblob(length(data)) WHERE sha256 = '" + sha +
                                "' AND seq = 1"));
    qint64 lastDone = 0;
    report = m_wp->evidence().verify([&](qint64 done, qint64 total) {
        lastDone = done;
        return done <= total;
    });
    TM_VERIFY_OK(report);
    QCOMPARE(lastDone, content.size() + 5);
    QCOMPARE(report->mismatches.size(), 1);
    const EvidenceMismatch &m = report->mismatches.first();
    QCOMPARE(m.package, QStringLiteral("pkg.zip"));
    QCOMPARE(m.path, QStringLiteral("logs/audit.log"));
    QCOMPARE(m.expected, sha);
    QVERIFY(m.actual != sha && m.actual.size() == 64);

    const QString out = path(QStringLiteral("audit.log"));
    const auto exported = m_wp->evidence().exportItem(sha, out);
    QVERIFY(!exported);
    QCOMPARE(exported.error().code, ErrorCode::IntegrityFailure);
    QVERIFY2(exported.error().detail.contains(QStringLiteral("pkg.zip/logs/audit.log")),
             qPrintable(exported.error().detail));
    QVERIFY(!QFileInfo::exists(out));
}

void TestEvidenceImport::hostileEntriesAreSkipped_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<int>("type");
    QTest::addColumn<QByteArray>("link");
    QTest::addColumn<QString>("reason");
    const auto row = [](const char *tag, Format f, const char *name, int type, const char *link, const char *reason) {
        QTest::newRow(tag) << int(f) << QByteArray(name) << type << QByteArray(link) << QString::fromLatin1(reason);
    };
    const char *climbs = "climbs out of the package";
    row("zip ..", Format::Zip, "../../tmp/evil.txt", AE_IFREG, "", climbs);
    row("tar inner ..", Format::Pax, "docs/../../evil.txt", AE_IFREG, "", climbs);
    row("tar backslash ..", Format::Ustar, "..\\..\\Temp\\evil.txt", AE_IFREG, "", climbs);
    row("tar absolute", Format::Ustar, "/etc/cron.d/evil", AE_IFREG, "", "absolute path");
    row("zip drive letter", Format::Zip, "C:/Windows/evil.dll", AE_IFREG, "", "absolute path");
    row("tar symlink", Format::Pax, "passwd", AE_IFLNK, "../../etc/passwd", "symbolic link to \"../../etc/passwd\"");
    row("zip symlink", Format::Zip, "link", AE_IFLNK, "/etc/shadow",
        "symbolic link to \"/etc/shadow\" (links are never followed)");
    row("7z symlink", Format::SevenZip, "link", AE_IFLNK, "good.txt", "symbolic link");
    row("tar hard link", Format::Pax, "copy.txt", kHardlink, "good.txt", "hard link to \"good.txt\"");
    row("tar char device", Format::Ustar, "dev/null", AE_IFCHR, "", "device file");
    row("tar block device", Format::Ustar, "dev/sda", AE_IFBLK, "", "device file");
    row("tar fifo", Format::Ustar, "pipe", AE_IFIFO, "", "FIFO");
}

void TestEvidenceImport::hostileEntriesAreSkipped()
{
    QFETCH(int, format);
    QFETCH(QByteArray, name);
    QFETCH(int, type);
    QFETCH(QByteArray, link);
    QFETCH(QString, reason);
    const QString archive = path(QStringLiteral("hostile.pkg"));
    QVERIFY(writeArchive(archive, Format(format), {file("good.txt", "good\n"), Entry{name, "evil\n", type, link}}));
    const auto r = import(archive);
    TM_VERIFY_OK(r);
    QCOMPARE(paths(*r), QStringList{QStringLiteral("good.txt")});
    QCOMPARE(r->skipped.size(), 1);
    QCOMPARE(r->skipped.first().path, displayPath(name));
    QVERIFY2(r->skipped.first().reason.contains(reason), qPrintable(r->skipped.first().reason));
    QCOMPARE(tableCounts(m_file).value(QStringLiteral("evidence_item")), 1);
    // Nothing is ever written outside the workpaper.
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("evil.txt"))));
}

namespace {

// clang-format off
enum class Refusal { Encrypted, TruncatedZip, TruncatedTarGz, Truncated7z, BadCrc, NotAnArchive, TextNamedZip, Rar,
                     Empty, TotalLimit, RatioBomb, TooManyEntries, NoFiles, GzipNotTar };
// clang-format on

bool truncated(const QString &target, Format format)
{
    const QByteArray noise = randomBytes(300000, 3);
    return writeArchive(target, format, {file("a.bin", noise), file("b.bin", noise + "x")}) &&
           QFile::resize(target, QFileInfo(target).size() * 6 / 10);
}

bool withBadCrc(const QString &target)
{
    if (!writeArchive(target, Format::ZipStored, {file("a.txt", "hello, auditor\n")}))
        return false;
    QFile f(target);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QByteArray bytes = f.readAll();
    f.close();
    return writeFile(target, bytes.replace("hello, auditor", "jello, auditor"));
}

bool manyEntries(const QString &target, int count)
{
    QList<Entry> entries;
    for (int i = 0; i < count; ++i)
        entries.append(Entry{QByteArray("f") + QByteArray::number(i), QByteArray::number(i), AE_IFREG, {}});
    return writeArchive(target, Format::Zip, entries);
}

// Writes the hostile or broken package of @p kind to @p target and sets the limits it needs.
bool buildRefusal(Refusal kind, const QString &target, EvidenceImportOptions &options)
{
    const QByteArray noise = randomBytes(300000, 3);
    switch (kind) {
    case Refusal::Encrypted:
        return writeArchive(target, Format::Zip, {file("payroll.csv", "name,salary\nalice,1\n")}, "pw");
    case Refusal::TruncatedZip:
        return truncated(target, Format::Zip);
    case Refusal::TruncatedTarGz:
        return truncated(target, Format::TarGz);
    case Refusal::Truncated7z:
        return truncated(target, Format::SevenZip);
    case Refusal::BadCrc:
        return withBadCrc(target);
    case Refusal::NotAnArchive:
        return writeFile(target, QByteArray("\x7F\x45LF\x02\x01\x01", 7) + noise);
    case Refusal::TextNamedZip:
        return writeFile(target, "this is not a zip, just a note\n");
    case Refusal::Rar:
        return writeFile(target, QByteArray("Rar!\x1A\x07\x01\x00", 8) + noise);
    case Refusal::Empty:
        return writeFile(target, {});
    case Refusal::TotalLimit:
        options.limits.maxTotalBytes = qint64(1) << 20;
        return writeArchive(target, Format::Pax, {file("a.bin", randomBytes(700000, 1)), file("b.bin", noise + noise)});
    case Refusal::RatioBomb:
        return writeArchive(target, Format::Zip,
                            {file("ok.txt", "fine\n"), file("zeros.bin", QByteArray(64 << 20, 0))});
    case Refusal::TooManyEntries:
        options.limits.maxEntries = 10;
        return manyEntries(target, 11);
    case Refusal::NoFiles:
        return writeArchive(target, Format::Zip, {Entry{"dir/", {}, AE_IFDIR, {}}, Entry{"dir/l", {}, AE_IFLNK, "x"}});
    case Refusal::GzipNotTar:
        return writeArchive(target, Format::RawGzip, {file("log", "line one\nline two\n")});
    }
    return false;
}

} // namespace

void TestEvidenceImport::refusalsChangeNothing_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("pattern");
    const auto row = [](const char *tag, Refusal kind, const char *name, const char *pattern) {
        QTest::newRow(tag) << int(kind) << QString::fromLatin1(name) << QString::fromLatin1(pattern);
    };
    row("encrypted", Refusal::Encrypted, "secret.zip",
        "^secret\\.zip: entry \"payroll\\.csv\" is encrypted; ask the client for an unencrypted package$");
    row("truncated zip", Refusal::TruncatedZip, "cut.zip", "^cut\\.zip: .*(damaged or truncated|cannot be read)");
    row("truncated tar.gz", Refusal::TruncatedTarGz, "cut.tar.gz", "^cut\\.tar\\.gz: .*damaged or truncated");
    row("truncated 7z", Refusal::Truncated7z, "cut.7z", "^cut\\.7z.*(damaged or truncated|cannot be read)");
    row("bad crc", Refusal::BadCrc, "crc.zip", "^crc\\.zip: entry \"a\\.txt\" is damaged or truncated \\(.*CRC");
    row("not an archive", Refusal::NotAnArchive, "tool.bin", "^tool\\.bin is neither a supported archive");
    row("text named .zip", Refusal::TextNamedZip, "evidence.zip",
        "^evidence\\.zip is named like an archive but .*text/plain");
    row("rar", Refusal::Rar, "q3.rar", "^q3\\.rar is in RAR format, which Tickmark does not read");
    row("empty file", Refusal::Empty, "empty.pdf", "^empty\\.pdf is empty \\(0 bytes\\)");
    row("total size limit", Refusal::TotalLimit, "big.tar",
        "^big\\.tar: entry \"b\\.bin\" takes the package past its limit of 1\\.0 MiB uncompressed");
    row("ratio bomb", Refusal::RatioBomb, "bomb.zip",
        "^bomb\\.zip: entry \"zeros\\.bin\" expands to more than 200 times its compressed size");
    row("too many entries", Refusal::TooManyEntries, "many.zip", "^many\\.zip: the package has more than 10 entries");
    row("no files", Refusal::NoFiles, "dirs.zip",
        "^dirs\\.zip: the package holds no files to import \\(skipped entries: 1; the first: \"dir/l\": symbolic");
    row("gzip of text", Refusal::GzipNotTar, "log.gz", "^log\\.gz is gzip-compressed but holds no tar archive");
}

void TestEvidenceImport::refusalsChangeNothing()
{
    QFETCH(int, kind);
    QFETCH(QString, name);
    QFETCH(QString, pattern);
    // Content in the tables an import must not touch, and evidence already there.
    QVERIFY(writeFile(path(QStringLiteral("pop.csv")), "ticket,date\nT-1,2026-01-02\nT-2,2026-01-03\n"));
    PopulationImportOptions pop;
    pop.name = QStringLiteral("Tickets");
    pop.controlId = QStringLiteral("C-1");
    TM_VERIFY_OK(m_wp->populations().importFile(path(QStringLiteral("pop.csv")), pop));
    QVERIFY(writeArchive(path(QStringLiteral("first.zip")), Format::Zip, {file("a.txt", "already here\n")}));
    TM_VERIFY_OK(import(path(QStringLiteral("first.zip"))));

    const QString target = path(name);
    EvidenceImportOptions options;
    QVERIFY(buildRefusal(Refusal(kind), target, options));

    const auto before = tableCounts(m_file);
    const auto r = import(target, options);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::ImportFailed);
    QVERIFY2(QRegularExpression(pattern).match(r.error().detail).hasMatch(), qPrintable(r.error().detail));

    auto after = tableCounts(m_file);
    QCOMPARE(after.value(QStringLiteral("audit_event")), before.value(QStringLiteral("audit_event")) + 1);
    after[QStringLiteral("audit_event")] -= 1;
    QCOMPARE(after, before);
    const auto event = m_wp->auditTrail().events()->last();
    QCOMPARE(event.object, QStringLiteral("evidence:%1").arg(name));
    QCOMPARE(event.action, QStringLiteral("refused"));
    QVERIFY(event.summary.contains(QStringLiteral("\"reason\"")));
    QVERIFY(m_wp->auditTrail().verify()->ok);
}

void TestEvidenceImport::cancelLeavesNothing()
{
    QVERIFY(writeArchive(path(QStringLiteral("big.zip")), Format::ZipStored,
                         {file("a.bin", randomBytes(3 << 20, 5)), file("b.bin", randomBytes(3 << 20, 6))}));
    const auto before = tableCounts(m_file);
    EvidenceImportOptions options;
    QList<EvidenceImportProgress> seen;
    options.progress = [&](const EvidenceImportProgress &p) {
        seen.append(p);
        return p.bytes < (4 << 20);
    };
    const auto r = import(path(QStringLiteral("big.zip")), options);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Cancelled);
    QVERIFY2(r.error().detail.contains(QStringLiteral("big.zip")), qPrintable(r.error().detail));
    QCOMPARE(tableCounts(m_file), before); // no rows, no blobs, no audit event
    QVERIFY(seen.size() >= 4);
    QVERIFY(seen.last().bytes >= (4 << 20));
    QCOMPARE(seen.last().sourceSize, QFileInfo(path(QStringLiteral("big.zip"))).size());
    QVERIFY(seen.last().sourceRead > 0);
}

void TestEvidenceImport::nonUtf8NamesAreKeptLosslessly()
{
    QVERIFY(writeArchive(path(QStringLiteral("names.tar")), Format::Ustar,
                         {file("caf\xe9.txt", "latin-1 name\n"), file("dir/\xff\xfe.bin", "bad bytes\n"),
                          file("ok-\xc3\xa9.txt", "utf-8 name\n"), file("tab\there.txt", "control\n")}));
    QVERIFY(writeArchive(path(QStringLiteral("names.zip")), Format::Zip,
                         {file("r\xe9sum\xe9.pdf", "%PDF-1.4\n"), file("\x95\x5c\x8e\xa6.txt", "cp932\n")}));
    for (const QString &name : {QStringLiteral("names.tar"), QStringLiteral("names.zip")})
        TM_VERIFY_OK(import(path(name)));
    QHash<QString, QByteArray> raw;
    const auto items = m_wp->evidence().list();
    TM_VERIFY_OK(items);
    for (const EvidenceItem &item : *items)
        raw.insert(item.path, item.rawPath);
    const QHash<QString, QByteArray> expected{
        {QStringLiteral("caf\\xe9.txt"), QByteArray("caf\xe9.txt")},
        {QStringLiteral("dir/\\xff\\xfe.bin"), QByteArray("dir/\xff\xfe.bin")},
        {QString::fromUtf8("ok-\xc3\xa9.txt"), QByteArray("ok-\xc3\xa9.txt")},
        {QStringLiteral("tab\\x09here.txt"), QByteArray("tab\there.txt")},
        {QStringLiteral("r\\xe9sum\\xe9.pdf"), QByteArray("r\xe9sum\xe9.pdf")},
        {QStringLiteral("\\x95\\\\x8e\\xa6.txt"), QByteArray("\x95\x5c\x8e\xa6.txt")},
    };
    QCOMPARE(raw, expected);
}

void TestEvidenceImport::duplicatePathsAreKeptApart()
{
    QVERIFY(writeArchive(path(QStringLiteral("dups.tar")), Format::Pax,
                         {file("report.pdf", "%PDF-1.4\nfirst\n"), file("report.pdf", "%PDF-1.4\nsecond\n"),
                          file("./report.pdf", "%PDF-1.4\nthird\n"), file("README", "a\n"), file("README", "b\n")}));
    const auto r = import(path(QStringLiteral("dups.tar")));
    TM_VERIFY_OK(r);
    QCOMPARE(paths(*r),
             (QStringList{QStringLiteral("report.pdf"), QStringLiteral("report (2).pdf"),
                          QStringLiteral("report (3).pdf"), QStringLiteral("README"), QStringLiteral("README (2)")}));
    QCOMPARE(r->newBlobs, 5);
    QHash<QString, QByteArray> raw;
    const auto items = m_wp->evidence().list();
    TM_VERIFY_OK(items);
    for (const EvidenceItem &item : *items)
        raw.insert(item.path, item.rawPath);
    QCOMPARE(raw.value(QStringLiteral("report (2).pdf")), QByteArray("report.pdf"));
    QCOMPARE(raw.value(QStringLiteral("report (3).pdf")), QByteArray("./report.pdf"));
}

void TestEvidenceImport::twentyThousandEntries()
{
    constexpr int kEntries = 20000;
    QList<Entry> entries;
    entries.reserve(kEntries);
    for (int i = 0; i < kEntries; ++i)
        entries.append(Entry{QByteArray("tickets/") + QByteArray::number(i).rightJustified(5, '0') + ".txt",
                             QByteArray("ticket ") + QByteArray::number(i) + '\n',
                             AE_IFREG,
                             {}});
    QVERIFY(writeArchive(path(QStringLiteral("many.zip")), Format::Zip, entries));
    QElapsedTimer timer;
    timer.start();
    const auto r = import(path(QStringLiteral("many.zip")));
    const qint64 ms = timer.elapsed();
    TM_VERIFY_OK(r);
    qInfo("imported %d entries in %lld ms", kEntries, ms);
    QCOMPARE(r->files, kEntries);
    QCOMPARE(r->newBlobs, kEntries);
    QCOMPARE(tableCounts(m_file).value(QStringLiteral("evidence_item")), kEntries);
#if defined(__SANITIZE_ADDRESS__)
    constexpr qint64 kLimitMs = 60000; // instrumented build
#else
    constexpr qint64 kLimitMs = 8000;
#endif
    QVERIFY2(ms < kLimitMs, qPrintable(QStringLiteral("%1 ms").arg(ms)));
}

void TestEvidenceImport::largeEntryStreams()
{
    const QByteArray big = randomBytes(30 << 20, 42);
    QVERIFY(writeArchive(path(QStringLiteral("large.zip")), Format::ZipStored,
                         {file("dump/big.bin", big), file("copy/big.bin", big), file("note.txt", "small\n")}));
    const auto r = import(path(QStringLiteral("large.zip")));
    TM_VERIFY_OK(r);
    QCOMPARE(r->files, 3);
    QCOMPARE(r->newBlobs, 2); // the copy was staged, then dropped
    const auto counts = tableCounts(m_file);
    // The 30 MiB file streamed into one numbered store (written once, named at its end); the small one is keyed by
    // its digest; the copy's store is gone.
    QCOMPARE(counts.value(QStringLiteral("evidence_chunk")), 1);
    QCOMPARE(counts.value(QStringLiteral("evidence_store")), 1);
    QCOMPARE(counts.value(QStringLiteral("evidence_store_chunk")), 30);
    QCOMPARE(counts.value(QStringLiteral("evidence_blob")), 2);
    const QString out = path(QStringLiteral("big.out"));
    TM_VERIFY_OK(m_wp->evidence().exportItem(Sha256::hex(big), out));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll() == big);
    const auto report = m_wp->evidence().verify();
    TM_VERIFY_OK(report);
    QVERIFY(report->ok());
    QCOMPARE(report->bytes, big.size() + 6);
    // A changed chunk of a store is found like one of evidence_chunk.
    QVERIFY(rawExec(m_file, "UPDATE evidence_store_chunk SET data = zeroblob(length(data)) WHERE seq = 7"));
    const auto tampered = m_wp->evidence().verify();
    TM_VERIFY_OK(tampered);
    QCOMPARE(tampered->mismatches.size(), 2); // both items hold that content
    QCOMPARE(tampered->mismatches.first().expected, Sha256::hex(big));
}

void TestEvidenceImport::singleFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("mediaType");
    const auto row = [](const char *name, QByteArray content, const char *type) {
        QTest::newRow(name) << QString::fromLatin1(name) << content << QString::fromLatin1(type);
    };
    row("scan.pdf", "%PDF-1.5\n%\xe2\xe3\xcf\xd3\n", "application/pdf");
    row("shot.png", QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), "image/png");
    row("photo.jpg", QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF", 10), "image/jpeg");
    row("users.csv", "id,name\n1,a\n", "text/csv");
    row("export", "a;b;c\n1;2;3\n4;5;6\n", "text/csv"); // CSV by content
    row("notes", "hello auditor\nsecond line\n", "text/plain");
}

void TestEvidenceImport::singleFiles()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, mediaType);
    QVERIFY(writeFile(path(name), content));
    const auto r = import(path(name));
    TM_VERIFY_OK(r);
    QCOMPARE(r->package.format, QStringLiteral("file"));
    QCOMPARE(r->package.sha256, Sha256::hex(content));
    QCOMPARE(r->files, 1);
    QCOMPARE(r->items.first().path, name);
    QCOMPARE(r->items.first().mediaType, mediaType);
    QCOMPARE(r->items.first().sha256, r->package.sha256);
}

void TestEvidenceImport::folderImport()
{
    const QString root = path(QStringLiteral("Q3 evidence"));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/sub")));
    QVERIFY(writeFile(root + QStringLiteral("/a.txt"), "alpha\n"));
    QVERIFY(writeFile(root + QStringLiteral("/sub/b.csv"), "x,y\n1,2\n"));
    QVERIFY(writeFile(root + QStringLiteral("/empty.txt"), {}));
    QVERIFY(QFile::link(root + QStringLiteral("/a.txt"), root + QStringLiteral("/link.txt")));
    QVERIFY(QFile::link(m_dir->path(), root + QStringLiteral("/up")));
    QCOMPARE(::mkfifo(QFile::encodeName(root + QStringLiteral("/pipe")).constData(), 0600), 0);
    const auto r = import(root);
    TM_VERIFY_OK(r);
    QCOMPARE(r->package.format, QStringLiteral("folder"));
    QCOMPARE(r->package.name, QStringLiteral("Q3 evidence"));
    QCOMPARE(paths(*r),
             (QStringList{QStringLiteral("a.txt"), QStringLiteral("empty.txt"), QStringLiteral("sub/b.csv")}));
    QCOMPARE(r->package.size, 14);
    QCOMPARE(r->items.at(1).size, 0);
    const QByteArray manifest = Sha256::hex("alpha\n") + "  a.txt\n" + Sha256::hex("") + "  empty.txt\n" +
                                Sha256::hex("x,y\n1,2\n") + "  sub/b.csv\n";
    QCOMPARE(r->package.sha256, Sha256::hex(manifest));
    QCOMPARE(r->skipped.size(), 3);
    QCOMPARE(r->skipped.at(0).path, QStringLiteral("link.txt"));
    QVERIFY(r->skipped.at(0).reason.startsWith(QStringLiteral("symbolic link to")));
    QCOMPARE(r->skipped.at(1).path, QStringLiteral("pipe"));
    QVERIFY(r->skipped.at(1).reason.contains(QStringLiteral("FIFO")));
    QCOMPARE(r->skipped.at(2).path, QStringLiteral("up"));
    QCOMPARE(m_wp->evidence().readItem(r->items.at(1).sha256, 100).value(), QByteArray());
    QVERIFY(m_wp->evidence().verify()->ok());
}

void TestEvidenceImport::samePackageTwiceAndNameClash()
{
    QVERIFY(writeArchive(path(QStringLiteral("p.zip")), Format::Zip, {file("a.txt", "one\n")}));
    QVERIFY(writeArchive(path(QStringLiteral("q.zip")), Format::Zip, {file("a.txt", "two\n")}));
    TM_VERIFY_OK(import(path(QStringLiteral("p.zip"))));
    const auto events = m_wp->auditTrail().events()->size();
    const auto again = import(path(QStringLiteral("p.zip")));
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
    QVERIFY2(again.error().detail.contains(QStringLiteral("already imported as package \"p.zip\"")),
             qPrintable(again.error().detail));
    QCOMPARE(m_wp->auditTrail().events()->size(), events);
    EvidenceImportOptions options;
    options.name = QStringLiteral("p.zip");
    const auto renamed = import(path(QStringLiteral("q.zip")), options);
    TM_VERIFY_OK(renamed);
    QCOMPARE(renamed->package.name, QStringLiteral("p.zip (2)"));
    QCOMPARE(m_wp->auditTrail().events()->last().object, QStringLiteral("evidence:p.zip (2)"));
}

void TestEvidenceImport::mediaTypes_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *tag, QByteArray head, const char *name, const char *expected) {
        QTest::newRow(tag) << head << QString::fromLatin1(name) << QString::fromLatin1(expected);
    };
    const QByteArray docx("PK\x03\x04\x14\0\0\0\x08\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x13\0\0\0"
                          "[Content_Types].xmlxxxxword/document.xml",
                          70);
    row("pdf, any name", "%PDF-1.7\n", "scan.dat", "application/pdf");
    row("pdf after junk", QByteArray("\0\0junk%PDF-1.4\n", 15), "x", "application/pdf");
    row("png named .jpg", "\x89PNG\r\n\x1a\n", "a.jpg", "image/png");
    row("gif", QByteArray("GIF89a\x01\0", 8), "a", "image/gif");
    row("tiff", QByteArray("II*\0\x08\0\0\0", 8), "a", "image/tiff");
    row("docx", docx, "f", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    row("xlsx by name", "PK\x03\x04", "Book.XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    row("zip", "PK\x03\x04", "a.zip", "application/zip");
    row("ole xls", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "old.xls", "application/vnd.ms-excel");
    row("7z", "7z\xBC\xAF\x27\x1C", "a", "application/x-7z-compressed");
    row("gzip", "\x1F\x8B\x08", "a", "application/gzip");
    row("csv by name", "just one line", "a.csv", "text/csv");
    row("csv by content", "a,\"b,c\",d\n1,\"2,3\",4\n", "data", "text/csv");
    row("tsv by content", "a\tb\n1\t2\n", "data", "text/tab-separated-values");
    row("ragged is plain", "a,b\n1\n2,3,4\n", "data", "text/plain");
    row("utf-16 text", QByteArray("\xFF\xFEh\0i\0", 6), "a.txt", "text/plain");
    row("json", "{\"a\": 1}", "a.json", "application/json");
    row("xml", "<?xml version=\"1.0\"?><a/>", "a", "application/xml");
    row("html", "  <!DOCTYPE html><html>", "a", "text/html");
    row("binary", QByteArray("\x7F\x45LF\x02\x01\x01\0\0", 9), "a.pdf", "application/octet-stream");
    row("empty", QByteArray(), "a.txt", "text/plain");
}

void TestEvidenceImport::mediaTypes()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(sniffMediaType(head, name), expected);
}

void TestEvidenceImport::pathPolicy_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("normalized");
    QTest::addColumn<QString>("problem");
    const auto row = [](const char *tag, const char *raw, const char *normalized, const char *problem) {
        QTest::newRow(tag) << QByteArray(raw) << QByteArray(normalized) << QString::fromLatin1(problem);
    };
    row("plain", "a/b.txt", "a/b.txt", "");
    row("dot segments", "./a//./b.txt", "a/b.txt", "");
    row("dots in a name", "a/..b/c..", "a/..b/c..", "");
    row("dotdot", "a/../../b", "", "climbs out");
    row("trailing dotdot", "a/..", "", "climbs out");
    row("absolute", "/a", "", "absolute");
    row("unc", "\\\\server\\share\\a", "", "absolute");
    row("drive", "c:a.txt", "", "absolute");
    row("only dots", "./.", "", "no name");
}

void TestEvidenceImport::pathPolicy()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, normalized);
    QFETCH(QString, problem);
    const EntryPathCheck check = checkEntryPath(raw);
    QCOMPARE(check.problem.isEmpty(), problem.isEmpty());
    QVERIFY2(check.problem.contains(problem), qPrintable(check.problem));
    if (problem.isEmpty())
        QCOMPARE(check.normalized, normalized);

    QCOMPARE(displayPath("ok/\xc3\xa9\xff\x01"), QString::fromUtf8("ok/\xc3\xa9\\xff\\x01"));
    QCOMPARE(displayPath("\xed\xa0\x80"), QStringLiteral("\\xed\\xa0\\x80")); // an encoded surrogate is not UTF-8
    QSet<QString> used;
    QCOMPARE(uniquePath(QStringLiteral("a/.profile"), used), QStringLiteral("a/.profile"));
    QCOMPARE(uniquePath(QStringLiteral("a/.profile"), used), QStringLiteral("a/.profile (2)"));
    QCOMPARE(uniquePath(QStringLiteral("x.tar.gz"), used), QStringLiteral("x.tar.gz"));
    QCOMPARE(uniquePath(QStringLiteral("x.tar.gz"), used), QStringLiteral("x.tar (2).gz"));
}

void TestEvidenceImport::readAheadDeliversWhatItsSourceDelivers()
{
    const QByteArray big = randomBytes(100'000, 7);
    ListSource inner(
        {sourceItem("a.txt", SourceEntry::Kind::File, "alpha"), sourceItem("dir", SourceEntry::Kind::Directory, {}),
         sourceItem("link", SourceEntry::Kind::Symlink, "target bytes the importer never reads"),
         sourceItem("big.bin", SourceEntry::Kind::File, big), sourceItem("empty.txt", SourceEntry::Kind::File, {})});
    // Blocks of 1000 bytes, at most 3 in flight: the queue fills and drains many times over big.bin.
    ReadAheadSource ahead(inner, &EvidenceImporter::readsData, 3, 1000);
    QStringList names;
    QList<QByteArray> data;
    SourceEntry entry;
    for (;;) {
        const auto more = ahead.next(entry);
        TM_VERIFY_OK(more);
        if (!*more)
            break;
        names << QString::fromUtf8(entry.rawPath);
        const auto bytes = readAll(ahead, 4096);
        TM_VERIFY_OK(bytes);
        data << *bytes;
    }
    QCOMPARE(names, QStringLiteral("a.txt dir link big.bin empty.txt").split(QLatin1Char(' ')));
    QCOMPARE(data, QList<QByteArray>({"alpha", {}, {}, big, {}}));
    // Only what the importer reads was read: not the link's bytes.
    QCOMPARE(inner.delivered, 5 + big.size());
    QCOMPARE(ahead.sourceBytesRead(), inner.sourceBytesRead());
    QCOMPARE(*ahead.next(entry), false); // and stays at the end
}

void TestEvidenceImport::readAheadSkipsTheRestOfAnEntry()
{
    const QByteArray first = randomBytes(50'000, 1);
    ListSource inner({sourceItem("first", SourceEntry::Kind::File, first),
                      sourceItem("second", SourceEntry::Kind::File, "second's bytes")});
    ReadAheadSource ahead(inner, &EvidenceImporter::readsData, 2, 512);
    SourceEntry entry;
    QVERIFY(*ahead.next(entry));
    char head[100];
    QCOMPARE(*ahead.read(head, sizeof head), qint64(sizeof head));
    QCOMPARE(QByteArray(head, sizeof head), first.first(sizeof head));
    QVERIFY(*ahead.next(entry)); // without reading the rest of "first"
    QCOMPARE(entry.rawPath, QByteArray("second"));
    QCOMPARE(*readAll(ahead, 3), QByteArray("second's bytes"));
}

void TestEvidenceImport::readAheadPassesErrorsOn()
{
    ListSource::Item broken = sourceItem("broken.bin", SourceEntry::Kind::File, randomBytes(10'000, 2));
    broken.failInData = true;
    {
        ListSource inner({sourceItem("ok.txt", SourceEntry::Kind::File, "fine"), broken});
        ReadAheadSource ahead(inner, &EvidenceImporter::readsData, 4, 256);
        SourceEntry entry;
        QVERIFY(*ahead.next(entry));
        QCOMPARE(*readAll(ahead, 64), QByteArray("fine"));
        QVERIFY(*ahead.next(entry));
        const auto bytes = readAll(ahead, 64);
        QVERIFY(!bytes);
        QCOMPARE(bytes.error().detail, QStringLiteral("crc error"));
        QCOMPARE(*ahead.next(entry), false);
    }
    {
        ListSource inner({sourceItem("ok.txt", SourceEntry::Kind::File, "fine")}, true);
        ReadAheadSource ahead(inner, &EvidenceImporter::readsData);
        SourceEntry entry;
        QVERIFY(*ahead.next(entry));
        const auto more = ahead.next(entry); // the data was not read: skipped, then the end fails
        QVERIFY(!more);
        QCOMPARE(more.error().detail, QStringLiteral("truncated"));
    }
}

void TestEvidenceImport::readAheadStopsWhenDestroyed()
{
    QList<ListSource::Item> items;
    for (int i = 0; i < 200; ++i)
        items << sourceItem("file", SourceEntry::Kind::File, randomBytes(10'000, quint32(i)));
    ListSource inner(items);
    {
        ReadAheadSource ahead(inner, &EvidenceImporter::readsData, 4, 1000);
        SourceEntry entry;
        QVERIFY(*ahead.next(entry));
        char byte = 0;
        QCOMPARE(*ahead.read(&byte, 1), qint64(1));
        QTest::qWait(50); // let the worker fill its queue
    }                     // an import that fails or is cancelled here must neither hang nor read on
    QVERIFY2(inner.delivered <= 6 * 1000, qPrintable(QString::number(inner.delivered)));
}

QTEST_GUILESS_MAIN(TestEvidenceImport)
#include "tst_evidenceimport.moc"
