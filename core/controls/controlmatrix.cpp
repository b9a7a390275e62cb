// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controlmatrix.h"

#include "criteria/criterion.h"
#include "io/csvreader.h"
#include "io/xlsxreader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace Tickmark::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tickmark::Core", text);
}

enum class Column { Id, Description, Criteria, Frequency, Type, Owner, Key };

QString normalHeader(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s_\\-/#.]+"));
    QString t = text.trimmed().toLower();
    t.replace(separators, QStringLiteral(" "));
    return t.trimmed();
}

std::optional<Column> columnFor(const QString &header)
{
    static const QHash<QString, Column> names{
        {QStringLiteral("control id"), Column::Id},         {QStringLiteral("id"), Column::Id},
        {QStringLiteral("control"), Column::Id},            {QStringLiteral("control ref"), Column::Id},
        {QStringLiteral("ref"), Column::Id},                {QStringLiteral("control number"), Column::Id},
        {QStringLiteral("control no"), Column::Id},         {QStringLiteral("description"), Column::Description},
        {QStringLiteral("control description"), Column::Description},
        {QStringLiteral("control activity"), Column::Description},
        {QStringLiteral("criteria"), Column::Criteria},     {QStringLiteral("criterion"), Column::Criteria},
        {QStringLiteral("tsc"), Column::Criteria},          {QStringLiteral("trust services criteria"), Column::Criteria},
        {QStringLiteral("mapped criteria"), Column::Criteria},
        {QStringLiteral("frequency"), Column::Frequency},   {QStringLiteral("control frequency"), Column::Frequency},
        {QStringLiteral("type"), Column::Type},             {QStringLiteral("control type"), Column::Type},
        {QStringLiteral("nature"), Column::Type},           {QStringLiteral("manual automated"), Column::Type},
        {QStringLiteral("owner"), Column::Owner},           {QStringLiteral("control owner"), Column::Owner},
        {QStringLiteral("key"), Column::Key},               {QStringLiteral("key control"), Column::Key},
    };
    const auto it = names.constFind(normalHeader(header));
    if (it == names.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<bool> parseYesNo(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("no") || t == QLatin1String("n") || t == QLatin1String("false")
        || t == QLatin1String("0"))
        return false;
    if (t == QLatin1String("yes") || t == QLatin1String("y") || t == QLatin1String("true") || t == QLatin1String("1")
        || t == QLatin1String("x") || t == QLatin1String("key"))
        return true;
    return std::nullopt;
}

class MatrixParser
{
    Q_DECLARE_TR_FUNCTIONS(Tickmark::Core::MatrixParser)

public:
    Result<void> mapHeader(const QStringList &header, QStringList &unknown);
    Result<Control> parseRow(const QStringList &record, int row) const;

private:
    QString cell(const QStringList &record, Column c) const
    {
        const int i = m_index.value(c, -1);
        return i >= 0 && i < record.size() ? record.at(i).trimmed() : QString();
    }
    Result<void> fillOptional(Control &c, const QStringList &record, int row) const;
    QHash<Column, int> m_index;
};

Result<void> MatrixParser::mapHeader(const QStringList &header, QStringList &unknown)
{
    for (int i = 0; i < header.size(); ++i) {
        const auto column = columnFor(header.at(i));
        if (!column) {
            if (!header.at(i).trimmed().isEmpty())
                unknown << header.at(i).trimmed();
            continue;
        }
        if (m_index.contains(*column))
            return fail(ErrorCode::ImportFailed, tr("header: column \"%1\" repeats an earlier column").arg(header.at(i)));
        m_index.insert(*column, i);
    }
    const QList<std::pair<Column, QString>> required{{Column::Id, tr("control id")},
                                                     {Column::Description, tr("description")},
                                                     {Column::Criteria, tr("criteria")}};
    for (const auto &[column, name] : required) {
        if (!m_index.contains(column))
            return fail(ErrorCode::ImportFailed, tr("header: no \"%1\" column (found: %2)").arg(name, header.join(QStringLiteral(", "))));
    }
    return {};
}

Result<void> MatrixParser::fillOptional(Control &c, const QStringList &record, int row) const
{
    if (const QString f = cell(record, Column::Frequency); !f.isEmpty()) {
        const auto freq = frequencyFromText(f);
        if (!freq)
            return fail(ErrorCode::ImportFailed, tr("row %1 (control %2): unknown frequency \"%3\"; use annual, quarterly,"
                                                    " monthly, weekly, daily, multiple-daily or ad-hoc")
                                                     .arg(row).arg(c.id, f));
        c.frequency = *freq;
    }
    if (const QString t = cell(record, Column::Type); !t.isEmpty()) {
        const auto type = controlTypeFromText(t);
        if (!type)
            return fail(ErrorCode::ImportFailed,
                        tr("row %1 (control %2): unknown type \"%3\"; use manual or automated").arg(row).arg(c.id, t));
        c.type = *type;
    }
    c.owner = cell(record, Column::Owner);
    const auto key = parseYesNo(cell(record, Column::Key));
    if (!key)
        return fail(ErrorCode::ImportFailed, tr("row %1 (control %2): key must be yes or no, not \"%3\"")
                                                 .arg(row).arg(c.id, cell(record, Column::Key)));
    c.key = *key;
    return {};
}

Result<Control> MatrixParser::parseRow(const QStringList &record, int row) const
{
    Control c;
    c.id = cell(record, Column::Id);
    c.description = cell(record, Column::Description);
    if (c.id.isEmpty())
        return fail(ErrorCode::ImportFailed, tr("row %1: the control id is empty").arg(row));
    if (c.description.isEmpty())
        return fail(ErrorCode::ImportFailed, tr("row %1 (control %2): the description is empty").arg(row).arg(c.id));
    const QStringList ids = splitCriteriaList(cell(record, Column::Criteria));
    if (ids.isEmpty())
        return fail(ErrorCode::ImportFailed, tr("row %1 (control %2): no criteria given").arg(row).arg(c.id));
    for (const QString &id : ids) {
        if (CriteriaCatalog::indexOf(id) < 0)
            return fail(ErrorCode::ImportFailed,
                        tr("row %1 (control %2): unknown criterion \"%3\"").arg(row).arg(c.id, id));
    }
    c.criteria = CriteriaCatalog::sorted(ids);
    if (auto ok = fillOptional(c, record, row); !ok)
        return ok.error();
    return c;
}

bool isBlank(const QStringList &record)
{
    for (const QString &cell : record) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

Result<ControlMatrix> parseControlMatrix(const CsvTable &table)
{
    if (table.records.isEmpty())
        return fail(ErrorCode::ImportFailed, tr("the control matrix is empty"));
    ControlMatrix matrix;
    matrix.encoding = table.encoding;
    MatrixParser parser;
    if (auto ok = parser.mapHeader(table.records.first(), matrix.unknownHeaders); !ok)
        return ok.error();
    QSet<QString> seen;
    for (qsizetype i = 1; i < table.records.size(); ++i) {
        if (isBlank(table.records.at(i)))
            continue;
        const int row = static_cast<int>(i);
        auto control = parser.parseRow(table.records.at(i), row);
        if (!control)
            return control.error();
        if (seen.contains(control->id.toLower()))
            return fail(ErrorCode::ImportFailed, tr("row %1: control id %2 appears twice").arg(row).arg(control->id));
        seen.insert(control->id.toLower());
        matrix.controls.append(*control);
    }
    if (matrix.controls.isEmpty())
        return fail(ErrorCode::ImportFailed, tr("the control matrix has a header but no controls"));
    return matrix;
}

Result<ControlMatrix> readControlMatrixFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx")) {
        const auto workbook = readXlsxFile(path);
        if (!workbook)
            return workbook.error();
        CsvTable table;
        table.records = workbook->records;
        table.encoding = QStringLiteral("XLSX");
        auto matrix = parseControlMatrix(table);
        if (!matrix)
            return fail(ErrorCode::ImportFailed, tr("%1 (sheet %2): %3").arg(path, workbook->sheet, matrix.error().detail));
        return matrix;
    }
    const auto table = readCsvFile(path);
    if (!table && table.error().code == ErrorCode::FileError)
        return table.error();
    if (!table)
        return fail(table.error().code, tr("%1: %2").arg(path, table.error().detail));
    auto matrix = parseControlMatrix(*table);
    if (!matrix)
        return fail(ErrorCode::ImportFailed, tr("%1: %2").arg(path, matrix.error().detail));
    return matrix;
}

} // namespace Tickmark::Core
