// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestspage.h"

#include "common/errortext.h"
#include "common/filechooser.h"
#include "common/pageheader.h"
#include "common/widgets.h"
#include "evidence/evidenceservice.h"
#include "evidence/requestlistmodel.h"
#include "settings/appearance.h"
#include "requestdialog.h"
#include "workpaper/workpaper.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace Tickmark::Ui {

using Core::RequestListModel;

namespace {

/// "Overdue" in amber, readable on a light and a dark palette.
QColor overdueColour(const QPalette &palette)
{
    return isDarkPalette(palette) ? toneText(Tone::Warning, palette) : QColor(0x6B, 0x47, 0x00);
}

} // namespace

RequestsPage::RequestsPage(Core::Workpaper &workpaper, QWidget *parent)
    : QWidget(parent)
    , m_workpaper(workpaper)
    , m_ownFiles(std::make_unique<DialogFileChooser>())
    , m_files(m_ownFiles.get())
    , m_model(new RequestListModel(workpaper, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("requestsPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RequestListModel::SortRole);
    auto *layout = new QVBoxLayout(this);
    applyPageMargins(layout);
    auto *header = new PageHeader(tr("Requests"),
                                  tr("The \"provided by client\" list: what was asked for, from whom, by when, and"
                                     " which evidence packages answered it. Overdue requests are shown in amber."),
                                  this);
    const auto button = [this](const QString &text, const QString &tip, const QString &name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(tip);
        return b;
    };
    m_exportButton = button(tr("E&xport…"), tr("Write the list as XLSX or CSV to send to the client"),
                            QStringLiteral("exportRequestsButton"));
    m_answerButton = button(tr("A&nswer with…"), tr("Mark an imported evidence package as answering the request"),
                            QStringLiteral("answerRequestButton"));
    m_statusButton = button(tr("&Status…"), tr("Change the request's status, with a note kept in its history"),
                            QStringLiteral("statusRequestButton"));
    m_editButton = button(tr("&Edit…"), tr("Edit the selected request"), QStringLiteral("editRequestButton"));
    m_addButton = button(tr("&Add…"), tr("Add a request to the list"), QStringLiteral("addRequestButton"));
    connect(m_addButton, &QPushButton::clicked, this, &RequestsPage::addRequest);
    connect(m_editButton, &QPushButton::clicked, this, &RequestsPage::editCurrent);
    connect(m_statusButton, &QPushButton::clicked, this, &RequestsPage::changeStatusOfCurrent);
    connect(m_answerButton, &QPushButton::clicked, this, &RequestsPage::answerCurrent);
    connect(m_exportButton, &QPushButton::clicked, this, &RequestsPage::exportList);
    for (QPushButton *b : {m_exportButton, m_answerButton, m_statusButton, m_editButton, m_addButton})
        header->addTrailingWidget(b);
    layout->addWidget(header);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("requestsView"));
    m_view->setAccessibleName(tr("Requests"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RequestListModel::RefColumn, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *h = m_view->horizontalHeader();
    h->setHighlightSections(false);
    h->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    h->setSectionResizeMode(RequestListModel::DescriptionColumn, QHeaderView::Stretch);
    const int ch = fontMetrics().averageCharWidth();
    h->resizeSection(RequestListModel::RefColumn, ch * 9);
    h->resizeSection(RequestListModel::ControlsColumn, ch * 16);
    h->resizeSection(RequestListModel::OwnerColumn, ch * 16);
    h->resizeSection(RequestListModel::DueColumn, ch * 15);
    h->resizeSection(RequestListModel::StatusColumn, ch * 22);
    h->resizeSection(RequestListModel::PackagesColumn, ch * 18);
    connect(m_view, &QTableView::activated, this, &RequestsPage::editCurrent);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(buildSidePanel());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RequestsPage::updateSidePanel);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_selectedBeforeReset = currentRef(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!showRequest(std::exchange(m_selectedBeforeReset, {})) && m_proxy->rowCount() > 0)
            m_view->selectRow(0);
        updateSidePanel();
    });
    connect(m_model, &RequestListModel::loadFailed, this, [this](const QString &message) {
        Q_EMIT errorOccurred(tr("The requests could not be read. %1").arg(errorSentence(message)));
    });
    if (m_proxy->rowCount() > 0)
        m_view->selectRow(0);
    updateSidePanel();
}

RequestsPage::~RequestsPage() = default;

QWidget *RequestsPage::buildSidePanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->setSpacing(6);
    m_caption = new QLabel(panel);
    m_caption->setObjectName(QStringLiteral("requestCaption"));
    QFont bold = m_caption->font();
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    bold.setWeight(QFont::DemiBold);
    m_caption->setFont(bold);
    m_details = new QLabel(panel);
    m_details->setObjectName(QStringLiteral("requestDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *historyTitle = new QLabel(tr("History"), panel);
    historyTitle->setFont(bold);
    m_history = new QListWidget(panel);
    m_history->setObjectName(QStringLiteral("requestHistory"));
    m_history->setAccessibleName(tr("Status history"));
    m_history->setWordWrap(true);
    m_history->setAlternatingRowColors(true);
    layout->addWidget(m_caption);
    layout->addWidget(m_details);
    layout->addWidget(historyTitle);
    layout->addWidget(m_history, 1);
    panel->setMinimumWidth(fontMetrics().averageCharWidth() * 34);
    return panel;
}

void RequestsPage::setFileChooser(FileChooser *files)
{
    m_files = files ? files : m_ownFiles.get();
}

QString RequestsPage::currentRef() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(RequestListModel::RefRole).toString();
}

bool RequestsPage::showRequest(const QString &ref)
{
    const int row = ref.isEmpty() ? -1 : m_model->rowOf(ref);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectRow(index.row());
    m_view->scrollTo(index);
    return true;
}

void RequestsPage::updateSidePanel()
{
    m_history->clear();
    const int row = m_model->rowOf(currentRef());
    if (row < 0) {
        m_caption->setText(m_model->rowCount() == 0 ? tr("No requests yet") : tr("No request selected"));
        m_details->setText(m_model->rowCount() == 0
                               ? tr("Add what the client must provide with Add…; export the list to send it.")
                               : QString());
        updateActions();
        return;
    }
    const Core::EvidenceRequest &r = m_model->requestAt(row);
    const QLocale locale;
    m_caption->setText(tr("%1 · %2").arg(r.ref, Core::requestStatusName(r.status)));
    QStringList facts{r.description.toHtmlEscaped()};
    if (!r.owner.isEmpty())
        facts << tr("Owner: %1").arg(r.owner.toHtmlEscaped());
    if (r.due.isValid())
        facts << (r.overdue(m_model->today())
                      ? QStringLiteral("<b style=\"color:%1\">%2</b>")
                            .arg(overdueColour(palette()).name(),
                                 tr("Overdue: due %1").arg(locale.toString(r.due, QLocale::LongFormat)).toHtmlEscaped())
                      : tr("Due %1").arg(locale.toString(r.due, QLocale::LongFormat)));
    if (!r.controls.isEmpty())
        facts << tr("Controls: %1").arg(r.controls.join(QStringLiteral(", ")).toHtmlEscaped());
    facts << (r.packages.isEmpty() ? tr("No evidence received yet")
                                   : tr("Answered by: %1").arg(r.packages.join(QStringLiteral(", ")).toHtmlEscaped()));
    m_details->setText(facts.join(QStringLiteral("<br>")));
    for (const Core::RequestStatusChange &change : r.history) {
        QString text = tr("%1 — %2 by %3")
                           .arg(Core::requestStatusName(change.status),
                                locale.toString(change.at.toLocalTime(), QLocale::ShortFormat), change.by);
        if (!change.note.isEmpty())
            text += QLatin1Char('\n') + change.note;
        m_history->addItem(text);
    }
    m_history->scrollToBottom();
    updateActions();
}

void RequestsPage::updateActions()
{
    const bool selected = !currentRef().isEmpty();
    m_editButton->setEnabled(selected);
    m_statusButton->setEnabled(selected);
    m_answerButton->setEnabled(selected);
    m_exportButton->setEnabled(m_model->rowCount() > 0);
}

RequestDialog *RequestsPage::addRequest()
{
    auto saver = [this](const Core::EvidenceRequest &r) -> QString {
        auto ref = m_workpaper.requests().add(r);
        if (!ref)
            return errorSentence(ref.error().detail);
        showRequest(*ref);
        Q_EMIT statusMessage(tr("Added request %1.").arg(*ref));
        return {};
    };
    auto *dialog = new RequestDialog({}, false, saver, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

RequestDialog *RequestsPage::editCurrent()
{
    const int row = m_model->rowOf(currentRef());
    if (row < 0)
        return nullptr;
    auto saver = [this](const Core::EvidenceRequest &r) -> QString {
        if (auto ok = m_workpaper.requests().update(r.ref, r); !ok)
            return errorSentence(ok.error().detail);
        Q_EMIT statusMessage(tr("Saved request %1.").arg(r.ref));
        return {};
    };
    auto *dialog = new RequestDialog(m_model->requestAt(row), true, saver, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

RequestStatusDialog *RequestsPage::changeStatusOfCurrent()
{
    const int row = m_model->rowOf(currentRef());
    if (row < 0)
        return nullptr;
    const QString ref = m_model->requestAt(row).ref;
    auto *dialog = new RequestStatusDialog(m_model->requestAt(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ref] {
        if (auto ok = m_workpaper.requests().setStatus(ref, dialog->status(), dialog->note()); !ok) {
            Q_EMIT errorOccurred(
                tr("The status of %1 was not changed. %2").arg(ref, errorSentence(ok.error().detail)));
            return;
        }
        Q_EMIT statusMessage(tr("%1 is now %2.").arg(ref, Core::requestStatusName(dialog->status()).toLower()));
    });
    dialog->open();
    return dialog;
}

void RequestsPage::answerCurrent()
{
    const QString ref = currentRef();
    if (ref.isEmpty())
        return;
    auto packages = m_workpaper.evidence().packages();
    if (!packages || packages->isEmpty()) {
        Q_EMIT errorOccurred(tr("No evidence package has been imported yet; import the client's files first."));
        return;
    }
    QStringList names;
    for (const Core::EvidencePackage &p : std::as_const(*packages))
        names << p.name;
    bool ok = false;
    const QString name = QInputDialog::getItem(this, tr("Answer Request %1").arg(ref),
                                               tr("Evidence package that answers it:"), names, names.size() - 1,
                                               false, &ok);
    if (!ok || name.isEmpty())
        return;
    if (auto done = m_workpaper.requests().answerWith(ref, name); !done) {
        Q_EMIT errorOccurred(tr("%1 was not linked to %2. %3").arg(name, ref, errorSentence(done.error().detail)));
        return;
    }
    Q_EMIT statusMessage(tr("%1 answers request %2.").arg(name, ref));
}

void RequestsPage::exportList()
{
    const QString suggested = QDir(QFileInfo(m_workpaper.path()).absolutePath())
                                  .filePath(tr("requests.xlsx", "suggested file name"));
    QString target = m_files->saveFileName(this, tr("Export Request List"), suggested,
                                           tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (target.isEmpty())
        return;
    const QString suffix = QFileInfo(target).suffix().toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv"))
        target += QStringLiteral(".xlsx");
    if (auto ok = m_workpaper.requests().exportList(target); !ok) {
        Q_EMIT errorOccurred(tr("The request list was not exported. %1").arg(errorSentence(ok.error().detail)));
        return;
    }
    Q_EMIT statusMessage(tr("Exported the request list to %1.").arg(QDir::toNativeSeparators(target)));
}

} // namespace Tickmark::Ui
