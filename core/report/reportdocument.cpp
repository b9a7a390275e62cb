// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdocument.h"

namespace Tickmark::Core {

QList<TextSpan> parseInline(const QString &markup)
{
    QList<TextSpan> spans;
    TextSpan current;
    auto flush = [&]() {
        if (!current.text.isEmpty())
            spans << current;
        current.text.clear();
    };
    for (qsizetype i = 0; i < markup.size(); ++i) {
        const QChar c = markup.at(i);
        if (c == QLatin1Char('*') && i + 1 < markup.size() && markup.at(i + 1) == QLatin1Char('*')) {
            flush();
            current.bold = !current.bold;
            ++i;
        } else if (c == QLatin1Char('*')) {
            flush();
            current.italic = !current.italic;
        } else {
            current.text += c;
        }
    }
    flush();
    return spans;
}

QString plainText(const QList<TextSpan> &spans)
{
    QString out;
    for (const TextSpan &span : spans)
        out += span.text;
    return out;
}

ReportBlock ReportBlock::heading(int level, const QString &text, const QString &anchor)
{
    ReportBlock b;
    b.kind = Kind::Heading;
    b.level = level;
    b.anchor = anchor;
    b.spans = {TextSpan{text}};
    return b;
}

ReportBlock ReportBlock::paragraph(const QString &markup)
{
    return paragraph(parseInline(markup));
}

ReportBlock ReportBlock::paragraph(const QList<TextSpan> &spans)
{
    ReportBlock b;
    b.kind = Kind::Paragraph;
    b.spans = spans;
    return b;
}

ReportBlock ReportBlock::bullet(const QString &markup)
{
    ReportBlock b;
    b.kind = Kind::Bullet;
    b.spans = parseInline(markup);
    return b;
}

ReportBlock ReportBlock::note(const QString &markup)
{
    ReportBlock b;
    b.kind = Kind::Note;
    b.spans = parseInline(markup);
    return b;
}

ReportBlock ReportBlock::tableBlock(const ReportTable &table)
{
    ReportBlock b;
    b.kind = Kind::Table;
    b.table = table;
    return b;
}

QString ReportSection::heading() const
{
    return number + QStringLiteral(" \u2014 ") + title;
}

QString opinionKindKey(OpinionKind kind)
{
    switch (kind) {
    case OpinionKind::Unmodified:
        return QStringLiteral("unmodified");
    case OpinionKind::Qualified:
        return QStringLiteral("qualified");
    case OpinionKind::Adverse:
        return QStringLiteral("adverse");
    case OpinionKind::Disclaimer:
        return QStringLiteral("disclaimer");
    }
    return {};
}

} // namespace Tickmark::Core
