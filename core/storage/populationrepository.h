// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "population/population.h"

#include <memory>
#include <optional>

struct sqlite3_stmt;

namespace Tickmark::Core {

class Database;

/// Fast row insertion for one population through SQLite's C API (one prepared statement reused for every row).
/// Use inside the import's transaction; not thread-safe.
class PopulationRowWriter final
{
public:
    ~PopulationRowWriter();
    PopulationRowWriter(const PopulationRowWriter &) = delete;
    PopulationRowWriter &operator=(const PopulationRowWriter &) = delete;

    /// Stores encoded row @p rowNo (1-based).
    Result<void> add(qint64 rowNo, QByteArrayView encoded);

private:
    friend class PopulationRepository;
    PopulationRowWriter(sqlite3_stmt *statement, qint64 populationId) : m_stmt(statement), m_populationId(populationId) {}
    sqlite3_stmt *m_stmt;
    qint64 m_populationId;
};

/// Storage of populations, their rows and their samples.
class PopulationRepository final
{
public:
    explicit PopulationRepository(const Database &db) : m_db(db) {}

    /// Inserts the population's header record (rowCount as given) and returns its id.
    Result<qint64> insert(const PopulationInfo &info);
    Result<void> setRowCount(qint64 id, qint64 rows);
    Result<std::unique_ptr<PopulationRowWriter>> rowWriter(qint64 populationId);
    Result<QList<PopulationInfo>> list() const;
    Result<std::optional<PopulationInfo>> find(const QString &name) const;
    /// Encoded rows [first, first + count).
    Result<QList<QByteArray>> rows(qint64 populationId, qint64 first, int count) const;
    Result<QList<QByteArray>> rowsByNumber(qint64 populationId, const QList<qint64> &numbers) const;
    Result<void> remove(qint64 id);
    /// Names of populations that belong to control @p controlId.
    Result<QStringList> namesForControl(const QString &controlId) const;

private:
    Result<QList<PopulationInfo>> select(const QString &where, const QVariantList &binds) const;
    const Database &m_db;
};

/// A stored sample as kept in storage.
struct SampleRecord
{
    QString method;
    QString seed;
    QString basis;
    QList<qint64> rows;
    QString drawnAt;
    QString drawnBy;
};

/// Storage of samples (one per population) and workpaper-level settings.
class SampleRepository final
{
public:
    explicit SampleRepository(const Database &db) : m_db(db) {}

    Result<std::optional<SampleRecord>> find(qint64 populationId) const;
    /// Replaces the population's sample with @p sample.
    Result<void> save(qint64 populationId, const SampleRecord &sample);
    /// Appends @p rows after the items of the population's stored sample, which stays (with its id, its items and
    /// the results recorded on them); NotFound when the population has no sample.
    Result<void> append(qint64 populationId, const QList<qint64> &rows);

    /// A workpaper setting from the meta table, or empty.
    Result<QString> setting(const QString &key) const;
    Result<void> setSetting(const QString &key, const QString &value);

private:
    const Database &m_db;
};

} // namespace Tickmark::Core
