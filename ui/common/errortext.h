// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>

namespace Tickmark::Ui {

/// A translated one-line headline for @p code, e.g. "This file is not a Tickmark workpaper."
QString errorHeadline(ErrorCode code);

/// Core's detail made presentable as a sentence: first letter upper-cased, a final full stop added.
QString errorSentence(const QString &detail);

/// Headline and detail for a message box or banner: "Headline\n\nDetail." (the detail alone if it is empty).
QString describeError(const Error &error);

} // namespace Tickmark::Ui
