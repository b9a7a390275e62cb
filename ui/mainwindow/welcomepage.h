// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace Tickmark::Ui {

/// Shown while no workpaper is open: New Engagement, Open, Open Sample Engagement and the recent workpapers.
/// Without any recent workpaper it points at the sample engagement.
///
/// Object names: "welcomePage", "newEngagementButton", "openButton", "openSampleButton", "recentList",
/// "noRecentLabel".
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    /// Lists @p files (most recent first); missing files are shown greyed out.
    void setRecentFiles(const QStringList &files);

Q_SIGNALS:
    void newEngagementRequested();
    void openRequested();
    void sampleRequested();
    void recentFileActivated(const QString &path);

private:
    void activate(QListWidgetItem *item);

    QListWidget *m_recent = nullptr;
    QLabel *m_noRecent = nullptr;
    QLabel *m_recentTitle = nullptr;
    QPushButton *m_sample = nullptr;
};

} // namespace Tickmark::Ui
