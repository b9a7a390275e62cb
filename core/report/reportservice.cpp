// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportservice.h"

#include "common/sha256.h"
#include "engagement/engagementservice.h"
#include "htmlrenderer.h"
#include "reportarchive.h"
#include "reporttemplates.h"
#include "review/reviewservice.h"
#include "storage/reportrepository.h"
#include "workpaper/repositories.h"
#include "workpaper/workpaper.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace Tickmark::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tickmark::Core", text);
}

QString summary(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString noteGist(const ReviewNote &note)
{
    const QString text =
        note.thread.isEmpty() ? QString() : note.thread.constFirst().text.section(QLatin1Char('\n'), 0, 0);
    return text.size() > 80 ? text.left(79) + QChar(0x2026) : text;
}

QList<IssueBlocker> reviewBlockers(const ReviewStatus &status)
{
    QList<IssueBlocker> out;
    for (const ReviewNote &note : status.openNotes)
        out.append({ErrorCode::InvalidArgument,
                    note.status == NoteStatus::Answered
                        ? tr("review note #%1 on %2 is answered, not cleared: \u201c%3\u201d")
                              .arg(note.id)
                              .arg(note.object, noteGist(note))
                        : tr("review note #%1 on %2 is open: \u201c%3\u201d").arg(note.id).arg(note.object, noteGist(note))});
    for (const QString &missing : status.missingSignOffs)
        out.append({ErrorCode::InvalidArgument, tr("sign-off missing: %1").arg(missing)});
    for (const SignOff &s : status.staleSignOffs)
        out.append({ErrorCode::InvalidArgument, tr("sign-off stale since a change: %1 (%2, %3)")
                                                    .arg(s.object, signOffRoleKey(s.role), s.by)});
    return out;
}

} // namespace

Result<QMap<QString, QString>> ReportService::templates() const
{
    auto custom = customTemplates();
    if (!custom)
        return custom.error();
    QMap<QString, QString> out = ReportTemplates::defaults();
    for (auto it = custom->cbegin(); it != custom->cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

Result<QMap<QString, QString>> ReportService::customTemplates() const
{
    return m_wp.repositories().report.templates();
}

Result<void> ReportService::setTemplate(const QString &key, const QString &text)
{
    if (auto ok = ReportTemplates::validate(key, text); !ok)
        return ok;
    return m_wp.perform(QStringLiteral("section:report"), QStringLiteral("template"), [&]() -> Result<QString> {
        auto before = m_wp.repositories().report.templates();
        if (!before)
            return before.error();
        if (auto ok = m_wp.repositories().report.setTemplate(key, text, m_wp.clock().now(), formatActor(m_wp.actor()));
            !ok)
            return ok.error();
        return summary({{QStringLiteral("key"), key},
                        {QStringLiteral("before"), before->value(key, ReportTemplates::defaults().value(key))},
                        {QStringLiteral("after"), text}});
    });
}

Result<void> ReportService::resetTemplate(const QString &key)
{
    if (!ReportTemplates::defaults().contains(key))
        return fail(ErrorCode::InvalidArgument, tr("unknown report template \"%1\"").arg(key));
    return m_wp.perform(QStringLiteral("section:report"), QStringLiteral("template-reset"), [&]() -> Result<QString> {
        auto removed = m_wp.repositories().report.removeTemplate(key);
        if (!removed)
            return removed.error();
        if (!*removed)
            return fail(ErrorCode::NotFound, tr("report template \"%1\" already has the default wording").arg(key));
        return summary({{QStringLiteral("key"), key}});
    });
}

Result<QMap<QString, QString>> ReportService::descriptions() const
{
    return m_wp.repositories().report.descriptions();
}

Result<void> ReportService::setDescription(const QString &part, const QString &html)
{
    const auto &parts = descriptionParts();
    if (std::none_of(parts.cbegin(), parts.cend(), [&](const DescriptionPart &p) { return p.key == part; })) {
        QStringList keys;
        for (const DescriptionPart &p : parts)
            keys << p.key;
        return fail(ErrorCode::InvalidArgument, tr("unknown part \"%1\" of the description of the system; parts: %2")
                                                    .arg(part, keys.join(QStringLiteral(", "))));
    }
    return m_wp.perform(QStringLiteral("section:report"), QStringLiteral("description"), [&]() -> Result<QString> {
        if (auto ok =
                m_wp.repositories().report.setDescription(part, html, m_wp.clock().now(), formatActor(m_wp.actor()));
            !ok)
            return ok.error();
        return summary({{QStringLiteral("part"), part}, {QStringLiteral("characters"), html.size()}});
    });
}

Result<OpinionChoice> ReportService::opinionChoice() const
{
    auto row = m_wp.repositories().report.settings();
    if (!row)
        return row.error();
    return OpinionChoice{opinionModeFromKey(row->opinion).value_or(OpinionChoice::Mode::Proposed), row->opinionReason};
}

Result<void> ReportService::setOpinionChoice(const OpinionChoice &choice)
{
    if (choice.mode != OpinionChoice::Mode::Proposed && choice.reason.trimmed().isEmpty())
        return fail(
            ErrorCode::InvalidArgument,
            tr("an %1 opinion needs the reason, stated for the basis paragraph").arg(opinionModeKey(choice.mode)));
    return m_wp.perform(QStringLiteral("section:report"), QStringLiteral("opinion"), [&]() -> Result<QString> {
        auto row = m_wp.repositories().report.settings();
        if (!row)
            return row.error();
        const QString before = row->opinion;
        row->opinion = opinionModeKey(choice.mode);
        row->opinionReason = choice.mode == OpinionChoice::Mode::Proposed ? QString() : choice.reason.trimmed();
        if (auto ok = m_wp.repositories().report.saveSettings(*row); !ok)
            return ok.error();
        return summary({{QStringLiteral("before"), before},
                        {QStringLiteral("after"), row->opinion},
                        {QStringLiteral("reason"), row->opinionReason}});
    });
}

Result<ReportOpinion> ReportService::opinion() const
{
    auto in = inputs(false);
    if (!in)
        return in.error();
    return proposeOpinion(in->criteriaResults, in->opinion);
}

Result<PaperSize> ReportService::paperSize() const
{
    auto row = m_wp.repositories().report.settings();
    if (!row)
        return row.error();
    return paperSizeFromKey(row->paper).value_or(PaperSize::A4);
}

Result<void> ReportService::setPaperSize(PaperSize paper)
{
    return m_wp.perform(QStringLiteral("section:report"), QStringLiteral("paper"), [&]() -> Result<QString> {
        auto row = m_wp.repositories().report.settings();
        if (!row)
            return row.error();
        row->paper = paperSizeKey(paper);
        if (auto ok = m_wp.repositories().report.saveSettings(*row); !ok)
            return ok.error();
        return summary({{QStringLiteral("paper"), row->paper}});
    });
}

Result<ReportDocument> ReportService::document(const ReportExportOptions &options) const
{
    auto in = inputs(options.appendix);
    if (!in)
        return in.error();
    return buildReport(*in);
}

Result<ReportExportInfo> ReportService::exportTo(const QString &path, const ReportExportOptions &options) const
{
    auto doc = document(options);
    if (!doc)
        return doc.error();
    return render(*doc, path, options);
}

Result<ReportExportInfo> ReportService::render(const ReportDocument &doc, const QString &path,
                                               const ReportExportOptions &options) const
{
    if (auto ok = m_wp.checkExportTarget(path); !ok)
        return ok.error();
    const QString suffix = QFileInfo(path).suffix().toLower();
    ReportExportInfo info;
    info.path = path;
    info.draft = doc.draft;
    info.opinion = doc.opinion;
    if (suffix == QLatin1String("pdf")) {
        PdfOptions pdf;
        pdf.pdfA = options.pdfA;
        if (options.paper) {
            pdf.paper = *options.paper;
        } else {
            auto stored = paperSize();
            if (!stored)
                return stored.error();
            pdf.paper = *stored;
        }
        auto rendered = PdfRenderer::render(doc, path, pdf);
        if (!rendered)
            return rendered.error();
        info.format = QStringLiteral("pdf");
        info.pages = rendered->pages;
        info.contents = rendered->contents;
        return info;
    }
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm")) {
        info.format = QStringLiteral("html");
        if (auto ok = HtmlRenderer::write(doc, path); !ok)
            return ok.error();
        return info;
    }
    if (suffix == QLatin1String("odt")) {
        info.format = QStringLiteral("odt");
        if (auto ok = OdtRenderer::write(doc, path); !ok)
            return ok.error();
        return info;
    }
    return fail(ErrorCode::InvalidArgument,
                tr("cannot export the report to %1: the file name must end in .pdf, .odt or .html").arg(path));
}

Result<QList<IssueBlocker>> ReportService::issueBlockers() const
{
    QList<IssueBlocker> out;
    if (m_wp.isLocked()) {
        out.append({ErrorCode::Locked, tr("the report is issued already; a reviewer or partner must reopen the"
                                          " engagement before it can be issued again")});
        return out;
    }
    if (m_wp.actor().role == Role::Preparer)
        out.append({ErrorCode::PermissionDenied, tr("only a reviewer or partner can issue the report; %1 acts as preparer")
                                                     .arg(formatActor(m_wp.actor()))});
    auto status = m_wp.review().status();
    if (!status)
        return status.error();
    out.append(reviewBlockers(*status));
    return out;
}

Result<void> ReportService::checkIssuable() const
{
    auto blockers = issueBlockers();
    if (!blockers)
        return blockers.error();
    if (blockers->isEmpty())
        return {};
    if (blockers->size() == 1)
        return fail(blockers->constFirst().code, blockers->constFirst().text);
    QStringList texts;
    for (const IssueBlocker &b : std::as_const(*blockers))
        texts << b.text;
    return fail(blockers->constFirst().code,
                tr("the report cannot be issued yet: %1").arg(texts.join(QStringLiteral("; "))));
}

Result<ReportIssueResult> ReportService::issue(const ReportIssueOptions &options)
{
    if (auto ok = checkIssuable(); !ok)
        return ok.error();
    auto in = inputs(options.pdf.appendix);
    if (!in)
        return in.error();
    in->draft = false;
    auto doc = buildReport(*in);
    if (!doc)
        return doc.error();

    QTemporaryDir work;
    if (!work.isValid())
        return fail(ErrorCode::FileError,
                    tr("cannot create a temporary folder for the report: %1").arg(work.errorString()));
    const QFileInfo wpFile(m_wp.path());
    const QString stamp = m_wp.clock().now().toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    const QString pdfName = wpFile.completeBaseName() + QStringLiteral("-report.pdf");
    auto rendered = render(*doc, work.filePath(pdfName), options.pdf);
    if (!rendered)
        return rendered.error();
    const QString copyPath = work.filePath(wpFile.fileName());
    if (auto ok = m_wp.saveCopy(copyPath); !ok)
        return ok.error();

    const QString dir = options.archiveDir.isEmpty() ? wpFile.absolutePath() : options.archiveDir;
    if (!QFileInfo(dir).isDir())
        return fail(ErrorCode::FileError, tr("the archive folder %1 does not exist").arg(dir));
    const QString zipPath =
        QDir(dir).filePath(wpFile.completeBaseName() + QStringLiteral("-issued-") + stamp + QStringLiteral(".zip"));
    const QJsonObject manifestInfo{
        {QStringLiteral("engagement"), engagementToJson(in->details)},
        {QStringLiteral("issued_at"), m_wp.clock().now().toUTC().toString(Qt::ISODate)},
        {QStringLiteral("issued_by"), formatActor(m_wp.actor())},
        {QStringLiteral("opinion"), opinionKindKey(doc->opinion.kind)},
        {QStringLiteral("pages"), rendered->pages},
        {QStringLiteral("creator"), QStringLiteral("Tickmark %1").arg(QStringLiteral(TICKMARK_VERSION))}};
    auto archive = writeReferenceArchive(
        zipPath, {ArchiveFile{pdfName, rendered->path}, ArchiveFile{wpFile.fileName(), copyPath}}, manifestInfo);
    if (!archive)
        return archive.error();

    ReportIssueResult result;
    result.archivePath = archive->path;
    result.archiveSha256 = archive->sha256;
    result.pages = rendered->pages;
    result.opinion = doc->opinion;
    QFile pdf(rendered->path);
    if (pdf.open(QIODevice::ReadOnly))
        result.pdfSha256 = Sha256::hex(pdf.readAll());
    auto recorded = m_wp.perform(QStringLiteral("section:report"), QStringLiteral("issue"), [&]() -> Result<QString> {
        return summary({{QStringLiteral("archive"), QFileInfo(result.archivePath).fileName()},
                        {QStringLiteral("archive_sha256"), QString::fromLatin1(result.archiveSha256)},
                        {QStringLiteral("pdf_sha256"), QString::fromLatin1(result.pdfSha256)},
                        {QStringLiteral("opinion"), opinionKindKey(result.opinion.kind)},
                        {QStringLiteral("pages"), result.pages}});
    });
    if (!recorded) {
        QFile::remove(result.archivePath);
        return recorded.error();
    }
    if (auto locked = m_wp.review().lock(); !locked) {
        QFile::remove(result.archivePath);
        return fail(
            locked.error().code,
            tr("the engagement could not be locked, so the report was not issued: %1").arg(locked.error().detail));
    }
    return result;
}

} // namespace Tickmark::Core
