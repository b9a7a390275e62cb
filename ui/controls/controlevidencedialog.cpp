// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controlevidencedialog.h"

#include "common/errortext.h"
#include "common/tonestyle.h"
#include "evidence/evidenceservice.h"
#include "workpaper/workpaper.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace Tickmark::Ui {

namespace {

constexpr int kKeyRole = Qt::UserRole;
constexpr int kShaRole = Qt::UserRole + 1;

QString choiceText(const Core::EvidenceItem &item, const QString &key)
{
    QStringList details{item.mediaType};
    if (item.effectiveDate.isValid())
        details << QLocale().toString(item.effectiveDate, QLocale::ShortFormat);
    return QStringLiteral("%1  ·  %2").arg(key, details.join(QStringLiteral(", ")));
}

} // namespace

ControlEvidenceDialog::ControlEvidenceDialog(Core::Workpaper &workpaper, const QString &controlId, QWidget *parent)
    : QDialog(parent)
    , m_workpaper(workpaper)
    , m_control(controlId)
{
    setObjectName(QStringLiteral("controlEvidenceDialog"));
    setWindowTitle(tr("Link Evidence to %1").arg(controlId));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Evidence files for control <b>%1</b>:").arg(controlId.toHtmlEscaped()), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("controlEvidenceFilter"));
    m_filter->setPlaceholderText(tr("Filter files by package or path"));
    m_filter->setAccessibleName(tr("Filter evidence files"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("controlEvidenceChoices"));
    m_list->setAccessibleName(tr("Evidence files"));
    m_list->setUniformItemSizes(true);
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_list, 1);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("controlEvidenceError"));
    m_error->setWordWrap(true);
    setToneTextStyle(m_error, Tone::Bad, QColor(0xB4, 0x23, 0x18));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ControlEvidenceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ControlEvidenceDialog::reject);
    layout->addWidget(buttons);

    if (auto items = workpaper.evidence().list()) {
        for (const Core::EvidenceItem &item : std::as_const(*items)) {
            const QString key = item.packageName + QLatin1Char('/') + item.path;
            auto *row = new QListWidgetItem(choiceText(item, key), m_list);
            row->setData(kKeyRole, key);
            row->setData(kShaRole, item.sha256);
            row->setToolTip(key);
            row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            const bool linked = item.controls.contains(controlId);
            row->setCheckState(linked ? Qt::Checked : Qt::Unchecked);
            if (linked)
                m_linked << key;
        }
        if (items->isEmpty()) {
            m_error->setText(tr("The engagement has no evidence yet. Import it on the Evidence page, or drop files on"
                                " the control's row."));
            m_error->show();
        }
    } else {
        m_error->setText(errorSentence(items.error().detail));
        m_error->show();
    }
    connect(m_filter, &QLineEdit::textChanged, this, &ControlEvidenceDialog::setFilter);
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 30);
}

QStringList ControlEvidenceDialog::checkedKeys() const
{
    QStringList keys;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            keys << m_list->item(i)->data(kKeyRole).toString();
    }
    return keys;
}

bool ControlEvidenceDialog::setChecked(const QString &key, bool checked)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(kKeyRole).toString() == key) {
            m_list->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

void ControlEvidenceDialog::setFilter(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    const QString needle = text.trimmed();
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *row = m_list->item(i);
        row->setHidden(!needle.isEmpty() && !row->data(kKeyRole).toString().contains(needle, Qt::CaseInsensitive));
    }
}

bool ControlEvidenceDialog::apply(const QString &key, bool link)
{
    QByteArray sha;
    for (int i = 0; i < m_list->count() && sha.isEmpty(); ++i) {
        if (m_list->item(i)->data(kKeyRole).toString() == key)
            sha = m_list->item(i)->data(kShaRole).toByteArray();
    }
    auto &evidence = m_workpaper.evidence();
    const auto ok = link ? evidence.link(sha, m_control, key) : evidence.unlink(sha, m_control, key);
    if (!ok) {
        m_error->setText((link ? tr("%1 was not linked to %2. %3") : tr("%1 was not unlinked from %2. %3"))
                             .arg(key, m_control, errorSentence(ok.error().detail)));
        m_error->show();
        return false;
    }
    if (link)
        m_linked << key;
    else
        m_linked.removeAll(key);
    return true;
}

void ControlEvidenceDialog::accept()
{
    const QStringList checked = checkedKeys();
    for (const QString &key : checked) {
        if (!m_linked.contains(key) && !apply(key, true))
            return;
    }
    for (const QString &key : QStringList(m_linked)) {
        if (!checked.contains(key) && !apply(key, false))
            return;
    }
    QDialog::accept();
}

} // namespace Tickmark::Ui
