// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// TestingService: editing a control's test design (procedures and attributes) after they were added.
#include "testingservice.h"

#include "common/summary.h"
#include "workpaper/repositories.h"
#include "workpaper/workpaper.h"

#include <QCoreApplication>

#include <algorithm>

namespace Tickmark::Core {

namespace {

QString controlObject(const QString &controlId)
{
    return QStringLiteral("control:%1").arg(controlId);
}

} // namespace

Result<ProcedureRecord> TestingService::procedureAt(const QString &controlId, qint64 control, int number) const
{
    const auto stored = m_wp.repositories().testing.procedures(control);
    if (!stored)
        return stored.error();
    if (number < 1 || number > stored->size())
        return fail(ErrorCode::NotFound,
                    stored->isEmpty()
                        ? tr("control %1 has no procedures, so there is no procedure %2").arg(controlId).arg(number)
                        : tr("control %1 has no procedure %2 (its procedures are numbered 1 to %3)")
                              .arg(controlId)
                              .arg(number)
                              .arg(stored->size()));
    return stored->at(number - 1);
}

Result<void> TestingService::updateProcedure(const QString &controlId, int number, ProcedureKind kind,
                                             const QString &text)
{
    const auto control = controlRowId(controlId);
    if (!control)
        return control.error();
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("a procedure of control %1 needs a text").arg(controlId));
    const auto before = procedureAt(controlId, *control, number);
    if (!before)
        return before.error();
    return m_wp.perform(controlObject(controlId), QStringLiteral("design"), [&]() -> Result<QString> {
        if (auto ok = m_wp.repositories().testing.updateProcedure(before->id, procedureKindKey(kind), trimmed); !ok)
            return ok.error();
        return changeSummary({{QStringLiteral("procedure"), before->kind},
                              {QStringLiteral("number"), number},
                              {QStringLiteral("text"), before->text}},
                             {{QStringLiteral("procedure"), procedureKindKey(kind)},
                              {QStringLiteral("number"), number},
                              {QStringLiteral("text"), trimmed}});
    });
}

Result<void> TestingService::removeProcedure(const QString &controlId, int number)
{
    const auto control = controlRowId(controlId);
    if (!control)
        return control.error();
    const auto before = procedureAt(controlId, *control, number);
    if (!before)
        return before.error();
    return m_wp.perform(controlObject(controlId), QStringLiteral("design"), [&]() -> Result<QString> {
        if (auto ok = m_wp.repositories().testing.removeProcedure(before->id); !ok)
            return ok.error();
        return changeSummary({{QStringLiteral("procedure"), before->kind},
                              {QStringLiteral("number"), number},
                              {QStringLiteral("text"), before->text}},
                             {});
    });
}

Result<AttributeRecord> TestingService::attributeAt(const QString &controlId, qint64 control,
                                                    const QString &letter) const
{
    const auto stored = m_wp.repositories().testing.attributes(control);
    if (!stored)
        return stored.error();
    const QString wanted = letter.trimmed().toUpper();
    const auto it =
        std::find_if(stored->cbegin(), stored->cend(), [&](const AttributeRecord &a) { return a.letter == wanted; });
    if (it != stored->cend())
        return *it;
    QStringList letters;
    for (const AttributeRecord &a : *stored)
        letters << a.letter;
    return fail(ErrorCode::NotFound, tr("attribute %1 is not defined for control %2 (defined: %3)")
                                         .arg(wanted.isEmpty() ? QStringLiteral("\"\"") : wanted, controlId,
                                              letters.isEmpty() ? tr("none") : letters.join(QStringLiteral(", "))));
}

Result<void> TestingService::updateAttribute(const QString &controlId, const QString &letter, const QString &text)
{
    const auto control = controlRowId(controlId);
    if (!control)
        return control.error();
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("an attribute of control %1 needs a text").arg(controlId));
    const auto before = attributeAt(controlId, *control, letter);
    if (!before)
        return before.error();
    return m_wp.perform(controlObject(controlId), QStringLiteral("design"), [&]() -> Result<QString> {
        if (auto ok = m_wp.repositories().testing.updateAttribute(before->id, trimmed); !ok)
            return ok.error();
        return changeSummary({{QStringLiteral("attribute"), before->letter}, {QStringLiteral("text"), before->text}},
                             {{QStringLiteral("attribute"), before->letter}, {QStringLiteral("text"), trimmed}});
    });
}

Result<std::pair<qint64, qint64>> TestingService::attributeUsage(const QString &controlId,
                                                                 const QString &letter) const
{
    const auto control = controlRowId(controlId);
    if (!control)
        return control.error();
    const auto attribute = attributeAt(controlId, *control, letter);
    if (!attribute)
        return attribute.error();
    return m_wp.repositories().testing.attributeUsage(attribute->id);
}

Result<void> TestingService::removeAttribute(const QString &controlId, const QString &letter, bool withResults)
{
    const auto control = controlRowId(controlId);
    if (!control)
        return control.error();
    const auto before = attributeAt(controlId, *control, letter);
    if (!before)
        return before.error();
    const auto usage = m_wp.repositories().testing.attributeUsage(before->id);
    if (!usage)
        return usage.error();
    if (usage->first > 0 && !withResults)
        return fail(ErrorCode::InvalidArgument,
                    tr("attribute %1 of control %2 has %3 recorded results and %4 evidence references; remove them"
                       " with the attribute explicitly, or clear them first")
                        .arg(before->letter, controlId, QString::number(usage->first),
                             QString::number(usage->second)));
    return m_wp.perform(controlObject(controlId), QStringLiteral("design"), [&]() -> Result<QString> {
        if (auto ok = m_wp.repositories().testing.removeAttribute(before->id); !ok)
            return ok.error();
        QJsonObject was{{QStringLiteral("attribute"), before->letter}, {QStringLiteral("text"), before->text}};
        if (usage->first > 0) {
            was.insert(QStringLiteral("results_removed"), usage->first);
            was.insert(QStringLiteral("evidence_references_removed"), usage->second);
        }
        return changeSummary(was, {});
    });
}

} // namespace Tickmark::Core
