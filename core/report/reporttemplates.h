// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "reportdocument.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Tickmark::Core {

/// The report's wording: Tickmark's defaults (resources/report/templates.txt) overridden, key by key, by the
/// firm's edited templates kept in the workpaper.
///
/// Template text: paragraphs separated by a blank line; a line starting with "- " is a bullet; **bold** and
/// *italic* inline; placeholders such as {client} are replaced by the engagement's values. An unknown
/// placeholder or an unclosed brace is an error that names it and the template key. Thread-safe after first use.
class ReportTemplates final
{
    Q_DECLARE_TR_FUNCTIONS(Tickmark::Core::ReportTemplates)

public:
    /// The defaults, by key, loaded once from the :/tickmark/report/templates.txt resource.
    static const QMap<QString, QString> &defaults();
    /// The placeholder names a template may use, without braces ("client", "system", …), sorted.
    static QStringList placeholders();
    /// Checks @p text for template @p key: the key must be a known one and every placeholder known. InvalidArgument
    /// names the key, the placeholder and why.
    static Result<void> validate(const QString &key, const QString &text);
    /// Parses the [key] blocks of a templates file (the defaults' format).
    static QMap<QString, QString> parseFile(const QString &text);

    /// @p overrides: the firm's templates by key (may be empty). @p values: placeholder values by name.
    ReportTemplates(QMap<QString, QString> overrides, QHash<QString, QString> values);

    /// The text of @p key (override, else default).
    QString text(const QString &key) const;
    /// Template @p key as report blocks with the placeholders filled in; @p extra values take precedence.
    Result<QList<ReportBlock>> blocks(const QString &key, const QHash<QString, QString> &extra = {}) const;
    /// Template @p key as one string (paragraphs joined by a space), placeholders filled in, emphasis dropped.
    Result<QString> line(const QString &key, const QHash<QString, QString> &extra = {}) const;

private:
    QMap<QString, QString> m_overrides;
    QHash<QString, QString> m_values;
};

} // namespace Tickmark::Core
