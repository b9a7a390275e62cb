// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportrepository.h"

#include "database.h"

#include <QSqlQuery>

namespace Tickmark::Core {

Result<QMap<QString, QString>> ReportRepository::keyed(const QString &sql) const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(sql))
        return dbError(q);
    QMap<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

Result<QMap<QString, QString>> ReportRepository::templates() const
{
    return keyed(QStringLiteral("SELECT key, text FROM report_template ORDER BY key"));
}

Result<void> ReportRepository::setTemplate(const QString &key, const QString &text, const QDateTime &at,
                                           const QString &by)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO report_template (key, text, updated_at, updated_by)"
                             " VALUES (?, ?, ?, ?)"));
    q.addBindValue(key);
    q.addBindValue(notNull(text));
    q.addBindValue(at.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(notNull(by));
    if (!q.exec())
        return dbError(q);
    return {};
}

Result<bool> ReportRepository::removeTemplate(const QString &key)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM report_template WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return dbError(q);
    return q.numRowsAffected() > 0;
}

Result<QMap<QString, QString>> ReportRepository::descriptions() const
{
    return keyed(QStringLiteral("SELECT part, html FROM report_description ORDER BY part"));
}

Result<void> ReportRepository::setDescription(const QString &part, const QString &html, const QDateTime &at,
                                              const QString &by)
{
    QSqlQuery q(m_db.connection());
    if (html.trimmed().isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM report_description WHERE part = ?"));
        q.addBindValue(part);
    } else {
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO report_description (part, html, updated_at, updated_by)"
                                 " VALUES (?, ?, ?, ?)"));
        q.addBindValue(part);
        q.addBindValue(html);
        q.addBindValue(at.toUTC().toString(Qt::ISODateWithMs));
        q.addBindValue(notNull(by));
    }
    if (!q.exec())
        return dbError(q);
    return {};
}

Result<ReportSettingsRow> ReportRepository::settings() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT opinion, opinion_reason, paper FROM report_setting WHERE id = 1")))
        return dbError(q);
    ReportSettingsRow row;
    if (q.next()) {
        row.opinion = q.value(0).toString();
        row.opinionReason = q.value(1).toString();
        row.paper = q.value(2).toString();
    }
    return row;
}

Result<void> ReportRepository::saveSettings(const ReportSettingsRow &settings)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO report_setting (id, opinion, opinion_reason, paper)"
                             " VALUES (1, ?, ?, ?)"));
    q.addBindValue(settings.opinion);
    q.addBindValue(notNull(settings.opinionReason));
    q.addBindValue(settings.paper);
    if (!q.exec())
        return dbError(q);
    return {};
}

} // namespace Tickmark::Core
