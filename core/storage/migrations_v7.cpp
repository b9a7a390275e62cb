// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

namespace Tickmark::Core::Migrations {

// Version 7: the report. The firm's edited templates (by key; a missing key means Tickmark's default wording), the
// description of the system per part as rich text (HTML), and one settings row: the opinion choice (the proposal
// from the criteria results, or an explicit adverse opinion or disclaimer with its reason) and the paper size.
QStringList version7()
{
    return {
        QStringLiteral("CREATE TABLE report_template ("
                       " key TEXT PRIMARY KEY, text TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL, updated_by TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE report_description ("
                       " part TEXT PRIMARY KEY, html TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL, updated_by TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE report_setting ("
                       " id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " opinion TEXT NOT NULL DEFAULT 'proposed'"
                       " CHECK (opinion IN ('proposed', 'adverse', 'disclaimer')),"
                       " opinion_reason TEXT NOT NULL DEFAULT '',"
                       " paper TEXT NOT NULL DEFAULT 'a4' CHECK (paper IN ('a4', 'letter')))"),
        QStringLiteral("INSERT INTO report_setting (id) VALUES (1)"),
    };
}

} // namespace Tickmark::Core::Migrations
