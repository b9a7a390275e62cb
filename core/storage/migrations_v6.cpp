// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

namespace Tickmark::Core::Migrations {

// Version 6: exceptions, evaluation settings, review notes, sign-offs and lock history.
// control_test_setting holds per-control evaluation inputs (tolerable rate, risk of overreliance) and the test
// states that are not sample results: "not operated" (the event did not occur) and a Type I walkthrough.
// An exception's deviation count is not stored: it is derived live from the control's results.
QStringList version6()
{
    return {
        QStringLiteral("CREATE TABLE control_exception ("
                       " id INTEGER PRIMARY KEY,"
                       " control_id INTEGER NOT NULL REFERENCES control(id) ON DELETE CASCADE,"
                       " kind TEXT NOT NULL CHECK (kind IN ('operating', 'design', 'description')),"
                       " description TEXT NOT NULL, cause TEXT NOT NULL DEFAULT '',"
                       " management_response TEXT NOT NULL DEFAULT '',"
                       " assessment TEXT NOT NULL DEFAULT 'unassessed'"
                       " CHECK (assessment IN ('unassessed', 'isolated', 'systematic')),"
                       " criterion_met INTEGER CHECK (criterion_met IN (0, 1)),"
                       " reasoning TEXT NOT NULL DEFAULT '',"
                       " raised_at TEXT NOT NULL, raised_by TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX control_exception_by_control ON control_exception (control_id)"),
        QStringLiteral("CREATE TABLE exception_criterion ("
                       " exception_id INTEGER NOT NULL REFERENCES control_exception(id) ON DELETE CASCADE,"
                       " criterion_id TEXT NOT NULL, PRIMARY KEY (exception_id, criterion_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE control_test_setting ("
                       " control_id INTEGER PRIMARY KEY REFERENCES control(id) ON DELETE CASCADE,"
                       " tolerable_rate REAL NOT NULL DEFAULT 0.05, risk REAL NOT NULL DEFAULT 0.10,"
                       " not_operated_reason TEXT,"
                       " walkthrough_implemented INTEGER CHECK (walkthrough_implemented IN (0, 1)),"
                       " walkthrough_note TEXT NOT NULL DEFAULT '', walkthrough_at TEXT, walkthrough_by TEXT)"),
        QStringLiteral("CREATE TABLE review_note ("
                       " id INTEGER PRIMARY KEY, object TEXT NOT NULL,"
                       " status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'answered', 'cleared')),"
                       " author TEXT NOT NULL, cleared_by TEXT, cleared_at TEXT)"),
        QStringLiteral("CREATE INDEX review_note_by_object ON review_note (object)"),
        QStringLiteral("CREATE TABLE review_message ("
                       " id INTEGER PRIMARY KEY,"
                       " note_id INTEGER NOT NULL REFERENCES review_note(id) ON DELETE CASCADE,"
                       " text TEXT NOT NULL, user_name TEXT NOT NULL, by_label TEXT NOT NULL, at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX review_message_by_note ON review_message (note_id)"),
        QStringLiteral("CREATE TABLE signoff ("
                       " object TEXT NOT NULL, role TEXT NOT NULL CHECK (role IN ('preparer', 'reviewer')),"
                       " user_name TEXT NOT NULL, by_label TEXT NOT NULL, at TEXT NOT NULL,"
                       " content_hash TEXT NOT NULL, PRIMARY KEY (object, role, user_name))"),
        QStringLiteral("CREATE TABLE lock_history ("
                       " id INTEGER PRIMARY KEY, action TEXT NOT NULL CHECK (action IN ('lock', 'reopen')),"
                       " at TEXT NOT NULL, by_label TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '')"),
    };
}

} // namespace Tickmark::Core::Migrations
