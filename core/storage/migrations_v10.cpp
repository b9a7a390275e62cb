// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

namespace Tickmark::Core::Migrations {

// Version 10: large contents are written once. A file too large to hold in memory until its digest is known used to
// be written under a staging key of evidence_chunk and renamed to its digest at its end, and renaming a key of a
// WITHOUT ROWID table rewrites every 1 MiB chunk. Now such a file is written under a numbered store
// (evidence_store, its digest NULL while it streams) whose digest is filled in at the end, one small row; a store
// that turns out to hold content already stored is deleted. Content written before keeps its evidence_chunk rows:
// a blob's chunks are in exactly one of the two tables.
QStringList version10()
{
    return {
        QStringLiteral("CREATE TABLE evidence_store ("
                       " id INTEGER PRIMARY KEY,"
                       " sha256 TEXT UNIQUE REFERENCES evidence_blob(sha256) ON DELETE CASCADE)"),
        QStringLiteral("CREATE TABLE evidence_store_chunk ("
                       " store_id INTEGER NOT NULL REFERENCES evidence_store(id) ON DELETE CASCADE,"
                       " seq INTEGER NOT NULL, data BLOB NOT NULL,"
                       " PRIMARY KEY (store_id, seq)) WITHOUT ROWID"),
    };
}

} // namespace Tickmark::Core::Migrations
