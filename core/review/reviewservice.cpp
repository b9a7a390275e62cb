// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewservice.h"

#include "common/summary.h"
#include "contenthash.h"
#include "workpaper/repositories.h"
#include "workpaper/workpaper.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

namespace Tickmark::Core {

namespace {

std::optional<NoteStatus> noteStatusFromKey(const QString &key)
{
    for (const NoteStatus s : {NoteStatus::Open, NoteStatus::Answered, NoteStatus::Cleared}) {
        if (noteStatusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

ReviewNote toNote(const NoteRecord &r)
{
    ReviewNote n;
    n.id = r.id;
    n.object = r.object;
    n.status = noteStatusFromKey(r.status).value_or(NoteStatus::Open);
    for (const NoteMessageRecord &m : r.thread)
        n.thread.append({m.text, m.byLabel, QDateTime::fromString(m.at, Qt::ISODate)});
    n.clearedBy = r.clearedBy;
    n.clearedAt = QDateTime::fromString(r.clearedAt, Qt::ISODate);
    return n;
}

bool isReviewAction(const QString &action)
{
    static const QStringList actions{QStringLiteral("note"), QStringLiteral("reply"), QStringLiteral("clear"),
                                     QStringLiteral("signoff"), QStringLiteral("withdraw-signoff")};
    return actions.contains(action);
}

} // namespace

QString noteStatusKey(NoteStatus status)
{
    switch (status) {
    case NoteStatus::Open:
        return QStringLiteral("open");
    case NoteStatus::Answered:
        return QStringLiteral("answered");
    case NoteStatus::Cleared:
        return QStringLiteral("cleared");
    }
    return QStringLiteral("open");
}

QString signOffRoleKey(SignOffRole role)
{
    return role == SignOffRole::Reviewer ? QStringLiteral("reviewer") : QStringLiteral("preparer");
}

SignOffRole ReviewService::defaultSignOffRole() const
{
    return m_wp.actor().role == Role::Preparer ? SignOffRole::Preparer : SignOffRole::Reviewer;
}

Result<void> ReviewService::requireReviewerRole(const QString &what) const
{
    if (m_wp.actor().role == Role::Preparer)
        return fail(ErrorCode::PermissionDenied,
                    tr("%1 needs the reviewer or partner role; %2 acts as preparer")
                        .arg(what, formatActor(m_wp.actor())));
    return {};
}

Result<qint64> ReviewService::addNote(const QString &object, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("a review note on %1 needs a text").arg(object));
    if (auto exists = reviewObjectState(m_wp, object); !exists)
        return exists.error();
    qint64 id = 0;
    auto ok = m_wp.perform(object, QStringLiteral("note"), [&]() -> Result<QString> {
        const NoteMessageRecord first{trimmed, m_wp.actor().name, formatActor(m_wp.actor()),
                                      m_wp.clock().now().toUTC().toString(Qt::ISODate)};
        const auto inserted = m_wp.repositories().review.insertNote(object, first);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return changeSummary({}, {{QStringLiteral("note"), id}, {QStringLiteral("text"), trimmed}});
    });
    if (!ok)
        return ok.error();
    return id;
}

Result<void> ReviewService::reply(qint64 noteId, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("a reply to review note %1 needs a text").arg(noteId));
    const auto note = m_wp.repositories().review.note(noteId);
    if (!note)
        return note.error();
    if (!*note)
        return fail(ErrorCode::NotFound, tr("review note %1 does not exist").arg(noteId));
    if ((*note)->status == QStringLiteral("cleared"))
        return fail(ErrorCode::InvalidArgument, tr("review note %1 is cleared; open a new note instead").arg(noteId));
    // A reply by someone else answers the note; the author's own follow-up puts it back to open.
    const QString status = (*note)->author == m_wp.actor().name ? QStringLiteral("open") : QStringLiteral("answered");
    return m_wp.perform((*note)->object, QStringLiteral("reply"), [&]() -> Result<QString> {
        ReviewRepository &repo = m_wp.repositories().review;
        if (auto added = repo.addMessage(noteId, {trimmed, m_wp.actor().name, formatActor(m_wp.actor()),
                                                  m_wp.clock().now().toUTC().toString(Qt::ISODate)});
            !added)
            return added.error();
        if (auto set = repo.setStatus(noteId, status); !set)
            return set.error();
        return changeSummary({{QStringLiteral("note"), noteId}, {QStringLiteral("status"), (*note)->status}},
                             {{QStringLiteral("note"), noteId},
                              {QStringLiteral("status"), status},
                              {QStringLiteral("text"), trimmed}});
    });
}

Result<void> ReviewService::clear(qint64 noteId)
{
    const auto note = m_wp.repositories().review.note(noteId);
    if (!note)
        return note.error();
    if (!*note)
        return fail(ErrorCode::NotFound, tr("review note %1 does not exist").arg(noteId));
    if (auto allowed = requireReviewerRole(tr("clearing review note %1").arg(noteId)); !allowed)
        return allowed;
    if ((*note)->status == QStringLiteral("cleared"))
        return fail(ErrorCode::InvalidArgument, tr("review note %1 is already cleared").arg(noteId));
    return m_wp.perform((*note)->object, QStringLiteral("clear"), [&]() -> Result<QString> {
        if (auto set = m_wp.repositories().review.setStatus(noteId, QStringLiteral("cleared"),
                                                             formatActor(m_wp.actor()),
                                                             m_wp.clock().now().toUTC().toString(Qt::ISODate));
            !set)
            return set.error();
        return changeSummary({{QStringLiteral("note"), noteId}, {QStringLiteral("status"), (*note)->status}},
                             {{QStringLiteral("note"), noteId}, {QStringLiteral("status"), QStringLiteral("cleared")}});
    });
}

Result<QList<ReviewNote>> ReviewService::notes(const QString &object) const
{
    const auto stored = m_wp.repositories().review.notes(object);
    if (!stored)
        return stored.error();
    QList<ReviewNote> out;
    for (const NoteRecord &r : *stored)
        out.append(toNote(r));
    return out;
}

Result<void> ReviewService::signOff(const QString &object)
{
    return signOff(object, defaultSignOffRole());
}

Result<void> ReviewService::signOff(const QString &object, SignOffRole role)
{
    if (role == SignOffRole::Reviewer) {
        if (auto allowed = requireReviewerRole(tr("a reviewer sign-off on %1").arg(object)); !allowed)
            return allowed;
    }
    const auto hash = contentHash(object);
    if (!hash)
        return hash.error();
    const auto existing = m_wp.repositories().review.signOffs(object);
    if (!existing)
        return existing.error();
    const QString other = signOffRoleKey(role == SignOffRole::Reviewer ? SignOffRole::Preparer : SignOffRole::Reviewer);
    for (const SignOffRecord &s : *existing) {
        if (s.role == other && s.userName == m_wp.actor().name)
            return fail(ErrorCode::PermissionDenied,
                        tr("%1 already signed %2 as %3; one person cannot hold both sign-offs of an object")
                            .arg(formatActor(m_wp.actor()), object, other));
    }
    const SignOffRecord record{object, signOffRoleKey(role), m_wp.actor().name, formatActor(m_wp.actor()),
                               m_wp.clock().now().toUTC().toString(Qt::ISODate), *hash};
    return m_wp.perform(object, QStringLiteral("signoff"), [&]() -> Result<QString> {
        if (auto saved = m_wp.repositories().review.saveSignOff(record); !saved)
            return saved.error();
        return changeSummary({}, {{QStringLiteral("role"), record.role}, {QStringLiteral("hash"), record.contentHash}});
    });
}

Result<void> ReviewService::withdrawSignOff(const QString &object)
{
    const auto existing = m_wp.repositories().review.signOffs(object);
    if (!existing)
        return existing.error();
    const bool mine = std::any_of(existing->cbegin(), existing->cend(),
                                  [&](const SignOffRecord &s) { return s.userName == m_wp.actor().name; });
    if (!mine)
        return fail(ErrorCode::NotFound, tr("%1 has no sign-off on %2").arg(formatActor(m_wp.actor()), object));
    return m_wp.perform(object, QStringLiteral("withdraw-signoff"), [&]() -> Result<QString> {
        const auto removed = m_wp.repositories().review.removeSignOffs(object, m_wp.actor().name);
        if (!removed)
            return removed.error();
        return changeSummary({{QStringLiteral("signoffs"), *removed}}, {});
    });
}

Result<QList<SignOff>> ReviewService::signOffs(const QString &object) const
{
    const auto stored = m_wp.repositories().review.signOffs(object);
    if (!stored)
        return stored.error();
    QHash<QString, QString> current;
    QList<SignOff> out;
    for (const SignOffRecord &r : *stored) {
        if (!current.contains(r.object)) {
            const auto hash = reviewObjectHash(m_wp, r.object);
            current.insert(r.object, hash ? *hash : QString()); // a deleted object makes its sign-offs stale
        }
        out.append({r.object, r.role == QStringLiteral("reviewer") ? SignOffRole::Reviewer : SignOffRole::Preparer,
                    r.byLabel, QDateTime::fromString(r.at, Qt::ISODate), r.contentHash,
                    current.value(r.object) != r.contentHash});
    }
    return out;
}

Result<QStringList> ReviewService::signableObjects() const
{
    QStringList objects;
    for (const QString &section : reviewSections())
        objects << QStringLiteral("section:") + section;
    const auto controls = m_wp.repositories().controls.list();
    if (!controls)
        return controls.error();
    for (const Control &c : *controls) {
        const auto rowId = m_wp.repositories().testing.controlRowId(c.id);
        if (!rowId || !*rowId)
            continue;
        const auto procedures = m_wp.repositories().testing.procedures(**rowId);
        const auto attributes = m_wp.repositories().testing.attributes(**rowId);
        const auto populations = m_wp.repositories().populations.namesForControl(c.id);
        if (!procedures || !attributes || !populations)
            return !procedures ? procedures.error() : !attributes ? attributes.error() : populations.error();
        bool sampled = false;
        for (const QString &name : *populations) {
            const auto info = m_wp.repositories().populations.find(name);
            if (info && *info) {
                const auto sample = m_wp.repositories().samples.find((*info)->id);
                sampled = sampled || (sample && *sample);
            }
        }
        if (!procedures->isEmpty() || !attributes->isEmpty() || sampled)
            objects << QStringLiteral("control:") + c.id;
    }
    return objects;
}

Result<QString> ReviewService::contentHash(const QString &object) const
{
    return reviewObjectHash(m_wp, object);
}

Result<ReviewStatus> ReviewService::status() const
{
    ReviewStatus status;
    const auto all = notes();
    if (!all)
        return all.error();
    for (const ReviewNote &n : *all) {
        if (n.status != NoteStatus::Cleared)
            status.openNotes.append(n);
    }
    const auto signs = signOffs();
    if (!signs)
        return signs.error();
    QHash<QString, QList<SignOffRole>> held;
    for (const SignOff &s : *signs) {
        held[s.object].append(s.role);
        if (s.stale)
            status.staleSignOffs.append(s);
    }
    const auto objects = signableObjects();
    if (!objects)
        return objects.error();
    for (const QString &object : *objects) {
        for (const SignOffRole role : {SignOffRole::Preparer, SignOffRole::Reviewer}) {
            if (!held.value(object).contains(role))
                status.missingSignOffs << QStringLiteral("%1 (%2)").arg(object, signOffRoleKey(role));
        }
    }
    return status;
}

Result<QStringList> ReviewService::changedSinceLastReview(const QString &userName) const
{
    std::map<QString, std::pair<qint64, qint64>> seen; // object → (last change seq, user's last sign-off seq)
    auto walked = m_wp.repositories().audit.forEach([&](const AuditEvent &e) {
        auto &entry = seen[e.object];
        if (e.action == QStringLiteral("signoff") && (e.user == userName || e.initials == userName))
            entry.second = e.seq;
        else if (!isReviewAction(e.action))
            entry.first = e.seq;
        return true;
    });
    if (!walked)
        return walked.error();
    QStringList changed;
    for (const auto &[object, seqs] : seen) {
        if (seqs.first > 0 && seqs.first > seqs.second)
            changed << object;
    }
    return changed;
}

Result<void> ReviewService::lock()
{
    if (auto allowed = requireReviewerRole(tr("issuing the report (locking the engagement)")); !allowed)
        return allowed;
    if (m_wp.isLocked())
        return fail(ErrorCode::Locked, tr("the engagement is already locked"));
    const auto current = status();
    if (!current)
        return current.error();
    if (!current->clean())
        return fail(ErrorCode::InvalidArgument,
                    tr("the engagement cannot be locked: %1 open review note(s), %2 missing sign-off(s), %3 stale"
                       " sign-off(s)")
                        .arg(current->openNotes.size())
                        .arg(current->missingSignOffs.size())
                        .arg(current->staleSignOffs.size()));
    const QDateTime now = m_wp.clock().now().toUTC();
    return m_wp.perform(QStringLiteral("engagement"), QStringLiteral("lock"), [&]() -> Result<QString> {
        if (auto set = m_wp.repositories().engagement.setIssuedAt(now); !set)
            return set.error();
        if (auto logged = m_wp.repositories().review.addLockEvent(QStringLiteral("lock"), now.toString(Qt::ISODate),
                                                                  formatActor(m_wp.actor()), {});
            !logged)
            return logged.error();
        return changeSummary({}, {{QStringLiteral("issued_at"), now.toString(Qt::ISODate)}});
    });
}

Result<void> ReviewService::reopen(const QString &reason)
{
    if (auto allowed = requireReviewerRole(tr("reopening the engagement")); !allowed)
        return allowed;
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("reopening the engagement needs a reason"));
    const auto issued = m_wp.repositories().engagement.issuedAt();
    if (!issued)
        return issued.error();
    if (!issued->isValid())
        return fail(ErrorCode::InvalidArgument, tr("the engagement is not locked; there is nothing to reopen"));
    const QString now = m_wp.clock().now().toUTC().toString(Qt::ISODate);
    return m_wp.performReopen([&]() -> Result<QString> {
        if (auto set = m_wp.repositories().engagement.setIssuedAt({}); !set)
            return set.error();
        if (auto logged = m_wp.repositories().review.addLockEvent(QStringLiteral("reopen"), now,
                                                                  formatActor(m_wp.actor()), trimmed);
            !logged)
            return logged.error();
        return changeSummary({{QStringLiteral("issued_at"), issued->toUTC().toString(Qt::ISODate)}},
                             {{QStringLiteral("reason"), trimmed}});
    });
}

Result<QList<LockEvent>> ReviewService::lockHistory() const
{
    QList<LockEvent> history;
    auto walked = m_wp.repositories().audit.forEach([&](const AuditEvent &e) {
        if (e.object != QLatin1String("engagement") ||
            (e.action != QLatin1String("lock") && e.action != QLatin1String("reopen")))
            return true;
        const QJsonObject summary = QJsonDocument::fromJson(e.summary.toUtf8()).object();
        const QJsonObject after = summary.value(QStringLiteral("after")).toObject();
        const QString by = QStringLiteral("%1 (%2)").arg(e.user, e.initials);
        history.append(LockEvent{e.action, e.at.toUTC(), by, after.value(QStringLiteral("reason")).toString()});
        return true;
    });
    if (!walked)
        return walked.error();
    return history;
}

} // namespace Tickmark::Core
