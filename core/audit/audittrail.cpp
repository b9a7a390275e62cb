// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audittrail.h"

#include "workpaper/repositories.h"
#include "workpaper/workpaper.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QSet>

namespace Tickmark::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tickmark::Core", text);
}

// Checks one event against the expected sequence number and predecessor hash; empty when it is sound.
QString checkLink(const AuditEvent &e, qint64 expectedSeq, const QByteArray &expectedPrev)
{
    if (e.seq != expectedSeq)
        return tr("event %1 is missing (the next stored event is %2)").arg(expectedSeq).arg(e.seq);
    if (e.prevHash != expectedPrev)
        return tr("event %1 does not link to event %2 (previous hash differs)").arg(e.seq).arg(e.seq - 1);
    if (auditEventHash(e) != e.hash)
        return tr("event %1 (%2 %3) was altered: its content does not match its hash").arg(e.seq).arg(e.action, e.object);
    return {};
}

// One CSV field: quoted when needed, with formula-like leading characters neutralised.
QByteArray csvField(const QString &value)
{
    QString text = value;
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (quote)
        text = QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return text.toUtf8();
}

QByteArray csvLine(const QStringList &fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        line += csvField(fields.at(i));
    }
    return line + "\r\n";
}

} // namespace

Result<QStringList> AuditTrail::users() const
{
    QSet<QString> names;
    auto walked = m_wp.repositories().audit.forEach([&](const AuditEvent &e) {
        names.insert(e.user);
        return true;
    });
    if (!walked)
        return walked.error();
    QStringList out(names.cbegin(), names.cend());
    out.sort(Qt::CaseInsensitive);
    return out;
}

Result<QByteArray> AuditTrail::toCsv(const AuditFilter &filter) const
{
    const auto list = events(filter);
    if (!list)
        return list.error();
    return toCsv(*list);
}

QByteArray AuditTrail::toCsv(const QList<AuditEvent> &list)
{
    QByteArray csv = csvLine({QStringLiteral("seq"), QStringLiteral("at"), QStringLiteral("user"),
                              QStringLiteral("initials"), QStringLiteral("role"), QStringLiteral("object"),
                              QStringLiteral("action"), QStringLiteral("summary"), QStringLiteral("hash")});
    for (const AuditEvent &e : list)
        csv += csvLine({QString::number(e.seq), e.at.toUTC().toString(Qt::ISODate), e.user, e.initials, e.role,
                        e.object, e.action, e.summary, QString::fromLatin1(e.hash)});
    return csv;
}

Result<void> AuditTrail::exportCsv(const AuditFilter &filter, const QString &path) const
{
    const auto list = events(filter);
    if (!list)
        return list.error();
    return exportEvents(*list, path);
}

Result<void> AuditTrail::exportEvents(const QList<AuditEvent> &list, const QString &path) const
{
    if (auto ok = m_wp.checkExportTarget(path); !ok)
        return ok;
    const QByteArray csv = toCsv(list);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
        return fail(ErrorCode::FileError, tr("cannot write the audit trail to %1: %2").arg(path, file.errorString()));
    return {};
}

Result<QList<AuditEvent>> AuditTrail::events(const AuditFilter &filter) const
{
    return m_wp.repositories().audit.list(filter);
}

Result<ChainReport> AuditTrail::verify() const
{
    ChainReport report;
    QByteArray prev;
    auto walked = m_wp.repositories().audit.forEach([&](const AuditEvent &e) {
        const QString problem = checkLink(e, report.events + 1, prev);
        if (!problem.isEmpty()) {
            report = {false, report.events, report.events + 1, problem};
            return false;
        }
        prev = e.hash;
        ++report.events;
        return true;
    });
    if (!walked)
        return walked.error();
    if (!report.ok)
        return report;
    const auto head = m_wp.repositories().audit.recordedHead();
    if (!head)
        return head.error();
    if (head->first != report.events || head->second != prev) {
        report.ok = false;
        report.firstBroken = qMin(head->first, report.events + 1);
        report.problem = head->first > report.events
            ? tr("events %1 to %2 are missing from the end of the trail").arg(report.events + 1).arg(head->first)
            : tr("the recorded chain head (event %1) does not match the last event %2").arg(head->first).arg(report.events);
    }
    return report;
}

} // namespace Tickmark::Core
