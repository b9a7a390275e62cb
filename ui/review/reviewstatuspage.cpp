// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewstatuspage.h"

#include "common/errortext.h"
#include "settings/appearance.h"
#include "common/pageheader.h"
#include "lockpanel.h"
#include "review/reviewservice.h"
#include "reviewpanel.h"
#include "workpaper/workpaper.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Tickmark::Ui {

namespace {

constexpr int kKeyRole = Qt::UserRole + 1;    ///< group key on top-level items
constexpr int kObjectRole = Qt::UserRole + 2; ///< object reference on entries

} // namespace

ReviewStatusPage::ReviewStatusPage(Core::Workpaper &workpaper, QWidget *parent)
    : QWidget(parent)
    , m_workpaper(workpaper)
{
    auto *layout = new QVBoxLayout(this);
    applyPageMargins(layout);
    auto *header = new PageHeader(tr("Review"),
                                  tr("Open review notes, missing and stale sign-offs: all must be resolved before the"
                                     " report can be issued. Choose an entry to review it."),
                                  this);
    m_changedOnly = new QCheckBox(tr("Changed since my last review"), this);
    m_changedOnly->setObjectName(QStringLiteral("changedSinceFilter"));
    header->addTrailingWidget(m_changedOnly);
    layout->addWidget(header);
    m_lock = new LockPanel(workpaper, this);
    connect(m_lock, &LockPanel::statusMessage, this, &ReviewStatusPage::statusMessage);
    layout->addWidget(m_lock);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    layout->addWidget(m_summary);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_tree = new QTreeWidget(splitter);
    m_tree->setObjectName(QStringLiteral("reviewStatusTree"));
    m_tree->setAccessibleName(tr("Review status"));
    m_tree->setHeaderLabels({tr("Object"), tr("What is needed")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setAlternatingRowColors(true);
    m_panel = new ReviewPanel(workpaper, splitter);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_changedOnly, &QCheckBox::toggled, this, &ReviewStatusPage::reload);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const QString object = item ? item->data(0, kObjectRole).toString() : QString();
        if (!object.isEmpty())
            m_panel->setObject(object);
    });
    connect(m_panel, &ReviewPanel::errorOccurred, this, &ReviewStatusPage::errorOccurred);
    connect(m_panel, &ReviewPanel::statusMessage, this, &ReviewStatusPage::statusMessage);
    connect(&workpaper, &Core::Workpaper::changed, this, &ReviewStatusPage::reload);
    reload();
}

ReviewStatusPage::~ReviewStatusPage() = default;

void ReviewStatusPage::setChangedSinceFilter(bool on)
{
    m_changedOnly->setChecked(on);
}

QTreeWidgetItem *ReviewStatusPage::group(const QString &key, const QString &title)
{
    auto *item = new QTreeWidgetItem(m_tree);
    item->setText(0, title);
    item->setData(0, kKeyRole, key);
    QFont font = item->font(0);
    font.setBold(true);
    item->setFont(0, font);
    item->setFirstColumnSpanned(true);
    item->setExpanded(true);
    return item;
}

void ReviewStatusPage::addEntry(QTreeWidgetItem *parent, const QString &object, const QString &text)
{
    if (m_changedOnly->isChecked() && !m_changed.contains(object))
        return;
    auto *item = new QTreeWidgetItem(parent);
    item->setText(0, object);
    item->setText(1, text);
    item->setToolTip(1, text);
    item->setData(0, kObjectRole, object);
    if (parent->data(0, kKeyRole).toString() == QStringLiteral("staleSignOffs"))
        item->setForeground(1, isDarkPalette(palette()) ? toneText(Tone::Warning, palette()) : QColor(0x9A, 0x5B, 0x00));
}

void ReviewStatusPage::reload()
{
    const auto status = m_workpaper.review().status();
    if (!status) {
        Q_EMIT errorOccurred(tr("The review status could not be read. %1").arg(errorSentence(status.error().detail)));
        return;
    }
    m_changed.clear();
    if (const auto changed = m_workpaper.review().changedSinceLastReview(m_workpaper.actor().name))
        m_changed = *changed;
    const QString current = m_panel->object();
    m_tree->clear();

    QTreeWidgetItem *notes = group(QStringLiteral("openNotes"), {});
    for (const Core::ReviewNote &note : status->openNotes) {
        const QString first = note.thread.isEmpty() ? QString() : note.thread.first().text;
        addEntry(notes, note.object,
                 note.status == Core::NoteStatus::Answered ? tr("Answered, to clear: %1").arg(first)
                                                           : tr("Open: %1").arg(first));
    }
    QTreeWidgetItem *missing = group(QStringLiteral("missingSignOffs"), {});
    for (const QString &entry : status->missingSignOffs) {
        // Entries read "control:CTL-01 (reviewer)": the object, then the role whose sign-off is missing.
        const qsizetype paren = entry.lastIndexOf(QStringLiteral(" ("));
        const QString object = paren < 0 ? entry : entry.left(paren);
        const QString role = paren < 0 ? QString() : entry.mid(paren + 2).chopped(1);
        addEntry(missing, object, tr("Needs a %1 sign-off").arg(role));
    }
    QTreeWidgetItem *stale = group(QStringLiteral("staleSignOffs"), {});
    for (const Core::SignOff &s : status->staleSignOffs) {
        addEntry(stale, s.object,
                 tr("%1 sign-off by %2 is stale: changed since %3")
                     .arg(Core::signOffRoleKey(s.role), s.by,
                          s.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    }
    QTreeWidgetItem *changed = group(QStringLiteral("changedObjects"), {});
    for (const QString &object : std::as_const(m_changed))
        addEntry(changed, object, tr("Changed since your last sign-off"));

    notes->setText(0, tr("Open notes (%1)").arg(notes->childCount()));
    missing->setText(0, tr("Missing sign-offs (%1)").arg(missing->childCount()));
    stale->setText(0, tr("Stale sign-offs (%1)").arg(stale->childCount()));
    changed->setText(0, tr("Changed since my last review (%1)").arg(changed->childCount()));
    m_summary->setText(status->clean() ? tr("✓ Review is complete: the report can be issued.")
                                       : tr("%1 open notes, %2 missing and %3 stale sign-offs.")
                                             .arg(status->openNotes.size())
                                             .arg(status->missingSignOffs.size())
                                             .arg(status->staleSignOffs.size()));
    m_panel->setObject(current);
}

QStringList ReviewStatusPage::listed(const QString &key) const
{
    QStringList objects;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *g = m_tree->topLevelItem(i);
        if (g->data(0, kKeyRole).toString() != key)
            continue;
        for (int c = 0; c < g->childCount(); ++c)
            objects << g->child(c)->data(0, kObjectRole).toString();
    }
    return objects;
}

} // namespace Tickmark::Ui
