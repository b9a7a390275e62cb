// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSet>
#include <QString>

namespace Tickmark::Core {

/// Readable text for an entry name's bytes: valid UTF-8 is decoded; every byte that is not part of a valid
/// UTF-8 sequence, and every control character, is shown as \xNN (two lower-case hex digits). Never fails.
QString displayPath(QByteArrayView raw);

/// The outcome of checking an entry name against the path policy (docs/evidence.md).
struct EntryPathCheck
{
    QByteArray normalized; ///< "a/b.txt": "." segments, empty segments and a trailing "/" removed
    QString problem;       ///< empty if acceptable; else why the entry is skipped
};

/// Applies the path policy to @p raw: an empty name, an absolute path ("/x", "\x", "C:x", "//server/x") and any
/// ".." segment (with "/" or "\" as separators) are refused with a reason. Pure function.
EntryPathCheck checkEntryPath(QByteArrayView raw);

/// @p path itself if it is not in @p used, else the first free "name (2).ext", "name (3).ext", …, inserted
/// before the extension of the last segment. The returned path is added to @p used.
QString uniquePath(const QString &path, QSet<QString> &used);

} // namespace Tickmark::Core
