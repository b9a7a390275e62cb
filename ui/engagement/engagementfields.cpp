// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engagementfields.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Tickmark::Ui {

namespace {

QString categoryExplanation(Core::Category category)
{
    switch (category) {
    case Core::Category::Security:
        return EngagementFields::tr("Protection against unauthorized access, use and damage: the common criteria "
                                    "CC1–CC9. Always in scope.");
    case Core::Category::Availability:
        return EngagementFields::tr("The system is available for operation and use as committed (A1).");
    case Core::Category::ProcessingIntegrity:
        return EngagementFields::tr("Processing is complete, valid, accurate, timely and authorized (PI1).");
    case Core::Category::Confidentiality:
        return EngagementFields::tr("Information designated as confidential is protected as committed (C1).");
    case Core::Category::Privacy:
        return EngagementFields::tr("Personal information is collected, used, retained, disclosed and disposed of "
                                    "as committed (P1–P8).");
    }
    return {};
}

QLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    label->setPalette(pal);
    return label;
}

} // namespace

EngagementFields::EngagementFields(QWidget *parent)
    : QObject(parent)
    , m_parent(parent)
{
    m_client = new QLineEdit(parent);
    m_client->setObjectName(QStringLiteral("clientEdit"));
    m_client->setPlaceholderText(tr("Legal name of the service organization"));
    m_system = new QLineEdit(parent);
    m_system->setObjectName(QStringLiteral("systemEdit"));
    m_system->setPlaceholderText(tr("The system as named in the report"));

    m_typeI = new QRadioButton(tr("Type &I: design of controls as of a date"), parent);
    m_typeI->setObjectName(QStringLiteral("typeIRadio"));
    m_typeII = new QRadioButton(tr("Type I&I: design and operating effectiveness over a period"), parent);
    m_typeII->setObjectName(QStringLiteral("typeIIRadio"));
    auto *typeGroup = new QButtonGroup(this);
    typeGroup->addButton(m_typeI);
    typeGroup->addButton(m_typeII);
    m_typeII->setChecked(true);

    const QDate today = QDate::currentDate();
    m_asOf = createDateEdit(QStringLiteral("asOfEdit"));
    m_asOf->setDate(today);
    m_periodFrom = createDateEdit(QStringLiteral("periodFromEdit"));
    m_periodFrom->setDate(QDate(today.year(), 1, 1));
    m_periodTo = createDateEdit(QStringLiteral("periodToEdit"));
    m_periodTo->setDate(QDate(today.year(), 12, 31));
    m_periodLength = hintLabel(QString(), parent);
    m_periodLength->setObjectName(QStringLiteral("periodLengthLabel"));

    for (Core::Category c : Core::allCategories()) {
        auto *box = new QCheckBox(Core::categoryName(c), parent);
        box->setObjectName(QStringLiteral("category-%1").arg(Core::categoryKey(c)));
        if (c == Core::Category::Security) {
            box->setChecked(true);
            box->setEnabled(false);
            box->setToolTip(tr("Security (the common criteria) is always in scope."));
        }
        connect(box, &QCheckBox::toggled, this, [this] {
            if (!m_loading)
                Q_EMIT changed();
        });
        m_categories.insert(c, box);
    }

    m_firm = new QLineEdit(parent);
    m_firm->setObjectName(QStringLiteral("firmEdit"));
    m_firm->setPlaceholderText(tr("Service auditor's firm"));
    m_firmCity = new QLineEdit(parent);
    m_firmCity->setObjectName(QStringLiteral("firmCityEdit"));
    m_firmCity->setPlaceholderText(tr("Printed with the firm's signature, e.g. Columbus, Ohio"));
    m_partner = new QLineEdit(parent);
    m_partner->setObjectName(QStringLiteral("partnerEdit"));
    m_partner->setPlaceholderText(tr("Engagement partner, e.g. Jo Smith, CPA"));

    const auto emitChanged = [this] {
        if (!m_loading)
            Q_EMIT changed();
    };
    for (QLineEdit *edit : {m_client, m_system, m_firm, m_firmCity, m_partner})
        connect(edit, &QLineEdit::textChanged, this, emitChanged);
    for (QDateEdit *edit : {m_asOf, m_periodFrom, m_periodTo})
        connect(edit, &QDateEdit::dateChanged, this, [this, emitChanged] {
            updateTypeDependentState();
            emitChanged();
        });
    connect(m_typeII, &QRadioButton::toggled, this, [this, emitChanged] {
        updateTypeDependentState();
        emitChanged();
    });
    updateTypeDependentState();
}

QDateEdit *EngagementFields::createDateEdit(const QString &objectName)
{
    auto *edit = new QDateEdit(m_parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(dateFormat());
    edit->setMinimumDate(QDate(2000, 1, 1));
    edit->setMaximumDate(QDate(2100, 12, 31));
    // Month abbreviations differ in length between languages ("Sep", "Sept."): fit the longest.
    int widest = 0;
    for (int month = 1; month <= 12; ++month)
        widest = qMax(widest,
                      edit->fontMetrics().horizontalAdvance(QLocale().toString(QDate(2026, month, 28), dateFormat())));
    edit->setMinimumWidth(widest + 48);
    return edit;
}

QString EngagementFields::dateFormat()
{
    return QStringLiteral("d MMM yyyy");
}

QString EngagementFields::describePeriod(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return {};
    const qint64 days = from.daysTo(to) + 1;
    // Whole months counted the way the criteria count them: Jan 1 – Mar 31 is 3 months.
    int months = (to.year() - from.year()) * 12 + (to.month() - from.month());
    if (to.addDays(1).day() == from.day())
        ++months;
    if (months < 1)
        return tr("%n day(s)", "", static_cast<int>(days));
    return tr("%n month(s)", "", months) + QStringLiteral(" (") + tr("%n day(s)", "", static_cast<int>(days)) +
           QLatin1Char(')');
}

void EngagementFields::updateTypeDependentState()
{
    const bool typeII = m_typeII->isChecked();
    m_asOf->setEnabled(!typeII);
    m_periodFrom->setEnabled(typeII);
    m_periodTo->setEnabled(typeII);
    m_periodLength->setEnabled(typeII);
    m_periodLength->setText(describePeriod(m_periodFrom->date(), m_periodTo->date()));
}

Core::EngagementDetails EngagementFields::details() const
{
    Core::EngagementDetails d;
    d.client = m_client->text().trimmed();
    d.system = m_system->text().trimmed();
    d.type = m_typeI->isChecked() ? Core::ReportType::TypeI : Core::ReportType::TypeII;
    if (d.type == Core::ReportType::TypeI) {
        d.asOf = m_asOf->date();
    } else {
        d.periodFrom = m_periodFrom->date();
        d.periodTo = m_periodTo->date();
    }
    d.categories.clear();
    for (auto it = m_categories.cbegin(); it != m_categories.cend(); ++it) {
        if (it.key() == Core::Category::Security || it.value()->isChecked())
            d.categories.append(it.key());
    }
    d.firm = m_firm->text().trimmed();
    d.firmCity = m_firmCity->text().trimmed();
    d.partner = m_partner->text().trimmed();
    return d;
}

void EngagementFields::setDetails(const Core::EngagementDetails &d)
{
    m_loading = true;
    m_client->setText(d.client);
    m_system->setText(d.system);
    (d.type == Core::ReportType::TypeI ? m_typeI : m_typeII)->setChecked(true);
    if (d.asOf.isValid())
        m_asOf->setDate(d.asOf);
    if (d.periodFrom.isValid())
        m_periodFrom->setDate(d.periodFrom);
    if (d.periodTo.isValid())
        m_periodTo->setDate(d.periodTo);
    for (auto it = m_categories.cbegin(); it != m_categories.cend(); ++it)
        it.value()->setChecked(it.key() == Core::Category::Security || d.inScope(it.key()));
    m_firm->setText(d.firm);
    m_firmCity->setText(d.firmCity);
    m_partner->setText(d.partner);
    m_loading = false;
    updateTypeDependentState();
    Q_EMIT changed();
}

std::optional<QString> EngagementFields::validate() const
{
    return Core::validateEngagement(details());
}

QStringList EngagementFields::warnings() const
{
    return Core::engagementWarnings(details());
}

QLayout *EngagementFields::createClientLayout()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Service &organization:"), m_client);
    form->addRow(tr("S&ystem:"), m_system);
    return form;
}

QLayout *EngagementFields::createReportTypeLayout()
{
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(8);
    grid->setColumnMinimumWidth(0, 18);
    grid->addWidget(m_typeI, 0, 0, 1, 6);
    auto *asOfLabel = new QLabel(tr("&As of:"), m_parent);
    asOfLabel->setBuddy(m_asOf);
    grid->addWidget(asOfLabel, 1, 1);
    grid->addWidget(m_asOf, 1, 2);
    grid->addItem(new QSpacerItem(0, 8), 2, 0);
    grid->addWidget(m_typeII, 3, 0, 1, 6);
    auto *fromLabel = new QLabel(tr("&From:"), m_parent);
    fromLabel->setBuddy(m_periodFrom);
    auto *toLabel = new QLabel(tr("&To:"), m_parent);
    toLabel->setBuddy(m_periodTo);
    grid->addWidget(fromLabel, 4, 1);
    grid->addWidget(m_periodFrom, 4, 2);
    grid->addWidget(toLabel, 4, 3);
    grid->addWidget(m_periodTo, 4, 4);
    grid->addWidget(m_periodLength, 4, 5);
    grid->setColumnStretch(5, 1);
    return grid;
}

QLayout *EngagementFields::createCategoriesLayout(bool explained)
{
    auto *box = new QVBoxLayout;
    box->setSpacing(explained ? 10 : 6);
    for (auto it = m_categories.cbegin(); it != m_categories.cend(); ++it) {
        if (!explained) {
            box->addWidget(it.value());
            continue;
        }
        auto *item = new QVBoxLayout;
        item->setSpacing(1);
        item->addWidget(it.value());
        auto *hint = hintLabel(categoryExplanation(it.key()), m_parent);
        hint->setIndent(24);
        item->addWidget(hint);
        box->addLayout(item);
    }
    return box;
}

QLayout *EngagementFields::createFirmLayout()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Firm:"), m_firm);
    form->addRow(tr("&City:"), m_firmCity);
    form->addRow(tr("Engagement &partner:"), m_partner);
    return form;
}

QWidget *EngagementFields::widgetForMessage(const QString &message) const
{
    const QString field = message.section(QLatin1Char(':'), 0, 0).trimmed().toLower();
    if (field == QLatin1String("client"))
        return m_client;
    if (field == QLatin1String("system"))
        return m_system;
    if (field == QLatin1String("as-of date"))
        return m_asOf;
    if (field == QLatin1String("period start"))
        return m_periodFrom;
    if (field == QLatin1String("period end"))
        return m_periodTo;
    return nullptr;
}

} // namespace Tickmark::Ui
