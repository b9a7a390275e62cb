// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controlservice.h"

#include "common/summary.h"
#include "criteria/criteriaservice.h"
#include "criteria/criterion.h"
#include "workpaper/repositories.h"
#include "workpaper/workpaper.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

namespace Tickmark::Core {

namespace {

QString objectRef(const QString &id)
{
    return QStringLiteral("control:%1").arg(id);
}

} // namespace

QJsonObject controlToJson(const Control &c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("description"), c.description},
            {QStringLiteral("criteria"), QJsonArray::fromStringList(c.criteria)},
            {QStringLiteral("frequency"), frequencyKey(c.frequency)},
            {QStringLiteral("type"), controlTypeKey(c.type)},
            {QStringLiteral("owner"), c.owner},
            {QStringLiteral("key"), c.key}};
}

Result<QList<Control>> ControlService::list() const
{
    return m_wp.repositories().controls.list();
}

Result<std::optional<Control>> ControlService::find(const QString &id) const
{
    return m_wp.repositories().controls.find(id);
}

Result<int> ControlService::count() const
{
    return m_wp.repositories().controls.count();
}

Result<int> ControlService::position(const QString &id) const
{
    return m_wp.repositories().controls.position(id);
}

Result<void> ControlService::check(const Control &control) const
{
    if (auto problem = validateControl(control))
        return fail(ErrorCode::InvalidArgument, *problem);
    for (const QString &id : control.criteria) {
        if (CriteriaCatalog::indexOf(id) < 0)
            return fail(ErrorCode::InvalidArgument,
                        tr("criteria: %1 is not a trust services criterion (control %2)").arg(id, control.id));
    }
    return {};
}

Result<void> ControlService::add(const Control &control, std::optional<int> position)
{
    if (auto ok = check(control); !ok)
        return ok;
    Control stored = control;
    stored.criteria = CriteriaCatalog::sorted(control.criteria);
    return m_wp.perform(objectRef(control.id), QStringLiteral("create"), [&]() -> Result<QString> {
        if (auto ok = m_wp.repositories().controls.insert(stored, position); !ok)
            return ok.error();
        return changeSummary({}, controlToJson(stored));
    });
}

Result<void> ControlService::update(const QString &id, const Control &control)
{
    if (auto ok = check(control); !ok)
        return ok;
    Control stored = control;
    stored.criteria = CriteriaCatalog::sorted(control.criteria);
    return m_wp.perform(objectRef(id), QStringLiteral("update"), [&]() -> Result<QString> {
        const auto before = m_wp.repositories().controls.find(id);
        if (!before)
            return before.error();
        if (!*before)
            return fail(ErrorCode::NotFound, tr("control %1 does not exist").arg(id));
        if (auto ok = m_wp.repositories().controls.update(id, stored); !ok)
            return ok.error();
        return diffSummary(controlToJson(**before), controlToJson(stored));
    });
}

Result<void> ControlService::remove(const QString &id)
{
    return m_wp.perform(objectRef(id), QStringLiteral("delete"), [&]() -> Result<QString> {
        const auto before = m_wp.repositories().controls.find(id);
        if (!before)
            return before.error();
        if (!*before)
            return fail(ErrorCode::NotFound, tr("control %1 does not exist").arg(id));
        const auto populations = m_wp.repositories().populations.namesForControl(id);
        if (!populations)
            return populations.error();
        if (!populations->isEmpty())
            return fail(ErrorCode::InvalidArgument, tr("control %1 has population %2; delete the population first")
                                                        .arg(id, populations->join(QStringLiteral(", "))));
        if (auto ok = m_wp.repositories().controls.remove(id); !ok)
            return ok.error();
        return changeSummary(controlToJson(**before), {});
    });
}

Result<ControlImportResult> ControlService::importMatrix(const ControlMatrix &matrix, const QString &source)
{
    for (const Control &c : matrix.controls) {
        if (auto ok = check(c); !ok)
            return ok.error();
    }
    const auto outside = outOfScope(matrix.controls); // before storing: a failure here stores nothing
    if (!outside)
        return outside.error();
    auto ok = m_wp.perform(QStringLiteral("controls"), QStringLiteral("import"), [&]() -> Result<QString> {
        for (qsizetype i = 0; i < matrix.controls.size(); ++i) {
            const Control &c = matrix.controls.at(i);
            if (auto inserted = m_wp.repositories().controls.insert(c); !inserted) {
                const QString why = inserted.error().code == ErrorCode::AlreadyExists
                    ? tr("control %1 already exists in the workpaper").arg(c.id)
                    : inserted.error().detail;
                return fail(ErrorCode::ImportFailed, tr("row %1: %2").arg(i + 1).arg(why));
            }
        }
        QJsonArray ids;
        for (const Control &c : matrix.controls)
            ids.append(c.id);
        return changeSummary({}, {{QStringLiteral("source"), source},
                                  {QStringLiteral("count"), static_cast<int>(matrix.controls.size())},
                                  {QStringLiteral("controls"), ids}});
    });
    if (!ok)
        return ok.error();
    return ControlImportResult{static_cast<int>(matrix.controls.size()), matrix.unknownHeaders, matrix.encoding,
                               *outside};
}

Result<QList<OutOfScopeMapping>> ControlService::outOfScope(const QList<Control> &controls) const
{
    const auto inScope = m_wp.criteria().inScope();
    if (!inScope)
        return inScope.error();
    QSet<QString> ids;
    for (const Criterion &criterion : *inScope)
        ids.insert(criterion.id);
    QList<OutOfScopeMapping> outside;
    for (const Control &c : controls) {
        for (const QString &criterion : CriteriaCatalog::sorted(c.criteria)) {
            if (!ids.contains(criterion))
                outside.append({c.id, criterion});
        }
    }
    return outside;
}

Result<ControlImportResult> ControlService::importFile(const QString &path)
{
    const auto matrix = readControlMatrixFile(path);
    if (!matrix)
        return matrix.error();
    auto result = importMatrix(*matrix, QFileInfo(path).fileName());
    if (!result && result.error().code == ErrorCode::ImportFailed)
        return fail(ErrorCode::ImportFailed, tr("%1: %2").arg(path, result.error().detail));
    return result;
}

} // namespace Tickmark::Core
