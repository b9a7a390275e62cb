// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdftool.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>
#include <QtEndian>

namespace Tickmark::Core {

namespace {

Q_LOGGING_CATEGORY(lcPdf, "tickmark.pdf", QtWarningMsg)

const QString kToolName = QStringLiteral("tickmark-pdf");
constexpr int kExitRefused = 2; // app/pdftool/pdfcommands.h

QString tr(const char *text)
{
    return QCoreApplication::translate("Tickmark::Core", text);
}

QString displayName(const QString &pdfPath)
{
    return QFileInfo(pdfPath).fileName();
}

// The helper's refusal "CODE: message" (stderr) as a translated reason.
QString refusalReason(const QByteArray &stderrBytes)
{
    const QString line = QString::fromUtf8(stderrBytes).section(u'\n', 0, 0).trimmed();
    const QString code = line.section(QStringLiteral(": "), 0, 0);
    if (code == QLatin1String("locked"))
        return tr("the PDF is password-protected; ask the client for an unprotected copy");
    if (code == QLatin1String("load"))
        return tr("the file is not a PDF or is damaged beyond repair");
    if (code == QLatin1String("unreadable"))
        return tr("the file cannot be read");
    const QString message = line.section(QStringLiteral(": "), 1);
    return message.isEmpty() ? line : message;
}

Error failure(const QString &pdfPath, const QString &reason)
{
    return fail(ErrorCode::ImportFailed, tr("%1: %2").arg(displayName(pdfPath), reason));
}

// One run of the helper: stdout on success, an ImportFailed error naming the file and the reason otherwise.
Result<QByteArray> run(const QStringList &args, const QString &pdfPath, int timeoutMs)
{
    const QString program = PdfTool::executable();
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, args, QIODevice::ReadOnly);
    if (!process.waitForStarted(timeoutMs)) {
        return fail(ErrorCode::ImportFailed, tr("%1: the PDF viewer process (%2) could not be started: %3")
                                                 .arg(displayName(pdfPath), program, process.errorString()));
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(-1);
        qCWarning(lcPdf) << "killed" << program << args << "after" << timeoutMs << "ms";
        return failure(pdfPath, tr("the PDF viewer process did not finish within %1 s").arg((timeoutMs + 999) / 1000));
    }
    if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return process.readAllStandardOutput();
    if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == kExitRefused)
        return failure(pdfPath, refusalReason(process.readAllStandardError()));
    qCWarning(lcPdf) << program << args << "crashed: exit" << process.exitStatus() << process.exitCode();
    return fail(ErrorCode::ImportFailed,
                tr("the PDF viewer process crashed on %1 (the file is probably damaged)").arg(displayName(pdfPath)));
}

Result<QJsonDocument> runJson(const QStringList &args, const QString &pdfPath, int timeoutMs)
{
    auto out = run(args, pdfPath, timeoutMs);
    if (!out)
        return out.error();
    QJsonParseError error{};
    QJsonDocument doc = QJsonDocument::fromJson(*out, &error);
    if (error.error != QJsonParseError::NoError)
        return failure(pdfPath, tr("the PDF viewer process sent an unreadable answer (%1)").arg(error.errorString()));
    return doc;
}

QRectF rectFromJson(const QJsonValue &value)
{
    const QJsonArray a = value.toArray();
    return a.size() == 4 ? QRectF(a.at(0).toDouble(), a.at(1).toDouble(), a.at(2).toDouble(), a.at(3).toDouble())
                         : QRectF();
}

QString dpiArg(double dpi)
{
    return QString::number(dpi, 'f', 2);
}

} // namespace

QString PdfTool::executable()
{
    const QString fromEnv = qEnvironmentVariable("TICKMARK_PDF_TOOL");
    if (!fromEnv.isEmpty())
        return fromEnv;
    if (QCoreApplication::instance()) {
        const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(kToolName);
        if (QFileInfo(beside).isExecutable())
            return beside;
    }
    const QString onPath = QStandardPaths::findExecutable(kToolName);
    return onPath.isEmpty() ? kToolName : onPath;
}

Result<PdfInfo> PdfTool::info(const QString &pdfPath) const
{
    auto json = runJson({QStringLiteral("info"), pdfPath}, pdfPath, m_timeoutMs);
    if (!json)
        return json.error();
    const QJsonObject o = json->object();
    PdfInfo info;
    info.pages = o.value(QLatin1String("pages")).toInt();
    const QJsonArray sizes = o.value(QLatin1String("pageSizes")).toArray();
    for (const QJsonValue &s : sizes) {
        const QJsonArray wh = s.toArray();
        info.pageSizes.append(QSizeF(wh.at(0).toDouble(), wh.at(1).toDouble()));
    }
    info.title = o.value(QLatin1String("title")).toString();
    info.created = QDateTime::fromString(o.value(QLatin1String("created")).toString(), Qt::ISODate).toUTC().date();
    return info;
}

Result<QStringList> PdfTool::text(const QString &pdfPath) const
{
    auto json = runJson({QStringLiteral("text"), pdfPath}, pdfPath, m_timeoutMs);
    if (!json)
        return json.error();
    QStringList pages;
    const QJsonArray a = json->array();
    for (const QJsonValue &v : a)
        pages.append(v.toString());
    return pages;
}

Result<QImage> PdfTool::render(const QString &pdfPath, int page, double dpi) const
{
    auto png = run({QStringLiteral("render"), pdfPath, QString::number(page), dpiArg(dpi)}, pdfPath, m_timeoutMs);
    if (!png)
        return png.error();
    QImage image;
    if (!image.loadFromData(*png, "PNG"))
        return failure(pdfPath, tr("the PDF viewer process sent an unreadable image of page %1").arg(page + 1));
    return image;
}

Result<QList<PdfFindHit>> PdfTool::find(const QString &pdfPath, const QString &needle) const
{
    auto json = runJson({QStringLiteral("find"), pdfPath, needle}, pdfPath, m_timeoutMs);
    if (!json)
        return json.error();
    QList<PdfFindHit> hits;
    const QJsonArray a = json->array();
    for (const QJsonValue &v : a) {
        PdfFindHit hit;
        hit.page = v.toObject().value(QLatin1String("page")).toInt();
        const QJsonArray rects = v.toObject().value(QLatin1String("rects")).toArray();
        for (const QJsonValue &r : rects)
            hit.rects.append(rectFromJson(r));
        hits.append(hit);
    }
    return hits;
}

Result<QList<QImage>> PdfTool::thumbnails(const QString &pdfPath, double dpi, int maxPages) const
{
    auto out = run({QStringLiteral("thumbnails"), pdfPath, dpiArg(dpi), QString::number(maxPages)}, pdfPath,
                   m_timeoutMs);
    if (!out)
        return out.error();
    QList<QImage> images;
    const QByteArray &bytes = *out;
    qsizetype pos = 0;
    while (pos + 4 <= bytes.size()) {
        const quint32 length = qFromBigEndian<quint32>(bytes.constData() + pos);
        pos += 4;
        if (length > quint32(bytes.size() - pos))
            return failure(pdfPath, tr("the PDF viewer process sent a truncated thumbnail"));
        QImage image;
        if (length > 0)
            image.loadFromData(QByteArrayView(bytes).sliced(pos, length), "PNG");
        images.append(image);
        pos += length;
    }
    return images;
}

} // namespace Tickmark::Core
