// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/actor.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tickmark::Core {

class Workpaper;

/// A review note's life: the reviewer opens it, the preparer answers, the reviewer clears it.
enum class NoteStatus { Open, Answered, Cleared };
QString noteStatusKey(NoteStatus status); ///< "open" | "answered" | "cleared"

struct NoteMessage
{
    QString text;
    QString by; ///< "Name (INITIALS)"
    QDateTime at;
};

/// A review note on an object (REF per CLI.md: "control:ID", "exception:ID", "population:NAME", "evidence:SHA256",
/// "section:NAME"). The first message is the note itself, then replies.
struct ReviewNote
{
    qint64 id = 0;
    QString object;
    NoteStatus status = NoteStatus::Open;
    QList<NoteMessage> thread;
    QString clearedBy;
    QDateTime clearedAt;
};

/// Which sign-off: a preparer's or a reviewer's (a partner signs as reviewer).
enum class SignOffRole { Preparer, Reviewer };
QString signOffRoleKey(SignOffRole role); ///< "preparer" | "reviewer"

struct SignOff
{
    QString object;
    SignOffRole role = SignOffRole::Preparer;
    QString by; ///< "Name (INITIALS)"
    QDateTime at;
    QString contentHash; ///< the object's content hash when signed
    bool stale = false;  ///< the object changed since (current hash differs)
};

/// One entry of the lock history: the engagement locked (the report issued) or reopened.
struct LockEvent
{
    QString action; ///< "lock" | "reopen"
    QDateTime at;   ///< UTC
    QString by;     ///< "Name (INITIALS)"
    QString reason; ///< why it was reopened; empty for a lock
};

/// What still stands between the workpaper and an issued report.
struct ReviewStatus
{
    QList<ReviewNote> openNotes;        ///< notes not cleared (open or answered)
    QStringList missingSignOffs;        ///< "control:CTL-01 (reviewer)" style entries: object and role
    QList<SignOff> staleSignOffs;
    bool clean() const { return openNotes.isEmpty() && missingSignOffs.isEmpty() && staleSignOffs.isEmpty(); }
};

/// Review notes and sign-offs. Objects that need both sign-offs: every control with a test design or sample, and
/// the sections scope, controls, evidence, samples, exceptions, report. Rules: one person cannot sign the same object
/// as preparer and reviewer (PermissionDenied names the object); reviewer sign-off and clearing notes need the
/// reviewer or partner role; a sign-off stores the object's content hash and is stale once the hash changes.
/// Each change is one audited action on the object. Thread affinity: the workpaper's.
class ReviewService final
{
    Q_DECLARE_TR_FUNCTIONS(Tickmark::Core::ReviewService)

public:
    explicit ReviewService(Workpaper &workpaper) : m_wp(workpaper) {}

    /// Opens a note on @p object (which must exist); returns its id.
    Result<qint64> addNote(const QString &object, const QString &text);
    /// Adds a reply; a reply by someone other than the note's author marks it answered.
    Result<void> reply(qint64 noteId, const QString &text);
    /// Clears note @p noteId (reviewer or partner).
    Result<void> clear(qint64 noteId);
    /// Notes on @p object, or all notes when @p object is empty; by id.
    Result<QList<ReviewNote>> notes(const QString &object = {}) const;

    /// Signs @p object as the acting user: preparer role signs as preparer, reviewer and partner as reviewer.
    /// Re-signing replaces the same person's earlier sign-off in that role.
    Result<void> signOff(const QString &object);
    /// Signs @p object in @p role explicitly; a reviewer sign-off needs the reviewer or partner role
    /// (PermissionDenied names the role needed).
    Result<void> signOff(const QString &object, SignOffRole role);
    /// Removes the acting user's sign-off on @p object.
    Result<void> withdrawSignOff(const QString &object);
    /// Sign-offs on @p object, or all when empty.
    Result<QList<SignOff>> signOffs(const QString &object = {}) const;

    /// Objects that need sign-offs, in a stable order (sections first, then controls).
    Result<QStringList> signableObjects() const;
    /// SHA-256 (hex) of the object's current content, used for sign-off staleness.
    Result<QString> contentHash(const QString &object) const;
    Result<ReviewStatus> status() const;
    /// Objects with an audit event after @p userName's last sign-off on them (or never signed by them and changed).
    Result<QStringList> changedSinceLastReview(const QString &userName) const;

    /// Locks the engagement (the report is issued): afterwards every mutation is refused. Refused while the review
    /// status is not clean; needs the partner or reviewer role.
    Result<void> lock();
    /// Lifts the lock with @p reason (required), reviewer or partner only; logged.
    Result<void> reopen(const QString &reason);
    /// Every lock and reopen, oldest first, read from the audit trail (the "engagement" object's "lock" and
    /// "reopen" events). Read-only.
    Result<QList<LockEvent>> lockHistory() const;

    /// The sign-off role the acting user signs in by default (preparer → Preparer, reviewer/partner → Reviewer).
    SignOffRole defaultSignOffRole() const;

private:
    Result<void> requireReviewerRole(const QString &what) const;
    Workpaper &m_wp;
};

} // namespace Tickmark::Core
