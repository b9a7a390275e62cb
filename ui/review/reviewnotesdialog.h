// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;

namespace Tickmark::Core {
class Workpaper;
}

namespace Tickmark::Ui {

class ReviewPanel;

/// A window with the review of one object — its sign-offs and review notes (a ReviewPanel) — opened with
/// "Review Notes…" from the pages that show the object (Controls, Populations, Evidence). A refused action is
/// shown inside the window, in the error line under the panel.
///
/// Object names: "reviewNotesDialog", "reviewNotesError"; the panel "reviewPanel".
class ReviewNotesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewNotesDialog)

public:
    /// Shows the review of @p object (a REF such as "control:CTL-01", "population:Changes", "evidence:SHA256");
    /// @p displayName names it for people ("evidence/policy.pdf"); empty uses the REF.
    ReviewNotesDialog(Core::Workpaper &workpaper, const QString &object, const QString &displayName,
                      QWidget *parent = nullptr);

    ReviewPanel *panel() const { return m_panel; }
    /// The last refusal shown, or empty.
    QString errorText() const;

Q_SIGNALS:
    void statusMessage(const QString &text); ///< forwarded from the panel

private:
    ReviewPanel *m_panel = nullptr;
    QLabel *m_error = nullptr;
};

/// Opens a non-modal ReviewNotesDialog for @p object over @p parent (it deletes itself when closed) and returns it.
ReviewNotesDialog *openReviewNotes(Core::Workpaper &workpaper, const QString &object, const QString &displayName,
                                   QWidget *parent);

/// How many notes on @p object are not cleared yet (open or answered); 0 when the notes cannot be read.
int openNoteCount(Core::Workpaper &workpaper, const QString &object);

/// The text of a "Review Notes…" button or menu entry, with the number of notes not cleared when there are any:
/// "Review &Notes…" or "Review &Notes (2)…".
QString reviewNotesActionText(int openNotes);

} // namespace Tickmark::Ui
