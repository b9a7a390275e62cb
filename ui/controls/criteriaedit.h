// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>
#include <QStringList>

#include <optional>

namespace Tickmark::Ui {

/// A line edit for a list of criterion ids ("CC6.1, CC6.2"): completes the id being typed from the catalog,
/// accepts the input only when every id exists, and shows unknown ids in the error colour.
class CriteriaEdit final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CriteriaEdit)

public:
    explicit CriteriaEdit(QWidget *parent = nullptr);

    /// The ids typed, upper-cased and de-duplicated, in catalog order (unknown ids last).
    QStringList ids() const;
    void setIds(const QStringList &ids);
    /// A field-named message when the input is empty or names an unknown criterion; empty when valid.
    std::optional<QString> problem() const;

private:
    void updateLook();
};

} // namespace Tickmark::Ui
