// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "population.h"

#include <QDate>
#include <QRegularExpression>

namespace Tickmark::Core {

void appendEncodedField(QByteArray &row, QByteArrayView utf8)
{
    auto length = static_cast<quint64>(utf8.size());
    do {
        auto byte = static_cast<char>(length & 0x7F);
        length >>= 7;
        if (length)
            byte = static_cast<char>(byte | 0x80);
        row.append(byte);
    } while (length);
    row.append(utf8);
}

QByteArray encodeRow(const QStringList &fields)
{
    QByteArray row;
    for (const QString &f : fields)
        appendEncodedField(row, f.toUtf8());
    return row;
}

std::optional<QStringList> decodeRow(QByteArrayView blob)
{
    QStringList fields;
    qsizetype pos = 0;
    while (pos < blob.size()) {
        quint64 length = 0;
        int shift = 0;
        for (;;) {
            if (pos >= blob.size() || shift > 56)
                return std::nullopt;
            const auto byte = static_cast<unsigned char>(blob[pos++]);
            length |= static_cast<quint64>(byte & 0x7F) << shift;
            shift += 7;
            if (!(byte & 0x80))
                break;
        }
        if (length > static_cast<quint64>(blob.size() - pos))
            return std::nullopt;
        fields.append(QString::fromUtf8(blob.sliced(pos, static_cast<qsizetype>(length))));
        pos += static_cast<qsizetype>(length);
    }
    return fields;
}

namespace {

QString valueType(const QString &value)
{
    static const QRegularExpression number(QStringLiteral(R"(^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^[+-]?\.\d+$)"));
    static const QRegularExpression isoDate(QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})$)"));
    static const QRegularExpression slashDate(QStringLiteral(R"(^(\d{1,2})/(\d{1,2})/(\d{4})$)"));
    static const QRegularExpression isoDateTime(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$)"));
    if (number.match(value).hasMatch())
        return QStringLiteral("number");
    if (const auto m = isoDate.match(value); m.hasMatch()) {
        if (QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()).isValid())
            return QStringLiteral("date");
        return QStringLiteral("text");
    }
    if (const auto m = slashDate.match(value); m.hasMatch()) {
        // Day-first or month-first: either reading that is a real date will do.
        const int a = m.captured(1).toInt();
        const int b = m.captured(2).toInt();
        const int year = m.captured(3).toInt();
        if (QDate(year, b, a).isValid() || QDate(year, a, b).isValid())
            return QStringLiteral("date");
        return QStringLiteral("text");
    }
    if (isoDateTime.match(value).hasMatch()
        && QDate::fromString(value.left(10), Qt::ISODate).isValid())
        return QStringLiteral("date-time");
    return QStringLiteral("text");
}

} // namespace

QStringList inferColumnTypes(const QList<QStringList> &rows, qsizetype columns)
{
    QStringList types;
    types.reserve(columns);
    for (qsizetype c = 0; c < columns; ++c) {
        QString type = QStringLiteral("empty");
        for (const QStringList &row : rows) {
            const QString value = c < row.size() ? row.at(c).trimmed() : QString();
            if (value.isEmpty())
                continue;
            const QString t = valueType(value);
            if (type == QLatin1String("empty")) {
                type = t;
            } else if (type != t) {
                type = QStringLiteral("text");
            }
            if (type == QLatin1String("text"))
                break;
        }
        types.append(type);
    }
    return types;
}

} // namespace Tickmark::Core
