// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestexport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <xlsxwriter.h>

namespace Tickmark::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tickmark::Core", text);
}

QStringList rowOf(const EvidenceRequest &r, const QDate &today)
{
    return {r.ref,
            r.description,
            r.controls.join(QStringLiteral(", ")),
            r.owner,
            r.due.isValid() ? r.due.toString(Qt::ISODate) : QString(),
            requestStatusKey(r.status),
            r.overdue(today) ? tr("yes") : QString(),
            r.packages.join(QStringLiteral(", ")),
            QString()};
}

QString csvField(const QString &value)
{
    static const QString special = QStringLiteral(",\"\r\n");
    bool quote = value.startsWith(QLatin1Char(' ')) || value.endsWith(QLatin1Char(' '));
    for (QChar c : special)
        quote = quote || value.contains(c);
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QByteArray csvLine(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &f : fields)
        quoted << csvField(f);
    return quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

} // namespace

QStringList requestListHeaders()
{
    return {tr("Ref"),    tr("Description"), tr("Controls"),          tr("Owner"),          tr("Due"),
            tr("Status"), tr("Overdue"),     tr("Evidence received"), tr("Client comments")};
}

Result<void> writeRequestCsv(const QString &path, const QList<EvidenceRequest> &requests, const QDate &today)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return fail(ErrorCode::FileError, tr("cannot write %1: %2").arg(path, out.errorString()));
    QByteArray bytes("\xEF\xBB\xBF");
    bytes += csvLine(requestListHeaders());
    for (const EvidenceRequest &r : requests)
        bytes += csvLine(rowOf(r, today));
    if (out.write(bytes) != bytes.size() || !out.commit())
        return fail(ErrorCode::FileError, tr("cannot write %1: %2").arg(path, out.errorString()));
    return {};
}

Result<void> writeRequestXlsx(const QString &path, const QList<EvidenceRequest> &requests,
                              const EngagementDetails &details, const QDate &today)
{
    // libxlsxwriter reports its own failures on stderr, so check the folder first and fail with one clear message.
    if (const QFileInfo dir(QFileInfo(path).absolutePath()); !dir.isDir() || !dir.isWritable())
        return fail(ErrorCode::FileError,
                    tr("cannot write %1: the folder does not exist or is not writable").arg(path));
    lxw_workbook *book = workbook_new(QFile::encodeName(path).constData());
    if (!book)
        return fail(ErrorCode::FileError, tr("cannot create %1").arg(path));
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Requests");
    lxw_format *title = workbook_add_format(book);
    format_set_bold(title);
    format_set_font_size(title, 14);
    lxw_format *header = workbook_add_format(book);
    format_set_bold(header);
    format_set_bg_color(header, 0xDCE6F1);
    format_set_border(header, LXW_BORDER_THIN);
    lxw_format *input = workbook_add_format(book);
    format_set_bg_color(input, 0xFFF2CC);
    format_set_border(input, LXW_BORDER_THIN);
    lxw_format *wrap = workbook_add_format(book);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
    const auto text = [&](lxw_row_t row, lxw_col_t col, const QString &value, lxw_format *format) {
        worksheet_write_string(sheet, row, col, value.toUtf8().constData(), format);
    };
    text(0, 0, tr("Evidence request list"), title);
    text(1, 0, tr("%1 — %2").arg(details.client, details.system), nullptr);
    text(2, 0, tr("Please provide the evidence for each open request and add your comments in the shaded column."),
         nullptr);
    const QStringList headers = requestListHeaders();
    for (int c = 0; c < headers.size(); ++c)
        text(4, static_cast<lxw_col_t>(c), headers.at(c), header);
    for (int i = 0; i < requests.size(); ++i) {
        const QStringList row = rowOf(requests.at(i), today);
        const auto r = static_cast<lxw_row_t>(5 + i);
        for (int c = 0; c + 1 < row.size(); ++c)
            text(r, static_cast<lxw_col_t>(c), row.at(c), wrap);
        worksheet_write_blank(sheet, r, static_cast<lxw_col_t>(row.size() - 1), input);
    }
    worksheet_set_column(sheet, 0, 0, 10, nullptr);
    worksheet_set_column(sheet, 1, 1, 50, nullptr);
    worksheet_set_column(sheet, 2, 7, 16, nullptr);
    worksheet_set_column(sheet, 8, 8, 40, nullptr);
    worksheet_freeze_panes(sheet, 5, 1);
    if (const lxw_error err = workbook_close(book); err != LXW_NO_ERROR)
        return fail(ErrorCode::FileError,
                    tr("cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(err))));
    return {};
}

} // namespace Tickmark::Core
