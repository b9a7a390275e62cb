// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplingservice.h"

#include "common/summary.h"
#include "engagement/engagementservice.h"
#include "population/populationservice.h"
#include "selection.h"
#include "workpaper/repositories.h"
#include "workpaper/workpaper.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <xlsxwriter.h>

namespace Tickmark::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tickmark::Core", text);
}

const QString kFrequencyTableKey = QStringLiteral("frequency_table");

Result<PopulationInfo> population(Workpaper &wp, const QString &name)
{
    const auto found = wp.repositories().populations.find(name);
    if (!found)
        return found.error();
    if (!*found)
        return fail(ErrorCode::NotFound, tr("population \"%1\" does not exist").arg(name));
    return **found;
}

Result<QList<qint64>> select(SelectionMethod method, quint64 seed, qint64 n, int size)
{
    return method == SelectionMethod::Systematic ? systematicSelection(seed, n, size) : randomSelection(seed, n, size);
}

QJsonObject sampleJson(const SampleInfo &s)
{
    QJsonArray rows;
    for (const qint64 r : s.rows)
        rows.append(r);
    return {{QStringLiteral("population"), s.population},
            {QStringLiteral("method"), selectionMethodKey(s.method)},
            {QStringLiteral("seed"), QString::number(s.seed)},
            {QStringLiteral("size"), static_cast<int>(s.rows.size())},
            {QStringLiteral("basis"), s.basis},
            {QStringLiteral("rows"), rows}};
}

QString sampleSummary(const SampleInfo &s)
{
    return changeSummary({}, sampleJson(s));
}

} // namespace

QString selectionMethodKey(SelectionMethod m)
{
    return m == SelectionMethod::Systematic ? QStringLiteral("systematic") : QStringLiteral("random");
}

std::optional<SelectionMethod> selectionMethodFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("random"))
        return SelectionMethod::Random;
    if (k == QLatin1String("systematic"))
        return SelectionMethod::Systematic;
    return std::nullopt;
}

Result<SampleInfo> SamplingService::draw(const QString &populationName, int size, SelectionMethod method,
                                         std::optional<quint64> seed, const QString &basis)
{
    if (auto unlocked = m_wp.requireUnlocked(); !unlocked)
        return unlocked.error();
    const auto pop = population(m_wp, populationName);
    if (!pop)
        return pop.error();
    SampleInfo s;
    s.population = pop->name;
    s.populationId = pop->id;
    s.populationSize = pop->rowCount;
    s.method = method;
    s.seed = seed.value_or(newSeed());
    s.basis = basis;
    auto rows = select(method, s.seed, pop->rowCount, size);
    if (!rows)
        return fail(rows.error().code, tr("population \"%1\" (%2 rows): %3").arg(pop->name).arg(pop->rowCount).arg(rows.error().detail));
    s.rows = *rows;
    s.drawnAt = m_wp.clock().now();
    s.drawnBy = formatActor(m_wp.actor());
    // Results recorded on the current sample are evidence of testing; a new sample discards them (the foreign keys
    // cascade), so only a reviewer or partner may do that, and the trail says how many went.
    const auto recorded = m_wp.repositories().testing.resultCount(pop->id);
    if (!recorded)
        return recorded.error();
    if (*recorded > 0 && m_wp.actor().role == Role::Preparer)
        return fail(ErrorCode::PermissionDenied, tr("results are recorded on the sample of %1; only a reviewer or"
                                                    " partner can redraw it (and it is logged)")
                                                     .arg(pop->name));
    const QString action = *recorded > 0 ? QStringLiteral("redraw") : QStringLiteral("draw");
    auto ok = m_wp.perform(QStringLiteral("sample:%1").arg(pop->name), action, [&]() -> Result<QString> {
        const SampleRecord record{selectionMethodKey(method), QString::number(s.seed), basis, s.rows,
                                  s.drawnAt.toUTC().toString(Qt::ISODate), s.drawnBy};
        if (auto saved = m_wp.repositories().samples.save(pop->id, record); !saved)
            return saved.error();
        if (*recorded == 0)
            return sampleSummary(s);
        QJsonObject after = sampleJson(s);
        after.insert(QStringLiteral("discarded_results"), *recorded);
        return changeSummary({}, after);
    });
    if (!ok)
        return ok.error();
    return s;
}

Result<SampleInfo> SamplingService::extend(const QString &populationName, int newSize)
{
    if (auto unlocked = m_wp.requireUnlocked(); !unlocked)
        return unlocked.error();
    const auto current = sample(populationName);
    if (!current)
        return current.error();
    if (!*current)
        return fail(ErrorCode::NotFound, tr("population \"%1\" has no sample to extend").arg(populationName));
    const SampleInfo &s = **current;
    if (s.method == SelectionMethod::Systematic)
        return fail(ErrorCode::InvalidArgument, tr("a systematic sample cannot be extended (its interval would change);"
                                                   " draw a new sample instead"));
    if (newSize <= s.rows.size())
        return fail(ErrorCode::InvalidArgument, tr("size: %1 is not larger than the current sample of %2")
                                                    .arg(newSize).arg(s.rows.size()));
    // The same seed continues the same stream, so the first items are unchanged (selection.h). Only the new items
    // are stored: the sample keeps its id and items, and so the results recorded on them.
    auto rows = select(s.method, s.seed, s.populationSize, newSize);
    if (!rows)
        return fail(rows.error().code, tr("population \"%1\" (%2 rows): %3")
                                           .arg(s.population).arg(s.populationSize).arg(rows.error().detail));
    if (rows->mid(0, s.rows.size()) != s.rows)
        return fail(ErrorCode::IntegrityFailure, tr("the stored sample of population \"%1\" does not match its seed %2;"
                                                    " it cannot be extended")
                                                     .arg(s.population).arg(s.seed));
    const QList<qint64> added = rows->mid(s.rows.size());
    SampleInfo extended = s;
    extended.rows = *rows;
    auto ok = m_wp.perform(QStringLiteral("sample:%1").arg(s.population), QStringLiteral("extend"),
                           [&]() -> Result<QString> {
                               if (auto saved = m_wp.repositories().samples.append(s.populationId, added); !saved)
                                   return saved.error();
                               QJsonObject before = sampleJson(s);
                               before.remove(QStringLiteral("rows"));
                               return changeSummary(before, sampleJson(extended));
                           });
    if (!ok)
        return ok.error();
    return extended;
}

Result<std::optional<SampleInfo>> SamplingService::sample(const QString &populationName) const
{
    const auto pop = population(m_wp, populationName);
    if (!pop)
        return pop.error();
    const auto record = m_wp.repositories().samples.find(pop->id);
    if (!record)
        return record.error();
    if (!*record)
        return std::optional<SampleInfo>();
    const SampleRecord &r = **record;
    SampleInfo s;
    s.population = pop->name;
    s.populationId = pop->id;
    s.populationSize = pop->rowCount;
    s.method = selectionMethodFromKey(r.method).value_or(SelectionMethod::Random);
    s.seed = r.seed.toULongLong();
    s.basis = r.basis;
    s.rows = r.rows;
    s.drawnAt = QDateTime::fromString(r.drawnAt, Qt::ISODate);
    s.drawnBy = r.drawnBy;
    return std::optional<SampleInfo>(s);
}

Result<FrequencyTable> SamplingService::frequencyTable() const
{
    const auto json = m_wp.repositories().samples.setting(kFrequencyTableKey);
    if (!json)
        return json.error();
    if (json->isEmpty())
        return FrequencyTable::defaults();
    return FrequencyTable::fromJson(QJsonDocument::fromJson(json->toUtf8()).object());
}

Result<void> SamplingService::setFrequencyTable(const FrequencyTable &table)
{
    const auto before = frequencyTable();
    if (!before)
        return before.error();
    return m_wp.perform(QStringLiteral("settings:frequency-table"), QStringLiteral("update"), [&]() -> Result<QString> {
        const QString json = QString::fromUtf8(QJsonDocument(table.toJson()).toJson(QJsonDocument::Compact));
        if (auto ok = m_wp.repositories().samples.setSetting(kFrequencyTableKey, json); !ok)
            return ok.error();
        return diffSummary(before->toJson(), table.toJson());
    });
}

namespace {

struct RequestWriter
{
    lxw_workbook *book = nullptr;
    lxw_worksheet *sheet = nullptr;
    lxw_format *title = nullptr;
    lxw_format *header = nullptr;
    lxw_format *input = nullptr;

    void text(lxw_row_t row, lxw_col_t col, const QString &value, lxw_format *format = nullptr)
    {
        worksheet_write_string(sheet, row, col, value.toUtf8().constData(), format);
    }
};

RequestWriter openRequest(const QString &path)
{
    RequestWriter w;
    w.book = workbook_new(QFile::encodeName(path).constData());
    if (!w.book)
        return w;
    w.sheet = workbook_add_worksheet(w.book, "Request");
    w.title = workbook_add_format(w.book);
    format_set_bold(w.title);
    format_set_font_size(w.title, 14);
    w.header = workbook_add_format(w.book);
    format_set_bold(w.header);
    format_set_bg_color(w.header, 0xDCE6F1);
    format_set_border(w.header, LXW_BORDER_THIN);
    w.input = workbook_add_format(w.book);
    format_set_bg_color(w.input, 0xFFF2CC);
    format_set_border(w.input, LXW_BORDER_THIN);
    return w;
}

} // namespace

Result<void> SamplingService::exportRequest(const QString &populationName, const QString &xlsxPath) const
{
    if (auto ok = m_wp.checkExportTarget(xlsxPath); !ok)
        return ok;
    const auto current = sample(populationName);
    if (!current)
        return current.error();
    if (!*current)
        return fail(ErrorCode::NotFound, tr("population \"%1\" has no sample to export").arg(populationName));
    const SampleInfo &s = **current;
    const auto pop = population(m_wp, populationName);
    const auto rows = m_wp.populations().rowsByNumber(s.populationId, s.rows);
    const auto details = m_wp.engagement().details();
    if (!pop || !rows || !details)
        return fail(ErrorCode::Database, tr("cannot read the sample of \"%1\"").arg(populationName));
    // libxlsxwriter reports its own failures on stderr, so check the folder first and fail with one clear message.
    if (const QFileInfo dir(QFileInfo(xlsxPath).absolutePath()); !dir.isDir() || !dir.isWritable())
        return fail(ErrorCode::FileError, tr("cannot write %1: the folder does not exist or is not writable").arg(xlsxPath));
    RequestWriter w = openRequest(xlsxPath);
    if (!w.book)
        return fail(ErrorCode::FileError, tr("cannot create %1").arg(xlsxPath));
    w.text(0, 0, tr("Sample request: %1").arg(pop->name), w.title);
    w.text(1, 0, tr("%1 — %2").arg(details->client, details->system));
    w.text(2, 0, tr("Control %1 · %2 selection of %3 items from %4 rows (seed %5)")
                     .arg(pop->controlId, selectionMethodKey(s.method)).arg(s.rows.size()).arg(s.populationSize).arg(s.seed));
    w.text(3, 0, tr("Please provide evidence for each item and fill in the shaded columns."));
    const QStringList extra{tr("Evidence reference"), tr("Provided by"), tr("Date provided"), tr("Client comments")};
    QStringList headers{tr("Item"), tr("Population row")};
    headers << pop->columns << extra;
    for (int c = 0; c < headers.size(); ++c)
        w.text(5, static_cast<lxw_col_t>(c), headers.at(c), w.header);
    for (int i = 0; i < s.rows.size(); ++i) {
        const auto r = static_cast<lxw_row_t>(6 + i);
        worksheet_write_number(w.sheet, r, 0, i + 1, nullptr);
        worksheet_write_number(w.sheet, r, 1, static_cast<double>(s.rows.at(i)), nullptr);
        const QStringList &values = rows->at(i);
        for (int c = 0; c < values.size(); ++c)
            w.text(r, static_cast<lxw_col_t>(2 + c), values.at(c));
        for (int c = 0; c < extra.size(); ++c)
            worksheet_write_blank(w.sheet, r, static_cast<lxw_col_t>(2 + values.size() + c), w.input);
    }
    worksheet_set_column(w.sheet, 0, 1, 10, nullptr);
    worksheet_set_column(w.sheet, 2, static_cast<lxw_col_t>(headers.size() - 1), 22, nullptr);
    worksheet_freeze_panes(w.sheet, 6, 2);
    if (const lxw_error err = workbook_close(w.book); err != LXW_NO_ERROR)
        return fail(ErrorCode::FileError, tr("cannot write %1: %2").arg(xlsxPath, QString::fromUtf8(lxw_strerror(err))));
    return {};
}

} // namespace Tickmark::Core
