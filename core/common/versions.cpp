// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "versions.h"

#include <archive.h>
#include <openssl/crypto.h>
#include <sqlite3.h>
#include <xlsxwriter.h>

#include <QtGlobal>

namespace Tickmark::Core {

QList<LibraryVersion> libraryVersions()
{
    // archive_version_string() reads "libarchive 3.6.2"; keep only the number.
    QString archive = QString::fromLatin1(archive_version_string());
    archive.remove(QStringLiteral("libarchive "));
    // OpenSSL_version() reads "OpenSSL 3.0.x 1 Jan 2024"; keep the version word.
    const QStringList openssl = QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)).split(QLatin1Char(' '));
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion())},
        {QStringLiteral("libarchive"), archive},
        {QStringLiteral("OpenSSL"), openssl.value(1, openssl.value(0))},
        {QStringLiteral("libxlsxwriter"), QStringLiteral(LXW_VERSION)},
        {QStringLiteral("Poppler"), QStringLiteral(TICKMARK_POPPLER_VERSION)},
    };
}

} // namespace Tickmark::Core
