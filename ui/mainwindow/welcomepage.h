// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QDragEnterEvent;
class QDragLeaveEvent;
class QDropEvent;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QMimeData;
class QPushButton;

namespace Tickmark::Ui {

class MessageBanner;

/// Shown while no workpaper is open: New Engagement, Open, Open Sample Engagement and the recent workpapers.
/// Without any recent workpaper it points at the sample engagement. A .tickmark file dropped on it opens
/// (workpaperDropped()); anything else dropped is refused with a message saying what it accepts.
///
/// Object names: "welcomePage", "newEngagementButton", "openButton", "openSampleButton", "recentList",
/// "noRecentLabel", "dropHint", "welcomeBanner".
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    /// Lists @p files (most recent first); missing files are shown greyed out.
    void setRecentFiles(const QStringList &files);
    /// Handles local files dropped on the page or the window: the first .tickmark among @p paths is announced
    /// through workpaperDropped(); without one, the banner says what can be dropped here. Returns whether a
    /// workpaper was found.
    bool dropPaths(const QStringList &paths);
    /// The banner with the last refusal (hidden until a drop is refused).
    MessageBanner *banner() const { return m_banner; }

    /// Whether @p path names a workpaper by its suffix (.tickmark, any case).
    static bool isWorkpaperPath(const QString &path);
    /// The local files among the URLs of @p data (empty when there are none).
    static QStringList localPaths(const QMimeData *data);

Q_SIGNALS:
    void newEngagementRequested();
    void openRequested();
    void sampleRequested();
    void recentFileActivated(const QString &path);
    /// A .tickmark file was dropped on the page or the window.
    void workpaperDropped(const QString &path);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void activate(QListWidgetItem *item);
    void showDropHint(const QString &text, bool emphasised);

    QListWidget *m_recent = nullptr;
    QLabel *m_noRecent = nullptr;
    QLabel *m_recentTitle = nullptr;
    QPushButton *m_sample = nullptr;
    QLabel *m_dropHint = nullptr;
    MessageBanner *m_banner = nullptr;
};

} // namespace Tickmark::Ui
