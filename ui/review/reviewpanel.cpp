// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewpanel.h"

#include "common/errortext.h"
#include "common/tonestyle.h"
#include "settings/appearance.h"
#include "workpaper/workpaper.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Tickmark::Ui {

namespace {

/// The status of a note still open: amber, readable on a light and a dark list.
QColor openNoteColour(const QPalette &palette)
{
    return isDarkPalette(palette) ? toneText(Tone::Warning, palette) : QColor(0xB2, 0x6A, 0x00);
}

constexpr int kNoteIdRole = Qt::UserRole + 1;

QString when(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString statusName(Core::NoteStatus status)
{
    switch (status) {
    case Core::NoteStatus::Open:
        return ReviewPanel::tr("Open");
    case Core::NoteStatus::Answered:
        return ReviewPanel::tr("Answered");
    case Core::NoteStatus::Cleared:
        return ReviewPanel::tr("Cleared");
    }
    return {};
}

} // namespace

ReviewPanel::ReviewPanel(Core::Workpaper &workpaper, QWidget *parent)
    : QWidget(parent)
    , m_workpaper(workpaper)
{
    setObjectName(QStringLiteral("reviewPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);
    m_objectLabel = new QLabel(this);
    m_objectLabel->setObjectName(QStringLiteral("reviewObjectLabel"));
    QFont font = m_objectLabel->font();
    font.setBold(true);
    m_objectLabel->setFont(font);
    layout->addWidget(m_objectLabel);
    layout->addWidget(buildSignOffs());
    layout->addWidget(buildNotes(), 1);
    connect(&workpaper, &Core::Workpaper::changed, this, [this] { reload(); });
    setObject({});
}

ReviewPanel::~ReviewPanel() = default;

QWidget *ReviewPanel::buildSignOffs()
{
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    m_preparer = new QLabel(box);
    m_preparer->setObjectName(QStringLiteral("preparerSignOff"));
    m_preparer->setWordWrap(true);
    m_reviewer = new QLabel(box);
    m_reviewer->setObjectName(QStringLiteral("reviewerSignOff"));
    m_reviewer->setWordWrap(true);
    m_signPreparer = new QPushButton(tr("Sign as preparer"), box);
    m_signPreparer->setObjectName(QStringLiteral("signPreparerButton"));
    m_signReviewer = new QPushButton(tr("Sign as reviewer"), box);
    m_signReviewer->setObjectName(QStringLiteral("signReviewerButton"));
    connect(m_signPreparer, &QPushButton::clicked, this, [this] { signOff(Core::SignOffRole::Preparer); });
    connect(m_signReviewer, &QPushButton::clicked, this, [this] { signOff(Core::SignOffRole::Reviewer); });
    grid->addWidget(new QLabel(tr("Preparer:"), box), 0, 0, Qt::AlignTop);
    grid->addWidget(m_preparer, 0, 1);
    grid->addWidget(m_signPreparer, 0, 2, Qt::AlignTop);
    grid->addWidget(new QLabel(tr("Reviewer:"), box), 1, 0, Qt::AlignTop);
    grid->addWidget(m_reviewer, 1, 1);
    grid->addWidget(m_signReviewer, 1, 2, Qt::AlignTop);
    grid->setColumnStretch(1, 1);
    return box;
}

QWidget *ReviewPanel::buildNotes()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("<b>Review notes</b>"), box));
    m_notes = new QTreeWidget(box);
    m_notes->setObjectName(QStringLiteral("reviewNotes"));
    m_notes->setHeaderLabels({tr("Note"), tr("Status"), tr("By")});
    m_notes->setWordWrap(true);
    m_notes->header()->setStretchLastSection(false);
    m_notes->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_notes->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_notes->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_notes->setAccessibleName(tr("Review notes"));
    connect(m_notes, &QTreeWidget::currentItemChanged, this, &ReviewPanel::updateButtons);
    layout->addWidget(m_notes, 1);
    m_noteEdit = new QPlainTextEdit(box);
    m_noteEdit->setObjectName(QStringLiteral("reviewNoteEdit"));
    m_noteEdit->setPlaceholderText(tr("Write a note, or a reply to the selected note"));
    m_noteEdit->setAccessibleName(tr("Note text"));
    m_noteEdit->setMaximumHeight(fontMetrics().height() * 4 + 12);
    connect(m_noteEdit, &QPlainTextEdit::textChanged, this, &ReviewPanel::updateButtons);
    layout->addWidget(m_noteEdit);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add note"), box);
    m_add->setObjectName(QStringLiteral("addNoteButton"));
    m_reply = new QPushButton(tr("Reply"), box);
    m_reply->setObjectName(QStringLiteral("replyButton"));
    m_clear = new QPushButton(tr("Clear note"), box);
    m_clear->setObjectName(QStringLiteral("clearNoteButton"));
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (addNote(m_noteEdit->toPlainText()))
            m_noteEdit->clear();
    });
    connect(m_reply, &QPushButton::clicked, this, [this] {
        if (const auto id = selectedNote(); id && reply(*id, m_noteEdit->toPlainText()))
            m_noteEdit->clear();
    });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        if (const auto id = selectedNote())
            clearNote(*id);
    });
    buttons->addWidget(m_add);
    buttons->addWidget(m_reply);
    buttons->addStretch(1);
    buttons->addWidget(m_clear);
    layout->addLayout(buttons);
    return box;
}

void ReviewPanel::setObject(const QString &object, const QString &displayName)
{
    m_object = object;
    m_displayName = displayName.isEmpty() ? object : displayName;
    reload();
}

void ReviewPanel::reload()
{
    m_objectLabel->setText(m_object.isEmpty() ? tr("Nothing chosen for review")
                                              : tr("Review of %1").arg(m_displayName));
    m_objectLabel->setToolTip(m_object);
    const std::optional<qint64> selected = selectedNote();
    m_notes->clear();
    std::optional<Core::SignOff> preparer;
    std::optional<Core::SignOff> reviewer;
    if (!m_object.isEmpty()) {
        if (const auto signOffs = m_workpaper.review().signOffs(m_object)) {
            for (const Core::SignOff &s : *signOffs)
                (s.role == Core::SignOffRole::Preparer ? preparer : reviewer) = s;
        }
        if (const auto notes = m_workpaper.review().notes(m_object)) {
            for (const Core::ReviewNote &note : *notes) {
                auto *item = new QTreeWidgetItem(m_notes);
                const Core::NoteMessage first = note.thread.value(0);
                item->setText(0, first.text);
                item->setText(1, statusName(note.status));
                item->setText(2, tr("%1, %2").arg(first.by, when(first.at)));
                item->setData(0, kNoteIdRole, note.id);
                item->setToolTip(0, first.text);
                if (note.status == Core::NoteStatus::Open)
                    item->setForeground(1, openNoteColour(palette()));
                for (qsizetype i = 1; i < note.thread.size(); ++i) {
                    auto *replyItem = new QTreeWidgetItem(item);
                    replyItem->setText(0, note.thread.at(i).text);
                    replyItem->setText(2, tr("%1, %2").arg(note.thread.at(i).by, when(note.thread.at(i).at)));
                    replyItem->setData(0, kNoteIdRole, note.id);
                }
                if (note.status == Core::NoteStatus::Cleared)
                    item->setText(1, tr("Cleared by %1").arg(note.clearedBy));
                item->setExpanded(note.status != Core::NoteStatus::Cleared);
                if (selected == note.id)
                    m_notes->setCurrentItem(item);
            }
        }
    }
    showSignOff(m_preparer, preparer);
    showSignOff(m_reviewer, reviewer);
    updateButtons();
}

void ReviewPanel::showSignOff(QLabel *label, const std::optional<Core::SignOff> &signOff)
{
    const bool stale = signOff && signOff->stale;
    label->setProperty("stale", stale);
    if (!signOff) {
        label->setText(tr("Not signed"));
        setPaletteStyleSheet(label, [](const QPalette &) {
            return QStringLiteral("QLabel { color: palette(placeholder-text); }");
        });
        return;
    }
    QString text = tr("%1, %2").arg(signOff->by, when(signOff->at));
    if (stale)
        text = tr("%1 — stale: changed since signed").arg(text);
    label->setText(text);
    setPaletteStyleSheet(label, [stale](const QPalette &palette) {
        const bool dark = isDarkPalette(palette);
        if (!stale)
            return dark ? QStringLiteral("QLabel { color: %1; }").arg(toneText(Tone::Good, palette).name())
                        : QStringLiteral("QLabel { color: #1B7D34; }");
        const QString text = dark ? toneText(Tone::Warning, palette).name() : QStringLiteral("#9A5B00");
        const QString fill = dark ? toneBackground(Tone::Warning, palette).name() : QStringLiteral("#FFF1CC");
        return QStringLiteral("QLabel { color: %1; background: %2; border-radius: 3px; padding: 2px 4px;"
                              " font-weight: bold; }")
            .arg(text, fill);
    });
}

QString ReviewPanel::signOffText(Core::SignOffRole role) const
{
    return (role == Core::SignOffRole::Preparer ? m_preparer : m_reviewer)->text();
}

bool ReviewPanel::signOffStale(Core::SignOffRole role) const
{
    return (role == Core::SignOffRole::Preparer ? m_preparer : m_reviewer)->property("stale").toBool();
}

std::optional<qint64> ReviewPanel::selectedNote() const
{
    const QTreeWidgetItem *item = m_notes->currentItem();
    if (!item)
        return std::nullopt;
    return item->data(0, kNoteIdRole).toLongLong();
}

void ReviewPanel::updateButtons()
{
    const bool haveObject = !m_object.isEmpty();
    const bool haveText = !m_noteEdit->toPlainText().trimmed().isEmpty();
    const bool haveNote = selectedNote().has_value();
    m_signPreparer->setEnabled(haveObject);
    m_signReviewer->setEnabled(haveObject);
    m_add->setEnabled(haveObject && haveText);
    m_reply->setEnabled(haveNote && haveText);
    m_clear->setEnabled(haveNote);
}

bool ReviewPanel::report(const Result<void> &result, const QString &what)
{
    if (result)
        return true;
    Q_EMIT errorOccurred(tr("%1 %2").arg(what, errorSentence(result.error().detail)));
    return false;
}

std::optional<qint64> ReviewPanel::addNote(const QString &text)
{
    const auto id = m_workpaper.review().addNote(m_object, text);
    if (!id) {
        report(id.error(), tr("The note was not added."));
        return std::nullopt;
    }
    Q_EMIT statusMessage(tr("Review note added to %1.").arg(m_object));
    return *id;
}

bool ReviewPanel::reply(qint64 noteId, const QString &text)
{
    return report(m_workpaper.review().reply(noteId, text), tr("The reply was not added."));
}

bool ReviewPanel::clearNote(qint64 noteId)
{
    return report(m_workpaper.review().clear(noteId), tr("The note was not cleared."));
}

bool ReviewPanel::signOff(Core::SignOffRole role)
{
    if (!report(m_workpaper.review().signOff(m_object, role), tr("Not signed.")))
        return false;
    Q_EMIT statusMessage(tr("Signed off %1.").arg(m_object));
    return true;
}

} // namespace Tickmark::Ui
