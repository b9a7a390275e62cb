// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

namespace Tickmark::Core::Migrations {

namespace {

// Version 1: engagement, scope lists, controls and their criteria, and the append-only audit trail.
// Keep SQL portable (PostgreSQL later) where it costs nothing: TEXT dates in ISO 8601, INTEGER booleans.
QStringList version1()
{
    return {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE engagement ("
                       " id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " client TEXT NOT NULL, system TEXT NOT NULL,"
                       " report_type INTEGER NOT NULL CHECK (report_type IN (1, 2)),"
                       " as_of TEXT, period_from TEXT, period_to TEXT,"
                       " categories TEXT NOT NULL,"
                       " firm TEXT NOT NULL DEFAULT '', firm_city TEXT NOT NULL DEFAULT '',"
                       " partner TEXT NOT NULL DEFAULT '',"
                       " issued_at TEXT, created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE subservice_org ("
                       " id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, services TEXT NOT NULL,"
                       " method TEXT NOT NULL CHECK (method IN ('carve-out', 'inclusive')),"
                       " csocs TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE cuec (id INTEGER PRIMARY KEY, text TEXT NOT NULL, position INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE cuec_criterion ("
                       " cuec_id INTEGER NOT NULL REFERENCES cuec(id) ON DELETE CASCADE,"
                       " criterion_id TEXT NOT NULL, PRIMARY KEY (cuec_id, criterion_id))"),
        QStringLiteral("CREATE TABLE control ("
                       " id INTEGER PRIMARY KEY, ref TEXT NOT NULL UNIQUE, description TEXT NOT NULL,"
                       " frequency TEXT NOT NULL, type TEXT NOT NULL, owner TEXT NOT NULL DEFAULT '',"
                       " key_control INTEGER NOT NULL DEFAULT 0, position INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE control_criterion ("
                       " control_id INTEGER NOT NULL REFERENCES control(id) ON DELETE CASCADE,"
                       " criterion_id TEXT NOT NULL, PRIMARY KEY (control_id, criterion_id))"),
        QStringLiteral("CREATE INDEX control_criterion_by_criterion ON control_criterion (criterion_id)"),
        QStringLiteral("CREATE TABLE audit_event ("
                       " seq INTEGER PRIMARY KEY, at TEXT NOT NULL, user_name TEXT NOT NULL,"
                       " initials TEXT NOT NULL, role TEXT NOT NULL, object TEXT NOT NULL,"
                       " action TEXT NOT NULL, summary TEXT NOT NULL,"
                       " prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"),
        QStringLiteral("CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event"
                       " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
        QStringLiteral("CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event"
                       " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
    };
}

// Version 2: populations (rows stored as encoded blobs, numbered from 1 in file order) and their samples.
QStringList version2()
{
    return {
        QStringLiteral("CREATE TABLE population ("
                       " id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
                       " control_id INTEGER REFERENCES control(id),"
                       " source_name TEXT NOT NULL, source_sha256 TEXT NOT NULL, encoding TEXT NOT NULL,"
                       " sheet TEXT NOT NULL DEFAULT '', columns TEXT NOT NULL, row_count INTEGER NOT NULL,"
                       " imported_at TEXT NOT NULL, imported_by TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX population_by_control ON population (control_id)"),
        QStringLiteral("CREATE TABLE population_row ("
                       " population_id INTEGER NOT NULL REFERENCES population(id) ON DELETE CASCADE,"
                       " row_no INTEGER NOT NULL, data BLOB NOT NULL,"
                       " PRIMARY KEY (population_id, row_no)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE sample ("
                       " id INTEGER PRIMARY KEY,"
                       " population_id INTEGER NOT NULL UNIQUE REFERENCES population(id) ON DELETE CASCADE,"
                       " method TEXT NOT NULL CHECK (method IN ('random', 'systematic')),"
                       " seed TEXT NOT NULL, basis TEXT NOT NULL DEFAULT '',"
                       " drawn_at TEXT NOT NULL, drawn_by TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE sample_item ("
                       " sample_id INTEGER NOT NULL REFERENCES sample(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL, row_no INTEGER NOT NULL,"
                       " PRIMARY KEY (sample_id, position)) WITHOUT ROWID"),
    };
}

// Version 3: evidence. Content is stored once per SHA-256 (evidence_blob) in 1 MiB chunks (evidence_chunk), so a
// file of any size streams in and out with bounded memory; items name their package, path and content. The chunk
// foreign key is deferred because the importer stages a large file's chunks before its digest is known.
QStringList version3()
{
    return {
        QStringLiteral("CREATE TABLE evidence_package ("
                       " id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, sha256 TEXT NOT NULL,"
                       " size INTEGER NOT NULL, format TEXT NOT NULL,"
                       " imported_at TEXT NOT NULL, imported_by TEXT NOT NULL, request_ref TEXT)"),
        QStringLiteral("CREATE INDEX evidence_package_by_sha256 ON evidence_package (sha256)"),
        QStringLiteral("CREATE TABLE evidence_blob ("
                       " sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL CHECK (size >= 0)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE evidence_chunk ("
                       " sha256 TEXT NOT NULL"
                       " REFERENCES evidence_blob(sha256) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,"
                       " seq INTEGER NOT NULL, data BLOB NOT NULL,"
                       " PRIMARY KEY (sha256, seq)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE evidence_item ("
                       " id INTEGER PRIMARY KEY,"
                       " package_id INTEGER NOT NULL REFERENCES evidence_package(id) ON DELETE CASCADE,"
                       " path TEXT NOT NULL, raw_path BLOB NOT NULL,"
                       " sha256 TEXT NOT NULL REFERENCES evidence_blob(sha256),"
                       " size INTEGER NOT NULL, media_type TEXT NOT NULL,"
                       " received_at TEXT NOT NULL, effective_date TEXT, imported_by TEXT NOT NULL,"
                       " UNIQUE (package_id, path))"),
        QStringLiteral("CREATE INDEX evidence_item_by_sha256 ON evidence_item (sha256)"),
        QStringLiteral("CREATE TABLE evidence_control_link ("
                       " item_id INTEGER NOT NULL REFERENCES evidence_item(id) ON DELETE CASCADE,"
                       " control_id INTEGER NOT NULL REFERENCES control(id) ON DELETE CASCADE,"
                       " PRIMARY KEY (item_id, control_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX evidence_control_link_by_control ON evidence_control_link (control_id)"),
    };
}

// Version 4: tests of controls. A control's procedures (how it is tested) and attributes (what is checked on each
// sample item, lettered A, B, C…), and one result per sample item and attribute. Results belong to a sample, so a
// redraw (which deletes the old sample) discards them; extending a sample keeps its items and so its results.
QStringList version4()
{
    return {
        QStringLiteral("CREATE TABLE test_procedure ("
                       " id INTEGER PRIMARY KEY,"
                       " control_id INTEGER NOT NULL REFERENCES control(id) ON DELETE CASCADE,"
                       " kind TEXT NOT NULL CHECK (kind IN ('inquiry', 'observation', 'inspection', 'reperformance')),"
                       " text TEXT NOT NULL, position INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX test_procedure_by_control ON test_procedure (control_id)"),
        QStringLiteral("CREATE TABLE test_attribute ("
                       " id INTEGER PRIMARY KEY,"
                       " control_id INTEGER NOT NULL REFERENCES control(id) ON DELETE CASCADE,"
                       " letter TEXT NOT NULL, text TEXT NOT NULL,"
                       " UNIQUE (control_id, letter))"),
        QStringLiteral("CREATE TABLE test_result ("
                       " sample_id INTEGER NOT NULL REFERENCES sample(id) ON DELETE CASCADE,"
                       " row_no INTEGER NOT NULL,"
                       " attribute_id INTEGER NOT NULL REFERENCES test_attribute(id) ON DELETE CASCADE,"
                       " result TEXT NOT NULL CHECK (result IN ('pass', 'deviation', 'na')),"
                       " note TEXT NOT NULL DEFAULT '',"
                       " recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL,"
                       " PRIMARY KEY (sample_id, row_no, attribute_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX test_result_by_attribute ON test_result (attribute_id)"),
        QStringLiteral("CREATE INDEX control_by_position ON control (position)"),
    };
}

} // namespace

const QList<Step> &steps()
{
    static const QList<Step> ladder{
        {1, version1()},
        {2, version2()},
        {3, version3()},
        {4, version4()},
        {5, version5()},
        {6, version6()},
        {7, version7()},
        {8, version8()},
        {9, version9()},
        {10, version10()},
    };
    return ladder;
}

} // namespace Tickmark::Core::Migrations
