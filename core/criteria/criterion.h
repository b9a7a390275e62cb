// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engagement/engagement.h"

#include <QList>
#include <QString>

#include <optional>

namespace Tickmark::Core {

/// One of the 61 criteria of the 2017 Trust Services Criteria (revised points of focus 2022).
struct Criterion
{
    QString id;       ///< "CC6.1"
    Category category = Category::Security;
    QString series;   ///< "CC6 Logical and Physical Access Controls"
    QString title;    ///< short title in our own words
};

/// The shipped criteria library, loaded once from the :/tickmark/criteria resource. Thread-safe after first use.
class CriteriaCatalog final
{
public:
    /// All 61 criteria in catalog order.
    static const QList<Criterion> &all();
    static std::optional<Criterion> find(const QString &id);
    /// Position in catalog order, or -1: used to sort criterion ids naturally (CC1.2 before CC1.10).
    static int indexOf(const QString &id);
    /// The criteria of the given categories, in catalog order.
    static QList<Criterion> inCategories(const QList<Category> &categories);
    /// Sorts and de-duplicates ids in catalog order; unknown ids go last.
    static QStringList sorted(QStringList ids);
};

/// A criterion with the controls mapped to it.
struct CoverageRow
{
    Criterion criterion;
    QStringList controls;   ///< control ids
};

} // namespace Tickmark::Core
