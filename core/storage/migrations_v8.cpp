// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

namespace Tickmark::Core::Migrations {

// Version 8: evidence references of test results. A result cell (sample item and attribute) names the evidence items
// (and pages) it rests on. A reference belongs to its result: clearing the result, removing the attribute or
// redrawing the sample deletes it (cascade through test_result). An evidence item that a test refers to cannot be
// deleted (RESTRICT): a documented test must not lose its evidence silently. The page is 1-based; 0 stands for the
// whole document, because a key column cannot be NULL in PostgreSQL (or a WITHOUT ROWID table) and SQLite would
// treat two NULL pages as different keys.
QStringList version8()
{
    return {
        QStringLiteral("CREATE TABLE test_result_evidence ("
                       " sample_id INTEGER NOT NULL, row_no INTEGER NOT NULL, attribute_id INTEGER NOT NULL,"
                       " evidence_id INTEGER NOT NULL REFERENCES evidence_item(id) ON DELETE RESTRICT,"
                       " page INTEGER NOT NULL DEFAULT 0 CHECK (page >= 0),"
                       " label TEXT NOT NULL DEFAULT '',"
                       " added_at TEXT NOT NULL, added_by TEXT NOT NULL,"
                       " PRIMARY KEY (sample_id, row_no, attribute_id, evidence_id, page),"
                       " FOREIGN KEY (sample_id, row_no, attribute_id)"
                       " REFERENCES test_result(sample_id, row_no, attribute_id) ON DELETE CASCADE) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX test_result_evidence_by_item ON test_result_evidence (evidence_id)"),
    };
}

} // namespace Tickmark::Core::Migrations
