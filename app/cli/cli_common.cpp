// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_common.h"

#include "workpaper/workpaper.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSettings>

#include <cstdio>
#include <limits>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace Tickmark::Cli {

namespace {

void write(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

QString oneLine(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String(" "));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text.trimmed();
}

Error invalid(const QString &detail)
{
    return fail(ErrorCode::InvalidArgument, detail);
}

// The first source that names a role wins; a source that names something else is an error, not skipped, so a
// typo never silently signs as the wrong role.
Result<Core::Role> resolveRole(const Invocation &invocation, const QSettings &settings)
{
    QString text;
    QString source;
    if (invocation.isSet(QStringLiteral("role"))) {
        text = invocation.value(QStringLiteral("role"));
        source = QStringLiteral("--role");
    } else if (!qEnvironmentVariable("TICKMARK_ROLE").trimmed().isEmpty()) {
        text = qEnvironmentVariable("TICKMARK_ROLE");
        source = QStringLiteral("TICKMARK_ROLE");
    } else if (!settings.value(QStringLiteral("identity/role")).toString().trimmed().isEmpty()) {
        text = settings.value(QStringLiteral("identity/role")).toString();
        source = tr("the identity/role setting");
    } else {
        return Core::Role::Preparer;
    }
    if (const auto role = Core::roleFromString(text))
        return *role;
    return invalid(tr("%1: \"%2\" is not a role; use preparer, reviewer or partner").arg(source, text));
}

Result<Core::Actor> actorFrom(const QString &text, const QString &source, Core::Role role)
{
    if (auto actor = Core::parseActor(text, role); actor && !actor->initials.isEmpty())
        return *actor;
    return invalid(tr("%1: \"%2\" is not a user; use \"Name (INITIALS)\"").arg(source, text));
}

Result<Core::Actor> actorFromSettings(const QSettings &settings, Core::Role role)
{
    const QString name = settings.value(QStringLiteral("identity/name")).toString().trimmed();
    const QString initials = settings.value(QStringLiteral("identity/initials")).toString().trimmed();
    if (initials.isEmpty())
        return actorFrom(name, tr("the identity/name setting"), role);
    return Core::Actor{name, initials.toUpper(), role};
}

// The operating-system account name: USER and friends, else (daemons, containers) the password database.
QString systemUserName()
{
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        if (const QString name = qEnvironmentVariable(variable).trimmed(); !name.isEmpty())
            return name;
    }
#ifdef Q_OS_UNIX
    if (const passwd *entry = getpwuid(getuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    return {};
}

} // namespace

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("Tickmark::Cli", text, disambiguation, n);
}

void printLine(const QString &text)
{
    write(stdout, text.toUtf8() + '\n');
}

void printText(const QString &text)
{
    write(stdout, text.toUtf8());
}

void printJson(const QJsonObject &object)
{
    write(stdout, QJsonDocument(object).toJson(QJsonDocument::Indented));
}

void printJson(const QJsonArray &array)
{
    write(stdout, QJsonDocument(array).toJson(QJsonDocument::Indented));
}

void printWarning(const QString &text)
{
    write(stderr, QStringLiteral("warning: %1\n").arg(oneLine(text)).toUtf8());
}

void printNote(const QString &text)
{
    write(stderr, QStringLiteral("note: %1\n").arg(oneLine(text)).toUtf8());
}

int printError(const QString &text, int status)
{
    write(stderr, QStringLiteral("error: %1\n").arg(oneLine(text)).toUtf8());
    return status;
}

int usageError(const QString &text)
{
    return printError(text, kExitUsage);
}

int failure(const Error &error)
{
    return printError(error.detail, kExitFailure);
}

QString padded(const QString &text, qsizetype width)
{
    return QStringLiteral("  ") + text.leftJustified(width);
}

QList<QCommandLineOption> globalOptions()
{
    return {QCommandLineOption(QStringLiteral("user"),
                               tr("Acting user, \"Name (INITIALS)\" (default: TICKMARK_USER, then the settings of"
                                  " the Tickmark app, then the system user)."),
                               tr("NAME")),
            QCommandLineOption(QStringLiteral("role"),
                               tr("Acting role: preparer, reviewer or partner (default: TICKMARK_ROLE, then"
                                  " settings, then preparer)."),
                               tr("ROLE"))};
}

QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit."));
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), tr("Print one JSON document on stdout instead of text."));
}

Argument fileArgument(const QString &description)
{
    return {QStringLiteral("FILE"), description.isEmpty() ? tr("The .tickmark workpaper.") : description};
}

Invocation::Invocation(const Command &command, const QCommandLineParser &parser)
    : m_command(command)
    , m_parser(parser)
{}

QString Invocation::argument(qsizetype index) const
{
    return m_parser.positionalArguments().value(index);
}

bool Invocation::isSet(const QString &option) const
{
    return m_parser.isSet(option);
}

QString Invocation::value(const QString &option) const
{
    return m_parser.isSet(option) ? m_parser.value(option) : QString();
}

QStringList Invocation::values(const QString &option) const
{
    return m_parser.isSet(option) ? m_parser.values(option) : QStringList();
}

bool Invocation::json() const
{
    // optionNames() rather than isSet(): isSet() warns about options a command does not declare.
    return m_parser.optionNames().contains(QStringLiteral("json"));
}

Result<Core::Actor> resolveActor(const Invocation &invocation)
{
    // Organization and application "Tickmark", set in main() as the desktop app sets them.
    const QSettings settings;
    const auto role = resolveRole(invocation, settings);
    if (!role)
        return role.error();
    if (invocation.isSet(QStringLiteral("user")))
        return actorFrom(invocation.value(QStringLiteral("user")), QStringLiteral("--user"), *role);
    if (const QString env = qEnvironmentVariable("TICKMARK_USER"); !env.trimmed().isEmpty())
        return actorFrom(env, QStringLiteral("TICKMARK_USER"), *role);
    if (!settings.value(QStringLiteral("identity/name")).toString().trimmed().isEmpty())
        return actorFromSettings(settings, *role);
    if (const QString name = systemUserName(); !name.isEmpty())
        return actorFrom(name, tr("the system user name"), *role);
    return invalid(tr("no acting user: pass --user \"Name (INITIALS)\" or set TICKMARK_USER"));
}

int withWorkpaper(const Invocation &invocation, const std::function<int(Core::Workpaper &)> &body)
{
    return withWorkpaper(invocation, invocation.file(), body);
}

int withWorkpaper(const Invocation &invocation, const QString &path, const std::function<int(Core::Workpaper &)> &body)
{
    const auto actor = resolveActor(invocation);
    if (!actor)
        return usageError(actor.error().detail);
    auto workpaper = Core::Workpaper::open(path, *actor);
    if (!workpaper)
        return failure(workpaper.error());
    return body(**workpaper);
}

Result<QString> requiredValue(const Invocation &invocation, const QString &name)
{
    const QString value = invocation.value(name).trimmed();
    if (value.isEmpty())
        return invalid(tr("%1: --%2 is required").arg(invocation.command().name(), name));
    return value;
}

Result<qint64> integerValue(const Invocation &invocation, const QString &name, qint64 min, qint64 max,
                            std::optional<qint64> fallback)
{
    if (!invocation.isSet(name)) {
        if (fallback)
            return *fallback;
        return invalid(tr("%1: --%2 is required").arg(invocation.command().name(), name));
    }
    static const QRegularExpression digits(QStringLiteral("^-?[0-9]+$"));
    const QString text = invocation.value(name).trimmed();
    bool ok = false;
    const qint64 value = text.toLongLong(&ok, 10);
    if (digits.match(text).hasMatch() && ok && value >= min && value <= max)
        return value;
    if (max >= std::numeric_limits<int>::max())
        return invalid(tr("--%1: \"%2\" is not a whole number of %3 or more").arg(name, text).arg(min));
    return invalid(tr("--%1: \"%2\" is not a whole number from %3 to %4").arg(name, text).arg(min).arg(max));
}

QJsonObject rowJson(qint64 row, const QStringList &columns, const QStringList &fields)
{
    QJsonObject values;
    for (qsizetype i = 0; i < columns.size(); ++i)
        values.insert(columns.at(i), fields.value(i));
    return {{QStringLiteral("row"), row}, {QStringLiteral("values"), values}};
}

QString rowText(const QStringList &fields)
{
    QStringList flat;
    for (const QString &field : fields)
        flat << oneLine(field);
    return flat.join(QStringLiteral(" | "));
}

} // namespace Tickmark::Cli
