// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mediatype.h"

#include <QByteArray>
#include <QList>

#include <algorithm>
#include <array>
#include <utility>

namespace Tickmark::Core {

namespace {

const QString kOctetStream = QStringLiteral("application/octet-stream");
const QString kZip = QStringLiteral("application/zip");
const QString kDocx = QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
const QString kXlsx = QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
const QString kPptx = QStringLiteral("application/vnd.openxmlformats-officedocument.presentationml.presentation");

QString extensionOf(QStringView fileName)
{
    const qsizetype slash = std::max(fileName.lastIndexOf(u'/'), fileName.lastIndexOf(u'\\'));
    const QStringView base = fileName.sliced(slash + 1);
    const qsizetype dot = base.lastIndexOf(u'.');
    return dot <= 0 ? QString() : base.sliced(dot + 1).toString().toLower();
}

QString lookup(const QString &ext, std::initializer_list<std::pair<const char *, const char *>> table)
{
    for (const auto &[e, type] : table) {
        if (ext == QLatin1String(e))
            return QString::fromLatin1(type);
    }
    return {};
}

bool at(QByteArrayView head, qsizetype offset, QByteArrayView magic)
{
    return head.size() >= offset + magic.size() && head.sliced(offset, magic.size()) == magic;
}

quint16 le16(QByteArrayView b, qsizetype offset)
{
    return quint16(quint8(b[offset]) | (quint8(b[offset + 1]) << 8));
}

// A tar header block: the checksum field matches the sum of the block's bytes (the field counted as spaces).
bool isTarHeader(QByteArrayView head)
{
    if (head.size() < 512)
        return false;
    if (at(head, 257, "ustar"))
        return true;
    qint64 stored = -1;
    for (qsizetype i = 148; i < 156; ++i) {
        const char c = head[i];
        if (c >= '0' && c <= '7')
            stored = (stored < 0 ? 0 : stored * 8) + (c - '0');
        else if (c != ' ' && c != '\0')
            return false;
    }
    qint64 sum = 0;
    for (qsizetype i = 0; i < 512; ++i)
        sum += (i >= 148 && i < 156) ? ' ' : quint8(head[i]);
    return stored > 0 && stored == sum;
}

// Zip-based documents: OOXML starts with [Content_Types].xml, ODF with an uncompressed "mimetype" part.
QString zipDocumentType(QByteArrayView head, const QString &ext)
{
    QString byExt = lookup(ext, {{"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
                                 {"docm", "application/vnd.ms-word.document.macroEnabled.12"},
                                 {"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
                                 {"xlsm", "application/vnd.ms-excel.sheet.macroEnabled.12"},
                                 {"pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"},
                                 {"odt", "application/vnd.oasis.opendocument.text"},
                                 {"ods", "application/vnd.oasis.opendocument.spreadsheet"},
                                 {"odp", "application/vnd.oasis.opendocument.presentation"},
                                 {"xps", "application/vnd.ms-xpsdocument"},
                                 {"oxps", "application/oxps"}});
    if (!byExt.isEmpty())
        return byExt;
    if (head.size() < 30)
        return {};
    const QByteArrayView firstName = head.sliced(30, std::min<qsizetype>(le16(head, 26), head.size() - 30));
    if (firstName == "mimetype" && at(head, 38, "application/vnd.oasis.opendocument.")) {
        const QByteArrayView rest = head.sliced(38, std::min<qsizetype>(80, head.size() - 38));
        const qsizetype end = rest.indexOf("PK");
        return QString::fromLatin1(end > 0 ? rest.first(end) : rest);
    }
    if (firstName != "[Content_Types].xml")
        return {};
    if (head.contains("word/"))
        return kDocx;
    if (head.contains("xl/"))
        return kXlsx;
    if (head.contains("ppt/"))
        return kPptx;
    return {};
}

QString oleType(const QString &ext)
{
    const QString t = lookup(ext, {{"doc", "application/msword"},
                                   {"xls", "application/vnd.ms-excel"},
                                   {"ppt", "application/vnd.ms-powerpoint"},
                                   {"msg", "application/vnd.ms-outlook"}});
    return t.isEmpty() ? QStringLiteral("application/x-ole-storage") : t;
}

QString isoMediaType(QByteArrayView head)
{
    const QByteArrayView brand = head.sliced(8, 4);
    if (brand == "qt  ")
        return QStringLiteral("video/quicktime");
    if (brand == "heic" || brand == "heix" || brand == "mif1" || brand == "msf1")
        return QStringLiteral("image/heic");
    return QStringLiteral("video/mp4");
}

QString magicType(QByteArrayView head, const QString &ext)
{
    if (at(head, 0, "%PDF-"))
        return QStringLiteral("application/pdf");
    if (at(head, 0, "\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (at(head, 0, "\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    if (at(head, 0, "GIF87a") || at(head, 0, "GIF89a"))
        return QStringLiteral("image/gif");
    if (at(head, 0, QByteArrayView("II*\0", 4)) || at(head, 0, QByteArrayView("MM\0*", 4)))
        return QStringLiteral("image/tiff");
    if (at(head, 0, "RIFF") && at(head, 8, "WEBP"))
        return QStringLiteral("image/webp");
    if (at(head, 0, "BM") && ext == QLatin1String("bmp"))
        return QStringLiteral("image/bmp");
    if (at(head, 4, "ftyp") && head.size() >= 12)
        return isoMediaType(head);
    if (at(head, 0, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return oleType(ext);
    if (at(head, 0, "{\\rtf"))
        return QStringLiteral("application/rtf");
    if (at(head, 0, "%!PS"))
        return QStringLiteral("application/postscript");
    if (at(head, 0, "PK\x03\x04") || at(head, 0, "PK\x05\x06")) {
        const QString doc = zipDocumentType(head, ext);
        return doc.isEmpty() ? kZip : doc;
    }
    return {};
}

QString compressedType(QByteArrayView head)
{
    if (at(head, 0, "7z\xBC\xAF\x27\x1C"))
        return QStringLiteral("application/x-7z-compressed");
    if (at(head, 0, "\x1F\x8B"))
        return QStringLiteral("application/gzip");
    if (at(head, 0, "BZh") && head.size() > 3 && head[3] >= '1' && head[3] <= '9')
        return QStringLiteral("application/x-bzip2");
    if (at(head, 0,
           QByteArrayView("\xFD"
                          "7zXZ\0",
                          6)))
        return QStringLiteral("application/x-xz");
    if (isTarHeader(head))
        return QStringLiteral("application/x-tar");
    return {};
}

// Formats we recognise but never hand to libarchive.
QString unsupportedFormat(QByteArrayView head)
{
    if (at(head, 0, "Rar!\x1A\x07"))
        return QStringLiteral("RAR");
    if (at(head, 0, QByteArrayView("MSCF\0\0\0\0", 8)))
        return QStringLiteral("Microsoft Cabinet (CAB)");
    if (at(head, 0, "xar!"))
        return QStringLiteral("XAR");
    if ((at(head, 2, "-lh") || at(head, 2, "-lz")) && at(head, 6, "-"))
        return QStringLiteral("LHA/LZH");
    if (at(head, 0x8001, "CD001"))
        return QStringLiteral("ISO 9660 disc image");
    if (at(head, 0, "\x1F\x9D"))
        return QStringLiteral("Unix compress (.Z)");
    if (at(head, 0, "\x28\xB5\x2F\xFD"))
        return QStringLiteral("Zstandard");
    if (at(head, 0, "\x04\x22\x4D\x18"))
        return QStringLiteral("LZ4");
    if (at(head, 0, "LZIP"))
        return QStringLiteral("lzip");
    if (at(head, 0, "\x60\xEA"))
        return QStringLiteral("ARJ");
    if (at(head, 0, "070707") || at(head, 0, "070701") || at(head, 0, "070702"))
        return QStringLiteral("cpio");
    if (at(head, 0, "!<arch>\n"))
        return QStringLiteral("ar");
    return {};
}

bool isBinaryControl(quint8 c)
{
    return c <= 0x08 || (c >= 0x0E && c <= 0x1A) || (c >= 0x1C && c <= 0x1F);
}

bool looksLikeText(QByteArrayView head)
{
    if (at(head, 0, "\xFF\xFE") || at(head, 0, "\xFE\xFF"))
        return true; // UTF-16 with a byte-order mark
    return std::none_of(head.begin(), head.end(), [](char c) { return isBinaryControl(quint8(c)); });
}

// How many times @p delimiter occurs outside double quotes in @p line.
int countOutsideQuotes(QByteArrayView line, char delimiter)
{
    int n = 0;
    bool quoted = false;
    for (const char c : line) {
        if (c == '"')
            quoted = !quoted;
        else if (c == delimiter && !quoted)
            ++n;
    }
    return n;
}

// Delimited text: at least two lines, and the same non-zero count of one delimiter on each of the first lines.
char csvDelimiter(QByteArrayView head)
{
    QList<QByteArrayView> lines;
    qsizetype start = 0;
    while (lines.size() < 20) {
        const qsizetype nl = head.indexOf('\n', start);
        if (nl < 0)
            break;
        QByteArrayView line = head.sliced(start, nl - start);
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.isEmpty())
            lines.append(line);
        start = nl + 1;
    }
    if (start < head.size() && head.size() < kSniffBytes && lines.size() < 20)
        lines.append(head.sliced(start)); // the whole file was seen: its last line is complete
    if (lines.size() < 2)
        return 0;
    for (const char d : {',', ';', '\t', '|'}) {
        const int first = countOutsideQuotes(lines.first(), d);
        if (first == 0)
            continue;
        if (std::all_of(lines.begin(), lines.end(),
                        [&](QByteArrayView l) { return countOutsideQuotes(l, d) == first; }))
            return d;
    }
    return 0;
}

QString textTypeByExtension(const QString &ext)
{
    return lookup(ext, {{"csv", "text/csv"},
                        {"tsv", "text/tab-separated-values"},
                        {"tab", "text/tab-separated-values"},
                        {"json", "application/json"},
                        {"xml", "application/xml"},
                        {"svg", "image/svg+xml"},
                        {"html", "text/html"},
                        {"htm", "text/html"},
                        {"md", "text/markdown"},
                        {"eml", "message/rfc822"},
                        {"txt", "text/plain"},
                        {"log", "text/plain"}});
}

QString textType(QByteArrayView head, const QString &ext)
{
    if (QString byExt = textTypeByExtension(ext); !byExt.isEmpty())
        return byExt;
    QByteArrayView trimmed = head.first(std::min<qsizetype>(head.size(), 512)).trimmed();
    if (trimmed.startsWith("\xEF\xBB\xBF"))
        trimmed = trimmed.sliced(3);
    const QByteArray lower = trimmed.toByteArray().toLower();
    if (lower.startsWith("<?xml"))
        return lower.contains("<svg") ? QStringLiteral("image/svg+xml") : QStringLiteral("application/xml");
    if (lower.startsWith("<!doctype html") || lower.startsWith("<html"))
        return QStringLiteral("text/html");
    if (const char d = csvDelimiter(head))
        return d == '\t' ? QStringLiteral("text/tab-separated-values") : QStringLiteral("text/csv");
    return QStringLiteral("text/plain");
}

} // namespace

QString sniffMediaType(QByteArrayView head, QStringView fileName)
{
    head = head.first(std::min(head.size(), kSniffBytes));
    const QString ext = extensionOf(fileName);
    if (head.isEmpty()) {
        const QString byExt = textTypeByExtension(ext);
        return byExt.isEmpty() ? kOctetStream : byExt;
    }
    if (QString t = magicType(head, ext); !t.isEmpty())
        return t;
    if (QString t = compressedType(head); !t.isEmpty())
        return t;
    if (!unsupportedFormat(head).isEmpty())
        return at(head, 0, "Rar!") ? QStringLiteral("application/vnd.rar") : kOctetStream;
    // A PDF may have junk before its header; readers look for it in the first KiB.
    if (head.first(std::min<qsizetype>(head.size(), 1024)).contains("%PDF-"))
        return QStringLiteral("application/pdf");
    if (looksLikeText(head))
        return textType(head, ext);
    return kOctetStream;
}

PackageSniff sniffPackage(QByteArrayView head, QStringView fileName)
{
    head = head.first(std::min(head.size(), kSniffBytes));
    PackageSniff s;
    if (QString name = unsupportedFormat(head); !name.isEmpty()) {
        s.kind = PackageKind::Unsupported;
        s.formatName = name;
        return s;
    }
    s.mediaType = sniffMediaType(head, fileName);
    if (s.mediaType == kZip || !compressedType(head).isEmpty())
        s.kind = PackageKind::Archive;
    else if (s.mediaType == kOctetStream)
        s.kind = PackageKind::Unknown;
    else
        s.kind = PackageKind::Document;
    return s;
}

bool hasArchiveExtension(QStringView fileName)
{
    static const std::array<const char *, 14> kExtensions{"zip", "7z",  "tar", "tgz", "gz",   "tbz", "tbz2",
                                                          "bz2", "txz", "xz",  "rar", "zipx", "cab", "z"};
    const QString ext = extensionOf(fileName);
    return std::any_of(kExtensions.begin(), kExtensions.end(), [&](const char *e) { return ext == QLatin1String(e); });
}

} // namespace Tickmark::Core
