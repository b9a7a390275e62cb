// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "common/sha256.h"

#include <QDir>
#include <QFile>
#include <QtTest>

namespace Tickmark::Test {

Core::Actor preparer()
{
    return Core::Actor{QStringLiteral("Pat Preparer"), QStringLiteral("PP"), Core::Role::Preparer};
}

std::shared_ptr<Core::FixedClock> fixedClock()
{
    return std::make_shared<Core::FixedClock>(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
}

Core::EngagementDetails typeTwoDetails()
{
    Core::EngagementDetails d;
    d.client = QStringLiteral("Example Cloud Ltd");
    d.system = QStringLiteral("Example Platform");
    d.type = Core::ReportType::TypeII;
    d.periodFrom = QDate(2026, 1, 1);
    d.periodTo = QDate(2026, 9, 30);
    d.categories = {Core::Category::Security, Core::Category::Availability};
    d.firm = QStringLiteral("Tally & Mark LLP");
    d.firmCity = QStringLiteral("Denver, Colorado");
    d.partner = QStringLiteral("Jo Partner, CPA");
    return d;
}

std::unique_ptr<Core::Workpaper> createWorkpaper(const QString &path)
{
    auto wp = Core::Workpaper::create(path, typeTwoDetails(), preparer(), fixedClock());
    if (!wp) {
        qWarning("createWorkpaper failed: %s", qPrintable(wp.error().detail));
        return nullptr;
    }
    return std::move(*wp);
}

QString corpusPath(const QString &sub)
{
    const QString path = QDir::cleanPath(QStringLiteral(TICKMARK_SOURCE_DIR "/../shared/corpus/") + sub);
    return QFileInfo::exists(path) ? path : QString();
}

Core::Control control(const QString &id, const QStringList &criteria, const QString &description)
{
    Core::Control c;
    c.id = id;
    c.description = description;
    c.criteria = criteria;
    return c;
}

QByteArray fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return Core::Sha256::hex(f.readAll());
}

} // namespace Tickmark::Test
