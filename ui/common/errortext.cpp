// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "errortext.h"

#include <QCoreApplication>

namespace Tickmark::Ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tickmark::Ui", text);
}

} // namespace

QString errorHeadline(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument:
        return tr("A value is missing or not valid.");
    case ErrorCode::NotFound:
        return tr("The item no longer exists.");
    case ErrorCode::AlreadyExists:
        return tr("The name is already taken.");
    case ErrorCode::FileError:
        return tr("The file cannot be read or written.");
    case ErrorCode::NotAWorkpaper:
        return tr("This file is not a Tickmark workpaper.");
    case ErrorCode::Corrupt:
        return tr("The workpaper is damaged.");
    case ErrorCode::TooNew:
        return tr("The workpaper was saved by a newer version of Tickmark.");
    case ErrorCode::Database:
        return tr("The workpaper could not be updated.");
    case ErrorCode::ImportFailed:
        return tr("The import was rejected; nothing was changed.");
    case ErrorCode::Locked:
        return tr("The engagement is locked because its report was issued.");
    case ErrorCode::PermissionDenied:
        return tr("Your role does not allow this.");
    case ErrorCode::IntegrityFailure:
        return tr("An integrity check failed.");
    case ErrorCode::Cancelled:
        return tr("Cancelled.");
    }
    return tr("Something went wrong.");
}

QString errorSentence(const QString &detail)
{
    QString text = detail.trimmed();
    if (text.isEmpty())
        return text;
    text[0] = text.at(0).toUpper();
    if (!text.endsWith(QLatin1Char('.')) && !text.endsWith(QLatin1Char('?')) && !text.endsWith(QLatin1Char('!')))
        text += QLatin1Char('.');
    return text;
}

QString describeError(const Error &error)
{
    const QString detail = errorSentence(error.detail);
    if (detail.isEmpty())
        return errorHeadline(error.code);
    return QStringLiteral("%1\n\n%2").arg(errorHeadline(error.code), detail);
}

} // namespace Tickmark::Ui
