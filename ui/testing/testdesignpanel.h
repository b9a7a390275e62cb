// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testing/testingservice.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace Tickmark::Core {
class Workpaper;
}

namespace Tickmark::Ui {

class Prompter;

/// The test design of one control: its procedures (kind and text) and its lettered attributes, with "Add…",
/// "Edit…" (also double-click or F2) and "Remove" (also Delete, after a confirmation that says how many results
/// go with an attribute) buttons, and a visible warning when inquiry stands alone (never sufficient evidence on
/// its own).
///
/// Object names: "procedureList", "attributeList", "addProcedureButton", "addAttributeButton",
/// "editProcedureButton", "removeProcedureButton", "editAttributeButton", "removeAttributeButton",
/// "inquiryWarning".
class TestDesignPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestDesignPanel)

public:
    /// @p workpaper outlives the panel.
    explicit TestDesignPanel(Core::Workpaper &workpaper, QWidget *parent = nullptr);

    /// Shows control @p controlId's design (empty: nothing).
    void setControl(const QString &controlId);
    /// Re-reads the design.
    void reload();

    /// Adds a procedure to the control shown; refusals go to errorOccurred().
    bool addProcedure(Core::ProcedureKind kind, const QString &text);
    /// Adds the next attribute letter with @p text to the control shown.
    bool addAttribute(const QString &text);
    /// Changes procedure @p number (1-based) of the control shown.
    bool updateProcedure(int number, Core::ProcedureKind kind, const QString &text);
    /// Removes procedure @p number after asking the prompter; false when declined or refused.
    bool removeProcedure(int number);
    /// Changes the text of attribute @p letter of the control shown.
    bool updateAttribute(const QString &letter, const QString &text);
    /// Removes attribute @p letter after asking the prompter (which is told how many results and evidence
    /// references go with it); false when declined or refused.
    bool removeAttribute(const QString &letter);
    /// Whether the inquiry-only warning is showing.
    bool inquiryWarningShown() const;
    /// Asks confirmations through @p prompter (not owned; null: a message box).
    void setPrompter(Prompter *prompter) { m_prompter = prompter; }

Q_SIGNALS:
    void errorOccurred(const QString &text);
    void statusMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void chooseProcedure();
    void chooseAttribute();
    void editCurrentProcedure();
    void editCurrentAttribute();
    void removeCurrentProcedure();
    void removeCurrentAttribute();
    void updateButtons();
    bool confirm(const QString &title, const QString &text);
    /// The procedure dialog: kind and text, prefilled; true when accepted.
    bool procedureDialog(const QString &title, Core::ProcedureKind &kind, QString &text);

    Core::Workpaper &m_workpaper;
    QString m_controlId;
    QListWidget *m_procedures = nullptr;
    QListWidget *m_attributes = nullptr;
    QPushButton *m_addProcedure = nullptr;
    QPushButton *m_addAttribute = nullptr;
    QPushButton *m_editProcedure = nullptr;
    QPushButton *m_removeProcedure = nullptr;
    QPushButton *m_editAttribute = nullptr;
    QPushButton *m_removeAttribute = nullptr;
    QLabel *m_warning = nullptr;
    Prompter *m_prompter = nullptr;
};

} // namespace Tickmark::Ui
