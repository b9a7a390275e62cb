// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "populationimport.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace Tickmark::Core {
class Workpaper;
} // namespace Tickmark::Core

namespace Tickmark::Ui {

class FileChooser;

/// Asks how to import a population file: the file, the control it belongs to, the population's name, the
/// worksheet of a workbook, the header row (for a title block above the column names), with a preview of the
/// first records (read off the UI thread) so the auditor sees the header, each column's inferred type and the data
/// before anything is stored. Records above the header row are shown greyed out. The import itself is the
/// caller's (PopulationsPage).
///
/// Object names: "fileEdit", "chooseFileButton", "sheetCombo", "controlCombo", "nameEdit", "previewTable",
/// "previewCaption", "nameProblem", "headerRowSpin".
class PopulationImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PopulationImportDialog)

public:
    /// Records shown in the preview.
    static constexpr int kPreviewRecords = 20;
    /// The highest header row offered.
    static constexpr int kMaxHeaderRow = 50;

    /// @p workpaper (for the controls and the names taken) and @p files outlive the dialog.
    PopulationImportDialog(Core::Workpaper &workpaper, FileChooser &files, QWidget *parent = nullptr);
    ~PopulationImportDialog() override;

    /// Shows @p path and starts reading its preview; proposes a name unless the user typed one.
    void setFile(const QString &path);
    /// Preselects control @p id when it is in the list.
    void setControl(const QString &id);
    /// What the user chose.
    PopulationImportRequest request() const;
    /// Whether a preview is being read.
    bool isPreviewLoading() const { return m_loading; }

Q_SIGNALS:
    /// A preview (or its error) is shown.
    void previewShown();

private:
    void chooseFile();
    void loadPreview();
    void showPreview(const Result<PopulationPreview> &preview);
    void validate();

    Core::Workpaper &m_workpaper;
    FileChooser &m_files;
    QLineEdit *m_fileEdit = nullptr;
    QLabel *m_sheetLabel = nullptr;
    QComboBox *m_sheetCombo = nullptr;
    QComboBox *m_controlCombo = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLabel *m_nameProblem = nullptr;
    QLabel *m_previewCaption = nullptr;
    QSpinBox *m_headerRow = nullptr;
    QTableWidget *m_preview = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_nameEdited = false;
    bool m_loading = false;
    bool m_headerMissing = false; ///< the preview read the file and it ends before the header row
    int m_generation = 0; ///< ignores previews of a file or sheet no longer chosen
};

} // namespace Tickmark::Ui
