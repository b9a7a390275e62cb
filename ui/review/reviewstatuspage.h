// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace Tickmark::Core {
class Workpaper;
}

namespace Tickmark::Ui {

class LockPanel;
class ReviewPanel;

/// The Review page: what stands between the workpaper and an issued report — open notes, missing sign-offs and
/// stale sign-offs — with a "Changed since my last review" filter; choosing an entry shows its object's review
/// (notes and sign-offs) in the panel beside the list.
///
/// While the engagement is locked, a banner above the list says since when and by whom, with Reopen… (LockPanel),
/// and the lock history (who locked and reopened it, when and why) follows it.
///
/// Object names: "reviewStatusTree" (top-level groups "openNotes", "missingSignOffs", "staleSignOffs",
/// "changedObjects" in the item's UserRole+1 data), "changedSinceFilter", "reviewSummary"; panel "reviewPanel".
class ReviewStatusPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewStatusPage)

public:
    /// @p workpaper outlives the page.
    explicit ReviewStatusPage(Core::Workpaper &workpaper, QWidget *parent = nullptr);
    ~ReviewStatusPage() override;

    void reload();
    /// Shows only objects changed since the acting user's last sign-off on them.
    void setChangedSinceFilter(bool on);
    /// The object references listed under group @p group ("openNotes", "missingSignOffs", "staleSignOffs",
    /// "changedObjects"), in order.
    QStringList listed(const QString &group) const;
    ReviewPanel *panel() const { return m_panel; }
    LockPanel *lockPanel() const { return m_lock; }

Q_SIGNALS:
    void statusMessage(const QString &text);
    void errorOccurred(const QString &text);

private:
    QTreeWidgetItem *group(const QString &key, const QString &title);
    void addEntry(QTreeWidgetItem *group, const QString &object, const QString &text);

    Core::Workpaper &m_workpaper;
    QCheckBox *m_changedOnly = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
    ReviewPanel *m_panel = nullptr;
    LockPanel *m_lock = nullptr;
    QStringList m_changed;
};

} // namespace Tickmark::Ui
