// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Tickmark::Core {

/// A library Tickmark uses and the version in use (run time where the library can tell, else build time).
struct LibraryVersion
{
    QString name;
    QString version;
};

/// Qt, SQLite, libarchive, OpenSSL, libxlsxwriter and Poppler (used by the PDF helper process), in that order.
QList<LibraryVersion> libraryVersions();

} // namespace Tickmark::Core
