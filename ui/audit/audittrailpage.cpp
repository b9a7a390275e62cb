// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audittrailpage.h"

#include "audit/audittrail.h"
#include "common/errortext.h"
#include "common/filechooser.h"
#include "common/pageheader.h"
#include "settings/appearance.h"
#include "workpaper/workpaper.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace Tickmark::Ui {

namespace {

// The same CSV as AuditTrail::toCsv(): quoted when needed, formula-like leading characters neutralised so that a
// spreadsheet does not run them.
QString timeText(const QDateTime &utc)
{
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

AuditTrailPage::AuditTrailPage(Core::Workpaper &workpaper, QWidget *parent)
    : QWidget(parent)
    , m_workpaper(workpaper)
    , m_ownFiles(std::make_unique<DialogFileChooser>())
    , m_files(m_ownFiles.get())
    , m_model(new QStandardItemModel(this))
{
    auto *layout = new QVBoxLayout(this);
    applyPageMargins(layout);
    auto *header = new PageHeader(tr("Audit Trail"),
                                  tr("Every change made to this workpaper, who made it and when. The events are"
                                     " chained by SHA-256 hashes, so a changed or removed event is detected."),
                                  this);
    m_export = new QPushButton(tr("Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("auditExportButton"));
    connect(m_export, &QPushButton::clicked, this, &AuditTrailPage::chooseExportFile);
    header->addTrailingWidget(m_export);
    layout->addWidget(header);

    m_chainStatus = new QLabel(this);
    m_chainStatus->setObjectName(QStringLiteral("auditChainStatus"));
    m_chainStatus->setWordWrap(true);
    layout->addWidget(m_chainStatus);
    layout->addWidget(buildFilters());

    m_model->setHorizontalHeaderLabels({tr("Time"), tr("User"), tr("Role"), tr("Object"), tr("Action"),
                                        tr("Summary")});
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setAccessibleName(tr("Audit trail events"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int ch = fontMetrics().averageCharWidth();
    m_view->setColumnWidth(TimeColumn, ch * 25);
    m_view->setColumnWidth(UserColumn, ch * 20);
    m_view->setColumnWidth(RoleColumn, ch * 11);
    m_view->setColumnWidth(ObjectColumn, ch * 26);
    m_view->setColumnWidth(ActionColumn, ch * 12);
    layout->addWidget(m_view, 1);

    connect(&workpaper, &Core::Workpaper::changed, this, [this] { reload(); });
    reload();
}

AuditTrailPage::~AuditTrailPage() = default;

QWidget *AuditTrailPage::buildFilters()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_objectFilter = new QLineEdit(bar);
    m_objectFilter->setObjectName(QStringLiteral("auditObjectFilter"));
    m_objectFilter->setAccessibleName(tr("Filter by object"));
    m_objectFilter->setPlaceholderText(tr("Filter by object, e.g. control:CTL-01"));
    m_objectFilter->setClearButtonEnabled(true);
    m_objectFilter->setMinimumWidth(fontMetrics().averageCharWidth() * 32);
    m_userFilter = new QComboBox(bar);
    m_userFilter->setObjectName(QStringLiteral("auditUserFilter"));
    m_userFilter->setAccessibleName(tr("Filter by user"));
    m_userFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_fromCheck = new QCheckBox(tr("From"), bar);
    m_fromCheck->setObjectName(QStringLiteral("auditFromCheck"));
    m_fromDate = new QDateEdit(QDate::currentDate().addMonths(-1), bar);
    m_fromDate->setObjectName(QStringLiteral("auditFromDate"));
    m_fromDate->setAccessibleName(tr("Earliest date"));
    m_fromDate->setCalendarPopup(true);
    m_fromDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_toCheck = new QCheckBox(tr("To"), bar);
    m_toCheck->setObjectName(QStringLiteral("auditToCheck"));
    m_toDate = new QDateEdit(QDate::currentDate(), bar);
    m_toDate->setObjectName(QStringLiteral("auditToDate"));
    m_toDate->setAccessibleName(tr("Latest date"));
    m_toDate->setCalendarPopup(true);
    m_toDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_count = new QLabel(bar);
    m_count->setObjectName(QStringLiteral("auditCountLabel"));

    row->addWidget(m_objectFilter, 1);
    row->addWidget(new QLabel(tr("User:"), bar));
    row->addWidget(m_userFilter);
    row->addSpacing(8);
    row->addWidget(m_fromCheck);
    row->addWidget(m_fromDate);
    row->addWidget(m_toCheck);
    row->addWidget(m_toDate);
    row->addSpacing(8);
    row->addWidget(m_count);

    connect(m_objectFilter, &QLineEdit::textChanged, this, &AuditTrailPage::applyFilters);
    connect(m_userFilter, &QComboBox::currentIndexChanged, this, &AuditTrailPage::applyFilters);
    m_fromDate->setEnabled(false);
    m_toDate->setEnabled(false);
    connect(m_fromCheck, &QCheckBox::toggled, m_fromDate, &QWidget::setEnabled);
    connect(m_toCheck, &QCheckBox::toggled, m_toDate, &QWidget::setEnabled);
    connect(m_fromCheck, &QCheckBox::toggled, this, &AuditTrailPage::applyFilters);
    connect(m_toCheck, &QCheckBox::toggled, this, &AuditTrailPage::applyFilters);
    connect(m_fromDate, &QDateEdit::dateChanged, this, &AuditTrailPage::applyFilters);
    connect(m_toDate, &QDateEdit::dateChanged, this, &AuditTrailPage::applyFilters);
    return bar;
}

void AuditTrailPage::setFileChooser(FileChooser *files)
{
    m_files = files ? files : m_ownFiles.get();
}

void AuditTrailPage::reload()
{
    const auto all = m_workpaper.auditTrail().events();
    if (!all) {
        Q_EMIT errorOccurred(tr("The audit trail could not be read. %1").arg(errorSentence(all.error().detail)));
        return;
    }
    m_events = *all;
    QStringList users;
    for (const Core::AuditEvent &e : std::as_const(m_events)) {
        if (!users.contains(e.user))
            users << e.user;
    }
    users.sort(Qt::CaseInsensitive);
    {
        const QSignalBlocker blocker(m_userFilter);
        const QString chosen = m_userFilter->currentData().toString();
        m_userFilter->clear();
        m_userFilter->addItem(tr("Everyone"), QString());
        for (const QString &user : std::as_const(users))
            m_userFilter->addItem(user, user);
        m_userFilter->setCurrentIndex(std::max(0, m_userFilter->findData(chosen)));
    }
    if (!m_events.isEmpty() && !m_fromCheck->isChecked() && !m_toCheck->isChecked()) {
        const QSignalBlocker fromBlocker(m_fromDate);
        const QSignalBlocker toBlocker(m_toDate);
        m_fromDate->setDate(m_events.first().at.toLocalTime().date());
        m_toDate->setDate(m_events.last().at.toLocalTime().date());
    }
    verifyChain();
    applyFilters();
}

void AuditTrailPage::applyFilters()
{
    const QString object = m_objectFilter->text().trimmed();
    const QString user = m_userFilter->currentData().toString();
    // Dates are the user's calendar days: from the start of the first to the end of the last, in local time.
    const QDateTime from = m_fromCheck->isChecked() ? m_fromDate->date().startOfDay().toUTC() : QDateTime();
    const QDateTime to = m_toCheck->isChecked() ? m_toDate->date().endOfDay().toUTC() : QDateTime();
    m_shown.clear();
    for (const Core::AuditEvent &e : std::as_const(m_events)) {
        if (!object.isEmpty() && !e.object.contains(object, Qt::CaseInsensitive))
            continue;
        if (!user.isEmpty() && e.user != user)
            continue;
        if ((from.isValid() && e.at < from) || (to.isValid() && e.at > to))
            continue;
        m_shown << e;
    }
    m_model->removeRows(0, m_model->rowCount());
    // Newest first on screen: that is what an auditor looks for; the export keeps chain order.
    for (auto it = m_shown.crbegin(); it != m_shown.crend(); ++it) {
        QList<QStandardItem *> items{new QStandardItem(timeText(it->at)),
                                     new QStandardItem(tr("%1 (%2)").arg(it->user, it->initials)),
                                     new QStandardItem(it->role),
                                     new QStandardItem(it->object),
                                     new QStandardItem(it->action),
                                     new QStandardItem(it->summary)};
        items.at(SummaryColumn)->setToolTip(it->summary);
        items.at(TimeColumn)->setToolTip(tr("Event %1, %2 UTC").arg(it->seq).arg(it->at.toString(Qt::ISODate)));
        m_model->appendRow(items);
    }
    m_count->setText(m_shown.size() == m_events.size()
                         ? tr("%n events", "", static_cast<int>(m_events.size()))
                         : tr("%1 of %n events", "", static_cast<int>(m_events.size())).arg(m_shown.size()));
    m_export->setEnabled(!m_shown.isEmpty());
}

void AuditTrailPage::verifyChain()
{
    const auto report = m_workpaper.auditTrail().verify();
    m_chainOk = report && report->ok;
    QString text;
    if (!report)
        text = tr("✗ The hash chain could not be checked: %1").arg(errorSentence(report.error().detail));
    else if (report->ok)
        text = tr("✓ Hash chain verified: %n events, none changed or missing.", "", static_cast<int>(report->events));
    else
        text = tr("✗ Hash chain broken at event %1: %2").arg(report->firstBroken).arg(report->problem);
    m_chainStatus->setText(text);
    m_chainStatus->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }")
                                     .arg(toneText(m_chainOk ? Tone::Good : Tone::Bad, palette()).name()));
}

bool AuditTrailPage::exportCsv(const QString &path)
{
    if (auto ok = m_workpaper.auditTrail().exportEvents(m_shown, path); !ok) {
        Q_EMIT errorOccurred(tr("Nothing was exported. %1").arg(errorSentence(ok.error().detail)));
        return false;
    }
    Q_EMIT statusMessage(tr("Exported %n events to %1.", "", static_cast<int>(m_shown.size())).arg(path));
    return true;
}

void AuditTrailPage::chooseExportFile()
{
    const QString path = m_files->saveFileName(this, tr("Export Audit Trail"), QStringLiteral("audit-trail.csv"),
                                               tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

} // namespace Tickmark::Ui
