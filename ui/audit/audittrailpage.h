// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/auditevent.h"

#include <QList>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace Tickmark::Core {
class Workpaper;
}

namespace Tickmark::Ui {

class FileChooser;

/// The audit trail viewer: every recorded action (time, user, role, object, action, summary), filtered by object
/// text, user and a date range, exported as CSV, with the state of the hash chain shown above the table.
///
/// Object names: "auditObjectFilter", "auditUserFilter", "auditFromCheck", "auditFromDate", "auditToCheck",
/// "auditToDate", "auditExportButton", "auditChainStatus", "auditCountLabel", "auditView".
class AuditTrailPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditTrailPage)

public:
    enum Column { TimeColumn, UserColumn, RoleColumn, ObjectColumn, ActionColumn, SummaryColumn, ColumnCount };

    /// @p workpaper outlives the page.
    explicit AuditTrailPage(Core::Workpaper &workpaper, QWidget *parent = nullptr);
    ~AuditTrailPage() override;

    /// Uses @p files (not owned; outlives the page) to ask for the CSV file name; null restores the file dialog.
    void setFileChooser(FileChooser *files);

    /// Re-reads the events with the current filters and re-verifies the chain.
    void reload();
    /// The events shown now, oldest first.
    const QList<Core::AuditEvent> &shownEvents() const { return m_shown; }
    /// Writes the events shown to @p path as CSV (RFC 4180, UTF-8); reports a failure through errorOccurred().
    bool exportCsv(const QString &path);
    /// Whether the last verification found the chain intact.
    bool chainOk() const { return m_chainOk; }

Q_SIGNALS:
    void statusMessage(const QString &text);
    void errorOccurred(const QString &text);

private:
    QWidget *buildFilters();
    void applyFilters();
    void verifyChain();
    void chooseExportFile();

    Core::Workpaper &m_workpaper;
    std::unique_ptr<FileChooser> m_ownFiles;
    FileChooser *m_files = nullptr;
    QList<Core::AuditEvent> m_events;
    QList<Core::AuditEvent> m_shown;
    bool m_chainOk = false;
    QLineEdit *m_objectFilter = nullptr;
    QComboBox *m_userFilter = nullptr;
    QCheckBox *m_fromCheck = nullptr;
    QDateEdit *m_fromDate = nullptr;
    QCheckBox *m_toCheck = nullptr;
    QDateEdit *m_toDate = nullptr;
    QLabel *m_chainStatus = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_export = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace Tickmark::Ui
