// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// EvidenceTreeModel: packages → folders → files from a zip built here, sizes, hashes, keys, reload on import.
#include "evidence/evidenceservice.h"
#include "evidence/evidencetreemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QtTest>

#include <archive.h>
#include <archive_entry.h>

using namespace Tickmark;
using namespace Tickmark::Core;

namespace {

/// Writes a zip holding @p files (name → bytes) in the given order.
bool writeZip(const QString &path, const QList<std::pair<QByteArray, QByteArray>> &files)
{
    archive *a = archive_write_new();
    archive_write_set_format_zip(a);
    bool ok = archive_write_open_filename(a, QFile::encodeName(path).constData()) == ARCHIVE_OK;
    for (const auto &[name, data] : files) {
        archive_entry *entry = archive_entry_new();
        archive_entry_copy_pathname(entry, name.constData());
        archive_entry_set_perm(entry, 0644);
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_size(entry, data.size());
        ok = ok && archive_write_header(a, entry) == ARCHIVE_OK;
        if (ok && !data.isEmpty())
            ok = archive_write_data(a, data.constData(), size_t(data.size())) == data.size();
        archive_entry_free(entry);
    }
    ok = archive_write_close(a) == ARCHIVE_OK && ok;
    archive_write_free(a);
    return ok;
}

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestEvidenceTreeModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyWorkpaperHasNoRows();
    void showsPackagesFoldersAndFiles();
    void followsImports();

private:
    QString importZip(const QString &name, const QList<std::pair<QByteArray, QByteArray>> &files);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workpaper> m_wp;
};

void TestEvidenceTreeModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_wp = Test::createWorkpaper(m_dir->filePath(QStringLiteral("tree.tickmark")));
    QVERIFY(m_wp);
}

void TestEvidenceTreeModel::cleanup()
{
    m_wp.reset();
    m_dir.reset();
}

QString TestEvidenceTreeModel::importZip(const QString &name, const QList<std::pair<QByteArray, QByteArray>> &files)
{
    const QString path = m_dir->filePath(name);
    if (!writeZip(path, files))
        return QStringLiteral("cannot write %1").arg(path);
    auto result = m_wp->evidence().importPackage(path, {});
    return result ? QString() : result.error().detail;
}

void TestEvidenceTreeModel::emptyWorkpaperHasNoRows()
{
    EvidenceTreeModel model(*m_wp);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(EvidenceTreeModel::ColumnCount));
    QCOMPARE(model.headerData(EvidenceTreeModel::Sha256Column, Qt::Horizontal).toString(), QStringLiteral("SHA-256"));
}

void TestEvidenceTreeModel::showsPackagesFoldersAndFiles()
{
    const QByteArray policy = "Access reviews are performed quarterly.\n";
    const QByteArray csv = QByteArray("user,role\nalice,admin\n").repeated(100);
    const QByteArray readme = "Evidence for Q1.\n";
    QCOMPARE(importZip(QStringLiteral("q1.zip"), {{"readme.txt", readme},
                                                  {"docs/sub/users.csv", csv},
                                                  {"docs/policy.txt", policy}}),
             QString());

    EvidenceTreeModel model(*m_wp);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex package = model.index(0, 0);
    QCOMPARE(package.data().toString(), QStringLiteral("q1.zip"));
    QCOMPARE(package.data(EvidenceTreeModel::NodeKindRole).toInt(), int(EvidenceTreeModel::NodeKind::Package));
    QCOMPARE(model.index(0, EvidenceTreeModel::TypeColumn).data().toString(), QStringLiteral("zip package"));
    QCOMPARE(package.data(EvidenceTreeModel::Sha256Role).toByteArray(),
             Test::fileSha256(m_dir->filePath(QStringLiteral("q1.zip"))));

    // Folders first, then files, each by name.
    QCOMPARE(model.rowCount(package), 2);
    const QModelIndex docs = model.index(0, 0, package);
    QCOMPARE(docs.data().toString(), QStringLiteral("docs"));
    QCOMPARE(docs.data(EvidenceTreeModel::NodeKindRole).toInt(), int(EvidenceTreeModel::NodeKind::Folder));
    QCOMPARE(docs.data(EvidenceTreeModel::NodeKeyRole).toString(), QStringLiteral("q1.zip/docs/"));
    QCOMPARE(docs.siblingAtColumn(EvidenceTreeModel::SizeColumn).data(EvidenceTreeModel::SortRole).toLongLong(),
             qint64(policy.size() + csv.size()));
    QCOMPARE(model.index(1, 0, package).data().toString(), QStringLiteral("readme.txt"));
    QCOMPARE(model.rowCount(docs), 2);
    QCOMPARE(model.index(0, 0, docs).data().toString(), QStringLiteral("sub"));
    QCOMPARE(model.index(1, 0, docs).data().toString(), QStringLiteral("policy.txt"));

    const QModelIndex users = model.indexOfKey(QStringLiteral("q1.zip/docs/sub/users.csv"));
    QVERIFY(users.isValid());
    QCOMPARE(users.data().toString(), QStringLiteral("users.csv"));
    QCOMPARE(users.parent().data().toString(), QStringLiteral("sub"));
    const EvidenceItem *item = model.itemAt(users);
    QVERIFY(item);
    QCOMPARE(item->path, QStringLiteral("docs/sub/users.csv"));
    QCOMPARE(item->size, qint64(csv.size()));
    QCOMPARE(users.siblingAtColumn(EvidenceTreeModel::SizeColumn).data().toString(),
             QLocale().formattedDataSize(csv.size()));
    QCOMPARE(users.siblingAtColumn(EvidenceTreeModel::SizeColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("%1 bytes").arg(QLocale().toString(csv.size())));
    QCOMPARE(users.data(EvidenceTreeModel::Sha256Role).toByteArray(), sha256Hex(csv));
    QCOMPARE(users.siblingAtColumn(EvidenceTreeModel::Sha256Column).data().toString(),
             QString::fromLatin1(sha256Hex(csv).left(12)) + QChar(0x2026));
    QVERIFY(users.siblingAtColumn(EvidenceTreeModel::Sha256Column)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QString::fromLatin1(sha256Hex(csv))));
    QCOMPARE(users.siblingAtColumn(EvidenceTreeModel::TypeColumn).data().toString(), QStringLiteral("text/csv"));
    QCOMPARE(users.data(EvidenceTreeModel::ItemIdRole).toLongLong(), item->id);
    QCOMPARE(model.indexOfItem(item->id), users);
    QCOMPARE(model.itemAt(docs), nullptr);
    QCOMPARE(model.packageAt(users)->name, QStringLiteral("q1.zip"));
    QCOMPARE(model.items().size(), 3);
}

void TestEvidenceTreeModel::followsImports()
{
    EvidenceTreeModel model(*m_wp);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QCOMPARE(importZip(QStringLiteral("a.zip"), {{"one.txt", "one\n"}}), QString());
    QVERIFY(reset.count() >= 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(importZip(QStringLiteral("b.zip"), {{"two.txt", "two\n"}, {"three.txt", "three\n"}}), QString());
    QCOMPARE(model.rowCount(), 2);
    // Packages stay in import order.
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("b.zip"));
    QCOMPARE(model.rowCount(model.index(1, 0)), 2);
    QCOMPARE(model.index(0, 0, model.index(1, 0)).data().toString(), QStringLiteral("three.txt"));
}

QTEST_GUILESS_MAIN(TestEvidenceTreeModel)
#include "tst_evidencetreemodel.moc"
