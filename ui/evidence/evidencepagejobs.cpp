// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// EvidencePage: the long jobs — import (chosen, dropped or for a request) and verify — off the UI thread, with the
// progress dialog and the banner that reports how they ended.
#include "evidencepage.h"

#include "common/errortext.h"
#include "common/filechooser.h"
#include "common/messagebanner.h"
#include "common/widgets.h"
#include "evidence/evidenceservice.h"
#include "evidence/evidencetreemodel.h"
#include "evidenceprogressdialog.h"
#include "linkdialog.h"
#include "workpaper/workpaper.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QTreeView>
#include <QtConcurrent>

namespace Tickmark::Ui {

using Core::EvidenceTreeModel;

void EvidencePage::chooseAndImport()
{
    const QString path = m_files->openFileName(
        this, tr("Import Evidence"), QFileInfo(m_workpaper.path()).absolutePath(),
        tr("Evidence (*.zip *.tar *.tgz *.gz *.bz2 *.xz *.7z *.pdf *.png *.jpg *.jpeg *.csv *.txt *.xlsx *.docx);;"
           "All files (*)"));
    if (!path.isEmpty())
        importPaths({path});
}

std::shared_ptr<EvidenceJobProgress> EvidencePage::startJob(const QStringList &packages)
{
    m_job = std::make_shared<EvidenceJobProgress>();
    m_banner->clear();
    m_progress = new EvidenceProgressDialog(m_job, packages, this);
    updateActions();
    return m_job;
}

void EvidencePage::endJob()
{
    m_job.reset();
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    updateActions();
}

bool EvidencePage::importPaths(const QStringList &paths, const QString &requestRef, const QString &linkControl)
{
    if (paths.isEmpty())
        return false;
    if (isBusy()) {
        Q_EMIT errorOccurred(tr("Evidence is being imported or verified; wait for it to finish."));
        return false;
    }
    QStringList names;
    for (const QString &p : paths)
        names << QFileInfo(p).fileName();
    auto job = startJob(names);
    auto *watcher = new QFutureWatcher<EvidenceImportOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, linkControl] {
        watcher->deleteLater();
        onImportDone(watcher->result(), linkControl);
    });
    const QString workpaperPath = m_workpaper.path();
    const Core::Actor actor = m_workpaper.actor();
    const Core::EvidenceLimits limits = m_limits ? m_limits() : Core::EvidenceLimits{};
    watcher->setFuture(QtConcurrent::run([workpaperPath, actor, paths, requestRef, job, limits] {
        return runEvidenceImport(workpaperPath, actor, paths, requestRef, *job, limits);
    }));
    return true;
}

void EvidencePage::onImportDone(const EvidenceImportOutcome &outcome, const QString &linkControl)
{
    endJob();
    const PackageLinkOutcome links = linkPackagesToControl(m_workpaper, outcome.packages, linkControl);
    // The rows were committed through the worker's own connection, so this workpaper emitted nothing: announce
    // each package here, as perform() would have, so that every view of the evidence reloads.
    for (const QString &name : outcome.packages)
        Q_EMIT m_workpaper.changed(QStringLiteral("evidence:%1").arg(name));
    if (!outcome.packages.isEmpty()) {
        // A package of one file (a dropped PDF, say) opens that file; an archive shows its top level.
        const QModelIndex package = m_model->indexOfKey(outcome.packages.constFirst());
        const QModelIndex only = m_model->rowCount(package) == 1 ? m_model->index(0, 0, package) : QModelIndex();
        showKey((m_model->itemAt(only) ? only : package).data(EvidenceTreeModel::NodeKeyRole).toString());
        m_tree->expand(package);
        QString message = tr("Imported %n files", "", clampToInt(outcome.files)) +
                          tr(" (%1) in %2.").arg(QLocale().formattedDataSize(outcome.bytes),
                                                 outcome.packages.join(QStringLiteral(", ")));
        if (outcome.skippedEntries > 0)
            message += QLatin1Char(' ') + tr("Left out %n entries that were links, devices or outside the package.",
                                              "", clampToInt(outcome.skippedEntries));
        if (outcome.index)
            message += QLatin1Char(' ') + tr("Indexed the text of %n files.", "", clampToInt(outcome.index->items));
        if (links.linked > 0)
            message += QLatin1Char(' ') + tr("Linked %n files to %1.", "", links.linked).arg(linkControl);
        Q_EMIT statusMessage(message);
        m_banner->showMessage(MessageBanner::Kind::Information, message);
    }
    QStringList problems = outcome.failures + links.failures;
    if (!outcome.indexError.isEmpty())
        problems << tr("The text was not indexed for search. %1").arg(outcome.indexError);
    if (!problems.isEmpty())
        m_banner->showMessage(MessageBanner::Kind::Error, problems.join(QLatin1Char('\n')));
    else if (outcome.cancelled && outcome.packages.isEmpty())
        Q_EMIT statusMessage(tr("Import cancelled; nothing was stored."));
    Q_EMIT importFinished(!outcome.packages.isEmpty());
}

bool EvidencePage::verify()
{
    if (isBusy()) {
        Q_EMIT errorOccurred(tr("Evidence is being imported or verified; wait for it to finish."));
        return false;
    }
    auto job = startJob({});
    using VerifyResult = Result<Core::EvidenceVerifyReport>;
    auto *watcher = new QFutureWatcher<VerifyResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        onVerifyDone(watcher->result());
    });
    const QString workpaperPath = m_workpaper.path();
    const Core::Actor actor = m_workpaper.actor();
    watcher->setFuture(QtConcurrent::run(
        [workpaperPath, actor, job] { return runEvidenceVerify(workpaperPath, actor, *job); }));
    return true;
}

void EvidencePage::onVerifyDone(const Result<Core::EvidenceVerifyReport> &report)
{
    endJob();
    if (!report) {
        if (report.error().code == ErrorCode::Cancelled)
            Q_EMIT statusMessage(tr("Verification cancelled."));
        else
            m_banner->showMessage(MessageBanner::Kind::Error,
                                  tr("The evidence could not be verified. %1").arg(errorSentence(report.error().detail)));
        Q_EMIT verifyFinished(false);
        return;
    }
    const QString size = QLocale().formattedDataSize(report->bytes);
    if (report->ok()) {
        const QString text = tr("All %n files match their SHA-256", "", clampToInt(report->items)) +
                             tr(" (%1 re-hashed).").arg(size);
        m_banner->showMessage(MessageBanner::Kind::Information, text);
        Q_EMIT statusMessage(text);
        Q_EMIT verifyFinished(true);
        return;
    }
    QStringList lines{tr("%n files no longer match their SHA-256:", "", clampToInt(report->mismatches.size()))};
    for (const Core::EvidenceMismatch &m : report->mismatches)
        lines << tr("%1/%2: expected %3 (%4 bytes), found %5 (%6 bytes)")
                     .arg(m.package, m.path, QString::fromLatin1(m.expected.left(16)))
                     .arg(m.expectedSize)
                     .arg(QString::fromLatin1(m.actual.left(16)))
                     .arg(m.actualSize);
    m_banner->showMessage(MessageBanner::Kind::Error, lines.join(QLatin1Char('\n')));
    Q_EMIT verifyFinished(false);
}

} // namespace Tickmark::Ui
