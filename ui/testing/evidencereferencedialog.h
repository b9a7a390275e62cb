// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testing/testingservice.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace Tickmark::Core {
class Workpaper;
}

namespace Tickmark::Ui {

/// The evidence references of one result cell: the items (and pages) it refers to, with Remove and Open, and a
/// filterable list of the workpaper's evidence (path, package, type) to add one from, with a page (or the whole
/// document) and an optional label. The dialog changes nothing itself: it asks through addRequested() and
/// removeRequested(), and the page shows the outcome with setReferences().
///
/// Object names: "referenceList", "openReferenceButton", "removeReferenceButton", "evidenceFilter", "evidenceChoices",
/// "referencePage", "referenceLabel", "addReferenceButton".
class EvidenceReferenceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceReferenceDialog)

public:
    /// @p cellTitle names the cell, e.g. "Item 3 (row 17), attribute B". @p workpaper outlives the dialog.
    EvidenceReferenceDialog(Core::Workpaper &workpaper, const QString &cellTitle, QWidget *parent = nullptr);

    /// Shows the cell's references now.
    void setReferences(const QList<Core::CellEvidenceReference> &references);
    /// Shows only evidence whose path, package or type contains @p text (case-insensitive).
    void setFilter(const QString &text);
    /// Makes evidence item @p evidenceId the chosen one; false when it is not listed (or filtered out).
    bool chooseEvidence(qint64 evidenceId);
    /// How many evidence items the filter leaves visible.
    int visibleEvidenceCount() const;

Q_SIGNALS:
    void addRequested(const Tickmark::Core::EvidenceReference &reference);
    void removeRequested(qint64 evidenceId, std::optional<int> page);
    /// Double-click on a reference (or Open): show item @p evidenceId at @p page (0: from the start).
    void openRequested(qint64 evidenceId, int page);

private:
    QWidget *buildReferences();
    QWidget *buildChooser();
    void loadEvidence();
    void updateButtons();
    void requestAdd();
    void requestRemove();

    Core::Workpaper &m_workpaper;
    QTreeWidget *m_references = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_open = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_evidence = nullptr;
    QSpinBox *m_page = nullptr;
    QLabel *m_pageHint = nullptr;
    QLineEdit *m_label = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace Tickmark::Ui
