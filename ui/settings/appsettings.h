// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/actor.h"
#include "evidence/evidence.h"
#include "settings/appearance.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

class QSettings;

namespace Tickmark::Ui {

/// Typed access to the user's preferences and the window's remembered state.
///
/// Keys: "identity/name", "identity/initials", "identity/role", "ui/language", "ui/appearance", "recent/files",
/// "window/geometry", "window/state", "window/section". The QSettings object is not owned: the application
/// passes one for organization "Tickmark", application "Tickmark"; tests pass an INI file in a temporary folder.
class AppSettings final
{
public:
    /// Most recently used workpapers kept in "Open Recent".
    static constexpr int kMaxRecentFiles = 8;

    explicit AppSettings(QSettings &settings);
    /// The underlying store, for pages that keep their own keys (the testing page's tickmark legend).
    QSettings &store() const { return m_settings; }

    /// The acting user. Without a stored name: the operating system's user name ($USER, $USERNAME on Windows)
    /// with initials derived from it; role preparer unless stored otherwise.
    Core::Actor identity() const;
    /// Whether a name was ever stored (false on first start).
    bool hasStoredIdentity() const;
    void setIdentity(const Core::Actor &actor);

    /// "" for the system language, else "en", "de" or "fr". Takes effect at the next start.
    QString language() const;
    void setLanguage(const QString &language);

    /// Follow the system's palette (the default), or a light or dark one (applyAppearance()).
    Appearance appearance() const;
    void setAppearance(Appearance appearance);

    /// Absolute paths, most recent first, at most kMaxRecentFiles.
    QStringList recentFiles() const;
    /// Moves @p path to the front (adding it if new) and drops the oldest beyond the limit.
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    void clearRecentFiles();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    /// Key of the navigator section shown last ("overview", "scope", "coverage", "controls").
    QString lastSection() const;
    void setLastSection(const QString &section);

    /// Limits for evidence imports (docs/evidence.md): "evidence/maxTotalMiB", "evidence/maxEntries",
    /// "evidence/maxRatio"; the core defaults when unset or out of range.
    Core::EvidenceLimits evidenceLimits() const;
    void setEvidenceLimits(const Core::EvidenceLimits &limits);

    /// Initials from a name: the first letter of each word, or the first two letters of a one-word name.
    static QString deriveInitials(const QString &name);

private:
    QSettings &m_settings;
};

} // namespace Tickmark::Ui
