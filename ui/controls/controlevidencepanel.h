// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidence/evidence.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Tickmark::Core {
class Workpaper;
}

namespace Tickmark::Ui {

class ControlEvidenceDialog;

/// The evidence linked to one control, shown under the Controls page's table: each file's package path, package,
/// media type and effective date (an out-of-period date in the warning colour, with a note), with Open (asks the
/// window to show the file on the Evidence page), Unlink and Link Evidence… (a picker of the engagement's
/// evidence). Files dropped on a control row are linked by the page, not here.
///
/// Object names: "controlEvidenceCaption", "controlEvidenceList", "openControlEvidenceButton",
/// "unlinkControlEvidenceButton", "linkControlEvidenceButton".
class ControlEvidencePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlEvidencePanel)

public:
    enum Column { FileColumn, PackageColumn, TypeColumn, DateColumn, ColumnCount };

    /// @p workpaper outlives the panel. The list follows the workpaper's changed() signal.
    explicit ControlEvidencePanel(Core::Workpaper &workpaper, QWidget *parent = nullptr);

    /// Shows the evidence of control @p id (empty: none chosen).
    void setControl(const QString &id);
    QString control() const { return m_control; }
    /// Reads the control's evidence again.
    void reload();
    /// The files listed, in order.
    const QList<Core::EvidenceItem> &items() const { return m_items; }
    /// Selects the listed file at @p row (−1: none).
    void setCurrentRow(int row);
    /// The selected file, or null.
    const Core::EvidenceItem *currentItem() const;

    /// Emits openEvidence() for the selected file.
    void openCurrent();
    /// Removes the link between the selected file (that one item only) and the control; false when refused
    /// (reported through errorOccurred()).
    bool unlinkCurrent();
    /// Opens the picker of the engagement's evidence for the control (non-modal; it deletes itself); null when no
    /// control is shown.
    ControlEvidenceDialog *linkEvidence();

Q_SIGNALS:
    /// Show evidence item @p evidenceId (EvidenceItem::id) on the Evidence page; @p page is the PDF page to show
    /// (1-based; 0: the start). The same signature as TestingPage::openEvidence.
    void openEvidence(qint64 evidenceId, int page);
    void statusMessage(const QString &text);
    void errorOccurred(const QString &text);

private:
    void fill();
    void updateButtons();

    Core::Workpaper &m_workpaper;
    QString m_control;
    QList<Core::EvidenceItem> m_items;
    QLabel *m_caption = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_unlink = nullptr;
    QPushButton *m_link = nullptr;
};

/// "PACKAGE/PATH": the key of an evidence item on the Evidence page and in EvidenceService::link().
QString evidenceKey(const Core::EvidenceItem &item);

} // namespace Tickmark::Ui
