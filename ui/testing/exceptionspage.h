// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testing/exceptionservice.h"

#include <QList>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace Tickmark::Core {
class Workpaper;
}

namespace Tickmark::Ui {

class ReviewNotesDialog;

class MessageBanner;

/// The Exceptions page: every exception (control, "1 of 25", criteria, assessment, criterion met) and an editor
/// for the one chosen (description, cause, affected criteria, management's response, assessment, criterion met
/// and the reasoning). "Raise exception…" records a design or description matter by hand.
///
/// Object names: "exceptionList", "raiseExceptionButton", "exceptionTitle", "exceptionDescription",
/// "exceptionCause", "exceptionCriteria", "managementResponse", "assessmentCombo", "criterionMetCombo",
/// "exceptionReasoning", "saveExceptionButton", "exceptionsBanner".
class ExceptionsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExceptionsPage)

public:
    enum Column { ControlColumn, KindColumn, DeviationsColumn, CriteriaColumn, AssessmentColumn, MetColumn };

    /// @p workpaper outlives the page.
    explicit ExceptionsPage(Core::Workpaper &workpaper, QWidget *parent = nullptr);
    ~ExceptionsPage() override;

    void reload();
    /// Chooses exception @p id; false when there is none.
    bool showException(qint64 id);
    std::optional<qint64> currentException() const { return m_current; }
    /// Raises an exception by hand; returns its id (and shows it) or nullopt when refused (reported).
    std::optional<qint64> raise(const QString &controlId, Core::ExceptionKind kind, const QString &description);
    /// Stores the editor's fields on the exception shown.
    bool save();
    /// Opens the review of the exception shown (its notes and sign-offs); null when none is shown.
    ReviewNotesDialog *openReviewNotes();
    /// The exceptions listed, in order.
    const QList<Core::ControlException> &exceptions() const { return m_exceptions; }

Q_SIGNALS:
    void statusMessage(const QString &text);
    void errorOccurred(const QString &text);

private:
    QWidget *buildEditor();
    void load(const Core::ControlException &exception);
    void chooseRaise();
    void reportError(const QString &text);

    Core::Workpaper &m_workpaper;
    QList<Core::ControlException> m_exceptions;
    std::optional<qint64> m_current;
    MessageBanner *m_banner = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_review = nullptr;
    QWidget *m_editor = nullptr;
    QLabel *m_title = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QPlainTextEdit *m_cause = nullptr;
    QLineEdit *m_criteria = nullptr;
    QPlainTextEdit *m_response = nullptr;
    QComboBox *m_assessment = nullptr;
    QComboBox *m_met = nullptr;
    QPlainTextEdit *m_reasoning = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace Tickmark::Ui
