// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTextEdit;
class QToolButton;

namespace Tickmark::Core {
class Workpaper;
} // namespace Tickmark::Core

namespace Tickmark::Ui {

/// Edits one part of Section III (the description of the system) as rich text: bold, italic and bullet lists.
/// Saves through ReportService::setDescription when the editor loses focus, on "Save" and before the page
/// switches part, previews or exports. Object names: "descriptionTitle", "descriptionEdit", "boldButton",
/// "italicButton", "bulletButton", "saveDescriptionButton".
class DescriptionEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DescriptionEditor)

public:
    /// @p workpaper outlives the editor.
    explicit DescriptionEditor(Core::Workpaper &workpaper, QWidget *parent = nullptr);

    /// Shows part @p key (a descriptionParts() key) under @p title with its stored text.
    void setPart(const QString &key, const QString &title);
    QString part() const { return m_part; }
    /// Stores the text if it was edited; false (and errorOccurred) when the service refused it.
    bool save();
    bool isModified() const;
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    void errorOccurred(const QString &text);
    void saved(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QToolButton *formatButton(const QString &text, const QString &name, const QString &tip);
    void updateFormatButtons();
    void toggleBullet();

    Core::Workpaper &m_workpaper;
    QString m_part;
    QLabel *m_title = nullptr;
    QTextEdit *m_edit = nullptr;
    QToolButton *m_bold = nullptr;
    QToolButton *m_italic = nullptr;
    QToolButton *m_bullet = nullptr;
    QPushButton *m_save = nullptr;
};

/// Edits the firm's wording of the report templates of one section: a template list, the text, the placeholders
/// (a click inserts "{name}") and "Reset to Default". A template with an unknown placeholder is not stored; the
/// error names it. Object names: "templateCombo", "templateEdit", "placeholderList", "templateState",
/// "templateError", "saveTemplateButton", "resetTemplateButton".
class TemplateEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateEditor)

public:
    explicit TemplateEditor(Core::Workpaper &workpaper, QWidget *parent = nullptr);

    /// Lists the templates whose keys start with "@p prefix." (e.g. "auditor") under the heading @p title, with
    /// @p intro (what the section holds) below it.
    void setSection(const QString &prefix, const QString &title, const QString &intro = {});
    /// Chooses template @p key; false when it is not listed.
    bool selectTemplate(const QString &key);
    QString currentKey() const;
    /// Stores the edited text; false (error shown, nothing stored) when the service refused it.
    bool save();
    /// Goes back to the default wording of the current template.
    bool resetToDefault();
    bool isModified() const;
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    void errorOccurred(const QString &text);
    void saved(const QString &message);

private:
    void loadCurrent();
    void insertPlaceholder(QListWidgetItem *item);

    Core::Workpaper &m_workpaper;
    QString m_prefix;
    bool m_readOnly = false;
    bool m_custom = false; ///< the current template has the firm's wording
    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QComboBox *m_combo = nullptr;
    QPlainTextEdit *m_edit = nullptr;
    QListWidget *m_placeholders = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_reset = nullptr;
};

/// The opinion: the one proposed from the criteria results (read-only, naming the criteria not met) and the
/// auditor's explicit choice to issue an adverse opinion or a disclaimer, which needs a reason. Object names:
/// "proposedOpinion", "criteriaNotMetList", "effectiveOpinion", "proposedRadio", "adverseRadio",
/// "disclaimerRadio", "opinionReasonEdit", "applyOpinionButton".
class OpinionEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpinionEditor)

public:
    explicit OpinionEditor(Core::Workpaper &workpaper, QWidget *parent = nullptr);

    /// Reads the proposal and the stored choice again (unless the reason is being typed).
    void reload();
    /// Stores the choice shown; false (and errorOccurred) when refused, e.g. an adverse opinion without a reason.
    bool apply();
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    void errorOccurred(const QString &text);
    void saved(const QString &message);

private:
    void updateReasonState();

    Core::Workpaper &m_workpaper;
    bool m_readOnly = false;
    QLabel *m_proposed = nullptr;
    QListWidget *m_notMet = nullptr;
    QLabel *m_effective = nullptr;
    QButtonGroup *m_modes = nullptr;
    QRadioButton *m_proposedRadio = nullptr;
    QRadioButton *m_adverseRadio = nullptr;
    QRadioButton *m_disclaimerRadio = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace Tickmark::Ui
