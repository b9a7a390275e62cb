// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "criteriaedit.h"

#include "controls/control.h"
#include "criteria/criterion.h"
#include "settings/appearance.h"

#include <QCompleter>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QValidator>

#include <algorithm>

namespace Tickmark::Ui {

namespace {

const QRegularExpression &separators()
{
    static const QRegularExpression re(QStringLiteral("[;,\\s]+"));
    return re;
}

/// Where the id being typed starts: just after the last separator.
qsizetype lastTokenStart(const QString &text)
{
    qsizetype start = 0;
    for (auto it = separators().globalMatch(text); it.hasNext();)
        start = it.next().capturedEnd();
    return start;
}

/// Completes only the last id of the list and keeps the ones before it.
class TokenCompleter final : public QCompleter
{
public:
    using QCompleter::QCompleter;

    QStringList splitPath(const QString &path) const override { return {path.mid(lastTokenStart(path))}; }

    QString pathFromIndex(const QModelIndex &index) const override
    {
        const auto *edit = qobject_cast<const QLineEdit *>(widget());
        const QString text = edit ? edit->text() : QString();
        return text.left(lastTokenStart(text)) + index.data(Qt::EditRole).toString();
    }
};

class CriteriaValidator final : public QValidator
{
public:
    using QValidator::QValidator;

    State validate(QString &input, int &pos) const override
    {
        Q_UNUSED(pos)
        const QStringList ids = Core::splitCriteriaList(input);
        if (ids.isEmpty())
            return Intermediate;
        for (const QString &id : ids) {
            if (Core::CriteriaCatalog::indexOf(id) < 0)
                return Intermediate; // still typing, or a typo the user must see and fix
        }
        return Acceptable;
    }
};

QStandardItemModel *catalogModel(QObject *parent)
{
    auto *model = new QStandardItemModel(parent);
    for (const Core::Criterion &c : Core::CriteriaCatalog::all()) {
        auto *item = new QStandardItem(c.id);
        item->setToolTip(c.title);
        model->appendRow(item);
    }
    return model;
}

} // namespace

CriteriaEdit::CriteriaEdit(QWidget *parent)
    : QLineEdit(parent)
{
    auto *completer = new TokenCompleter(catalogModel(this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(completer);
    setValidator(new CriteriaValidator(this));
    setPlaceholderText(tr("e.g. CC6.1, CC6.2"));
    setClearButtonEnabled(true);
    connect(this, &QLineEdit::textChanged, this, &CriteriaEdit::updateLook);
    connect(this, &QLineEdit::editingFinished, this, &CriteriaEdit::updateLook);
}

QStringList CriteriaEdit::ids() const
{
    return Core::CriteriaCatalog::sorted(Core::splitCriteriaList(text()));
}

void CriteriaEdit::setIds(const QStringList &ids)
{
    setText(ids.join(QStringLiteral(", ")));
}

std::optional<QString> CriteriaEdit::problem() const
{
    const QStringList list = Core::splitCriteriaList(text());
    if (list.isEmpty())
        return tr("Criteria: map the control to at least one criterion.");
    for (const QString &id : list) {
        if (Core::CriteriaCatalog::indexOf(id) < 0)
            return tr("Criteria: %1 is not a trust services criterion.").arg(id);
    }
    return std::nullopt;
}

void CriteriaEdit::updateLook()
{
    // While typing, only ids followed by a separator count: a half-typed last id is not an error yet.
    const QString finished = hasFocus() ? text().left(lastTokenStart(text())) : text();
    const QStringList ids = Core::splitCriteriaList(finished);
    const bool flagged =
        std::any_of(ids.cbegin(), ids.cend(), [](const QString &id) { return Core::CriteriaCatalog::indexOf(id) < 0; });
    QPalette pal = palette();
    const QPalette base; // the application palette, as it is now (light or dark)
    const QColor bad = isDarkPalette(base) ? toneText(Tone::Bad, base) : QColor(0xB0, 0x20, 0x10);
    pal.setColor(QPalette::Text, flagged ? bad : base.color(QPalette::Text));
    setPalette(pal);
    setToolTip(problem().value_or(QString()));
}

} // namespace Tickmark::Ui
