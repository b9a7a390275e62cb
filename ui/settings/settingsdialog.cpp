// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "appearance.h"
#include "appsettings.h"
#include "common/messagebanner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Tickmark::Ui {

SettingsDialog::SettingsDialog(AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Preferences"));
    setMinimumWidth(460);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 18, 18, 14);
    layout->setSpacing(14);

    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);

    auto *identity = new QGroupBox(tr("Identity"), this);
    auto *identityForm = new QFormLayout(identity);
    identityForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    identityForm->setVerticalSpacing(10);
    auto *identityNote = new QLabel(tr("Stamped on every change in the audit trail and on sign-offs."), identity);
    identityNote->setWordWrap(true);
    identityForm->addRow(identityNote);
    m_name = new QLineEdit(identity);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. Dana Whitfield"));
    identityForm->addRow(tr("&Name:"), m_name);
    m_initials = new QLineEdit(identity);
    m_initials->setObjectName(QStringLiteral("initialsEdit"));
    m_initials->setMaxLength(4);
    m_initials->setMaximumWidth(80);
    m_initials->setToolTip(tr("Shown next to tick marks and sign-offs; derived from the name unless you type them."));
    identityForm->addRow(tr("&Initials:"), m_initials);
    m_role = new QComboBox(identity);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_role->setMinimumWidth(160);
    m_role->addItem(tr("Preparer"), QVariant::fromValue(static_cast<int>(Core::Role::Preparer)));
    m_role->addItem(tr("Reviewer"), QVariant::fromValue(static_cast<int>(Core::Role::Reviewer)));
    m_role->addItem(tr("Partner"), QVariant::fromValue(static_cast<int>(Core::Role::Partner)));
    identityForm->addRow(tr("&Role:"), m_role);
    layout->addWidget(identity);

    auto *appearance = new QGroupBox(tr("Appearance and Language"), this);
    auto *languageForm = new QFormLayout(appearance);
    languageForm->setVerticalSpacing(10);
    m_appearance = new QComboBox(appearance);
    m_appearance->setObjectName(QStringLiteral("appearanceCombo"));
    m_appearance->addItem(tr("Follow the system"), appearanceKey(Appearance::System));
    m_appearance->addItem(tr("Light"), appearanceKey(Appearance::Light));
    m_appearance->addItem(tr("Dark"), appearanceKey(Appearance::Dark));
    m_appearance->setToolTip(tr("Colours of the windows; applied when you press OK."));
    languageForm->addRow(tr("&Appearance:"), m_appearance);
    m_language = new QComboBox(appearance);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System default"), QString());
    // Language names are written in their own language so that anyone can find theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    languageForm->addRow(tr("&Interface language:"), m_language);
    auto *restartNote = new QLabel(tr("A new language is applied the next time Tickmark starts."), appearance);
    restartNote->setObjectName(QStringLiteral("restartNote"));
    restartNote->setWordWrap(true);
    languageForm->addRow(restartNote);
    layout->addWidget(appearance);
    layout->addWidget(createLimitsGroup());
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(buttons);

    const Core::Actor current = m_settings.identity();
    m_name->setText(current.name);
    m_initials->setText(current.initials);
    m_initialsTouched = current.initials != AppSettings::deriveInitials(current.name);
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(current.role)));
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_settings.language())));
    m_appearance->setCurrentIndex(qMax(0, m_appearance->findData(appearanceKey(m_settings.appearance()))));

    connect(m_name, &QLineEdit::textEdited, this, &SettingsDialog::nameEdited);
    connect(m_initials, &QLineEdit::textEdited, this, [this] { m_initialsTouched = !m_initials->text().isEmpty(); });
}

QWidget *SettingsDialog::createLimitsGroup()
{
    auto *group = new QGroupBox(tr("Evidence Import Limits"), this);
    auto *form = new QFormLayout(group);
    form->setVerticalSpacing(10);
    auto *note = new QLabel(tr("A package beyond a limit is refused whole, with the reason; nothing of it is stored."),
                            group);
    note->setWordWrap(true);
    form->addRow(note);
    const auto spin = [group](const QString &name, int max, const QString &suffix) {
        auto *box = new QSpinBox(group);
        box->setObjectName(name);
        box->setRange(1, max);
        box->setSuffix(suffix);
        box->setGroupSeparatorShown(true);
        box->setMinimumWidth(160);
        return box;
    };
    m_maxTotal = spin(QStringLiteral("maxTotalSpin"), 1 << 20, tr(" MiB"));
    m_maxEntries = spin(QStringLiteral("maxEntriesSpin"), 10000000, QString());
    m_maxRatio = spin(QStringLiteral("maxRatioSpin"), 100000, tr(" : 1"));
    m_maxRatio->setToolTip(tr("Checked for entries larger than 1 MiB: uncompressed size against compressed size."));
    form->addRow(tr("Uncompressed size per &package:"), m_maxTotal);
    form->addRow(tr("&Entries per package:"), m_maxEntries);
    form->addRow(tr("&Compression ratio of an entry:"), m_maxRatio);
    const Core::EvidenceLimits limits = m_settings.evidenceLimits();
    m_maxTotal->setValue(static_cast<int>(qMin<qint64>(limits.maxTotalBytes >> 20, 1 << 20)));
    m_maxEntries->setValue(static_cast<int>(qMin<qint64>(limits.maxEntries, 10000000)));
    m_maxRatio->setValue(static_cast<int>(qMin<qint64>(limits.maxRatio, 100000)));
    return group;
}

void SettingsDialog::nameEdited(const QString &name)
{
    if (!m_initialsTouched)
        m_initials->setText(AppSettings::deriveInitials(name));
}

Core::Actor SettingsDialog::actor() const
{
    Core::Actor a;
    a.name = m_name->text().simplified();
    a.initials = m_initials->text().trimmed().toUpper();
    if (a.initials.isEmpty())
        a.initials = AppSettings::deriveInitials(a.name);
    a.role = static_cast<Core::Role>(m_role->currentData().toInt());
    return a;
}

Appearance SettingsDialog::appearance() const
{
    return appearanceFromKey(m_appearance->currentData().toString()).value_or(Appearance::System);
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::accept()
{
    const Core::Actor next = actor();
    if (next.name.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("Name: enter your name as it should appear in the audit trail."));
        m_name->setFocus();
        return;
    }
    const Core::Actor before = m_settings.identity();
    const bool identityDiffers = !m_settings.hasStoredIdentity() || before.name != next.name ||
                                 before.initials != next.initials || before.role != next.role;
    const bool languageDiffers = m_settings.language() != language();
    const bool appearanceDiffers = m_settings.appearance() != appearance();
    m_settings.setIdentity(next);
    m_settings.setLanguage(language());
    m_settings.setAppearance(appearance());
    Core::EvidenceLimits limits = m_settings.evidenceLimits();
    limits.maxTotalBytes = qint64(m_maxTotal->value()) << 20;
    limits.maxEntries = m_maxEntries->value();
    limits.maxRatio = m_maxRatio->value();
    m_settings.setEvidenceLimits(limits);
    QDialog::accept();
    if (identityDiffers)
        Q_EMIT identityChanged(next);
    if (languageDiffers)
        Q_EMIT languageChanged(language());
    if (appearanceDiffers) {
        applyAppearance(appearance());
        Q_EMIT appearanceChanged(appearance());
    }
}

} // namespace Tickmark::Ui
