// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace Tickmark::Ui {

/// Help ▸ About Tickmark: what the program is, its version and licence, and the versions of the libraries in use
/// (Qt, SQLite, libarchive, OpenSSL, libxlsxwriter, Poppler), which support needs first when something goes wrong.
/// Object names: "aboutDialog", "aboutVersions" (the library table), "aboutCopy" (copies the versions as text).
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    /// "Tickmark 0.1.0" and one "Library version" line per library, as copied to the clipboard.
    static QString versionReport();
};

} // namespace Tickmark::Ui
