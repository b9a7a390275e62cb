// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/actor.h"
#include "settings/appearance.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Tickmark::Ui {

class AppSettings;
class MessageBanner;

/// Edit ▸ Preferences: who is acting (name, initials, role; stamped on every audit event), the appearance (system,
/// light or dark; applied on OK) and the interface language (applied at the next start). Stores into AppSettings
/// when accepted.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    /// @p settings outlives the dialog.
    explicit SettingsDialog(AppSettings &settings, QWidget *parent = nullptr);

    /// The identity as currently entered (initials derived from the name when left empty).
    Core::Actor actor() const;
    /// "" for the system language, else "en", "de", "fr".
    QString language() const;
    /// The appearance chosen.
    Appearance appearance() const;

    /// Validates (the name is required), stores and closes; on a problem shows it inline and stays open.
    void accept() override;

Q_SIGNALS:
    /// Emitted on accept when the name, initials or role differ from what was stored.
    void identityChanged(const Tickmark::Core::Actor &actor);
    /// Emitted on accept when the language setting changed (it applies after a restart).
    void languageChanged(const QString &language);
    /// Emitted on accept, after applyAppearance(), when the appearance setting changed.
    void appearanceChanged(Tickmark::Ui::Appearance appearance);

private:
    QWidget *createLimitsGroup();
    void nameEdited(const QString &name);

    AppSettings &m_settings;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_initials = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_appearance = nullptr;
    QSpinBox *m_maxTotal = nullptr;
    QSpinBox *m_maxEntries = nullptr;
    QSpinBox *m_maxRatio = nullptr;
    MessageBanner *m_banner = nullptr;
    bool m_initialsTouched = false;
};

} // namespace Tickmark::Ui
