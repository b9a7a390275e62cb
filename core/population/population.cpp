// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "population.h"

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

} // namespace Tickmark::Core
