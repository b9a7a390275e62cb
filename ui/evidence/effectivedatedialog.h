// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>

class QCheckBox;
class QDateEdit;

namespace Tickmark::Ui {

/// Asks for the date an evidence file speaks to (or none).
///
/// Object names: "effectiveDateCheck", "effectiveDateEdit".
class EffectiveDateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EffectiveDateDialog)

public:
    /// @p current may be null (no date yet; the edit then starts at @p fallback).
    EffectiveDateDialog(const QString &fileName, const QDate &current, const QDate &fallback,
                        QWidget *parent = nullptr);

    /// The chosen date, or a null date for "none".
    QDate date() const;
    void setDate(const QDate &date);

private:
    QCheckBox *m_has = nullptr;
    QDateEdit *m_edit = nullptr;
};

} // namespace Tickmark::Ui
