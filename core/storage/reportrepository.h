// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

namespace Tickmark::Core {

class Database;

/// Storage of report templates, the description of the system and the opinion choice.
class ReportRepository final
{
public:
    explicit ReportRepository(const Database &db) : m_db(db) {}

private:
    const Database &m_db;
};

} // namespace Tickmark::Core
