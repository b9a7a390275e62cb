// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "populationimport.h"

#include "io/csvreader.h"
#include "io/xlsxreader.h"
#include "population/populationservice.h"
#include "workpaper/workpaper.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace Tickmark::Ui {

namespace {

/// Bytes of a CSV file read for the preview.
constexpr qint64 kPreviewBytes = qint64(64) * 1024;
/// Earlier line ends tried when the cut falls inside a quoted field that spans lines.
constexpr int kCutRetries = 16;

bool isBlank(const QStringList &record)
{
    return std::all_of(record.cbegin(), record.cend(), [](const QString &field) { return field.trimmed().isEmpty(); });
}

/// Splits @p records into the skipped title block, the header (record @p headerRow) and up to @p maxRecords
/// non-blank data records, as the importer reads them.
void fillPreview(PopulationPreview &preview, const QList<QStringList> &records, int maxRecords, int headerRow)
{
    const qsizetype headerIndex = std::max(headerRow, 1) - 1;
    preview.skipped = records.mid(0, std::min(headerIndex, records.size()));
    qsizetype i = headerIndex;
    if (i < records.size())
        preview.header = records.at(i++);
    for (; i < records.size() && preview.records.size() < maxRecords; ++i) {
        if (!isBlank(records.at(i)))
            preview.records.append(records.at(i));
    }
    preview.columnTypes = Core::inferColumnTypes(preview.records, preview.header.size());
}

Result<PopulationPreview> csvPreview(const QString &path, int maxRecords, int headerRow)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::FileError, QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    QByteArray bytes = file.read(kPreviewBytes);
    const bool partial = !file.atEnd();
    PopulationPreview preview;
    preview.partial = partial;
    if (!partial) {
        auto table = Core::readCsv(bytes);
        if (!table)
            return table.error();
        preview.encoding = table->encoding;
        fillPreview(preview, table->records, maxRecords, headerRow);
        return preview;
    }
    // Cut after the last line end; when that falls inside a quoted field, step back line by line.
    qsizetype cut = bytes.size();
    Error lastError{ErrorCode::ImportFailed, {}};
    for (int attempt = 0; attempt < kCutRetries; ++attempt) {
        cut = bytes.lastIndexOf('\n', cut - 1);
        if (cut <= 0)
            break;
        auto table = Core::readCsv(bytes.left(cut + 1));
        if (table) {
            preview.encoding = table->encoding;
            fillPreview(preview, table->records, maxRecords, headerRow);
            return preview;
        }
        lastError = table.error();
    }
    if (lastError.detail.isEmpty())
        lastError.detail = QStringLiteral("%1: no line end in the first %2 KB")
                               .arg(QFileInfo(path).fileName())
                               .arg(kPreviewBytes / 1024);
    return lastError;
}

Result<PopulationPreview> xlsxPreview(const QString &path, const QString &sheet, int maxRecords, int headerRow)
{
    auto table = Core::readXlsxFile(path, sheet);
    if (!table)
        return table.error();
    PopulationPreview preview;
    preview.sheets = table->sheetNames;
    preview.sheet = table->sheet;
    preview.encoding = QStringLiteral("XLSX");
    fillPreview(preview, table->records, maxRecords, headerRow);
    return preview;
}

} // namespace

bool isWorkbookFile(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0;
}

QString suggestedPopulationName(const QString &path)
{
    static const QRegularExpression separators(QStringLiteral("[_\\s]+"));
    return QFileInfo(path).completeBaseName().replace(separators, QStringLiteral(" ")).trimmed();
}

Result<PopulationPreview> readPopulationPreview(const QString &path, const QString &sheet, int maxRecords,
                                                int headerRow)
{
    return isWorkbookFile(path) ? xlsxPreview(path, sheet, maxRecords, headerRow)
                                : csvPreview(path, maxRecords, headerRow);
}

Result<Core::PopulationImportResult> runPopulationImport(const QString &workpaperPath, const Core::Actor &actor,
                                                         const PopulationImportRequest &request,
                                                         const ImportProgressCallback &progress)
{
    // A connection of this thread's own: SQLite handles must not cross threads.
    auto opened = Core::Workpaper::open(workpaperPath, actor);
    if (!opened)
        return opened.error();
    std::unique_ptr<Core::Workpaper> workpaper = std::move(*opened);
    Core::PopulationImportOptions options;
    options.name = request.name;
    options.controlId = request.controlId;
    options.sheet = request.sheet;
    options.headerRow = request.headerRow;
    options.progress = progress;
    auto result = workpaper->populations().importFile(request.path, options);
    workpaper.reset();
    return result;
}

} // namespace Tickmark::Ui
