// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdesignpanel.h"

#include "common/errortext.h"
#include "common/prompter.h"
#include "common/tonestyle.h"
#include "testingtext.h"
#include "workpaper/workpaper.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tickmark::Ui {

namespace {

constexpr int kKeyRole = Qt::UserRole + 1; // procedure number (int) or attribute letter (QString)
constexpr int kKindRole = Qt::UserRole + 2;
constexpr int kTextRole = Qt::UserRole + 3;

QPushButton *smallButton(const QString &text, const QString &name, const QString &tip, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setToolTip(tip);
    // Compact: the text plus a little padding, not the style's minimum push-button width.
    button->setFixedWidth(button->fontMetrics().horizontalAdvance(text) + 20);
    return button;
}

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

    m_editProcedure = smallButton(tr("Edit…"), QStringLiteral("editProcedureButton"),
                                  tr("Change the chosen procedure's kind or text (F2)"), this);
    m_removeProcedure = smallButton(tr("Remove"), QStringLiteral("removeProcedureButton"),
                                    tr("Remove the chosen procedure (Delete)"), this);
    m_editAttribute = smallButton(tr("Edit…"), QStringLiteral("editAttributeButton"),
                                  tr("Change what the chosen attribute checks (F2)"), this);
    m_removeAttribute = smallButton(tr("Remove"), QStringLiteral("removeAttributeButton"),
                                    tr("Remove the chosen attribute and its grid column (Delete)"), this);
    m_editProcedure->setAccessibleName(tr("Edit procedure"));
    m_removeProcedure->setAccessibleName(tr("Remove procedure"));
    m_editAttribute->setAccessibleName(tr("Edit attribute"));
    m_removeAttribute->setAccessibleName(tr("Remove attribute"));
    auto *procHead = new QHBoxLayout;
    procHead->addWidget(procTitle, 1);
    procHead->addWidget(m_addProcedure);
    procHead->addWidget(m_editProcedure);
    procHead->addWidget(m_removeProcedure);
    auto *attrHead = new QHBoxLayout;
    attrHead->addWidget(attrTitle, 1);
    attrHead->addWidget(m_addAttribute);
    attrHead->addWidget(m_editAttribute);
    attrHead->addWidget(m_removeAttribute);
    grid->addLayout(procHead, 0, 0);
    grid->addLayout(attrHead, 0, 1);
    m_procedures = designList(QStringLiteral("procedureList"), this);
    m_attributes = designList(QStringLiteral("attributeList"), this);
    m_procedures->setAccessibleName(tr("Procedures"));
    m_attributes->setAccessibleName(tr("Attributes"));
    m_procedures->installEventFilter(this);
    m_attributes->installEventFilter(this);
    grid->addWidget(m_procedures, 1, 0);
    grid->addWidget(m_attributes, 1, 1);

    m_warning = new QLabel(tr("⚠ Inquiry alone is not sufficient evidence: add an observation, inspection or"
                              " reperformance."),
                           this);
    m_warning->setObjectName(QStringLiteral("inquiryWarning"));
    m_warning->setWordWrap(true);
    setPaletteStyleSheet(m_warning, [](const QPalette &palette) {
        const bool dark = isDarkPalette(palette);
        const QColor fill = dark ? toneBackground(Tone::Warning, palette) : QColor(0xFF, 0xF4, 0xD6);
        const QColor border = dark ? toneBorder(Tone::Warning, palette) : QColor(0xE0, 0xB8, 0x4A);
        const QColor text = dark ? toneText(Tone::Warning, palette) : QColor(0x6B, 0x4A, 0x00);
        return QStringLiteral("QLabel { background: %1; border: 1px solid %2; border-radius: 3px; padding: 4px 6px;"
                              " color: %3; }")
            .arg(fill.name(), border.name(), text.name());
    });
    m_warning->hide();
    grid->addWidget(m_warning, 2, 0, 1, 2);

    connect(m_addProcedure, &QPushButton::clicked, this, &TestDesignPanel::chooseProcedure);
    connect(m_addAttribute, &QPushButton::clicked, this, &TestDesignPanel::chooseAttribute);
    connect(m_editProcedure, &QPushButton::clicked, this, &TestDesignPanel::editCurrentProcedure);
    connect(m_removeProcedure, &QPushButton::clicked, this, &TestDesignPanel::removeCurrentProcedure);
    connect(m_editAttribute, &QPushButton::clicked, this, &TestDesignPanel::editCurrentAttribute);
    connect(m_removeAttribute, &QPushButton::clicked, this, &TestDesignPanel::removeCurrentAttribute);
    connect(m_procedures, &QListWidget::itemDoubleClicked, this, &TestDesignPanel::editCurrentProcedure);
    connect(m_attributes, &QListWidget::itemDoubleClicked, this, &TestDesignPanel::editCurrentAttribute);
    connect(m_procedures, &QListWidget::currentRowChanged, this, &TestDesignPanel::updateButtons);
    connect(m_attributes, &QListWidget::currentRowChanged, this, &TestDesignPanel::updateButtons);
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
        int number = 0;
        for (const Core::TestProcedure &p : *procedures) {
            auto *item = new QListWidgetItem(tr("%1: %2").arg(procedureKindName(p.kind), p.text), m_procedures);
            item->setData(kKeyRole, ++number);
            item->setData(kKindRole, static_cast<int>(p.kind));
            item->setData(kTextRole, p.text);
        }
        m_warning->setVisible(Core::inquiryOnly(*procedures));
        if (procedures->isEmpty())
            m_procedures->addItem(tr("No procedures yet"));
    }
    if (const auto attributes = m_workpaper.testing().attributes(m_controlId)) {
        for (const Core::TestAttribute &a : *attributes) {
            auto *item = new QListWidgetItem(tr("%1  %2").arg(a.letter, a.text), m_attributes);
            item->setData(kKeyRole, a.letter);
            item->setData(kTextRole, a.text);
        }
        if (attributes->isEmpty())
            m_attributes->addItem(tr("No attributes yet: add one to get a grid column"));
    }
    updateButtons();
}

void TestDesignPanel::updateButtons()
{
    const auto chosen = [](QListWidget *list) {
        return list->currentItem() != nullptr && list->currentItem()->data(kKeyRole).isValid();
    };
    m_editProcedure->setEnabled(chosen(m_procedures));
    m_removeProcedure->setEnabled(chosen(m_procedures));
    m_editAttribute->setEnabled(chosen(m_attributes));
    m_removeAttribute->setEnabled(chosen(m_attributes));
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

bool TestDesignPanel::procedureDialog(const QString &title, Core::ProcedureKind &kind, QString &text)
{
    QDialog dialog(this);
    dialog.setWindowTitle(title);
    auto *form = new QFormLayout(&dialog);
    auto *kinds = new QComboBox(&dialog);
    for (auto k : {Core::ProcedureKind::Inspection, Core::ProcedureKind::Reperformance,
                   Core::ProcedureKind::Observation, Core::ProcedureKind::Inquiry})
        kinds->addItem(procedureKindName(k), static_cast<int>(k));
    kinds->setCurrentIndex(kinds->findData(static_cast<int>(kind)));
    auto *edit = new QPlainTextEdit(text, &dialog);
    edit->setPlaceholderText(tr("What the auditor does, e.g. inspect the approval in the change ticket"));
    edit->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(tr("Kind:"), kinds);
    form->addRow(tr("Procedure:"), edit);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    kind = static_cast<Core::ProcedureKind>(kinds->currentData().toInt());
    text = edit->toPlainText();
    return true;
}

void TestDesignPanel::chooseProcedure()
{
    Core::ProcedureKind kind = Core::ProcedureKind::Inspection;
    QString text;
    if (procedureDialog(tr("Add Procedure to %1").arg(m_controlId), kind, text))
        addProcedure(kind, text);
}

void TestDesignPanel::editCurrentProcedure()
{
    QListWidgetItem *item = m_procedures->currentItem();
    if (!item || !item->data(kKeyRole).isValid())
        return;
    auto kind = static_cast<Core::ProcedureKind>(item->data(kKindRole).toInt());
    QString text = item->data(kTextRole).toString();
    const int number = item->data(kKeyRole).toInt();
    if (procedureDialog(tr("Edit Procedure %1 of %2").arg(QString::number(number), m_controlId), kind, text))
        updateProcedure(number, kind, text);
}

void TestDesignPanel::removeCurrentProcedure()
{
    if (QListWidgetItem *item = m_procedures->currentItem(); item && item->data(kKeyRole).isValid())
        removeProcedure(item->data(kKeyRole).toInt());
}

void TestDesignPanel::editCurrentAttribute()
{
    QListWidgetItem *item = m_attributes->currentItem();
    if (!item || !item->data(kKeyRole).isValid())
        return;
    const QString letter = item->data(kKeyRole).toString();
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Edit Attribute %1 of %2").arg(letter, m_controlId),
                                               tr("What is checked on each sample item:"), QLineEdit::Normal,
                                               item->data(kTextRole).toString(), &ok);
    if (ok)
        updateAttribute(letter, text);
}

void TestDesignPanel::removeCurrentAttribute()
{
    if (QListWidgetItem *item = m_attributes->currentItem(); item && item->data(kKeyRole).isValid())
        removeAttribute(item->data(kKeyRole).toString());
}

bool TestDesignPanel::confirm(const QString &title, const QString &text)
{
    if (m_prompter)
        return m_prompter->confirm(this, title, text);
    MessageBoxPrompter prompter;
    return prompter.confirm(this, title, text);
}

bool TestDesignPanel::updateProcedure(int number, Core::ProcedureKind kind, const QString &text)
{
    if (auto ok = m_workpaper.testing().updateProcedure(m_controlId, number, kind, text); !ok) {
        Q_EMIT errorOccurred(tr("The procedure was not changed. %1").arg(errorSentence(ok.error().detail)));
        return false;
    }
    reload();
    Q_EMIT statusMessage(tr("Procedure %1 of %2 changed.").arg(QString::number(number), m_controlId));
    return true;
}

bool TestDesignPanel::removeProcedure(int number)
{
    const auto procedures = m_workpaper.testing().procedures(m_controlId);
    if (!procedures || number < 1 || number > procedures->size())
        return false;
    const Core::TestProcedure &p = procedures->at(number - 1);
    if (!confirm(tr("Remove Procedure"), tr("Remove procedure %1 of %2 (%3: %4)?")
                                             .arg(QString::number(number), m_controlId, procedureKindName(p.kind),
                                                  p.text)))
        return false;
    if (auto ok = m_workpaper.testing().removeProcedure(m_controlId, number); !ok) {
        Q_EMIT errorOccurred(tr("The procedure was not removed. %1").arg(errorSentence(ok.error().detail)));
        return false;
    }
    reload();
    Q_EMIT statusMessage(tr("Procedure %1 removed from %2.").arg(QString::number(number), m_controlId));
    return true;
}

bool TestDesignPanel::updateAttribute(const QString &letter, const QString &text)
{
    if (auto ok = m_workpaper.testing().updateAttribute(m_controlId, letter, text); !ok) {
        Q_EMIT errorOccurred(tr("The attribute was not changed. %1").arg(errorSentence(ok.error().detail)));
        return false;
    }
    reload();
    Q_EMIT statusMessage(tr("Attribute %1 of %2 changed.").arg(letter, m_controlId));
    return true;
}

bool TestDesignPanel::removeAttribute(const QString &letter)
{
    const auto usage = m_workpaper.testing().attributeUsage(m_controlId, letter);
    if (!usage) {
        Q_EMIT errorOccurred(tr("The attribute was not removed. %1").arg(errorSentence(usage.error().detail)));
        return false;
    }
    const auto [results, references] = *usage;
    const QString question =
        results == 0
            ? tr("Remove attribute %1 of %2 and its grid column?").arg(letter, m_controlId)
            : tr("Attribute %1 of %2 has %3 recorded results and %4 evidence references. Removing the attribute"
                 " removes them too; the control's exceptions stay. Remove it?")
                  .arg(letter, m_controlId, QString::number(results), QString::number(references));
    if (!confirm(tr("Remove Attribute"), question))
        return false;
    if (auto ok = m_workpaper.testing().removeAttribute(m_controlId, letter, results > 0); !ok) {
        Q_EMIT errorOccurred(tr("The attribute was not removed. %1").arg(errorSentence(ok.error().detail)));
        return false;
    }
    reload();
    Q_EMIT statusMessage(tr("Attribute %1 removed from %2.").arg(letter, m_controlId));
    return true;
}

bool TestDesignPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && (watched == m_procedures || watched == m_attributes)) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const bool procedures = watched == m_procedures;
        if (key == Qt::Key_Delete) {
            procedures ? removeCurrentProcedure() : removeCurrentAttribute();
            return true;
        }
        if (key == Qt::Key_F2) {
            procedures ? editCurrentProcedure() : editCurrentAttribute();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
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
