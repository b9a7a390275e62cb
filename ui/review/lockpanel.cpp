// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lockpanel.h"

#include "common/errortext.h"
#include "common/tonestyle.h"
#include "settings/appearance.h"
#include "review/reviewservice.h"
#include "workpaper/workpaper.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Tickmark::Ui {

namespace {

QString when(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

std::optional<QString> askWithDialog(QWidget *parent)
{
    ReopenDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.reason();
}

} // namespace

ReopenDialog::ReopenDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("reopenDialog"));
    setWindowTitle(tr("Reopen Engagement"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Reopening lifts the lock of the issued report, so the workpaper can be changed"
                                " again. The reason is kept in the lock history and the audit trail."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *label = new QLabel(tr("&Reason (required):"), this);
    layout->addWidget(label);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reopenReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("e.g. Subsequent event disclosed by management on 2026-10-14"));
    m_reason->setAccessibleName(tr("Reason for reopening"));
    label->setBuddy(m_reason);
    layout->addWidget(m_reason, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Reopen"));
    m_ok->setEnabled(false);
    connect(m_reason, &QPlainTextEdit::textChanged, this, [this] { m_ok->setEnabled(canAccept()); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canAccept())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 84, fontMetrics().height() * 18);
}

QString ReopenDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void ReopenDialog::setReason(const QString &text)
{
    m_reason->setPlainText(text);
}

bool ReopenDialog::canAccept() const
{
    return !reason().isEmpty();
}

LockPanel::LockPanel(Core::Workpaper &workpaper, QWidget *parent)
    : QFrame(parent)
    , m_workpaper(workpaper)
    , m_prompter(askWithDialog)
{
    setObjectName(QStringLiteral("lockPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("lockBanner"));
    setPaletteStyleSheet(m_banner, [](const QPalette &palette) {
        const QColor text = isDarkPalette(palette) ? toneText(Tone::Warning, palette) : QColor(0x6B, 0x47, 0x00);
        return QStringLiteral("QFrame#lockBanner { background: %1; border: 1px solid %2; border-radius: 4px; }"
                              " QFrame#lockBanner QLabel { color: %3; }")
            .arg(toneBackground(Tone::Warning, palette).name(), toneBorder(Tone::Warning, palette).name(),
                 text.name());
    });
    auto *row = new QHBoxLayout(m_banner);
    row->setContentsMargins(10, 8, 10, 8);
    m_status = new QLabel(m_banner);
    m_status->setObjectName(QStringLiteral("lockStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    row->addWidget(m_status, 1);
    m_reopen = new QPushButton(tr("&Reopen…"), m_banner);
    m_reopen->setObjectName(QStringLiteral("reopenButton"));
    m_reopen->setToolTip(tr("Lift the lock, giving a reason (reviewer or partner)"));
    connect(m_reopen, &QPushButton::clicked, this, &LockPanel::askAndReopen);
    row->addWidget(m_reopen, 0, Qt::AlignVCenter);
    layout->addWidget(m_banner);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("lockError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    setPaletteStyleSheet(m_error, [](const QPalette &palette) {
        const QColor text = isDarkPalette(palette) ? toneText(Tone::Bad, palette) : QColor(0x7F, 0x1D, 0x15);
        return QStringLiteral("QLabel { background: %1; border: 1px solid %2; border-radius: 4px; color: %3;"
                              " padding: 6px 10px; }")
            .arg(toneBackground(Tone::Bad, palette).name(), toneBorder(Tone::Bad, palette).name(), text.name());
    });
    m_error->hide();
    layout->addWidget(m_error);

    m_historyTitle = new QLabel(tr("<b>Lock history</b>"), this);
    layout->addWidget(m_historyTitle);
    m_history = new QTreeWidget(this);
    m_history->setObjectName(QStringLiteral("lockHistory"));
    m_history->setAccessibleName(tr("Lock history"));
    m_history->setRootIsDecorated(false);
    m_history->setAlternatingRowColors(true);
    m_history->setHeaderLabels({tr("When"), tr("What"), tr("Who"), tr("Reason")});
    m_history->header()->setStretchLastSection(true);
    m_history->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_history->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_history->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_history->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    layout->addWidget(m_history);

    connect(&workpaper, &Core::Workpaper::changed, this, &LockPanel::reload);
    reload();
}

void LockPanel::setReasonPrompter(ReasonPrompter prompter)
{
    m_prompter = prompter ? std::move(prompter) : ReasonPrompter(askWithDialog);
}

void LockPanel::reload()
{
    const auto history = m_workpaper.review().lockHistory();
    const QList<Core::LockEvent> events = history ? *history : QList<Core::LockEvent>();
    m_history->clear();
    std::optional<Core::LockEvent> lastLock;
    for (const Core::LockEvent &e : events) {
        const bool lock = e.action == QLatin1String("lock");
        auto *item = new QTreeWidgetItem(m_history);
        item->setText(0, when(e.at));
        item->setText(1, lock ? tr("Locked (report issued)") : tr("Reopened"));
        item->setText(2, e.by);
        item->setText(3, e.reason);
        item->setToolTip(3, e.reason);
        if (lock)
            lastLock = e;
    }
    const bool locked = m_workpaper.isLocked();
    if (locked) {
        m_status->setText(lastLock ? tr("Locked since %1 by %2. The report is issued: every change is refused"
                                        " until a reviewer or partner reopens the engagement.")
                                         .arg(when(lastLock->at), lastLock->by)
                                   : tr("Locked: the report is issued and every change is refused until a"
                                        " reviewer or partner reopens the engagement."));
    }
    m_banner->setVisible(locked);
    // As tall as its rows (two to six), so that the review list below keeps the room.
    const int rows = std::clamp(static_cast<int>(events.size()), 2, 6);
    const int rowHeight = std::max(m_history->sizeHintForRow(0), fontMetrics().height() + 4);
    m_history->setFixedHeight(m_history->header()->sizeHint().height() + rows * rowHeight +
                              2 * m_history->frameWidth() + 2);
    m_historyTitle->setVisible(!events.isEmpty());
    m_history->setVisible(!events.isEmpty());
    if (!locked)
        m_error->hide();
    setVisible(locked || !events.isEmpty());
}

bool LockPanel::reopen(const QString &reason)
{
    if (auto ok = m_workpaper.review().reopen(reason); !ok) {
        showError(tr("The engagement was not reopened. %1").arg(errorSentence(ok.error().detail)));
        return false;
    }
    m_error->hide();
    Q_EMIT statusMessage(tr("The engagement is reopened; the reason is logged."));
    reload();
    return true;
}

void LockPanel::askAndReopen()
{
    // The role is checked before anything is asked: a preparer gets the core's refusal, naming the role needed.
    if (m_workpaper.actor().role == Core::Role::Preparer) {
        reopen(QString());
        return;
    }
    if (const std::optional<QString> reason = m_prompter(this))
        reopen(*reason);
}

void LockPanel::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
    Q_EMIT errorOccurred(text);
}

QString LockPanel::statusText() const
{
    return m_banner->isVisibleTo(this) ? m_status->text() : QString();
}

QString LockPanel::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

QStringList LockPanel::historyRows() const
{
    QStringList rows;
    for (int i = 0; i < m_history->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_history->topLevelItem(i);
        rows << QStringList{item->text(0), item->text(1), item->text(2), item->text(3)}.join(QStringLiteral(" | "));
    }
    return rows;
}

} // namespace Tickmark::Ui
