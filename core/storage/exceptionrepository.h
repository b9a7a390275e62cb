// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

namespace Tickmark::Core {

class Database;

/// Storage of exceptions and evaluation settings.
class ExceptionRepository final
{
public:
    explicit ExceptionRepository(const Database &db) : m_db(db) {}

private:
    const Database &m_db;
};

} // namespace Tickmark::Core
