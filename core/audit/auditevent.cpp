// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditevent.h"

#include "common/sha256.h"

namespace Tickmark::Core {

namespace {

// Each field is length-prefixed so that no two different events can serialise to the same bytes.
void addField(Sha256 &h, const QByteArray &bytes)
{
    h.update(QByteArray::number(bytes.size()));
    h.update(":");
    h.update(bytes);
}

} // namespace

QByteArray auditEventHash(const AuditEvent &event)
{
    Sha256 h;
    h.update("tickmark-audit-v1\n");
    addField(h, event.prevHash);
    addField(h, QByteArray::number(event.seq));
    addField(h, event.at.toUTC().toString(Qt::ISODateWithMs).toUtf8());
    for (const QString *s : {&event.user, &event.initials, &event.role, &event.object, &event.action, &event.summary})
        addField(h, s->toUtf8());
    return h.hexDigest();
}

} // namespace Tickmark::Core
