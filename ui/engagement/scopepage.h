// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "engagement/engagement.h"

#include <QWidget>

#include <functional>

class QPushButton;
class QTabWidget;
class QTableWidget;
class QUndoStack;

namespace Tickmark::Core {
class Workpaper;
} // namespace Tickmark::Core

namespace Tickmark::Ui {

class EngagementFields;
class MessageBanner;
class Prompter;
class ScopeEditor;

/// The Scope page: the engagement's details (same fields as the New Engagement wizard, with Save and Revert),
/// its subservice organizations and its CUECs. Every change goes through Core::EngagementService as an undoable
/// command on @p undoStack; refusals are shown in a banner on the page, naming the field.
///
/// Object names for tests: "scopeTabs", "detailsBanner", "saveDetailsButton", "revertDetailsButton",
/// "subserviceTable", "addSubserviceButton", "editSubserviceButton", "removeSubserviceButton", "cuecTable",
/// "addCuecButton", "editCuecButton", "removeCuecButton", and the EngagementFields names.
class ScopePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScopePage)

public:
    enum Tab { DetailsTab, SubserviceTab, CuecTab };

    /// @p workpaper, @p editor and @p prompter outlive the page; @p undoStack may be null (changes not undoable).
    ScopePage(Core::Workpaper &workpaper, QUndoStack *undoStack, ScopeEditor &editor, Prompter &prompter,
              QWidget *parent = nullptr);
    ~ScopePage() override;

    EngagementFields &fields() { return *m_fields; }
    /// Whether the details differ from what is stored.
    bool hasUnsavedDetails() const;

    /// Stores the entered details (one undoable action). Returns false and shows the problem when refused.
    bool saveDetails();
    /// Discards unsaved edits of the details.
    void revertDetails();
    void addSubservice();
    void editSubservice();
    void removeSubservice();
    void addCuec();
    void editCuec();
    void removeCuec();

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    QWidget *createDetailsTab();
    QWidget *createSubserviceTab();
    QWidget *createCuecTab();
    void reload(const QString &object);
    void reloadDetails();
    void reloadSubservices();
    void reloadCuecs();
    void updateDetailsState();
    void updateListButtons();
    void showError(const Error &error);
    qint64 selectedId(QTableWidget *table) const;
    Result<void> push(const QString &text, const std::function<Result<void>()> &redo,
                      const std::function<Result<void>()> &undo);

    Core::Workpaper &m_workpaper;
    QUndoStack *m_undoStack = nullptr;
    ScopeEditor &m_editor;
    Prompter &m_prompter;
    Core::EngagementDetails m_stored;
    QList<Core::SubserviceOrg> m_subservices;
    QList<Core::Cuec> m_cuecs;

    MessageBanner *m_banner = nullptr;
    QTabWidget *m_tabs = nullptr;
    EngagementFields *m_fields = nullptr;
    MessageBanner *m_detailsBanner = nullptr;
    MessageBanner *m_warningBanner = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QTableWidget *m_subserviceTable = nullptr;
    QPushButton *m_editSubservice = nullptr;
    QPushButton *m_removeSubservice = nullptr;
    QTableWidget *m_cuecTable = nullptr;
    QPushButton *m_editCuec = nullptr;
    QPushButton *m_removeCuec = nullptr;
};

} // namespace Tickmark::Ui
