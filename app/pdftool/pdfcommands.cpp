// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfcommands.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <poppler-qt6.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>

namespace Tickmark::PdfHelper {

namespace {

// Limits on one rendered page, so a huge page size or DPI cannot ask for gigabytes of pixels.
constexpr double kMaxSide = 10000.0;
constexpr double kMaxPixels = 50.0 * 1000 * 1000;
constexpr double kMinDpi = 1.0;
constexpr double kMaxDpi = 1200.0;

using DocumentPtr = std::unique_ptr<Poppler::Document>;

int refuse(const char *code, const QString &message)
{
    std::fprintf(stderr, "%s: %s\n", code, message.toUtf8().constData());
    std::fflush(stderr);
    return ExitRefused;
}

void writeOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

// Opens @p path without a password. isLocked() comes first: on Poppler 22.12, numPages() of a locked document
// segfaults, so nothing else is touched when it is locked.
DocumentPtr open(const QString &path, int *exitCode)
{
    const QFileInfo fi(path);
    if (!fi.isFile() || !fi.isReadable()) {
        *exitCode = refuse("unreadable", QStringLiteral("the file cannot be read"));
        return nullptr;
    }
    DocumentPtr doc = Poppler::Document::load(path);
    if (!doc) {
        *exitCode = refuse("load", QStringLiteral("the file is not a PDF or is damaged beyond repair"));
        return nullptr;
    }
    if (doc->isLocked()) {
        *exitCode = refuse("locked", QStringLiteral("the PDF is password-protected"));
        return nullptr;
    }
    doc->setRenderHint(Poppler::Document::Antialiasing);
    doc->setRenderHint(Poppler::Document::TextAntialiasing);
    doc->setRenderHint(Poppler::Document::TextHinting);
    doc->setRenderHint(Poppler::Document::TextSlightHinting);
    *exitCode = ExitOk;
    return doc;
}

QJsonArray sizeJson(const QSizeF &size)
{
    return QJsonArray{size.width(), size.height()};
}

int info(Poppler::Document &doc)
{
    const int pages = std::max(0, doc.numPages());
    QJsonArray sizes;
    for (int i = 0; i < pages; ++i) {
        const std::unique_ptr<Poppler::Page> page(doc.page(i));
        sizes.append(sizeJson(page ? page->pageSizeF() : QSizeF()));
    }
    const QDateTime created = doc.creationDate();
    QJsonObject out{{QStringLiteral("pages"), pages},
                    {QStringLiteral("pageSizes"), sizes},
                    {QStringLiteral("title"), doc.title()},
                    {QStringLiteral("created"), created.isValid() ? created.toUTC().toString(Qt::ISODate) : QString()}};
    writeOut(QJsonDocument(out).toJson(QJsonDocument::Compact));
    return ExitOk;
}

int text(Poppler::Document &doc)
{
    QJsonArray pages;
    for (int i = 0, n = doc.numPages(); i < n; ++i) {
        const std::unique_ptr<Poppler::Page> page(doc.page(i));
        pages.append(page ? page->text(QRectF()) : QString());
    }
    writeOut(QJsonDocument(pages).toJson(QJsonDocument::Compact));
    return ExitOk;
}

// The DPI actually used for @p page: @p dpi clamped so the image stays within kMaxSide and kMaxPixels.
double safeDpi(const Poppler::Page &page, double dpi)
{
    dpi = std::clamp(dpi, kMinDpi, kMaxDpi);
    const QSizeF inches = page.pageSizeF() / 72.0;
    if (inches.width() <= 0 || inches.height() <= 0)
        return dpi;
    dpi = std::min({dpi, kMaxSide / inches.width(), kMaxSide / inches.height()});
    const double pixels = inches.width() * inches.height() * dpi * dpi;
    if (pixels > kMaxPixels)
        dpi *= std::sqrt(kMaxPixels / pixels);
    return std::max(dpi, kMinDpi);
}

QByteArray renderPng(const Poppler::Page &page, double dpi)
{
    const double used = safeDpi(page, dpi);
    const QImage image = page.renderToImage(used, used);
    if (image.isNull())
        return {};
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG", 90);
    return png;
}

int render(Poppler::Document &doc, int pageIndex, double dpi)
{
    const int pages = doc.numPages();
    if (pageIndex < 0 || pageIndex >= pages)
        return refuse("page", QStringLiteral("page %1 does not exist (the PDF has %2 pages)").arg(pageIndex + 1).arg(pages));
    const std::unique_ptr<Poppler::Page> page(doc.page(pageIndex));
    if (!page)
        return refuse("page", QStringLiteral("page %1 cannot be read").arg(pageIndex + 1));
    const QByteArray png = renderPng(*page, dpi);
    if (png.isEmpty())
        return refuse("page", QStringLiteral("page %1 cannot be rendered").arg(pageIndex + 1));
    writeOut(png);
    return ExitOk;
}

// Pages 0..max-1 as a stream of [4-byte big-endian length][PNG] records, flushed one by one; length 0 marks a page
// that could not be rendered.
int thumbnails(Poppler::Document &doc, double dpi, int maxPages)
{
    const int pages = std::min(doc.numPages(), std::max(0, maxPages));
    for (int i = 0; i < pages; ++i) {
        const std::unique_ptr<Poppler::Page> page(doc.page(i));
        const QByteArray png = page ? renderPng(*page, dpi) : QByteArray();
        char length[4];
        qToBigEndian(quint32(png.size()), length);
        writeOut(QByteArray(length, 4) + png);
    }
    return ExitOk;
}

int find(Poppler::Document &doc, const QString &needle)
{
    QJsonArray hits;
    for (int i = 0, n = doc.numPages(); i < n && !needle.isEmpty(); ++i) {
        const std::unique_ptr<Poppler::Page> page(doc.page(i));
        if (!page)
            continue;
        const QList<QRectF> rects = page->search(needle, Poppler::Page::IgnoreCase);
        if (rects.isEmpty())
            continue;
        QJsonArray list;
        for (const QRectF &r : rects)
            list.append(QJsonArray{r.x(), r.y(), r.width(), r.height()});
        hits.append(QJsonObject{{QStringLiteral("page"), i}, {QStringLiteral("rects"), list}});
    }
    writeOut(QJsonDocument(hits).toJson(QJsonDocument::Compact));
    return ExitOk;
}

int usage()
{
    return refuse("usage", QStringLiteral("usage: tickmark-pdf info|text FILE | render FILE PAGE DPI | "
                                          "thumbnails FILE DPI MAXPAGES | find FILE NEEDLE"));
}

bool toNumber(const QString &s, double *out)
{
    bool ok = false;
    *out = s.toDouble(&ok);
    return ok && std::isfinite(*out);
}

} // namespace

int runCommand(const QStringList &args)
{
    if (args.size() < 2)
        return usage();
    const QString &command = args.at(0);
    const int expected = command == QLatin1String("render") || command == QLatin1String("thumbnails") ? 4
                         : command == QLatin1String("find")                                          ? 3
                         : command == QLatin1String("info") || command == QLatin1String("text")      ? 2
                                                                                                     : -1;
    double a = 0;
    double b = 0;
    if (args.size() != expected || (expected == 4 && !(toNumber(args.at(2), &a) && toNumber(args.at(3), &b))))
        return usage();
    int exitCode = ExitOk;
    const DocumentPtr doc = open(args.at(1), &exitCode);
    if (!doc)
        return exitCode;
    if (command == QLatin1String("info"))
        return info(*doc);
    if (command == QLatin1String("text"))
        return text(*doc);
    if (command == QLatin1String("find"))
        return find(*doc, args.at(2));
    if (command == QLatin1String("render"))
        return render(*doc, int(a), b);
    return thumbnails(*doc, a, int(b));
}

} // namespace Tickmark::PdfHelper
