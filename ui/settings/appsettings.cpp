// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace Tickmark::Ui {

namespace {

const QString kName = QStringLiteral("identity/name");
const QString kInitials = QStringLiteral("identity/initials");
const QString kRole = QStringLiteral("identity/role");
const QString kMaxTotalMiB = QStringLiteral("evidence/maxTotalMiB");
const QString kMaxEntries = QStringLiteral("evidence/maxEntries");
const QString kMaxRatio = QStringLiteral("evidence/maxRatio");
const QString kLanguage = QStringLiteral("ui/language");
const QString kAppearance = QStringLiteral("ui/appearance");
const QString kRecent = QStringLiteral("recent/files");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kSection = QStringLiteral("window/section");

QString systemUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.trimmed();
}

QString normalized(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

AppSettings::AppSettings(QSettings &settings)
    : m_settings(settings)
{}

Core::Actor AppSettings::identity() const
{
    Core::Actor actor;
    actor.name = m_settings.value(kName).toString().trimmed();
    actor.initials = m_settings.value(kInitials).toString().trimmed();
    actor.role = Core::roleFromString(m_settings.value(kRole).toString()).value_or(Core::Role::Preparer);
    if (actor.name.isEmpty()) {
        actor.name = systemUserName();
        actor.initials.clear();
    }
    if (actor.name.isEmpty())
        actor.name = QStringLiteral("Auditor");
    if (actor.initials.isEmpty())
        actor.initials = deriveInitials(actor.name);
    return actor;
}

bool AppSettings::hasStoredIdentity() const
{
    return !m_settings.value(kName).toString().trimmed().isEmpty();
}

void AppSettings::setIdentity(const Core::Actor &actor)
{
    m_settings.setValue(kName, actor.name.trimmed());
    m_settings.setValue(kInitials, actor.initials.trimmed().toUpper());
    m_settings.setValue(kRole, Core::roleToString(actor.role));
}

QString AppSettings::language() const
{
    const QString lang = m_settings.value(kLanguage).toString();
    return lang == QLatin1String("system") ? QString() : lang;
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(kLanguage, language.isEmpty() ? QStringLiteral("system") : language);
}

Appearance AppSettings::appearance() const
{
    return appearanceFromKey(m_settings.value(kAppearance).toString()).value_or(Appearance::System);
}

void AppSettings::setAppearance(Appearance appearance)
{
    m_settings.setValue(kAppearance, appearanceKey(appearance));
}

QStringList AppSettings::recentFiles() const
{
    QStringList files = m_settings.value(kRecent).toStringList();
    files.removeAll(QString());
    files.removeDuplicates();
    return files.mid(0, kMaxRecentFiles);
}

void AppSettings::addRecentFile(const QString &path)
{
    const QString file = normalized(path);
    QStringList files = recentFiles();
    files.removeAll(file);
    files.prepend(file);
    m_settings.setValue(kRecent, files.mid(0, kMaxRecentFiles));
}

void AppSettings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(normalized(path));
    m_settings.setValue(kRecent, files);
}

void AppSettings::clearRecentFiles()
{
    m_settings.remove(kRecent);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(kGeometry, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(kState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(kState, state);
}

QString AppSettings::lastSection() const
{
    return m_settings.value(kSection).toString();
}

void AppSettings::setLastSection(const QString &section)
{
    m_settings.setValue(kSection, section);
}

QString AppSettings::deriveInitials(const QString &name)
{
    // Login names such as "jdoe" or "maria.lopez" are common; dots, dashes and underscores separate words too.
    static const QList<QChar> separators{QLatin1Char(' '), QLatin1Char('.'), QLatin1Char('-'), QLatin1Char('_')};
    QString normalizedName = name.simplified();
    for (QChar c : separators)
        normalizedName.replace(c, QLatin1Char(' '));
    const QStringList words = normalizedName.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    if (words.size() == 1)
        return words.front().left(2).toUpper();
    QString initials;
    for (const QString &w : words.mid(0, 3))
        initials += w.front().toUpper();
    return initials;
}

Core::EvidenceLimits AppSettings::evidenceLimits() const
{
    Core::EvidenceLimits limits;
    const auto positive = [this](const QString &key, qint64 fallback) {
        bool ok = false;
        const qint64 value = m_settings.value(key).toLongLong(&ok);
        return ok && value > 0 ? value : fallback;
    };
    limits.maxTotalBytes = positive(kMaxTotalMiB, limits.maxTotalBytes >> 20) << 20;
    limits.maxEntries = positive(kMaxEntries, limits.maxEntries);
    limits.maxRatio = positive(kMaxRatio, limits.maxRatio);
    return limits;
}

void AppSettings::setEvidenceLimits(const Core::EvidenceLimits &limits)
{
    m_settings.setValue(kMaxTotalMiB, limits.maxTotalBytes >> 20);
    m_settings.setValue(kMaxEntries, limits.maxEntries);
    m_settings.setValue(kMaxRatio, limits.maxRatio);
}

} // namespace Tickmark::Ui
