// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testingservice.h"

#include "common/summary.h"
#include "controltally.h"
#include "workpaper/repositories.h"
#include "workpaper/workpaper.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace Tickmark::Core {

namespace {

// A sample's rows, ascending, as "3, 9, 12, …" (at most this many shown).
constexpr qsizetype kRowsShown = 10;

QString rowsText(QList<qint64> rows)
{
    std::sort(rows.begin(), rows.end());
    QStringList parts;
    for (qsizetype i = 0; i < rows.size() && i < kRowsShown; ++i)
        parts << QString::number(rows.at(i));
    if (rows.size() > kRowsShown)
        parts << QStringLiteral("…");
    return parts.join(QStringLiteral(", "));
}

// A, B, … Z, AA, AB, … ZZ: the letters an attribute may have, in order.
QString letterAt(int index)
{
    constexpr int kAlphabet = 26;
    if (index < kAlphabet)
        return QString(QChar(u'A' + index));
    index -= kAlphabet;
    return QString(QChar(u'A' + index / kAlphabet)) + QChar(u'A' + index % kAlphabet);
}

constexpr int kLetterCount = 26 + 26 * 26;

struct SampleTarget
{
    QString population;
    qint64 sampleId = 0;
    QList<qint64> rows;
};

} // namespace

QString procedureKindKey(ProcedureKind kind)
{
    switch (kind) {
    case ProcedureKind::Inquiry:
        return QStringLiteral("inquiry");
    case ProcedureKind::Observation:
        return QStringLiteral("observation");
    case ProcedureKind::Inspection:
        return QStringLiteral("inspection");
    case ProcedureKind::Reperformance:
        return QStringLiteral("reperformance");
    }
    return QStringLiteral("inquiry");
}

std::optional<ProcedureKind> procedureKindFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (const ProcedureKind kind : {ProcedureKind::Inquiry, ProcedureKind::Observation, ProcedureKind::Inspection,
                                     ProcedureKind::Reperformance}) {
        if (procedureKindKey(kind) == k)
            return kind;
    }
    return std::nullopt;
}

QString attributeResultKey(AttributeResult result)
{
    switch (result) {
    case AttributeResult::Pass:
        return QStringLiteral("pass");
    case AttributeResult::Deviation:
        return QStringLiteral("deviation");
    case AttributeResult::NotApplicable:
        return QStringLiteral("na");
    }
    return QStringLiteral("pass");
}

std::optional<AttributeResult> attributeResultFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (const AttributeResult r :
         {AttributeResult::Pass, AttributeResult::Deviation, AttributeResult::NotApplicable}) {
        if (attributeResultKey(r) == k)
            return r;
    }
    return std::nullopt;
}

bool inquiryOnly(const QList<TestProcedure> &procedures)
{
    return !procedures.isEmpty() && std::all_of(procedures.cbegin(), procedures.cend(), [](const TestProcedure &p) {
        return p.kind == ProcedureKind::Inquiry;
    });
}

Result<qint64> TestingService::controlRowId(const QString &controlId) const
{
    const auto id = m_wp.repositories().testing.controlRowId(controlId);
    if (!id)
        return id.error();
    if (!*id)
        return fail(ErrorCode::NotFound, tr("control %1 does not exist").arg(controlId));
    return **id;
}

Result<void> TestingService::addProcedure(const QString &controlId, ProcedureKind kind, const QString &text)
{
    const auto control = controlRowId(controlId);
    if (!control)
        return control.error();
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("a procedure of control %1 needs a text").arg(controlId));
    return m_wp.perform(
        QStringLiteral("control:%1").arg(controlId), QStringLiteral("design"), [&]() -> Result<QString> {
            if (auto added = m_wp.repositories().testing.addProcedure(*control, procedureKindKey(kind), trimmed);
                !added)
                return added.error();
            return changeSummary(
                {}, {{QStringLiteral("procedure"), procedureKindKey(kind)}, {QStringLiteral("text"), trimmed}});
        });
}

Result<QList<TestProcedure>> TestingService::procedures(const QString &controlId) const
{
    const auto control = controlRowId(controlId);
    if (!control)
        return control.error();
    const auto stored = m_wp.repositories().testing.procedures(*control);
    if (!stored)
        return stored.error();
    QList<TestProcedure> out;
    for (const ProcedureRecord &r : *stored)
        out.append({procedureKindFromKey(r.kind).value_or(ProcedureKind::Inquiry), r.text});
    return out;
}

Result<TestAttribute> TestingService::addAttribute(const QString &controlId, const QString &letter, const QString &text)
{
    const auto control = controlRowId(controlId);
    if (!control)
        return control.error();
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("an attribute of control %1 needs a text").arg(controlId));
    const auto existing = attributes(controlId);
    if (!existing)
        return existing.error();
    QStringList used;
    for (const TestAttribute &a : *existing)
        used << a.letter;
    TestAttribute attribute{letter.trimmed().toUpper(), trimmed};
    if (attribute.letter.isEmpty()) {
        for (int i = 0; i < kLetterCount && attribute.letter.isEmpty(); ++i) {
            if (!used.contains(letterAt(i)))
                attribute.letter = letterAt(i);
        }
        if (attribute.letter.isEmpty())
            return fail(ErrorCode::InvalidArgument, tr("control %1 has no free attribute letter").arg(controlId));
    }
    static const QRegularExpression valid(QStringLiteral("^[A-Z]{1,2}$"));
    if (!valid.match(attribute.letter).hasMatch())
        return fail(ErrorCode::InvalidArgument,
                    tr("attribute \"%1\" is not a letter; use one or two letters (A, B, … AA)").arg(letter.trimmed()));
    if (used.contains(attribute.letter))
        return fail(ErrorCode::AlreadyExists,
                    tr("attribute %1 is already defined for control %2").arg(attribute.letter, controlId));
    auto ok =
        m_wp.perform(QStringLiteral("control:%1").arg(controlId), QStringLiteral("design"), [&]() -> Result<QString> {
            if (auto added = m_wp.repositories().testing.addAttribute(*control, attribute.letter, attribute.text);
                !added)
                return added.error();
            return changeSummary(
                {}, {{QStringLiteral("attribute"), attribute.letter}, {QStringLiteral("text"), attribute.text}});
        });
    if (!ok)
        return ok.error();
    return attribute;
}

Result<QList<TestAttribute>> TestingService::attributes(const QString &controlId) const
{
    const auto control = controlRowId(controlId);
    if (!control)
        return control.error();
    const auto stored = m_wp.repositories().testing.attributes(*control);
    if (!stored)
        return stored.error();
    QList<TestAttribute> out;
    for (const AttributeRecord &r : *stored)
        out.append({r.letter, r.text});
    return out;
}

Result<QString> TestingService::samplePopulation(const QString &controlId, const QString &population) const
{
    Repositories &repos = m_wp.repositories();
    const auto names = repos.populations.namesForControl(controlId);
    if (!names)
        return names.error();
    const QString listed = names->join(QStringLiteral(", "));
    const QString named = population.trimmed();
    if (names->isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    tr("control %1 has no population with a sample; import its population and draw a sample first")
                        .arg(controlId));
    if (!named.isEmpty()) {
        if (!names->contains(named))
            return fail(ErrorCode::NotFound,
                        tr("population \"%1\" is not a population of control %2 (its populations: %3)")
                            .arg(named, controlId, listed));
        return named;
    }
    if (names->size() == 1)
        return names->first();
    QStringList sampled;
    for (const QString &name : *names) {
        const auto info = repos.populations.find(name);
        if (!info)
            return info.error();
        if (!*info)
            continue;
        const auto sampleId = repos.testing.sampleId((*info)->id);
        if (!sampleId)
            return sampleId.error();
        if (*sampleId)
            sampled << name;
    }
    if (sampled.size() == 1)
        return sampled.first();
    if (sampled.isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    tr("control %1 has several populations (%2) and none has a sample; draw a sample first")
                        .arg(controlId, listed));
    return fail(ErrorCode::InvalidArgument,
                tr("control %1 has several populations with a sample (%2); name the one whose sample is tested")
                    .arg(controlId, sampled.join(QStringLiteral(", "))));
}

Result<TestingService::Cell> TestingService::resolveCell(const QString &controlId, qint64 row, const QString &letter,
                                                         const QString &population) const
{
    Repositories &repos = m_wp.repositories();
    const auto control = controlRowId(controlId);
    if (!control)
        return control.error();

    // The control's sample: the sample of the population named, or of its only (sampled) population.
    const auto sampled = samplePopulation(controlId, population);
    if (!sampled)
        return sampled.error();
    const QString chosen = *sampled;
    const auto info = repos.populations.find(chosen);
    if (!info)
        return info.error();
    if (!*info)
        return fail(ErrorCode::NotFound, tr("population \"%1\" does not exist").arg(chosen));
    const auto sample = repos.samples.find((*info)->id);
    const auto sampleId = repos.testing.sampleId((*info)->id);
    if (!sample)
        return sample.error();
    if (!sampleId)
        return sampleId.error();
    if (!*sample || !*sampleId)
        return fail(ErrorCode::InvalidArgument,
                    tr("population \"%1\" of control %2 has no sample; draw one first").arg(chosen, controlId));
    const SampleTarget target{chosen, **sampleId, (*sample)->rows};
    if (!target.rows.contains(row))
        return fail(ErrorCode::InvalidArgument, tr("row %1 is not in the sample of population \"%2\" (rows: %3)")
                                                    .arg(row)
                                                    .arg(target.population, rowsText(target.rows)));

    const auto defined = repos.testing.attributes(*control);
    if (!defined)
        return defined.error();
    const QString wanted = letter.trimmed().toUpper();
    const auto attribute =
        std::find_if(defined->cbegin(), defined->cend(), [&](const AttributeRecord &a) { return a.letter == wanted; });
    if (attribute == defined->cend()) {
        QStringList letters;
        for (const AttributeRecord &a : *defined)
            letters << a.letter;
        return fail(ErrorCode::InvalidArgument,
                    tr("attribute %1 is not defined for control %2 (defined: %3)")
                        .arg(wanted.isEmpty() ? QStringLiteral("\"\"") : wanted, controlId,
                             letters.isEmpty() ? tr("none") : letters.join(QStringLiteral(", "))));
    }

    return Cell{*control, target.population, target.sampleId, attribute->id, wanted};
}

Result<void> TestingService::record(const QString &controlId, qint64 row, const QString &letter, AttributeResult result,
                                    const QString &note, const QString &population)
{
    const auto cell = resolveCell(controlId, row, letter, population);
    if (!cell)
        return cell.error();
    return m_wp.perform(QStringLiteral("control:%1").arg(controlId), QStringLiteral("record"),
                        [&]() -> Result<QString> { return recordInAction(controlId, *cell, row, result, note, nullptr); });
}

Result<void> TestingService::recordWithReferences(const QString &controlId, qint64 row, const QString &letter,
                                                  AttributeResult result, const QString &note,
                                                  const QList<EvidenceReference> &references,
                                                  const QString &population)
{
    const auto cell = resolveCell(controlId, row, letter, population);
    if (!cell)
        return cell.error();
    for (const EvidenceReference &reference : references) {
        if (auto ok = checkReference(reference, cellText(controlId, row, cell->letter)); !ok)
            return ok;
    }
    return m_wp.perform(QStringLiteral("control:%1").arg(controlId), QStringLiteral("record"),
                        [&]() -> Result<QString> {
                            return recordInAction(controlId, *cell, row, result, note, &references);
                        });
}

Result<QString> TestingService::recordInAction(const QString &controlId, const Cell &cell, qint64 row,
                                               AttributeResult result, const QString &note,
                                               const QList<EvidenceReference> *references)
{
    Repositories &repos = m_wp.repositories();
    const QString key = attributeResultKey(result);
    const QString trimmedNote = note.trimmed();
    const auto before = repos.testing.record(cell.sampleId, row, cell.attributeId, key, trimmedNote,
                                             m_wp.clock().now().toUTC().toString(Qt::ISODate), formatActor(m_wp.actor()));
    if (!before)
        return before.error();
    std::optional<std::pair<qint64, bool>> joined;
    if (result == AttributeResult::Deviation) {
        const auto exception = joinOrCreateOperatingException(m_wp, controlId, cell.control, cell.letter, trimmedNote);
        if (!exception)
            return exception.error();
        joined = *exception;
    }
    const QJsonObject item{{QStringLiteral("population"), cell.population},
                           {QStringLiteral("row"), row},
                           {QStringLiteral("attribute"), cell.letter}};
    QJsonObject was = item;
    QJsonObject now = item;
    was.insert(QStringLiteral("result"), *before);
    now.insert(QStringLiteral("result"), key);
    now.insert(QStringLiteral("note"), trimmedNote);
    if (joined)
        now.insert(joined->second ? QStringLiteral("exception_raised") : QStringLiteral("exception"), joined->first);
    if (references) {
        const auto changed = replaceReferences(cell, row, *references);
        if (!changed)
            return changed.error();
        if (!changed->isEmpty()) {
            was.insert(QStringLiteral("evidence"), changed->value(QStringLiteral("evidence_before")));
            now.insert(QStringLiteral("evidence"), changed->value(QStringLiteral("evidence")));
        }
    }
    return changeSummary(before->isEmpty() ? QJsonObject() : was, now);
}

Result<void> TestingService::clearResult(const QString &controlId, qint64 row, const QString &letter,
                                         const QString &population)
{
    const auto cell = resolveCell(controlId, row, letter, population);
    if (!cell)
        return cell.error();
    return m_wp.perform(QStringLiteral("control:%1").arg(controlId), QStringLiteral("record"), [&]() -> Result<QString> {
        // The references go with the result (cascade); the trail keeps what they were.
        const auto references = referencesJson(*cell, row);
        if (!references)
            return references.error();
        const auto before = m_wp.repositories().testing.clearResult(cell->sampleId, row, cell->attributeId);
        if (!before)
            return before.error();
        if (before->isEmpty())
            return fail(ErrorCode::NotFound, tr("control %1 has no result for attribute %2 on row %3 to clear")
                                                 .arg(controlId, cell->letter)
                                                 .arg(row));
        const QJsonObject item{{QStringLiteral("population"), cell->population},
                               {QStringLiteral("row"), row},
                               {QStringLiteral("attribute"), cell->letter}};
        QJsonObject was = item;
        was.insert(QStringLiteral("result"), *before);
        if (!references->isEmpty())
            was.insert(QStringLiteral("evidence"), *references);
        return changeSummary(was, QJsonObject());
    });
}

Result<QList<RecordedResult>> TestingService::results(const QString &controlId) const
{
    const auto control = controlRowId(controlId);
    if (!control)
        return control.error();
    const auto stored = m_wp.repositories().testing.results(*control);
    if (!stored)
        return stored.error();
    QList<RecordedResult> out;
    for (const ResultRecord &r : *stored)
        out.append({r.population, r.row, r.letter,
                    attributeResultFromKey(r.result).value_or(AttributeResult::NotApplicable), r.note,
                    QDateTime::fromString(r.recordedAt, Qt::ISODate), r.recordedBy});
    return out;
}

} // namespace Tickmark::Core
