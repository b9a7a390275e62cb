// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Tickmark::Core {

/// A run of text with simple inline emphasis.
struct TextSpan
{
    QString text;
    bool bold = false;
    bool italic = false;

    bool operator==(const TextSpan &) const = default;
};

/// Parses light inline markup: **bold** and *italic*; everything else is literal text.
QList<TextSpan> parseInline(const QString &markup);
/// The spans' text without emphasis.
QString plainText(const QList<TextSpan> &spans);

/// A table with one header row (repeated after a page break by the PDF renderer).
struct ReportTable
{
    QStringList header;
    QList<double> widths; ///< relative column widths, one per column (they need not add up to 1)
    QList<QStringList> rows;
    bool monospaceLast = false; ///< set the last column in a monospaced face (hashes)
};

/// One block of a section's flow.
struct ReportBlock
{
    enum class Kind { Heading, Paragraph, Bullet, Table, Note };
    Kind kind = Kind::Paragraph;
    int level = 2;         ///< headings: 2 (listed in the contents) or 3 (criterion headings, not listed)
    QString anchor;        ///< headings: a stable id ("sec-1-scope") used by HTML links and the contents
    QList<TextSpan> spans; ///< the text of a heading, paragraph, bullet or note (notes are set smaller, in italics)
    ReportTable table;

    static ReportBlock heading(int level, const QString &text, const QString &anchor);
    static ReportBlock paragraph(const QString &markup);
    static ReportBlock paragraph(const QList<TextSpan> &spans);
    static ReportBlock bullet(const QString &markup);
    static ReportBlock note(const QString &markup);
    static ReportBlock tableBlock(const ReportTable &table);
};

/// One of the report's sections (I–V and the appendix); each starts on a new page.
struct ReportSection
{
    QString anchor; ///< "section-1", …, "appendix"
    QString number; ///< "Section I"; "Appendix" for the evidence index
    QString title;  ///< "Independent Service Auditor's Report"
    QList<ReportBlock> blocks;

    /// "Section I — Independent Service Auditor's Report".
    QString heading() const;
};

/// The service auditor's opinion.
enum class OpinionKind { Unmodified, Qualified, Adverse, Disclaimer };
QString opinionKindKey(OpinionKind kind); ///< "unmodified" | "qualified" | "adverse" | "disclaimer"

struct ReportOpinion
{
    OpinionKind kind = OpinionKind::Unmodified;
    QStringList criteriaNotMet; ///< qualified: the criteria not met, in catalog order
    QString reason;             ///< adverse or disclaimer: the auditor's stated reason
};

/// A whole report as plain data, independent of any output format.
struct ReportDocument
{
    QString title;          ///< the cover's main title, also the PDF title
    QStringList coverLines; ///< lines under the title on the cover (service organization, system, period…)
    QString preparedBy;     ///< cover: "Prepared by <firm>"
    QString runningHeader;  ///< printed at the top of every page but the cover
    QString author;         ///< the firm (PDF author)
    QString subject;        ///< PDF subject
    bool draft = true;      ///< DRAFT watermark on every page
    ReportOpinion opinion;
    QList<ReportSection> sections;
};

} // namespace Tickmark::Core
