// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "control.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Tickmark::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tickmark::Core", text);
}

QString normalised(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s_]+"));
    QString t = text.trimmed().toLower();
    t.replace(separators, QStringLiteral("-"));
    return t;
}

} // namespace

QList<Frequency> allFrequencies()
{
    return {Frequency::Annual, Frequency::Quarterly, Frequency::Monthly,      Frequency::Weekly,
            Frequency::Daily,  Frequency::MultipleDaily, Frequency::AdHoc};
}

QString frequencyKey(Frequency f)
{
    switch (f) {
    case Frequency::Annual:
        return QStringLiteral("annual");
    case Frequency::Quarterly:
        return QStringLiteral("quarterly");
    case Frequency::Monthly:
        return QStringLiteral("monthly");
    case Frequency::Weekly:
        return QStringLiteral("weekly");
    case Frequency::Daily:
        return QStringLiteral("daily");
    case Frequency::MultipleDaily:
        return QStringLiteral("multiple-daily");
    case Frequency::AdHoc:
        return QStringLiteral("ad-hoc");
    }
    return {};
}

std::optional<Frequency> frequencyFromText(const QString &text)
{
    const QString t = normalised(text);
    for (Frequency f : allFrequencies()) {
        if (frequencyKey(f) == t)
            return f;
    }
    static const QList<std::pair<QString, Frequency>> aliases{
        {QStringLiteral("annually"), Frequency::Annual},
        {QStringLiteral("yearly"), Frequency::Annual},
        {QStringLiteral("quarter"), Frequency::Quarterly},
        {QStringLiteral("month"), Frequency::Monthly},
        {QStringLiteral("week"), Frequency::Weekly},
        {QStringLiteral("day"), Frequency::Daily},
        {QStringLiteral("multiple-times-a-day"), Frequency::MultipleDaily},
        {QStringLiteral("multiple-times-per-day"), Frequency::MultipleDaily},
        {QStringLiteral("continuous"), Frequency::MultipleDaily},
        {QStringLiteral("adhoc"), Frequency::AdHoc},
        {QStringLiteral("as-needed"), Frequency::AdHoc},
        {QStringLiteral("event-driven"), Frequency::AdHoc},
    };
    for (const auto &[alias, f] : aliases) {
        if (alias == t)
            return f;
    }
    return std::nullopt;
}

QString frequencyName(Frequency f)
{
    switch (f) {
    case Frequency::Annual:
        return tr("Annual");
    case Frequency::Quarterly:
        return tr("Quarterly");
    case Frequency::Monthly:
        return tr("Monthly");
    case Frequency::Weekly:
        return tr("Weekly");
    case Frequency::Daily:
        return tr("Daily");
    case Frequency::MultipleDaily:
        return tr("Multiple times a day");
    case Frequency::AdHoc:
        return tr("Ad hoc");
    }
    return {};
}

QString controlTypeKey(ControlType t)
{
    return t == ControlType::Automated ? QStringLiteral("automated") : QStringLiteral("manual");
}

std::optional<ControlType> controlTypeFromText(const QString &text)
{
    const QString t = normalised(text);
    if (t == QLatin1String("manual"))
        return ControlType::Manual;
    if (t == QLatin1String("automated") || t == QLatin1String("automatic"))
        return ControlType::Automated;
    return std::nullopt;
}

QString controlTypeName(ControlType t)
{
    return t == ControlType::Automated ? tr("Automated") : tr("Manual");
}

std::optional<QString> validateControl(const Control &c)
{
    if (c.id.trimmed().isEmpty())
        return tr("control id: required");
    if (c.id != c.id.trimmed())
        return tr("control id: \"%1\" has leading or trailing spaces").arg(c.id);
    if (c.description.trimmed().isEmpty())
        return tr("description: control %1 needs a description").arg(c.id);
    if (c.criteria.isEmpty())
        return tr("criteria: control %1 must be mapped to at least one criterion").arg(c.id);
    return std::nullopt;
}

QStringList splitCriteriaList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[;,\\s]+"));
    QStringList out;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString id = part.toUpper();
        if (!out.contains(id))
            out << id;
    }
    return out;
}

} // namespace Tickmark::Core
