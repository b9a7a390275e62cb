// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scopedialogs.h"

#include "common/errortext.h"
#include "common/messagebanner.h"
#include "controls/control.h"
#include "criteria/criterion.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Tickmark::Ui {

namespace {

QPlainTextEdit *textEdit(const QString &objectName, int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

QDialogButtonBox *okCancel(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

QVBoxLayout *dialogLayout(QDialog *dialog)
{
    auto *layout = new QVBoxLayout(dialog);
    layout->setContentsMargins(18, 18, 18, 14);
    layout->setSpacing(12);
    return layout;
}

} // namespace

QString subserviceMethodName(Core::SubserviceMethod method)
{
    return method == Core::SubserviceMethod::Inclusive ? SubserviceDialog::tr("Inclusive")
                                                       : SubserviceDialog::tr("Carve-out");
}

SubserviceDialog::SubserviceDialog(const Core::SubserviceOrg &org, QWidget *parent)
    : QDialog(parent)
    , m_id(org.id)
{
    setObjectName(QStringLiteral("subserviceDialog"));
    setWindowTitle(org.id == 0 ? tr("Add Subservice Organization") : tr("Edit Subservice Organization"));
    setMinimumWidth(560);
    auto *layout = dialogLayout(this);
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_name = new QLineEdit(org.name, this);
    m_name->setObjectName(QStringLiteral("subserviceNameEdit"));
    form->addRow(tr("&Name:"), m_name);
    m_services = textEdit(QStringLiteral("subserviceServicesEdit"), 3, this);
    m_services->setPlainText(org.services);
    m_services->setPlaceholderText(tr("What the organization does for the service organization"));
    form->addRow(tr("&Services:"), m_services);
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("subserviceMethodCombo"));
    m_method->addItem(subserviceMethodName(Core::SubserviceMethod::CarveOut),
                      static_cast<int>(Core::SubserviceMethod::CarveOut));
    m_method->addItem(subserviceMethodName(Core::SubserviceMethod::Inclusive),
                      static_cast<int>(Core::SubserviceMethod::Inclusive));
    m_method->setCurrentIndex(org.method == Core::SubserviceMethod::Inclusive ? 1 : 0);
    m_method->setToolTip(tr("Carve-out: the subservice organization's controls are excluded from the examination.\n"
                            "Inclusive: they are described and tested as part of the system."));
    form->addRow(tr("&Method:"), m_method);
    m_csocs = textEdit(QStringLiteral("subserviceCsocsEdit"), 5, this);
    m_csocs->setPlainText(org.csocs);
    m_csocs->setPlaceholderText(tr("Complementary subservice organization controls assumed in the design"));
    form->addRow(tr("&CSOCs:"), m_csocs);
    layout->addLayout(form, 1);
    layout->addWidget(okCancel(this));
}

Core::SubserviceOrg SubserviceDialog::organization() const
{
    Core::SubserviceOrg org;
    org.id = m_id;
    org.name = m_name->text().simplified();
    org.services = m_services->toPlainText().trimmed();
    org.method = static_cast<Core::SubserviceMethod>(m_method->currentData().toInt());
    org.csocs = m_csocs->toPlainText().trimmed();
    return org;
}

void SubserviceDialog::accept()
{
    if (const auto problem = Core::validateSubservice(organization())) {
        m_banner->showMessage(MessageBanner::Kind::Error, errorSentence(*problem));
        (organization().name.isEmpty() ? static_cast<QWidget *>(m_name) : m_services)->setFocus();
        return;
    }
    QDialog::accept();
}

CuecDialog::CuecDialog(const Core::Cuec &cuec, QWidget *parent)
    : QDialog(parent)
    , m_id(cuec.id)
{
    setObjectName(QStringLiteral("cuecDialog"));
    setWindowTitle(cuec.id == 0 ? tr("Add CUEC") : tr("Edit CUEC"));
    setMinimumWidth(560);
    auto *layout = dialogLayout(this);
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_text = textEdit(QStringLiteral("cuecTextEdit"), 4, this);
    m_text->setPlainText(cuec.text);
    m_text->setPlaceholderText(tr("User entities are responsible for …"));
    form->addRow(tr("&Control:"), m_text);
    m_criteria = new QLineEdit(cuec.criteria.join(QStringLiteral(", ")), this);
    m_criteria->setObjectName(QStringLiteral("cuecCriteriaEdit"));
    m_criteria->setPlaceholderText(tr("e.g. CC6.1, CC6.2"));
    QStringList ids;
    for (const Core::Criterion &c : Core::CriteriaCatalog::all())
        ids << c.id;
    auto *completer = new QCompleter(ids, m_criteria);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_criteria->setCompleter(completer);
    form->addRow(tr("Related &criteria:"), m_criteria);
    auto *hint = new QLabel(tr("Separate criterion ids with commas or semicolons."), this);
    hint->setEnabled(false);
    form->addRow(QString(), hint);
    layout->addLayout(form, 1);
    layout->addWidget(okCancel(this));
}

Core::Cuec CuecDialog::cuec() const
{
    Core::Cuec c;
    c.id = m_id;
    c.text = m_text->toPlainText().trimmed();
    c.criteria = Core::CriteriaCatalog::sorted(Core::splitCriteriaList(m_criteria->text()));
    return c;
}

void CuecDialog::accept()
{
    const Core::Cuec entered = cuec();
    if (const auto problem = Core::validateCuec(entered)) {
        m_banner->showMessage(MessageBanner::Kind::Error, errorSentence(*problem));
        m_text->setFocus();
        return;
    }
    for (const QString &id : entered.criteria) {
        if (!Core::CriteriaCatalog::find(id)) {
            m_banner->showMessage(MessageBanner::Kind::Error,
                                  tr("Related criteria: %1 is not a trust services criterion.").arg(id));
            m_criteria->setFocus();
            return;
        }
    }
    QDialog::accept();
}

std::optional<Core::SubserviceOrg> DialogScopeEditor::editSubservice(QWidget *parent,
                                                                     const Core::SubserviceOrg &initial)
{
    SubserviceDialog dialog(initial, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.organization();
}

std::optional<Core::Cuec> DialogScopeEditor::editCuec(QWidget *parent, const Core::Cuec &initial)
{
    CuecDialog dialog(initial, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.cuec();
}

} // namespace Tickmark::Ui
