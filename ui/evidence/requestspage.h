// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidence/requestservice.h"

#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Tickmark::Core {
class RequestListModel;
class Workpaper;
} // namespace Tickmark::Core

namespace Tickmark::Ui {

class FileChooser;
class RequestDialog;
class RequestStatusDialog;

/// The Requests page: the PBC ("provided by client") list — ref, description, controls, owner, due date, status
/// and the packages that answer each request — with overdue requests bold in amber. On the right the selected
/// request's details and status history. Add…/Edit… open RequestDialog, Status… a RequestStatusDialog (status
/// with a note), Answer with… links an imported package, Export… writes the list as XLSX or CSV for the client.
///
/// Object names: "requestsView", "requestHistory", "requestDetails", "addRequestButton", "editRequestButton",
/// "statusRequestButton", "answerRequestButton", "exportRequestsButton".
class RequestsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestsPage)

public:
    /// @p workpaper outlives the page.
    explicit RequestsPage(Core::Workpaper &workpaper, QWidget *parent = nullptr);
    ~RequestsPage() override;

    /// Uses @p files (not owned; it must outlive the page) to ask for files; null restores the file dialog.
    void setFileChooser(FileChooser *files);

    /// Opens the add dialog (non-modal, deletes itself on close).
    RequestDialog *addRequest();
    /// Opens the edit dialog of the selected request, or null when none is selected.
    RequestDialog *editCurrent();
    /// Opens the status dialog of the selected request, or null when none is selected.
    RequestStatusDialog *changeStatusOfCurrent();
    /// Asks for a file name and exports the list (XLSX or CSV by the suffix).
    void exportList();
    /// Asks which imported package answers the selected request.
    void answerCurrent();

    /// Selects request @p ref; false when there is none.
    bool showRequest(const QString &ref);
    /// The selected request's ref, or empty.
    QString currentRef() const;

    Core::RequestListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QListWidget *history() const { return m_history; }

Q_SIGNALS:
    void statusMessage(const QString &text); ///< short feedback for the status bar
    void errorOccurred(const QString &text); ///< a refused action, already worded for the user

private:
    QWidget *buildSidePanel();
    void updateSidePanel();
    void updateActions();

    Core::Workpaper &m_workpaper;
    std::unique_ptr<FileChooser> m_ownFiles;
    FileChooser *m_files = nullptr;
    Core::RequestListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_caption = nullptr;
    QLabel *m_details = nullptr;
    QListWidget *m_history = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_statusButton = nullptr;
    QPushButton *m_answerButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QString m_selectedBeforeReset;
};

} // namespace Tickmark::Ui
