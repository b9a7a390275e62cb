// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testing/testingservice.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace Tickmark::Core {
class Workpaper;
}

namespace Tickmark::Ui {

/// The test design of one control: its procedures (kind and text) and its lettered attributes, with "Add…"
/// buttons and a visible warning when inquiry stands alone (never sufficient evidence on its own).
///
/// Object names: "procedureList", "attributeList", "addProcedureButton", "addAttributeButton",
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
    /// Whether the inquiry-only warning is showing.
    bool inquiryWarningShown() const;

Q_SIGNALS:
    void errorOccurred(const QString &text);
    void statusMessage(const QString &text);

private:
    void chooseProcedure();
    void chooseAttribute();

    Core::Workpaper &m_workpaper;
    QString m_controlId;
    QListWidget *m_procedures = nullptr;
    QListWidget *m_attributes = nullptr;
    QPushButton *m_addProcedure = nullptr;
    QPushButton *m_addAttribute = nullptr;
    QLabel *m_warning = nullptr;
};

} // namespace Tickmark::Ui
