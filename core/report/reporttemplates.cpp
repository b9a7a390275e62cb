// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttemplates.h"

#include <QCoreApplication>
#include <QFile>

#include <functional>

namespace Tickmark::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tickmark::Core", text);
}

const QStringList &knownPlaceholders()
{
    static const QStringList names{
        QStringLiteral("categories"),
        QStringLiteral("city"),
        QStringLiteral("client"),
        QStringLiteral("criteria_not_met"),
        QStringLiteral("date"),
        QStringLiteral("firm"),
        QStringLiteral("partner"),
        QStringLiteral("period"),
        QStringLiteral("period_end"),
        QStringLiteral("reason"),
        QStringLiteral("report_type"),
        QStringLiteral("subservice_carveout"),
        QStringLiteral("subservice_inclusive"),
        QStringLiteral("system"),
    };
    return names;
}

// Calls @p onText for literal text and @p onPlaceholder for each {name}; fails on an unclosed brace.
Result<void> scan(const QString &key, const QString &text, const std::function<void(const QString &)> &onText,
                  const std::function<Result<void>(const QString &)> &onPlaceholder)
{
    qsizetype from = 0;
    while (from < text.size()) {
        const qsizetype open = text.indexOf(QLatin1Char('{'), from);
        if (open < 0) {
            onText(text.mid(from));
            break;
        }
        onText(text.mid(from, open - from));
        const qsizetype close = text.indexOf(QLatin1Char('}'), open + 1);
        if (close < 0)
            return fail(
                ErrorCode::InvalidArgument,
                tr("report template \"%1\": the brace opened at \"%2\" is not closed").arg(key, text.mid(open, 20)));
        if (auto ok = onPlaceholder(text.mid(open + 1, close - open - 1)); !ok)
            return ok;
        from = close + 1;
    }
    return {};
}

Result<void> checkName(const QString &key, const QString &name)
{
    if (knownPlaceholders().contains(name))
        return {};
    return fail(ErrorCode::InvalidArgument,
                tr("report template \"%1\": unknown placeholder {%2}; known placeholders: %3")
                    .arg(key, name, ReportTemplates::placeholders().join(QStringLiteral(", "))));
}

// Paragraphs are separated by blank lines; a line starting with "- " also starts a new one (a bullet).
QStringList paragraphs(const QString &text)
{
    QStringList out;
    QString current;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QStringLiteral("- "))) {
            if (!current.trimmed().isEmpty())
                out << current;
            current = trimmed;
            continue;
        }
        current += current.isEmpty() ? trimmed : QLatin1Char('\n') + trimmed;
    }
    if (!current.trimmed().isEmpty())
        out << current;
    return out;
}

} // namespace

const QMap<QString, QString> &ReportTemplates::defaults()
{
    static const QMap<QString, QString> texts = [] {
        QFile file(QStringLiteral(":/tickmark/report/templates.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return QMap<QString, QString>();
        return parseFile(QString::fromUtf8(file.readAll()));
    }();
    return texts;
}

QStringList ReportTemplates::placeholders()
{
    return knownPlaceholders();
}

QMap<QString, QString> ReportTemplates::parseFile(const QString &text)
{
    QMap<QString, QString> out;
    QString key;
    QStringList lines;
    auto flush = [&]() {
        if (!key.isEmpty())
            out.insert(key, lines.join(QLatin1Char('\n')).trimmed());
        lines.clear();
    };
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('#')) && key.isEmpty())
            continue;
        if (line.startsWith(QLatin1Char('[')) && line.trimmed().endsWith(QLatin1Char(']'))) {
            flush();
            key = line.trimmed().mid(1).chopped(1);
            continue;
        }
        lines << line;
    }
    flush();
    return out;
}

Result<void> ReportTemplates::validate(const QString &key, const QString &text)
{
    if (!defaults().contains(key))
        return fail(ErrorCode::InvalidArgument, tr("unknown report template \"%1\"").arg(key));
    return scan(
        key, text, [](const QString &) {}, [&](const QString &name) { return checkName(key, name); });
}

ReportTemplates::ReportTemplates(QMap<QString, QString> overrides, QHash<QString, QString> values)
    : m_overrides(std::move(overrides))
    , m_values(std::move(values))
{}

QString ReportTemplates::text(const QString &key) const
{
    const auto it = m_overrides.constFind(key);
    return it != m_overrides.constEnd() ? *it : defaults().value(key);
}

Result<QList<ReportBlock>> ReportTemplates::blocks(const QString &key, const QHash<QString, QString> &extra) const
{
    const QString source = text(key);
    if (source.isNull())
        return fail(ErrorCode::NotFound, tr("report template \"%1\" is missing").arg(key));
    QList<ReportBlock> out;
    for (const QString &raw : paragraphs(source)) {
        QString para = raw.trimmed();
        if (para.isEmpty())
            continue;
        const bool isBullet = para.startsWith(QStringLiteral("- "));
        if (isBullet)
            para = para.mid(2);
        para.replace(QLatin1Char('\n'), QLatin1Char(' '));
        // Emphasis is parsed before substitution so that a '*' in a client's name stays literal.
        QList<TextSpan> spans;
        for (TextSpan span : parseInline(para)) {
            QString filled;
            auto ok = scan(
                key, span.text,
                [&](const QString &t) {
                    // "{client}." with a client "Example Inc." must not print "Inc..".
                    filled += filled.endsWith(QLatin1Char('.')) && t.startsWith(QLatin1Char('.')) ? t.mid(1) : t;
                },
                [&](const QString &name) -> Result<void> {
                    if (auto known = checkName(key, name); !known)
                        return known;
                    filled += extra.contains(name) ? extra.value(name) : m_values.value(name);
                    return {};
                });
            if (!ok)
                return ok.error();
            span.text = filled;
            spans << span;
        }
        ReportBlock block = ReportBlock::paragraph(spans);
        if (isBullet)
            block.kind = ReportBlock::Kind::Bullet;
        out << block;
    }
    return out;
}

Result<QString> ReportTemplates::line(const QString &key, const QHash<QString, QString> &extra) const
{
    auto list = blocks(key, extra);
    if (!list)
        return list.error();
    QStringList parts;
    for (const ReportBlock &block : std::as_const(*list))
        parts << plainText(block.spans);
    return parts.join(QLatin1Char(' '));
}

} // namespace Tickmark::Core
