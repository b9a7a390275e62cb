// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tickmark::Core {

enum class Frequency { Annual, Quarterly, Monthly, Weekly, Daily, MultipleDaily, AdHoc };
enum class ControlType { Manual, Automated };

QList<Frequency> allFrequencies();
/// CLI spelling: annual|quarterly|monthly|weekly|daily|multiple-daily|ad-hoc.
QString frequencyKey(Frequency f);
/// Accepts the CLI spelling and common variants ("Multiple times a day", "as needed"), case-insensitively.
std::optional<Frequency> frequencyFromText(const QString &text);
QString frequencyName(Frequency f);   ///< translated
QString controlTypeKey(ControlType t);   ///< manual|automated
std::optional<ControlType> controlTypeFromText(const QString &text);
QString controlTypeName(ControlType t);   ///< translated

/// A control as stated in the client's control matrix, mapped to one or more criteria.
struct Control
{
    QString id;   ///< the client's control reference, unique in the engagement, e.g. "CTL-01"
    QString description;
    QStringList criteria;   ///< criterion ids in catalog order
    Frequency frequency = Frequency::AdHoc;
    ControlType type = ControlType::Manual;
    QString owner;
    bool key = false;   ///< a key control

    bool operator==(const Control &) const = default;
};

/// Field-named validation message for a control, or empty when valid. Criterion ids are checked by the service.
std::optional<QString> validateControl(const Control &control);

/// Splits "CC6.1; CC6.2,CC6.3" into trimmed, upper-cased ids.
QStringList splitCriteriaList(const QString &text);

} // namespace Tickmark::Core
