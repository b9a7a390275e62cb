// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfmetadata_p.h"

#include <QCoreApplication>

namespace Tickmark::Core::Pdf {

namespace {

QByteArray xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

/// A PDF text string: UTF-16BE with a byte order mark, as a hex string.
QByteArray pdfString(const QString &text)
{
    QByteArray utf16("FEFF");
    for (QChar c : text)
        utf16 += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return '<' + utf16 + '>';
}

} // namespace

QByteArray xmpMetadata(const ReportDocument &doc, bool pdfA, const QDateTime &created)
{
    QByteArray x;
    x += "<?xpacket begin=\"\xef\xbb\xbf\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
         "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
         "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
         "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
         " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\""
         " xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n";
    x += "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xmlEscaped(doc.title) +
         "</rdf:li></rdf:Alt></dc:title>\n";
    x += "<dc:creator><rdf:Seq><rdf:li>" + xmlEscaped(doc.author) + "</rdf:li></rdf:Seq></dc:creator>\n";
    x += "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xmlEscaped(doc.subject) +
         "</rdf:li></rdf:Alt></dc:description>\n";
    x += "<xmp:CreatorTool>Tickmark</xmp:CreatorTool>\n";
    x += "<xmp:CreateDate>" + created.toUTC().toString(Qt::ISODate).toLatin1() + "</xmp:CreateDate>\n";
    x += "<pdf:Producer>Qt " QT_VERSION_STR "</pdf:Producer>\n";
    if (pdfA)
        x += "<pdfaid:part>1</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n";
    x += "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    return x;
}

Result<QByteArray> withInfoMetadata(const QByteArray &source, const ReportDocument &doc, const QDateTime &created)
{
    // The creation date has a fixed width ("D:yyyyMMddHHmmssZ"), so replacing it moves no offset.
    QByteArray pdf = source;
    const qsizetype date = pdf.indexOf("/CreationDate (D:");
    if (date >= 0) {
        const QByteArray stamp = "D:" + created.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + 'Z';
        const qsizetype from = date + 15;
        const qsizetype to = pdf.indexOf(')', from);
        if (to - from == stamp.size())
            pdf.replace(from, stamp.size(), stamp);
    }
    const auto corrupt = [](const char *what) {
        return fail(ErrorCode::Corrupt,
                    QCoreApplication::translate("Tickmark::Core", "unexpected PDF writer output: %1")
                        .arg(QString::fromLatin1(what)));
    };
    const qsizetype at = pdf.indexOf("/Creator ");
    const qsizetype xref = pdf.lastIndexOf("\nxref\n");
    const qsizetype startxref = pdf.lastIndexOf("startxref\n");
    if (at < 0 || xref < at || startxref < xref)
        return corrupt("no Info dictionary or cross-reference table");
    const QByteArray insert = "/Author " + pdfString(doc.author) + "\n/Subject " + pdfString(doc.subject) + "\n";
    const qsizetype delta = insert.size();

    QByteArray out = pdf.left(at) + insert;
    // Cross-reference entries are "oooooooooo ggggg n \n": shift every offset past the insertion point.
    const qsizetype tableStart = xref + 6;
    const qsizetype firstLineEnd = pdf.indexOf('\n', tableStart);
    const QList<QByteArray> head = pdf.mid(tableStart, firstLineEnd - tableStart).split(' ');
    if (head.size() != 2)
        return corrupt("malformed cross-reference table");
    const int entries = head.at(1).toInt();
    QByteArray middle = pdf.mid(at, firstLineEnd + 1 - at);
    out += middle;
    qsizetype pos = firstLineEnd + 1;
    for (int i = 0; i < entries; ++i, pos += 20) {
        QByteArray entry = pdf.mid(pos, 20);
        if (entry.size() != 20 || entry.at(17) == 'f') {
            out += entry;
            continue;
        }
        const qint64 offset = entry.left(10).toLongLong();
        if (offset > at)
            entry.replace(0, 10, QByteArray::number(offset + delta).rightJustified(10, '0'));
        out += entry;
    }
    const qsizetype startxrefLine = startxref + 10;
    out += pdf.mid(pos, startxrefLine - pos);
    const qsizetype numberEnd = pdf.indexOf('\n', startxrefLine);
    out += QByteArray::number(pdf.mid(startxrefLine, numberEnd - startxrefLine).toLongLong() + delta);
    out += pdf.mid(numberEnd);
    return out;
}

} // namespace Tickmark::Core::Pdf
