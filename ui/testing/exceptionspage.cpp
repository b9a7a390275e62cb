// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exceptionspage.h"

#include "common/errortext.h"
#include "common/messagebanner.h"
#include "common/pageheader.h"
#include "controls/control.h"
#include "controls/controlservice.h"
#include "review/reviewnotesdialog.h"
#include "settings/appearance.h"
#include "testingtext.h"
#include "workpaper/workpaper.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Tickmark::Ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QPlainTextEdit *textBox(const QString &name, int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().height() * lines + 14);
    return edit;
}

QString metText(const std::optional<bool> &met)
{
    if (!met)
        return ExceptionsPage::tr("Not concluded");
    return *met ? ExceptionsPage::tr("Met") : ExceptionsPage::tr("Not met");
}

} // namespace

ExceptionsPage::ExceptionsPage(Core::Workpaper &workpaper, QWidget *parent)
    : QWidget(parent)
    , m_workpaper(workpaper)
{
    auto *layout = new QVBoxLayout(this);
    applyPageMargins(layout);
    auto *header = new PageHeader(tr("Exceptions"),
                                  tr("Deviations found in testing and matters raised by hand, with the criteria they"
                                     " affect, management's response and your conclusion."),
                                  this);
    auto *raise = new QPushButton(tr("Raise exception…"), this);
    raise->setObjectName(QStringLiteral("raiseExceptionButton"));
    connect(raise, &QPushButton::clicked, this, &ExceptionsPage::chooseRaise);
    m_review = new QPushButton(reviewNotesActionText(0), this);
    m_review->setObjectName(QStringLiteral("exceptionReviewButton"));
    m_review->setEnabled(false);
    connect(m_review, &QPushButton::clicked, this, &ExceptionsPage::openReviewNotes);
    header->addTrailingWidget(m_review);
    header->addTrailingWidget(raise);
    layout->addWidget(header);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("exceptionsBanner"));
    layout->addWidget(m_banner);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_list = new QTreeWidget(splitter);
    m_list->setObjectName(QStringLiteral("exceptionList"));
    m_list->setAccessibleName(tr("Exceptions"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels(
        {tr("Control"), tr("Kind"), tr("Deviations"), tr("Criteria"), tr("Assessment"), tr("Criterion met")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    splitter->addWidget(m_list);
    splitter->addWidget(buildEditor());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        const qint64 id = item->data(ControlColumn, kIdRole).toLongLong();
        for (const Core::ControlException &x : std::as_const(m_exceptions)) {
            if (x.id == id)
                load(x);
        }
    });
    connect(&workpaper, &Core::Workpaper::changed, this, [this](const QString &object) {
        if (object.startsWith(QStringLiteral("exception")) || object.startsWith(QStringLiteral("control")))
            reload();
    });
    reload();
}

ExceptionsPage::~ExceptionsPage() = default;

QWidget *ExceptionsPage::buildEditor()
{
    m_editor = new QWidget(this);
    auto *outer = new QVBoxLayout(m_editor);
    outer->setContentsMargins(10, 0, 0, 0);
    m_title = new QLabel(m_editor);
    m_title->setObjectName(QStringLiteral("exceptionTitle"));
    m_title->setWordWrap(true);
    QFont font = m_title->font();
    font.setBold(true);
    m_title->setFont(font);
    outer->addWidget(m_title);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_description = textBox(QStringLiteral("exceptionDescription"), 3, m_editor);
    m_cause = textBox(QStringLiteral("exceptionCause"), 2, m_editor);
    m_criteria = new QLineEdit(m_editor);
    m_criteria->setObjectName(QStringLiteral("exceptionCriteria"));
    m_criteria->setPlaceholderText(tr("e.g. CC8.1, CC7.1"));
    m_response = textBox(QStringLiteral("managementResponse"), 3, m_editor);
    m_assessment = new QComboBox(m_editor);
    m_assessment->setObjectName(QStringLiteral("assessmentCombo"));
    for (auto a : {Core::ExceptionAssessment::Unassessed, Core::ExceptionAssessment::Isolated,
                   Core::ExceptionAssessment::Systematic})
        m_assessment->addItem(assessmentName(a), static_cast<int>(a));
    m_met = new QComboBox(m_editor);
    m_met->setObjectName(QStringLiteral("criterionMetCombo"));
    m_met->addItem(metText(std::nullopt), -1);
    m_met->addItem(metText(true), 1);
    m_met->addItem(metText(false), 0);
    m_reasoning = textBox(QStringLiteral("exceptionReasoning"), 3, m_editor);
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("Cause:"), m_cause);
    form->addRow(tr("Criteria:"), m_criteria);
    form->addRow(tr("Management's response:"), m_response);
    form->addRow(tr("Assessment:"), m_assessment);
    form->addRow(tr("Criterion met:"), m_met);
    form->addRow(tr("Reasoning:"), m_reasoning);
    outer->addLayout(form);
    m_save = new QPushButton(tr("Save"), m_editor);
    m_save->setObjectName(QStringLiteral("saveExceptionButton"));
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &ExceptionsPage::save);
    outer->addWidget(m_save, 0, Qt::AlignRight);
    outer->addStretch(1);
    m_editor->setEnabled(false);
    return m_editor;
}

void ExceptionsPage::reload()
{
    const auto all = m_workpaper.exceptions().list();
    if (!all) {
        reportError(tr("The exceptions could not be read. %1").arg(errorSentence(all.error().detail)));
        return;
    }
    m_exceptions = *all;
    const std::optional<qint64> current = m_current;
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const Core::ControlException &x : std::as_const(m_exceptions)) {
            auto *item = new QTreeWidgetItem(m_list);
            item->setData(ControlColumn, kIdRole, x.id);
            item->setText(ControlColumn, x.controlId);
            item->setText(KindColumn, exceptionKindName(x.kind));
            item->setText(DeviationsColumn, x.kind == Core::ExceptionKind::Operating
                                                ? tr("%1 of %2").arg(x.deviations).arg(x.sampleSize)
                                                : tr("—"));
            item->setText(CriteriaColumn, x.criteria.join(QStringLiteral(", ")));
            item->setText(AssessmentColumn, assessmentName(x.assessment));
            item->setText(MetColumn, metText(x.criterionMet));
            item->setToolTip(ControlColumn, x.description);
            if (x.criterionMet == false)
                item->setForeground(MetColumn, isDarkPalette(m_list->palette()) ? toneText(Tone::Bad, m_list->palette())
                                                                                : QColor(0xC6, 0x28, 0x28));
        }
    }
    if (!current || !showException(*current)) {
        m_current.reset();
        if (!m_exceptions.isEmpty())
            showException(m_exceptions.first().id);
        else {
            m_editor->setEnabled(false);
            m_review->setEnabled(false);
            m_title->setText(tr("No exceptions. Deviations recorded in the testing grid appear here."));
        }
    }
}

bool ExceptionsPage::showException(qint64 id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(ControlColumn, kIdRole).toLongLong() == id) {
            m_list->setCurrentItem(item);
            load(m_exceptions.at(i));
            return true;
        }
    }
    return false;
}

ReviewNotesDialog *ExceptionsPage::openReviewNotes()
{
    if (!m_current)
        return nullptr;
    const QString object = QStringLiteral("exception:%1").arg(*m_current);
    auto *dialog = Ui::openReviewNotes(m_workpaper, object, tr("exception %1").arg(*m_current), this);
    connect(dialog, &ReviewNotesDialog::statusMessage, this, &ExceptionsPage::statusMessage);
    return dialog; // a note added or cleared changes "exception:N": reload() shows the new count
}

void ExceptionsPage::load(const Core::ControlException &x)
{
    m_current = x.id;
    m_review->setEnabled(true);
    m_review->setText(reviewNotesActionText(openNoteCount(m_workpaper, QStringLiteral("exception:%1").arg(x.id))));
    m_editor->setEnabled(true);
    m_title->setText(x.kind == Core::ExceptionKind::Operating
                         ? tr("Exception %1 on %2 — %3 of %4 items deviated (raised by %5)")
                               .arg(x.id)
                               .arg(x.controlId)
                               .arg(x.deviations)
                               .arg(x.sampleSize)
                               .arg(x.raisedBy)
                         : tr("Exception %1 on %2 — %3 matter (raised by %4)")
                               .arg(x.id)
                               .arg(x.controlId, exceptionKindName(x.kind).toLower(), x.raisedBy));
    m_description->setPlainText(x.description);
    m_cause->setPlainText(x.cause);
    m_criteria->setText(x.criteria.join(QStringLiteral(", ")));
    m_response->setPlainText(x.managementResponse);
    m_assessment->setCurrentIndex(m_assessment->findData(static_cast<int>(x.assessment)));
    m_met->setCurrentIndex(m_met->findData(!x.criterionMet ? -1 : *x.criterionMet ? 1 : 0));
    m_reasoning->setPlainText(x.reasoning);
}

bool ExceptionsPage::save()
{
    if (!m_current)
        return false;
    Core::ExceptionUpdate update;
    update.description = m_description->toPlainText().trimmed();
    update.cause = m_cause->toPlainText().trimmed();
    update.criteria = Core::splitCriteriaList(m_criteria->text());
    update.managementResponse = m_response->toPlainText().trimmed();
    update.assessment = static_cast<Core::ExceptionAssessment>(m_assessment->currentData().toInt());
    const int met = m_met->currentData().toInt();
    update.criterionMet = met < 0 ? std::optional<bool>() : std::optional<bool>(met == 1);
    update.reasoning = m_reasoning->toPlainText().trimmed();
    const qint64 id = *m_current;
    if (auto ok = m_workpaper.exceptions().update(id, update); !ok) {
        reportError(tr("Exception %1 was not saved. %2").arg(id).arg(errorSentence(ok.error().detail)));
        return false;
    }
    m_banner->clear();
    Q_EMIT statusMessage(tr("Exception %1 saved.").arg(id));
    return true;
}

std::optional<qint64> ExceptionsPage::raise(const QString &controlId, Core::ExceptionKind kind,
                                            const QString &description)
{
    const auto id = m_workpaper.exceptions().raise(controlId, kind, description);
    if (!id) {
        reportError(tr("The exception was not raised. %1").arg(errorSentence(id.error().detail)));
        return std::nullopt;
    }
    reload();
    showException(*id);
    Q_EMIT statusMessage(tr("Exception %1 raised on %2.").arg(*id).arg(controlId));
    return *id;
}

void ExceptionsPage::chooseRaise()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Raise Exception"));
    auto *form = new QFormLayout(&dialog);
    auto *control = new QComboBox(&dialog);
    if (const auto controls = m_workpaper.controls().list()) {
        for (const Core::Control &c : *controls)
            control->addItem(tr("%1 — %2").arg(c.id, c.description.left(60)), c.id);
    }
    auto *kind = new QComboBox(&dialog);
    for (auto k : {Core::ExceptionKind::Design, Core::ExceptionKind::Description, Core::ExceptionKind::Operating})
        kind->addItem(exceptionKindName(k), static_cast<int>(k));
    auto *description = new QPlainTextEdit(&dialog);
    description->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(tr("Control:"), control);
    form->addRow(tr("Kind:"), kind);
    form->addRow(tr("Description:"), description);
    form->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted)
        raise(control->currentData().toString(), static_cast<Core::ExceptionKind>(kind->currentData().toInt()),
              description->toPlainText());
}

void ExceptionsPage::reportError(const QString &text)
{
    m_banner->showMessage(MessageBanner::Kind::Error, text);
    Q_EMIT errorOccurred(text);
}

} // namespace Tickmark::Ui
