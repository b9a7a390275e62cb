// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "criterion.h"

#include "io/csvreader.h"

#include <QFile>
#include <QHash>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcCriteria, "tickmark.criteria", QtWarningMsg)

namespace Tickmark::Core {

namespace {

struct Library
{
    QList<Criterion> criteria;
    QHash<QString, int> index;
};

Library load()
{
    Library lib;
    QFile f(QStringLiteral(":/tickmark/criteria/tsc2017.csv"));
    if (!f.open(QIODevice::ReadOnly)) {
        qCCritical(lcCriteria) << "the criteria resource is missing";
        return lib;
    }
    const auto table = readCsv(f.readAll());
    if (!table) {
        qCCritical(lcCriteria) << "the criteria resource is unreadable:" << table.error().detail;
        return lib;
    }
    for (qsizetype i = 1; i < table->records.size(); ++i) {
        const QStringList &r = table->records.at(i);
        if (r.size() < 4)
            continue;
        const auto category = categoryFromKey(r.at(1));
        lib.index.insert(r.at(0), static_cast<int>(lib.criteria.size()));
        lib.criteria.append({r.at(0), category.value_or(Category::Security), r.at(2), r.at(3)});
    }
    return lib;
}

const Library &library()
{
    static const Library lib = load();
    return lib;
}

} // namespace

const QList<Criterion> &CriteriaCatalog::all()
{
    return library().criteria;
}

std::optional<Criterion> CriteriaCatalog::find(const QString &id)
{
    const int i = indexOf(id);
    if (i < 0)
        return std::nullopt;
    return library().criteria.at(i);
}

int CriteriaCatalog::indexOf(const QString &id)
{
    return library().index.value(id, -1);
}

QList<Criterion> CriteriaCatalog::inCategories(const QList<Category> &categories)
{
    QList<Criterion> out;
    for (const Criterion &c : all()) {
        if (categories.contains(c.category))
            out << c;
    }
    return out;
}

QStringList CriteriaCatalog::sorted(QStringList ids)
{
    ids.removeDuplicates();
    std::stable_sort(ids.begin(), ids.end(), [](const QString &a, const QString &b) {
        const int ia = indexOf(a);
        const int ib = indexOf(b);
        return (ia < 0 ? INT_MAX : ia) < (ib < 0 ? INT_MAX : ib);
    });
    return ids;
}

} // namespace Tickmark::Core
