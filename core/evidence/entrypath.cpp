// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entrypath.h"

#include <QCoreApplication>
#include <QList>

namespace Tickmark::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tickmark::Core", text);
}

// Length of the valid UTF-8 sequence starting at p[0] (strict: no overlongs, surrogates or values beyond
// U+10FFFF), or 0 if the bytes there are not one.
int validSequence(const unsigned char *p, qsizetype available)
{
    const unsigned char c = p[0];
    int extra = 0;
    char32_t value = 0;
    char32_t minimum = 0;
    if (c < 0x80)
        return 1;
    if ((c & 0xE0) == 0xC0) {
        extra = 1, value = c & 0x1F, minimum = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        extra = 2, value = c & 0x0F, minimum = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        extra = 3, value = c & 0x07, minimum = 0x10000;
    } else {
        return 0;
    }
    if (available <= extra)
        return 0;
    for (int i = 1; i <= extra; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        value = (value << 6) | (p[i] & 0x3F);
    }
    if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return 0;
    return extra + 1;
}

void appendEscaped(QString &out, unsigned char byte)
{
    static const char kHex[] = "0123456789abcdef";
    out += QLatin1String("\\x");
    out += QLatin1Char(kHex[byte >> 4]);
    out += QLatin1Char(kHex[byte & 0x0F]);
}

bool isAbsolute(QByteArrayView raw)
{
    if (raw.startsWith('/') || raw.startsWith('\\'))
        return true;
    // "C:\x" or "C:x": a drive letter makes the path absolute (or drive-relative) on Windows.
    return raw.size() >= 2 && raw[1] == ':' && ((raw[0] >= 'A' && raw[0] <= 'Z') || (raw[0] >= 'a' && raw[0] <= 'z'));
}

} // namespace

QString displayPath(QByteArrayView raw)
{
    QString out;
    out.reserve(raw.size());
    const auto *p = reinterpret_cast<const unsigned char *>(raw.data());
    qsizetype i = 0;
    while (i < raw.size()) {
        const int len = validSequence(p + i, raw.size() - i);
        if (len == 0 || (len == 1 && (p[i] < 0x20 || p[i] == 0x7F))) {
            appendEscaped(out, p[i]);
            ++i;
            continue;
        }
        out += QString::fromUtf8(reinterpret_cast<const char *>(p + i), len);
        i += len;
    }
    return out;
}

EntryPathCheck checkEntryPath(QByteArrayView raw)
{
    EntryPathCheck check;
    if (isAbsolute(raw)) {
        check.problem = tr("absolute path (entries must be relative to the package)");
        return check;
    }
    // Backslashes count as separators here (a Windows tool would treat them so), not in the normalized name.
    qsizetype start = 0;
    for (qsizetype i = 0; i <= raw.size(); ++i) {
        if (i < raw.size() && raw[i] != '/' && raw[i] != '\\')
            continue;
        if (raw.sliced(start, i - start) == "..") {
            check.problem = tr("the path climbs out of the package with \"..\"");
            return check;
        }
        start = i + 1;
    }
    QList<QByteArrayView> kept;
    start = 0;
    for (qsizetype i = 0; i <= raw.size(); ++i) {
        if (i < raw.size() && raw[i] != '/')
            continue;
        const QByteArrayView segment = raw.sliced(start, i - start);
        start = i + 1;
        if (!segment.isEmpty() && segment != ".")
            kept.append(segment);
    }
    for (const QByteArrayView segment : kept) {
        if (!check.normalized.isEmpty())
            check.normalized += '/';
        check.normalized += segment;
    }
    if (check.normalized.isEmpty())
        check.problem = tr("the entry has no name");
    return check;
}

QString uniquePath(const QString &path, QSet<QString> &used)
{
    if (!used.contains(path)) {
        used.insert(path);
        return path;
    }
    const qsizetype slash = path.lastIndexOf(u'/');
    const qsizetype dot = path.lastIndexOf(u'.');
    // A dot that starts the last segment (".profile") is not an extension.
    const qsizetype cut = (dot > slash + 1) ? dot : path.size();
    for (int n = 2;; ++n) {
        QString candidate = path.left(cut) + QStringLiteral(" (%1)").arg(n) + path.mid(cut);
        if (!used.contains(candidate)) {
            used.insert(candidate);
            return candidate;
        }
    }
}

} // namespace Tickmark::Core
