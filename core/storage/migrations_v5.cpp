// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

namespace Tickmark::Core::Migrations {

// Version 5: evidence search index, effective dates and the request (PBC) list.
// evidence_text holds the extracted text of each content (by SHA-256; one row per PDF page, text files in segments
// with page 0) in an FTS5 index; evidence_text_state records which contents were looked at, so indexing is
// incremental. Effective dates live in evidence_item.effective_date (v3). Requests keep their status history;
// evidence_package.request_ref (v3) names the request a package answers.
QStringList version5()
{
    return {
        QStringLiteral("CREATE VIRTUAL TABLE evidence_text USING fts5("
                       " sha256 UNINDEXED, page UNINDEXED, text,"
                       " tokenize = 'unicode61 remove_diacritics 2')"),
        QStringLiteral("CREATE TABLE evidence_text_state ("
                       " sha256 TEXT PRIMARY KEY REFERENCES evidence_blob(sha256) ON DELETE CASCADE,"
                       " status TEXT NOT NULL CHECK (status IN ('indexed', 'skipped', 'failed')),"
                       " pages INTEGER NOT NULL DEFAULT 0, detail TEXT NOT NULL DEFAULT '',"
                       " indexed_at TEXT NOT NULL) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE request ("
                       " id INTEGER PRIMARY KEY, ref TEXT NOT NULL UNIQUE, description TEXT NOT NULL,"
                       " owner TEXT NOT NULL DEFAULT '', due TEXT,"
                       " status TEXT NOT NULL CHECK (status IN ('open', 'received', 'accepted', 'rejected')))"),
        QStringLiteral("CREATE TABLE request_control ("
                       " request_id INTEGER NOT NULL REFERENCES request(id) ON DELETE CASCADE,"
                       " control_id INTEGER NOT NULL REFERENCES control(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " PRIMARY KEY (request_id, control_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE request_status_history ("
                       " id INTEGER PRIMARY KEY,"
                       " request_id INTEGER NOT NULL REFERENCES request(id) ON DELETE CASCADE,"
                       " status TEXT NOT NULL CHECK (status IN ('open', 'received', 'accepted', 'rejected')),"
                       " note TEXT NOT NULL DEFAULT '', changed_by TEXT NOT NULL, changed_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX request_status_history_by_request ON request_status_history (request_id)"),
        QStringLiteral("CREATE INDEX evidence_package_by_request ON evidence_package (request_ref)"),
    };
}

} // namespace Tickmark::Core::Migrations
