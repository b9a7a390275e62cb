// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "issuepanel.h"

#include "audit/audittrail.h"
#include "common/errortext.h"
#include "common/prompter.h"
#include "common/widgets.h"
#include "report/reportservice.h"
#include "workpaper/workpaper.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tickmark::Ui {

std::optional<Core::AuditEvent> currentIssueEvent(Core::Workpaper &workpaper)
{
    if (!workpaper.isLocked())
        return std::nullopt;
    Core::AuditFilter filter;
    filter.objectPrefix = QStringLiteral("section:report");
    auto events = workpaper.auditTrail().events(filter);
    if (!events)
        return std::nullopt;
    for (auto it = events->crbegin(); it != events->crend(); ++it) {
        if (it->action == QLatin1String("issue"))
            return *it;
    }
    return std::nullopt;
}

IssuePanel::IssuePanel(Core::Workpaper &workpaper, std::shared_ptr<Prompter> prompter, QWidget *parent)
    : QWidget(parent)
    , m_workpaper(workpaper)
    , m_prompter(std::move(prompter))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    auto *title = new QLabel(tr("Issue the Report"), this);
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    title->setFont(font);
    layout->addWidget(title);
    auto *hint = mutedLabel(this);
    hint->setWordWrap(true);
    hint->setText(tr("Issuing renders the final PDF (without the DRAFT mark), writes a reference archive with the PDF"
                     " and a copy of the workpaper next to it, and locks the engagement: no further change is"
                     " possible until a reviewer or partner reopens it with a reason."));
    layout->addWidget(hint);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("issueState"));
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    m_blockers = new QListWidget(this);
    m_blockers->setObjectName(QStringLiteral("issueBlockersList"));
    m_blockers->setAccessibleName(tr("Blockers to issuing the report"));
    m_blockers->setWordWrap(true);
    m_blockers->setAlternatingRowColors(true);
    layout->addWidget(m_blockers, 1);
    m_archive = new QLabel(this);
    m_archive->setObjectName(QStringLiteral("archivePathLabel"));
    m_archive->setWordWrap(true);
    m_archive->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_archive->hide();
    layout->addWidget(m_archive);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_check = new QPushButton(tr("&Check Again"), this);
    m_check->setObjectName(QStringLiteral("checkIssueButton"));
    m_issue = new QPushButton(tr("&Issue Report\u2026"), this);
    m_issue->setObjectName(QStringLiteral("issueNowButton"));
    buttons->addWidget(m_check);
    buttons->addWidget(m_issue);
    layout->addLayout(buttons);

    connect(m_check, &QPushButton::clicked, this, &IssuePanel::refresh);
    connect(m_issue, &QPushButton::clicked, this, [this] { issueReport(m_pdf); });
}

void IssuePanel::setPrompter(std::shared_ptr<Prompter> prompter)
{
    m_prompter = std::move(prompter);
}

QStringList IssuePanel::blockers() const
{
    auto list = m_workpaper.report().issueBlockers();
    if (!list)
        return {describeError(list.error())};
    QStringList out;
    for (const Core::IssueBlocker &blocker : std::as_const(*list)) {
        QString text = blocker.text;
        if (!text.isEmpty())
            text[0] = text[0].toUpper();
        out << text;
    }
    return out;
}

void IssuePanel::refresh()
{
    m_blockers->clear();
    const auto event = currentIssueEvent(m_workpaper);
    if (event) {
        m_state->setText(tr("Issued on %1 by %2 \u2014 the engagement is locked.")
                             .arg(QLocale().toString(event->at.toLocalTime(), QLocale::ShortFormat), event->user));
        m_blockers->hide();
        m_check->setEnabled(false);
        m_issue->setEnabled(false);
        return;
    }
    const QStringList list = blockers();
    m_blockers->addItems(list);
    m_blockers->setVisible(!list.isEmpty());
    m_state->setText(list.isEmpty()
                         ? tr("Nothing blocks issuing: every note is cleared and every sign-off is current.")
                         : tr("%n item(s) must be resolved before the report can be issued:", "", int(list.size())));
    m_check->setEnabled(true);
    m_issue->setEnabled(true);
}

bool IssuePanel::issueReport(const Core::ReportExportOptions &pdf)
{
    m_pdf = pdf;
    refresh();
    if (m_blockers->count() > 0 || m_workpaper.isLocked()) {
        Q_EMIT errorOccurred(tr("The report cannot be issued yet: %n item(s) must be resolved first (listed under"
                                " Issue).",
                                "", m_blockers->count()));
        return false;
    }
    const QString question =
        tr("Issue the SOC 2 report now?\n\nThe final PDF and a reference archive are written next to the workpaper,"
           " and the engagement will be locked: nothing can be changed until a reviewer or partner reopens it with"
           " a reason.");
    if (!m_prompter->confirm(this, tr("Issue Report"), question))
        return false;
    Core::ReportIssueOptions options;
    options.pdf = pdf;
    auto result = m_workpaper.report().issue(options);
    if (!result) {
        Q_EMIT errorOccurred(describeError(result.error()));
        refresh();
        return false;
    }
    m_archivePath = result->archivePath;
    m_archive->setText(tr("Reference archive: %1").arg(QDir::toNativeSeparators(m_archivePath)));
    m_archive->show();
    refresh();
    Q_EMIT statusMessage(tr("Report issued; the engagement is locked."));
    Q_EMIT issued(m_archivePath);
    return true;
}

} // namespace Tickmark::Ui
