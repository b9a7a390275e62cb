// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidence/evidence.h"

#include <QDialog>
#include <QStringList>

class QLabel;
class QLineEdit;
class QListWidget;

namespace Tickmark::Core {
class Workpaper;
} // namespace Tickmark::Core

namespace Tickmark::Ui {

/// Links one evidence item to controls: a checkable list of the engagement's controls (id and description) with a
/// filter; the item's current links start checked. On OK the differences are applied through
/// EvidenceService::link/unlink for this item only (its package path), each an audited action; a refusal keeps
/// the dialog open with the reason.
///
/// Object names: "linkFilter", "linkControlList", "linkError".
class LinkDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkDialog)

public:
    LinkDialog(Core::Workpaper &workpaper, const Core::EvidenceItem &item, QWidget *parent = nullptr);

    /// The control ids checked now.
    QStringList checkedControls() const;
    /// Checks or unchecks control @p id; false when there is no such control.
    bool setControlChecked(const QString &id, bool checked);
    /// Shows only the controls whose id or description contains @p text.
    void setFilter(const QString &text);

    void accept() override;

private:
    Core::Workpaper &m_workpaper;
    Core::EvidenceItem m_item;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_error = nullptr;
};

/// What linkPackagesToControl() did.
struct PackageLinkOutcome
{
    int linked = 0;       ///< files linked now
    QStringList failures; ///< one sentence per file that was not linked, naming it and the reason
};

/// Links every file of the packages named @p packages to control @p controlId, one audited action per file (its
/// package path, so identical content elsewhere is not linked). Used after files dropped on a control are imported.
PackageLinkOutcome linkPackagesToControl(Core::Workpaper &workpaper, const QStringList &packages,
                                         const QString &controlId);

} // namespace Tickmark::Ui
