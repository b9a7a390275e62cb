// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/reviewservice.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace Tickmark::Core {
class Workpaper;
}

namespace Tickmark::Ui {

/// Review of one object ("control:CTL-01", "exception:3", "section:controls"…), made to sit in a dock: the
/// preparer and reviewer sign-offs (who and when; a stale one in the warning colour) with buttons to sign, and
/// the thread of review notes with add, reply and clear.
///
/// Object names: "reviewObjectLabel", "preparerSignOff", "reviewerSignOff" (property "stale": bool),
/// "signPreparerButton", "signReviewerButton", "reviewNotes", "reviewNoteEdit", "addNoteButton", "replyButton",
/// "clearNoteButton".
class ReviewPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPanel)

public:
    /// @p workpaper outlives the panel.
    explicit ReviewPanel(Core::Workpaper &workpaper, QWidget *parent = nullptr);
    ~ReviewPanel() override;

    /// Shows the review of @p object (empty: nothing); @p displayName names it in the heading ("evidence/a.pdf"
    /// rather than "evidence:SHA256"); empty shows the reference itself.
    void setObject(const QString &object, const QString &displayName = {});
    QString object() const { return m_object; }
    void reload();

    /// Opens a note on the object shown; returns its id, or nullopt when refused (reported).
    std::optional<qint64> addNote(const QString &text);
    bool reply(qint64 noteId, const QString &text);
    bool clearNote(qint64 noteId);
    /// Signs the object shown in @p role as the acting user.
    bool signOff(Core::SignOffRole role);

    /// The sign-off line of @p role as shown ("Pat Preparer (PP), 2026-03-01 09:00", "Not signed", "… — stale").
    QString signOffText(Core::SignOffRole role) const;
    /// Whether @p role's sign-off shows as stale.
    bool signOffStale(Core::SignOffRole role) const;

Q_SIGNALS:
    void statusMessage(const QString &text);
    void errorOccurred(const QString &text);

private:
    QWidget *buildSignOffs();
    QWidget *buildNotes();
    void showSignOff(QLabel *label, const std::optional<Core::SignOff> &signOff);
    std::optional<qint64> selectedNote() const;
    void updateButtons();
    bool report(const Result<void> &result, const QString &what);

    Core::Workpaper &m_workpaper;
    QString m_object;
    QString m_displayName;
    QLabel *m_objectLabel = nullptr;
    QLabel *m_preparer = nullptr;
    QLabel *m_reviewer = nullptr;
    QPushButton *m_signPreparer = nullptr;
    QPushButton *m_signReviewer = nullptr;
    QTreeWidget *m_notes = nullptr;
    QPlainTextEdit *m_noteEdit = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_reply = nullptr;
    QPushButton *m_clear = nullptr;
};

} // namespace Tickmark::Ui
