// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace Tickmark::Core {

class Database;

/// The report's stored settings (keys as in the schema: opinion "proposed" | "adverse" | "disclaimer", paper
/// "a4" | "letter").
struct ReportSettingsRow
{
    QString opinion = QStringLiteral("proposed");
    QString opinionReason;
    QString paper = QStringLiteral("a4");
};

/// Storage of report templates, the description of the system and the opinion choice (schema version 7).
class ReportRepository final
{
public:
    explicit ReportRepository(const Database &db)
        : m_db(db)
    {}

    /// The firm's templates by key.
    Result<QMap<QString, QString>> templates() const;
    /// Inserts or replaces template @p key.
    Result<void> setTemplate(const QString &key, const QString &text, const QDateTime &at, const QString &by);
    /// Removes template @p key (back to the default); true when one was stored.
    Result<bool> removeTemplate(const QString &key);

    /// The description parts (HTML) by part key.
    Result<QMap<QString, QString>> descriptions() const;
    /// Inserts or replaces part @p part; an empty @p html removes it.
    Result<void> setDescription(const QString &part, const QString &html, const QDateTime &at, const QString &by);

    Result<ReportSettingsRow> settings() const;
    Result<void> saveSettings(const ReportSettingsRow &settings);

private:
    Result<QMap<QString, QString>> keyed(const QString &sql) const;
    const Database &m_db;
};

} // namespace Tickmark::Core
