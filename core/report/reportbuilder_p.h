// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the report builder: shared by reportbuilder.cpp (cover, Sections I and II) and
// reportbuilder_sections.cpp (Sections III to V and the appendix).
#pragma once

#include "reportbuilder.h"
#include "reporttemplates.h"

#include <optional>

namespace Tickmark::Core::ReportBuild {

QString tr(const char *text);
/// "January 1, 2026" (report dates are in US English whatever the UI language).
QString longDate(const QDate &date);
/// "a, b and c".
QString joinAnd(const QStringList &items);

/// Builder state: the templates with their values, and the first template error met.
class Context final
{
public:
    explicit Context(const ReportInputs &inputs);

    const ReportInputs &in;
    ReportTemplates templates;
    std::optional<Error> error;

    /// Appends template @p key's blocks to @p out (records the first error).
    void add(QList<ReportBlock> &out, const QString &key, const QHash<QString, QString> &extra = {});
    /// Template @p key as one plain string.
    QString line(const QString &key);
    bool typeII() const { return in.details.type == ReportType::TypeII; }
    /// "type1" | "type2": the suffix of type-specific template keys.
    QString typeKey() const { return typeII() ? QStringLiteral("type2") : QStringLiteral("type1"); }
};

ReportSection sectionThree(Context &ctx);
ReportSection sectionFour(Context &ctx);
ReportSection sectionFive(Context &ctx);
ReportSection appendix(Context &ctx);
/// Rich text (HTML) of a description part as report blocks: paragraphs, bullets, bold and italic.
QList<ReportBlock> htmlToBlocks(const QString &html);

} // namespace Tickmark::Core::ReportBuild
