// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttext.h"

#include <QCoreApplication>
#include <QStringList>

namespace Tickmark::Ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tickmark::Ui", text);
}

} // namespace

QString opinionKindText(Core::OpinionKind kind)
{
    switch (kind) {
    case Core::OpinionKind::Unmodified:
        return tr("Unmodified opinion");
    case Core::OpinionKind::Qualified:
        return tr("Qualified opinion");
    case Core::OpinionKind::Adverse:
        return tr("Adverse opinion");
    case Core::OpinionKind::Disclaimer:
        return tr("Disclaimer of opinion");
    }
    return {};
}

QString opinionSummary(const Core::ReportOpinion &opinion)
{
    switch (opinion.kind) {
    case Core::OpinionKind::Unmodified:
        return tr("Unmodified opinion: every criterion in scope is met.");
    case Core::OpinionKind::Qualified:
        return tr("Qualified opinion: criteria not met: %1.").arg(opinion.criteriaNotMet.join(QStringLiteral(", ")));
    case Core::OpinionKind::Adverse:
    case Core::OpinionKind::Disclaimer:
        return tr("%1, chosen by the auditor: %2").arg(opinionKindText(opinion.kind), opinion.reason);
    }
    return {};
}

QString templateTitle(const QString &keyWithoutPrefix)
{
    QStringList parts = keyWithoutPrefix.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    for (QString &part : parts) {
        if (part == QLatin1String("type1"))
            part = tr("Type I");
        else if (part == QLatin1String("type2"))
            part = tr("Type II");
        else
            part.replace(QLatin1Char('_'), QLatin1Char(' '));
    }
    QString text = parts.join(QStringLiteral(" \u203a "));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace Tickmark::Ui
