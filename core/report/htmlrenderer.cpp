// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlrenderer.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace Tickmark::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tickmark::Core", text);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString spansHtml(const QList<TextSpan> &spans)
{
    QString out;
    for (const TextSpan &s : spans) {
        QString t = esc(s.text);
        if (s.italic)
            t = QStringLiteral("<em>") + t + QStringLiteral("</em>");
        if (s.bold)
            t = QStringLiteral("<strong>") + t + QStringLiteral("</strong>");
        out += t;
    }
    return out;
}

QString cellHtml(const QString &text)
{
    return esc(text).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString tableHtml(const ReportTable &table, bool forOdt)
{
    QString out = forOdt ? QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">\n")
                         : QStringLiteral("<table>\n");
    double sum = 0;
    for (double w : table.widths)
        sum += w;
    out += QStringLiteral("<thead><tr>");
    for (int c = 0; c < table.header.size(); ++c) {
        const int percent = sum > 0 && c < table.widths.size() ? int(table.widths.at(c) / sum * 100 + 0.5) : 0;
        out += percent > 0 ? QStringLiteral("<th style=\"width: %1%\">").arg(percent) : QStringLiteral("<th>");
        out += cellHtml(table.header.at(c)) + QStringLiteral("</th>");
    }
    out += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const QStringList &row : table.rows) {
        out += QStringLiteral("<tr>");
        for (int c = 0; c < table.header.size(); ++c) {
            const bool mono = table.monospaceLast && c == table.header.size() - 1;
            out += (mono ? QStringLiteral("<td class=\"hash\">") : QStringLiteral("<td>")) + cellHtml(row.value(c)) +
                   QStringLiteral("</td>");
        }
        out += QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</tbody>\n</table>\n");
    return out;
}

QString blocksHtml(const QList<ReportBlock> &blocks, bool forOdt)
{
    QString out;
    bool inList = false;
    for (const ReportBlock &b : blocks) {
        if (inList && b.kind != ReportBlock::Kind::Bullet) {
            out += QStringLiteral("</ul>\n");
            inList = false;
        }
        switch (b.kind) {
        case ReportBlock::Kind::Heading: {
            const QString tag = QStringLiteral("h%1").arg(qBound(2, b.level, 4));
            const QString id = b.anchor.isEmpty() ? QString() : QStringLiteral(" id=\"%1\"").arg(esc(b.anchor));
            out += QStringLiteral("<%1%2>%3</%1>\n").arg(tag, id, spansHtml(b.spans));
            break;
        }
        case ReportBlock::Kind::Paragraph:
            out += QStringLiteral("<p>") + spansHtml(b.spans) + QStringLiteral("</p>\n");
            break;
        case ReportBlock::Kind::Note:
            out += QStringLiteral("<p class=\"note\"><em>") + spansHtml(b.spans) + QStringLiteral("</em></p>\n");
            break;
        case ReportBlock::Kind::Bullet:
            if (!inList)
                out += QStringLiteral("<ul>\n");
            inList = true;
            out += QStringLiteral("<li>") + spansHtml(b.spans) + QStringLiteral("</li>\n");
            break;
        case ReportBlock::Kind::Table:
            out += tableHtml(b.table, forOdt);
            break;
        }
    }
    if (inList)
        out += QStringLiteral("</ul>\n");
    return out;
}

const char *kStyle = "body { font-family: 'DejaVu Serif', Georgia, serif; font-size: 11pt; line-height: 1.45;"
                     " color: #1a1a1a; max-width: 50em; margin: 2em auto; padding: 0 1em; }\n"
                     "h1, h2, h3, h4 { font-family: 'DejaVu Sans', Helvetica, sans-serif; color: #1f3a5f; }\n"
                     "h1 { border-bottom: 2px solid #1f3a5f; padding-bottom: .2em; margin-top: 2.5em; }\n"
                     "h1 .number { display: block; font-size: 55%; letter-spacing: .1em; text-transform: uppercase; }\n"
                     "h3 { color: #1a1a1a; font-size: 1em; }\n"
                     "p { text-align: justify; }\n"
                     "p.note { color: #5f666d; }\n"
                     "table { border-collapse: collapse; width: 100%; margin: .8em 0 1.4em; font-size: 9pt;"
                     " font-family: 'DejaVu Sans', Helvetica, sans-serif; }\n"
                     "th { background: #e9eef3; color: #1f3a5f; text-align: left; border-top: 2px solid #1f3a5f;"
                     " border-bottom: 1px solid #1f3a5f; }\n"
                     "th, td { padding: .35em .5em; vertical-align: top; }\n"
                     "td { border-bottom: 1px solid #b8c0c8; }\n"
                     "td.hash { font-family: 'DejaVu Sans Mono', monospace; font-size: 8pt; word-break: break-all; }\n"
                     ".cover { border-left: 8px solid #1f3a5f; padding-left: 1.2em; margin-bottom: 3em; }\n"
                     ".cover .client { font-size: 2em; margin: .2em 0; }\n"
                     ".draft { color: #b00020; font-weight: bold; letter-spacing: .3em; }\n"
                     "nav ol { list-style: none; padding-left: 0; }\n"
                     "nav ol ol { padding-left: 1.5em; }\n";

QString documentHtml(const ReportDocument &doc, bool forOdt)
{
    QString out = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out += QStringLiteral("<title>%1</title>\n").arg(esc(doc.title));
    out += QStringLiteral("<meta name=\"author\" content=\"%1\">\n").arg(esc(doc.author));
    out += QStringLiteral("<meta name=\"description\" content=\"%1\">\n").arg(esc(doc.subject));
    out += QStringLiteral("<meta name=\"generator\" content=\"Tickmark\">\n");
    out += QStringLiteral("<style>\n") + QString::fromLatin1(kStyle) + QStringLiteral("</style>\n</head>\n<body>\n");
    if (doc.draft)
        out += QStringLiteral("<p class=\"draft\">%1</p>\n").arg(tr("DRAFT"));
    out +=
        QStringLiteral("<header class=\"cover\">\n<p class=\"report-type\">%1</p>\n").arg(esc(doc.coverLines.value(0)));
    out += QStringLiteral("<p class=\"client\"><strong>%1</strong></p>\n").arg(esc(doc.coverLines.value(1)));
    out += QStringLiteral("<p class=\"system\">%1</p>\n").arg(esc(doc.coverLines.value(2)));
    out += QStringLiteral("<p class=\"period\">%1</p>\n").arg(esc(doc.coverLines.value(3)));
    out += QStringLiteral("<p class=\"title\"><em>%1</em></p>\n").arg(esc(doc.title));
    out += QStringLiteral("<p class=\"prepared-by\">%1</p>\n</header>\n").arg(esc(doc.preparedBy));
    if (!forOdt) {
        out += QStringLiteral("<nav>\n<h2>%1</h2>\n<ol>\n").arg(tr("Contents"));
        for (const ReportSection &s : doc.sections) {
            out += QStringLiteral("<li><a href=\"#%1\">%2</a>").arg(esc(s.anchor), esc(s.heading()));
            QString sub;
            for (const ReportBlock &b : s.blocks) {
                if (b.kind == ReportBlock::Kind::Heading && b.level == 2)
                    sub += QStringLiteral("<li><a href=\"#%1\">%2</a></li>\n").arg(esc(b.anchor), spansHtml(b.spans));
            }
            if (!sub.isEmpty())
                out += QStringLiteral("\n<ol>\n") + sub + QStringLiteral("</ol>\n");
            out += QStringLiteral("</li>\n");
        }
        out += QStringLiteral("</ol>\n</nav>\n");
    }
    for (const ReportSection &s : doc.sections) {
        out += forOdt ? QStringLiteral("<section id=\"%1\" style=\"page-break-before: always\">\n").arg(esc(s.anchor))
                      : QStringLiteral("<section id=\"%1\">\n").arg(esc(s.anchor));
        out += QStringLiteral("<h1><span class=\"number\">%1</span> %2</h1>\n").arg(esc(s.number), esc(s.title));
        out += blocksHtml(s.blocks, forOdt);
        out += QStringLiteral("</section>\n");
    }
    out += QStringLiteral("</body>\n</html>\n");
    return out;
}

} // namespace

QString HtmlRenderer::toHtml(const ReportDocument &doc)
{
    return documentHtml(doc, false);
}

Result<void> HtmlRenderer::write(const ReportDocument &doc, const QString &path)
{
    QSaveFile file(path);
    const QByteArray bytes = toHtml(doc).toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::FileError, tr("cannot write the report to %1: %2").arg(path, file.errorString()));
    return {};
}

Result<void> OdtRenderer::write(const ReportDocument &doc, const QString &path)
{
    QTextDocument text;
    text.setHtml(documentHtml(doc, true));
    text.setMetaInformation(QTextDocument::DocumentTitle, doc.title);
    QTextDocumentWriter writer(path, QByteArrayLiteral("odf"));
    if (!writer.write(&text))
        return fail(ErrorCode::FileError, tr("cannot write the report to %1: %2")
                                              .arg(path, writer.device() ? writer.device()->errorString() : QString()));
    return {};
}

} // namespace Tickmark::Core
