// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporteditors.h"

#include "common/errortext.h"
#include "common/tonestyle.h"
#include "common/widgets.h"
#include "report/reportbuilder.h"
#include "report/reportservice.h"
#include "report/reporttemplates.h"
#include "reporttext.h"
#include "workpaper/workpaper.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>
#include <QToolButton>
#include <QVBoxLayout>

namespace Tickmark::Ui {

namespace {

QLabel *titleLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

QVBoxLayout *editorLayout(QWidget *widget)
{
    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    return layout;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------
// DescriptionEditor

DescriptionEditor::DescriptionEditor(Core::Workpaper &workpaper, QWidget *parent)
    : QWidget(parent)
    , m_workpaper(workpaper)
{
    auto *layout = editorLayout(this);
    m_title = titleLabel(this, QStringLiteral("descriptionTitle"));
    layout->addWidget(m_title);
    auto *hint = mutedLabel(this);
    hint->setWordWrap(true);
    hint->setText(tr("Management's description of the system, as it appears in Section III. Saved when you leave the"
                     " text or press Save."));
    layout->addWidget(hint);

    auto *tools = new QHBoxLayout;
    tools->setSpacing(4);
    m_bold = formatButton(tr("B"), QStringLiteral("boldButton"), tr("Bold (Ctrl+B)"));
    m_bold->setShortcut(QKeySequence::Bold);
    QFont boldFont = m_bold->font();
    boldFont.setBold(true);
    m_bold->setFont(boldFont);
    m_italic = formatButton(tr("I"), QStringLiteral("italicButton"), tr("Italic (Ctrl+I)"));
    m_italic->setShortcut(QKeySequence::Italic);
    QFont italicFont = m_italic->font();
    italicFont.setItalic(true);
    m_italic->setFont(italicFont);
    m_bullet = formatButton(tr("\u2022 List"), QStringLiteral("bulletButton"), tr("Bulleted list"));
    tools->addWidget(m_bold);
    tools->addWidget(m_italic);
    tools->addWidget(m_bullet);
    tools->addStretch(1);
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveDescriptionButton"));
    tools->addWidget(m_save);
    layout->addLayout(tools);

    m_edit = new QTextEdit(this);
    m_edit->setObjectName(QStringLiteral("descriptionEdit"));
    m_edit->setAccessibleName(tr("Section text"));
    m_edit->setAcceptRichText(true);
    m_edit->installEventFilter(this);
    layout->addWidget(m_edit, 1);

    connect(m_bold, &QToolButton::clicked, this, [this](bool on) {
        QTextCharFormat format;
        format.setFontWeight(on ? QFont::Bold : QFont::Normal);
        m_edit->mergeCurrentCharFormat(format);
    });
    connect(m_italic, &QToolButton::clicked, this, [this](bool on) {
        QTextCharFormat format;
        format.setFontItalic(on);
        m_edit->mergeCurrentCharFormat(format);
    });
    connect(m_bullet, &QToolButton::clicked, this, &DescriptionEditor::toggleBullet);
    connect(m_edit, &QTextEdit::currentCharFormatChanged, this, &DescriptionEditor::updateFormatButtons);
    connect(m_edit, &QTextEdit::cursorPositionChanged, this, &DescriptionEditor::updateFormatButtons);
    connect(m_save, &QPushButton::clicked, this, &DescriptionEditor::save);
}

QToolButton *DescriptionEditor::formatButton(const QString &text, const QString &name, const QString &tip)
{
    auto *button = new QToolButton(this);
    button->setText(text);
    button->setObjectName(name);
    button->setToolTip(tip);
    button->setCheckable(true);
    button->setAutoRaise(true);
    button->setMinimumWidth(fontMetrics().averageCharWidth() * 4);
    return button;
}

void DescriptionEditor::setPart(const QString &key, const QString &title)
{
    m_part = key;
    m_title->setText(title);
    auto stored = m_workpaper.report().descriptions();
    if (!stored)
        Q_EMIT errorOccurred(describeError(stored.error()));
    const QString html = stored ? stored->value(key) : QString();
    m_edit->setHtml(html);
    m_edit->setPlaceholderText(tr("Describe the %1 of the system here.").arg(title.toLower()));
    m_edit->document()->setModified(false);
    updateFormatButtons();
}

bool DescriptionEditor::isModified() const
{
    return !m_part.isEmpty() && m_edit->document()->isModified();
}

bool DescriptionEditor::save()
{
    if (!isModified() || m_edit->isReadOnly())
        return true;
    // An emptied editor clears the part, so the report falls back to its "not provided" wording.
    const QString html = m_edit->toPlainText().trimmed().isEmpty() ? QString() : m_edit->toHtml();
    if (auto ok = m_workpaper.report().setDescription(m_part, html); !ok) {
        Q_EMIT errorOccurred(describeError(ok.error()));
        return false;
    }
    m_edit->document()->setModified(false);
    Q_EMIT saved(tr("Saved \u201c%1\u201d.").arg(m_title->text()));
    return true;
}

void DescriptionEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    for (QWidget *w : {static_cast<QWidget *>(m_bold), static_cast<QWidget *>(m_italic),
                       static_cast<QWidget *>(m_bullet), static_cast<QWidget *>(m_save)})
        w->setEnabled(!readOnly);
}

bool DescriptionEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::FocusOut)
        save();
    return QWidget::eventFilter(watched, event);
}

void DescriptionEditor::updateFormatButtons()
{
    const QTextCharFormat format = m_edit->currentCharFormat();
    m_bold->setChecked(format.fontWeight() >= QFont::Bold);
    m_italic->setChecked(format.fontItalic());
    m_bullet->setChecked(m_edit->textCursor().currentList() != nullptr);
}

void DescriptionEditor::toggleBullet()
{
    QTextCursor cursor = m_edit->textCursor();
    if (QTextList *list = cursor.currentList()) {
        list->remove(cursor.block());
        QTextBlockFormat block = cursor.blockFormat();
        block.setIndent(0);
        cursor.setBlockFormat(block);
    } else {
        cursor.createList(QTextListFormat::ListDisc);
    }
    updateFormatButtons();
}

// ---------------------------------------------------------------------------------------------------------------
// TemplateEditor

TemplateEditor::TemplateEditor(Core::Workpaper &workpaper, QWidget *parent)
    : QWidget(parent)
    , m_workpaper(workpaper)
{
    auto *layout = editorLayout(this);
    m_title = titleLabel(this, QStringLiteral("templateTitle"));
    layout->addWidget(m_title);
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("sectionHint"));
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    auto *hint = mutedLabel(this);
    hint->setWordWrap(true);
    hint->setText(tr("The firm's standard wording for this section. Paragraphs are separated by a blank line; a line"
                     " starting with \"- \" is a bullet; **bold** and *italic* mark emphasis."));
    layout->addWidget(hint);

    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&Template:"), this);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("templateCombo"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(24);
    label->setBuddy(m_combo);
    m_state = mutedLabel(this);
    m_state->setObjectName(QStringLiteral("templateState"));
    row->addWidget(label);
    row->addWidget(m_combo, 1);
    row->addWidget(m_state);
    layout->addLayout(row);

    auto *body = new QHBoxLayout;
    body->setSpacing(8);
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("templateEdit"));
    m_edit->setAccessibleName(tr("Template text"));
    body->addWidget(m_edit, 1);
    auto *side = new QVBoxLayout;
    side->setSpacing(4);
    side->addWidget(new QLabel(tr("Placeholders:"), this));
    m_placeholders = new QListWidget(this);
    m_placeholders->setObjectName(QStringLiteral("placeholderList"));
    m_placeholders->setAccessibleName(tr("Placeholders"));
    m_placeholders->setToolTip(tr("Click to insert at the cursor"));
    for (const QString &name : Core::ReportTemplates::placeholders())
        m_placeholders->addItem(QStringLiteral("{%1}").arg(name));
    m_placeholders->setFixedWidth(fontMetrics().horizontalAdvance(QStringLiteral("{subservice_inclusive}")) + 32);
    m_placeholders->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    side->addWidget(m_placeholders, 1);
    body->addLayout(side);
    layout->addLayout(body, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("templateError"));
    m_error->setWordWrap(true);
    setToneTextStyle(m_error, Tone::Bad, QColor(0xB3, 0x26, 0x1E));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QHBoxLayout;
    m_reset = new QPushButton(tr("&Reset to Default"), this);
    m_reset->setObjectName(QStringLiteral("resetTemplateButton"));
    m_save = new QPushButton(tr("&Save Template"), this);
    m_save->setObjectName(QStringLiteral("saveTemplateButton"));
    buttons->addStretch(1);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);

    connect(m_combo, &QComboBox::currentIndexChanged, this, &TemplateEditor::loadCurrent);
    connect(m_placeholders, &QListWidget::itemClicked, this, &TemplateEditor::insertPlaceholder);
    connect(m_save, &QPushButton::clicked, this, &TemplateEditor::save);
    connect(m_reset, &QPushButton::clicked, this, &TemplateEditor::resetToDefault);
    connect(m_edit, &QPlainTextEdit::modificationChanged, this, [this](bool modified) {
        m_save->setEnabled(modified && !m_readOnly);
        if (modified)
            m_error->hide();
    });
}

void TemplateEditor::setSection(const QString &prefix, const QString &title, const QString &intro)
{
    m_prefix = prefix;
    m_title->setText(title);
    m_intro->setText(intro);
    m_intro->setVisible(!intro.isEmpty());
    auto all = m_workpaper.report().templates();
    if (!all) {
        Q_EMIT errorOccurred(describeError(all.error()));
        return;
    }
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    const QString start = prefix + QLatin1Char('.');
    for (auto it = all->cbegin(); it != all->cend(); ++it) {
        if (it.key().startsWith(start)) {
            m_combo->addItem(templateTitle(it.key().mid(start.size())), it.key());
            m_combo->setItemData(m_combo->count() - 1, it.key(), Qt::ToolTipRole);
        }
    }
    m_combo->setCurrentIndex(m_combo->count() > 0 ? 0 : -1);
    loadCurrent();
}

bool TemplateEditor::selectTemplate(const QString &key)
{
    const int index = m_combo->findData(key);
    if (index < 0)
        return false;
    m_combo->setCurrentIndex(index);
    return true;
}

QString TemplateEditor::currentKey() const
{
    return m_combo->currentData().toString();
}

void TemplateEditor::loadCurrent()
{
    m_error->hide();
    const QString key = currentKey();
    auto all = m_workpaper.report().templates();
    auto custom = m_workpaper.report().customTemplates();
    if (!all || !custom) {
        Q_EMIT errorOccurred(describeError(!all ? all.error() : custom.error()));
        return;
    }
    m_edit->setPlainText(all->value(key));
    m_edit->document()->setModified(false);
    m_custom = custom->contains(key);
    m_state->setText(key.isEmpty() ? QString()
                     : m_custom    ? tr("The firm's wording")
                                   : tr("Tickmark's default wording"));
    m_reset->setEnabled(m_custom && !m_readOnly);
    m_save->setEnabled(false);
}

void TemplateEditor::insertPlaceholder(QListWidgetItem *item)
{
    if (!item || m_readOnly)
        return;
    m_edit->insertPlainText(item->text());
    m_edit->setFocus();
}

bool TemplateEditor::isModified() const
{
    return m_edit->document()->isModified();
}

bool TemplateEditor::save()
{
    const QString key = currentKey();
    if (key.isEmpty() || m_readOnly)
        return false;
    if (auto ok = m_workpaper.report().setTemplate(key, m_edit->toPlainText().trimmed()); !ok) {
        const QString text = describeError(ok.error());
        m_error->setText(errorSentence(ok.error().detail));
        m_error->show();
        Q_EMIT errorOccurred(text);
        return false;
    }
    loadCurrent();
    Q_EMIT saved(tr("Saved the firm's wording of \u201c%1\u201d.").arg(m_combo->currentText()));
    return true;
}

bool TemplateEditor::resetToDefault()
{
    const QString key = currentKey();
    if (key.isEmpty() || m_readOnly)
        return false;
    if (auto ok = m_workpaper.report().resetTemplate(key); !ok) {
        Q_EMIT errorOccurred(describeError(ok.error()));
        return false;
    }
    loadCurrent();
    Q_EMIT saved(tr("\u201c%1\u201d uses the default wording again.").arg(m_combo->currentText()));
    return true;
}

void TemplateEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_edit->setReadOnly(readOnly);
    m_placeholders->setEnabled(!readOnly);
    m_save->setEnabled(!readOnly && isModified());
    m_reset->setEnabled(!readOnly && m_custom);
}

// ---------------------------------------------------------------------------------------------------------------
// OpinionEditor

OpinionEditor::OpinionEditor(Core::Workpaper &workpaper, QWidget *parent)
    : QWidget(parent)
    , m_workpaper(workpaper)
{
    auto *layout = editorLayout(this);
    auto *title = titleLabel(this, QStringLiteral("opinionTitle"));
    title->setText(tr("Opinion"));
    layout->addWidget(title);

    auto *proposedBox = new QGroupBox(tr("Proposed from the criteria results"), this);
    auto *proposedLayout = new QVBoxLayout(proposedBox);
    m_proposed = new QLabel(proposedBox);
    m_proposed->setObjectName(QStringLiteral("proposedOpinion"));
    m_proposed->setWordWrap(true);
    m_proposed->setTextInteractionFlags(Qt::TextSelectableByMouse);
    proposedLayout->addWidget(m_proposed);
    m_notMet = new QListWidget(proposedBox);
    m_notMet->setObjectName(QStringLiteral("criteriaNotMetList"));
    m_notMet->setAccessibleName(tr("Criteria not met"));
    m_notMet->setMaximumHeight(fontMetrics().height() * 7);
    proposedLayout->addWidget(m_notMet);
    layout->addWidget(proposedBox);

    auto *choiceBox = new QGroupBox(tr("Opinion in the report"), this);
    auto *choiceLayout = new QVBoxLayout(choiceBox);
    m_modes = new QButtonGroup(this);
    m_proposedRadio = new QRadioButton(tr("Use the &proposed opinion"), choiceBox);
    m_proposedRadio->setObjectName(QStringLiteral("proposedRadio"));
    m_adverseRadio = new QRadioButton(tr("Issue an &adverse opinion"), choiceBox);
    m_adverseRadio->setObjectName(QStringLiteral("adverseRadio"));
    m_disclaimerRadio = new QRadioButton(tr("&Disclaim an opinion"), choiceBox);
    m_disclaimerRadio->setObjectName(QStringLiteral("disclaimerRadio"));
    m_modes->addButton(m_proposedRadio, int(Core::OpinionChoice::Mode::Proposed));
    m_modes->addButton(m_adverseRadio, int(Core::OpinionChoice::Mode::Adverse));
    m_modes->addButton(m_disclaimerRadio, int(Core::OpinionChoice::Mode::Disclaimer));
    choiceLayout->addWidget(m_proposedRadio);
    choiceLayout->addWidget(m_adverseRadio);
    choiceLayout->addWidget(m_disclaimerRadio);
    auto *reasonLabel = new QLabel(tr("&Reason (stated in the basis paragraph):"), choiceBox);
    m_reason = new QPlainTextEdit(choiceBox);
    m_reason->setObjectName(QStringLiteral("opinionReasonEdit"));
    m_reason->setMaximumHeight(fontMetrics().height() * 6);
    reasonLabel->setBuddy(m_reason);
    choiceLayout->addWidget(reasonLabel);
    choiceLayout->addWidget(m_reason);
    auto *buttons = new QHBoxLayout;
    m_effective = mutedLabel(choiceBox);
    m_effective->setObjectName(QStringLiteral("effectiveOpinion"));
    m_effective->setWordWrap(true);
    m_apply = new QPushButton(tr("A&pply"), choiceBox);
    m_apply->setObjectName(QStringLiteral("applyOpinionButton"));
    buttons->addWidget(m_effective, 1);
    buttons->addWidget(m_apply);
    choiceLayout->addLayout(buttons);
    layout->addWidget(choiceBox);
    layout->addStretch(1);

    connect(m_modes, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            updateReasonState();
    });
    connect(m_apply, &QPushButton::clicked, this, &OpinionEditor::apply);
    reload();
}

void OpinionEditor::reload()
{
    auto inputs = m_workpaper.report().inputs(false);
    auto choice = m_workpaper.report().opinionChoice();
    if (!inputs || !choice) {
        Q_EMIT errorOccurred(describeError(!inputs ? inputs.error() : choice.error()));
        return;
    }
    const Core::ReportOpinion proposed = Core::proposeOpinion(inputs->criteriaResults, {});
    m_proposed->setText(opinionSummary(proposed));
    m_notMet->clear();
    for (const QString &id : proposed.criteriaNotMet)
        m_notMet->addItem(id);
    m_notMet->setVisible(!proposed.criteriaNotMet.isEmpty());
    const Core::ReportOpinion effective = Core::proposeOpinion(inputs->criteriaResults, *choice);
    m_effective->setText(tr("The report carries: %1").arg(opinionKindText(effective.kind)));
    if (m_reason->hasFocus())
        return;
    m_modes->button(int(choice->mode))->setChecked(true);
    m_reason->setPlainText(choice->reason);
    updateReasonState();
}

bool OpinionEditor::apply()
{
    if (m_readOnly)
        return false;
    Core::OpinionChoice choice;
    choice.mode = Core::OpinionChoice::Mode(m_modes->checkedId());
    choice.reason = choice.mode == Core::OpinionChoice::Mode::Proposed ? QString() : m_reason->toPlainText();
    if (auto ok = m_workpaper.report().setOpinionChoice(choice); !ok) {
        Q_EMIT errorOccurred(describeError(ok.error()));
        return false;
    }
    m_reason->clearFocus();
    reload();
    Q_EMIT saved(m_effective->text());
    return true;
}

void OpinionEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QAbstractButton *b : m_modes->buttons())
        b->setEnabled(!readOnly);
    m_apply->setEnabled(!readOnly);
    updateReasonState();
}

void OpinionEditor::updateReasonState()
{
    const bool needsReason = m_modes->checkedId() != int(Core::OpinionChoice::Mode::Proposed);
    m_reason->setEnabled(needsReason && !m_readOnly);
    m_reason->setPlaceholderText(needsReason ? tr("Why the opinion is modified (required)") : QString());
}

} // namespace Tickmark::Ui
