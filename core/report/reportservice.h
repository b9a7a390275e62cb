// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "pdfrenderer.h"
#include "reportbuilder.h"
#include "reportdocument.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <optional>

namespace Tickmark::Core {

class Workpaper;

/// How to export the report.
struct ReportExportOptions
{
    std::optional<PaperSize> paper; ///< PDF only; unset = the stored paper size
    bool pdfA = false;              ///< PDF only: PDF/A-1b
    bool appendix = false;          ///< add the evidence index (SHA-256 of every item linked to a control)
};

/// What an export wrote.
struct ReportExportInfo
{
    QString path;
    QString format; ///< "pdf" | "odt" | "html"
    int pages = 0;  ///< PDF only
    bool draft = true;
    ReportOpinion opinion;
    QList<TocEntry> contents; ///< PDF only: the table of contents with page numbers
};

/// One reason the report cannot be issued yet: the error it makes issue() return and a sentence naming the object.
struct IssueBlocker
{
    ErrorCode code = ErrorCode::InvalidArgument; ///< Locked, PermissionDenied or InvalidArgument (review state)
    QString text;                                ///< e.g. "sign-off missing: control:C-1 (reviewer)"
};

/// How to issue the report.
struct ReportIssueOptions
{
    QString archiveDir; ///< where the reference archive goes; empty = next to the workpaper
    ReportExportOptions pdf;
};

/// What issuing did.
struct ReportIssueResult
{
    QString archivePath;
    QByteArray archiveSha256;
    QByteArray pdfSha256;
    int pages = 0;
    ReportOpinion opinion;
};

/// The report's stored parts (firm templates, the description of the system, the opinion choice, the paper size),
/// its export to PDF, ODT or HTML, and its issue. Setters are audited actions on "section:report". Exports need a
/// QGuiApplication (fonts). Thread affinity: the workpaper's.
class ReportService final
{
    Q_DECLARE_TR_FUNCTIONS(Tickmark::Core::ReportService)

public:
    explicit ReportService(Workpaper &workpaper)
        : m_wp(workpaper)
    {}

    /// Every template key with its effective text (the firm's, else the default).
    Result<QMap<QString, QString>> templates() const;
    /// The firm's edited templates only.
    Result<QMap<QString, QString>> customTemplates() const;
    /// Stores the firm's text for template @p key. InvalidArgument names an unknown key or placeholder.
    Result<void> setTemplate(const QString &key, const QString &text);
    /// Goes back to the default wording of @p key.
    Result<void> resetTemplate(const QString &key);

    /// The description parts (HTML) by part key (see descriptionParts()).
    Result<QMap<QString, QString>> descriptions() const;
    /// Stores part @p part of the description of the system as rich text (HTML, or plain text); empty clears it.
    Result<void> setDescription(const QString &part, const QString &html);

    Result<OpinionChoice> opinionChoice() const;
    /// Stores the opinion choice; adverse and disclaimer need a reason.
    Result<void> setOpinionChoice(const OpinionChoice &choice);
    /// The opinion the report would carry now.
    Result<ReportOpinion> opinion() const;

    Result<PaperSize> paperSize() const;
    Result<void> setPaperSize(PaperSize paper);

    /// Gathers everything the report says from the workpaper.
    Result<ReportInputs> inputs(bool appendix) const;
    /// The report as data: a draft unless the engagement is issued.
    Result<ReportDocument> document(const ReportExportOptions &options = {}) const;
    /// Writes the report to @p path, the format chosen by its suffix (.pdf, .odt, .html/.htm); InvalidArgument for
    /// another suffix. Marked DRAFT unless the engagement is issued.
    Result<ReportExportInfo> exportTo(const QString &path, const ReportExportOptions &options = {}) const;

    /// Every reason the report cannot be issued now, in this order: issued already (then nothing else), a preparer
    /// acting, each open or answered review note, each missing and each stale sign-off. Empty when it can be issued.
    /// The one rule both issue() and the GUI's issue panel apply.
    Result<QList<IssueBlocker>> issueBlockers() const;

    /// Issues the report: refused while review notes are open or sign-offs are missing or stale (the message lists
    /// them), for a preparer, and when already issued. Renders the final PDF (no DRAFT), writes the reference
    /// archive (a zip with the PDF, a VACUUM INTO copy of the workpaper and manifest.json with every file's
    /// SHA-256) into @p options.archiveDir or next to the workpaper, records the issue and locks the engagement.
    Result<ReportIssueResult> issue(const ReportIssueOptions &options = {});

private:
    Result<ReportExportInfo> render(const ReportDocument &doc, const QString &path,
                                    const ReportExportOptions &options) const;
    Result<void> checkIssuable() const;
    Workpaper &m_wp;
};

} // namespace Tickmark::Core
