// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

namespace Tickmark::Core {

class Database;

/// Storage of review notes, sign-offs and the lock history.
class ReviewRepository final
{
public:
    explicit ReviewRepository(const Database &db) : m_db(db) {}

private:
    const Database &m_db;
};

} // namespace Tickmark::Core
