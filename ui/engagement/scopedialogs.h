// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engagement/engagement.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace Tickmark::Ui {

class MessageBanner;

/// Edits one subservice organization: name, services, carve-out or inclusive, CSOCs. Checks the entry with
/// Core::validateSubservice before accepting and names the field when something is missing.
class SubserviceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubserviceDialog)

public:
    explicit SubserviceDialog(const Core::SubserviceOrg &org, QWidget *parent = nullptr);
    /// The organization as entered (keeps the id it was opened with).
    Core::SubserviceOrg organization() const;
    void accept() override;

private:
    qint64 m_id = 0;
    MessageBanner *m_banner = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_services = nullptr;
    QComboBox *m_method = nullptr;
    QPlainTextEdit *m_csocs = nullptr;
};

/// Edits one complementary user entity control: its text and related criteria ("CC6.1, CC6.2"). Criterion ids
/// are checked against the TSC catalog before accepting.
class CuecDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CuecDialog)

public:
    explicit CuecDialog(const Core::Cuec &cuec, QWidget *parent = nullptr);
    /// The CUEC as entered (keeps the id it was opened with); criteria sorted in catalog order.
    Core::Cuec cuec() const;
    void accept() override;

private:
    qint64 m_id = 0;
    MessageBanner *m_banner = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLineEdit *m_criteria = nullptr;
};

/// Opens the add/edit dialogs of the Scope page. The page takes one so that tests can answer without a dialog.
class ScopeEditor
{
public:
    ScopeEditor() = default;
    virtual ~ScopeEditor() = default;
    ScopeEditor(const ScopeEditor &) = delete;
    ScopeEditor &operator=(const ScopeEditor &) = delete;

    /// The edited organization, or nullopt when cancelled. @p initial has id 0 for a new one.
    virtual std::optional<Core::SubserviceOrg> editSubservice(QWidget *parent, const Core::SubserviceOrg &initial) = 0;
    /// The edited CUEC, or nullopt when cancelled. @p initial has id 0 for a new one.
    virtual std::optional<Core::Cuec> editCuec(QWidget *parent, const Core::Cuec &initial) = 0;
};

/// The real thing: runs SubserviceDialog and CuecDialog modally.
class DialogScopeEditor final : public ScopeEditor
{
public:
    std::optional<Core::SubserviceOrg> editSubservice(QWidget *parent, const Core::SubserviceOrg &initial) override;
    std::optional<Core::Cuec> editCuec(QWidget *parent, const Core::Cuec &initial) override;
};

/// "Carve-out" or "Inclusive".
QString subserviceMethodName(Core::SubserviceMethod method);

} // namespace Tickmark::Ui
