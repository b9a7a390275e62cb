// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdesignpanel.h"

#include "common/errortext.h"
#include "testingtext.h"
#include "workpaper/workpaper.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tickmark::Ui {

namespace {

QListWidget *designList(const QString &name, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(name);
    list->setWordWrap(true);
    list->setAlternatingRowColors(true);
    list->setMaximumHeight(list->fontMetrics().height() * 4 + 14);
    return list;
}

} // namespace

TestDesignPanel::TestDesignPanel(Core::Workpaper &workpaper, QWidget *parent)
    : QWidget(parent)
    , m_workpaper(workpaper)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(4);

    auto *procTitle = new QLabel(tr("<b>Procedures</b>"), this);
    m_addProcedure = new QPushButton(tr("Add procedure…"), this);
    m_addProcedure->setObjectName(QStringLiteral("addProcedureButton"));
    auto *attrTitle = new QLabel(tr("<b>Attributes</b> (checked on every sample item)"), this);
    m_addAttribute = new QPushButton(tr("Add attribute…"), this);
    m_addAttribute->setObjectName(QStringLiteral("addAttributeButton"));

    auto *procHead = new QHBoxLayout;
    procHead->addWidget(procTitle, 1);
    procHead->addWidget(m_addProcedure);
    auto *attrHead = new QHBoxLayout;
    attrHead->addWidget(attrTitle, 1);
    attrHead->addWidget(m_addAttribute);
    grid->addLayout(procHead, 0, 0);
    grid->addLayout(attrHead, 0, 1);
    m_procedures = designList(QStringLiteral("procedureList"), this);
    m_attributes = designList(QStringLiteral("attributeList"), this);
    grid->addWidget(m_procedures, 1, 0);
    grid->addWidget(m_attributes, 1, 1);

    m_warning = new QLabel(tr("⚠ Inquiry alone is not sufficient evidence: add an observation, inspection or"
                              " reperformance."),
                           this);
    m_warning->setObjectName(QStringLiteral("inquiryWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("QLabel { background: #FFF4D6; border: 1px solid #E0B84A;"
                                            " border-radius: 3px; padding: 4px 6px; color: #6B4A00; }"));
    m_warning->hide();
    grid->addWidget(m_warning, 2, 0, 1, 2);

    connect(m_addProcedure, &QPushButton::clicked, this, &TestDesignPanel::chooseProcedure);
    connect(m_addAttribute, &QPushButton::clicked, this, &TestDesignPanel::chooseAttribute);
    setControl({});
}

void TestDesignPanel::setControl(const QString &controlId)
{
    m_controlId = controlId;
    reload();
}

void TestDesignPanel::reload()
{
    m_procedures->clear();
    m_attributes->clear();
    m_addProcedure->setEnabled(!m_controlId.isEmpty());
    m_addAttribute->setEnabled(!m_controlId.isEmpty());
    m_warning->hide();
    if (m_controlId.isEmpty())
        return;
    if (const auto procedures = m_workpaper.testing().procedures(m_controlId)) {
        for (const Core::TestProcedure &p : *procedures)
            m_procedures->addItem(tr("%1: %2").arg(procedureKindName(p.kind), p.text));
        m_warning->setVisible(Core::inquiryOnly(*procedures));
        if (procedures->isEmpty())
            m_procedures->addItem(tr("No procedures yet"));
    }
    if (const auto attributes = m_workpaper.testing().attributes(m_controlId)) {
        for (const Core::TestAttribute &a : *attributes)
            m_attributes->addItem(tr("%1  %2").arg(a.letter, a.text));
        if (attributes->isEmpty())
            m_attributes->addItem(tr("No attributes yet: add one to get a grid column"));
    }
}

bool TestDesignPanel::inquiryWarningShown() const
{
    return !m_warning->isHidden();
}

bool TestDesignPanel::addProcedure(Core::ProcedureKind kind, const QString &text)
{
    if (auto ok = m_workpaper.testing().addProcedure(m_controlId, kind, text); !ok) {
        Q_EMIT errorOccurred(tr("The procedure was not added. %1").arg(errorSentence(ok.error().detail)));
        return false;
    }
    reload();
    Q_EMIT statusMessage(tr("Procedure added to %1.").arg(m_controlId));
    return true;
}

bool TestDesignPanel::addAttribute(const QString &text)
{
    const auto added = m_workpaper.testing().addAttribute(m_controlId, {}, text);
    if (!added) {
        Q_EMIT errorOccurred(tr("The attribute was not added. %1").arg(errorSentence(added.error().detail)));
        return false;
    }
    reload();
    Q_EMIT statusMessage(tr("Attribute %1 added to %2.").arg(added->letter, m_controlId));
    return true;
}

void TestDesignPanel::chooseProcedure()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add Procedure to %1").arg(m_controlId));
    auto *form = new QFormLayout(&dialog);
    auto *kind = new QComboBox(&dialog);
    for (auto k : {Core::ProcedureKind::Inspection, Core::ProcedureKind::Reperformance,
                   Core::ProcedureKind::Observation, Core::ProcedureKind::Inquiry})
        kind->addItem(procedureKindName(k), static_cast<int>(k));
    auto *text = new QPlainTextEdit(&dialog);
    text->setPlaceholderText(tr("What the auditor does, e.g. inspect the approval in the change ticket"));
    text->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(tr("Kind:"), kind);
    form->addRow(tr("Procedure:"), text);
    form->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted)
        addProcedure(static_cast<Core::ProcedureKind>(kind->currentData().toInt()), text->toPlainText());
}

void TestDesignPanel::chooseAttribute()
{
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Add Attribute to %1").arg(m_controlId),
                                               tr("What is checked on each sample item:"), QLineEdit::Normal, {}, &ok);
    if (ok)
        addAttribute(text);
}

} // namespace Tickmark::Ui
