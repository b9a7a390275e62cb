// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engagement/engagement.h"

#include <QMap>
#include <QObject>

#include <optional>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLayout;
class QLineEdit;
class QRadioButton;
class QWidget;

namespace Tickmark::Ui {

/// The input widgets for Core::EngagementDetails, shared by the New Engagement wizard and the Scope page.
///
/// The object creates the widgets (parented to @p parent) and lays them out in groups on request, so that the
/// wizard can spread them over pages and the Scope page can show them together. Widgets carry object names
/// ("clientEdit", "systemEdit", "typeIRadio", "typeIIRadio", "asOfEdit", "periodFromEdit", "periodToEdit",
/// "category-<key>", "firmEdit", "firmCityEdit", "partnerEdit", "periodLengthLabel") for tests.
class EngagementFields final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngagementFields)

public:
    explicit EngagementFields(QWidget *parent);

    /// The details as entered; Security is always included in the categories.
    Core::EngagementDetails details() const;
    /// Shows @p details; emits changed() once.
    void setDetails(const Core::EngagementDetails &details);
    /// Core's validation of the entered details: a message naming the field, or empty when valid.
    std::optional<QString> validate() const;
    /// Core's advice for the entered details (e.g. a Type II period shorter than 3 months).
    QStringList warnings() const;

    /// Form rows "Service organization" and "System".
    QLayout *createClientLayout();
    /// Type I / Type II choice with the as-of date and period dates, plus the period's length.
    QLayout *createReportTypeLayout();
    /// One check box per trust services category, each with a one-line explanation when @p explained.
    QLayout *createCategoriesLayout(bool explained);
    /// Form rows "Firm", "City" and "Engagement partner".
    QLayout *createFirmLayout();

    QLineEdit *clientEdit() const { return m_client; }
    QLineEdit *systemEdit() const { return m_system; }
    QRadioButton *typeIRadio() const { return m_typeI; }
    QRadioButton *typeIIRadio() const { return m_typeII; }
    QDateEdit *asOfEdit() const { return m_asOf; }
    QDateEdit *periodFromEdit() const { return m_periodFrom; }
    QDateEdit *periodToEdit() const { return m_periodTo; }
    QCheckBox *categoryBox(Core::Category category) const { return m_categories.value(category); }
    QLineEdit *firmEdit() const { return m_firm; }
    QLineEdit *firmCityEdit() const { return m_firmCity; }
    QLineEdit *partnerEdit() const { return m_partner; }

    /// The field a validation message refers to ("client: …" → the client edit), for focusing; may be null.
    QWidget *widgetForMessage(const QString &message) const;

    /// Date display format used throughout the engagement screens.
    static QString dateFormat();
    /// "9 months (273 days)" for a Type II period, empty when the dates are invalid or reversed.
    static QString describePeriod(const QDate &from, const QDate &to);

Q_SIGNALS:
    /// Any field was edited (or setDetails was called).
    void changed();

private:
    void updateTypeDependentState();
    QDateEdit *createDateEdit(const QString &objectName);

    QWidget *m_parent = nullptr;
    QLineEdit *m_client = nullptr;
    QLineEdit *m_system = nullptr;
    QRadioButton *m_typeI = nullptr;
    QRadioButton *m_typeII = nullptr;
    QDateEdit *m_asOf = nullptr;
    QDateEdit *m_periodFrom = nullptr;
    QDateEdit *m_periodTo = nullptr;
    QLabel *m_periodLength = nullptr;
    QMap<Core::Category, QCheckBox *> m_categories;
    QLineEdit *m_firm = nullptr;
    QLineEdit *m_firmCity = nullptr;
    QLineEdit *m_partner = nullptr;
    bool m_loading = false;
};

} // namespace Tickmark::Ui
