// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controlevidencepanel.h"

#include "common/errortext.h"
#include "controlevidencedialog.h"
#include "evidence/evidenceservice.h"
#include "settings/appearance.h"
#include "workpaper/workpaper.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Tickmark::Ui {

namespace {

const QColor kWarningText(0x9A, 0x5B, 0x00);

QString dateText(const Core::EvidenceItem &item)
{
    if (!item.effectiveDate.isValid())
        return ControlEvidencePanel::tr("not set");
    const QString date = QLocale().toString(item.effectiveDate, QLocale::ShortFormat);
    return item.outOfPeriod ? ControlEvidencePanel::tr("%1 (out of period)").arg(date) : date;
}

} // namespace

QString evidenceKey(const Core::EvidenceItem &item)
{
    return item.packageName + QLatin1Char('/') + item.path;
}

ControlEvidencePanel::ControlEvidencePanel(Core::Workpaper &workpaper, QWidget *parent)
    : QWidget(parent)
    , m_workpaper(workpaper)
{
    setObjectName(QStringLiteral("controlEvidencePanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(6);
    auto *top = new QHBoxLayout;
    top->setSpacing(6);
    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("controlEvidenceCaption"));
    QFont bold = m_caption->font();
    bold.setWeight(QFont::DemiBold);
    m_caption->setFont(bold);
    top->addWidget(m_caption, 1);
    m_open = new QPushButton(tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("openControlEvidenceButton"));
    m_open->setToolTip(tr("Show the selected file on the Evidence page"));
    m_unlink = new QPushButton(tr("&Unlink"), this);
    m_unlink->setObjectName(QStringLiteral("unlinkControlEvidenceButton"));
    m_unlink->setToolTip(tr("Remove the link between the selected file and this control"));
    m_link = new QPushButton(tr("&Link Evidence…"), this);
    m_link->setObjectName(QStringLiteral("linkControlEvidenceButton"));
    m_link->setToolTip(tr("Choose evidence files for this control. You can also drop files, folders or archives"
                          " on a control row to import and link them."));
    for (QPushButton *b : {m_open, m_unlink, m_link})
        top->addWidget(b);
    layout->addLayout(top);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("controlEvidenceList"));
    m_list->setAccessibleName(tr("Evidence of the selected control"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->setHeaderLabels({tr("File"), tr("Package"), tr("Type"), tr("Effective date")});
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    const int ch = fontMetrics().averageCharWidth();
    header->resizeSection(PackageColumn, ch * 28);
    header->resizeSection(TypeColumn, ch * 18);
    header->resizeSection(DateColumn, ch * 32);
    m_list->setStyleSheet(QStringLiteral("QTreeWidget#controlEvidenceList::item { padding: 3px 2px; }"));
    layout->addWidget(m_list, 1);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &ControlEvidencePanel::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, &ControlEvidencePanel::openCurrent);
    connect(m_open, &QPushButton::clicked, this, &ControlEvidencePanel::openCurrent);
    connect(m_unlink, &QPushButton::clicked, this, &ControlEvidencePanel::unlinkCurrent);
    connect(m_link, &QPushButton::clicked, this, &ControlEvidencePanel::linkEvidence);
    connect(&workpaper, &Core::Workpaper::changed, this, &ControlEvidencePanel::reload);
    setControl({});
}

void ControlEvidencePanel::setControl(const QString &id)
{
    m_control = id;
    reload();
}

void ControlEvidencePanel::reload()
{
    const QString selected = currentItem() ? evidenceKey(*currentItem()) : QString();
    m_items.clear();
    if (!m_control.isEmpty()) {
        auto items = m_workpaper.evidence().itemsForControl(m_control);
        if (items)
            m_items = *items;
        else if (items.error().code != ErrorCode::NotFound) // a control deleted a moment ago shows nothing
            Q_EMIT errorOccurred(tr("The evidence of control %1 could not be read. %2")
                                     .arg(m_control, errorSentence(items.error().detail)));
    }
    fill();
    for (int row = 0; row < m_items.size(); ++row) {
        if (evidenceKey(m_items.at(row)) == selected)
            setCurrentRow(row);
    }
    updateButtons();
}

void ControlEvidencePanel::fill()
{
    m_list->clear();
    if (m_control.isEmpty())
        m_caption->setText(tr("Evidence: choose a control above"));
    else if (m_items.isEmpty())
        m_caption->setText(tr("No evidence linked to %1 yet — drop files on its row or use Link Evidence…")
                               .arg(m_control));
    else
        m_caption->setText(tr("Evidence for %1 (%n files)", "", static_cast<int>(m_items.size())).arg(m_control));
    for (const Core::EvidenceItem &item : std::as_const(m_items)) {
        auto *row = new QTreeWidgetItem(m_list);
        row->setText(FileColumn, item.path);
        row->setToolTip(FileColumn, tr("%1\nSHA-256 %2").arg(evidenceKey(item), QString::fromLatin1(item.sha256)));
        row->setText(PackageColumn, item.packageName);
        row->setToolTip(PackageColumn, item.packageName);
        row->setText(TypeColumn, item.mediaType);
        row->setText(DateColumn, dateText(item));
        if (!item.effectiveDate.isValid())
            row->setForeground(DateColumn, palette().color(QPalette::PlaceholderText));
        if (item.outOfPeriod) {
            row->setForeground(DateColumn, isDarkPalette(palette()) ? toneText(Tone::Warning, palette()) : kWarningText);
            row->setToolTip(DateColumn, tr("The effective date falls outside the engagement period."));
        }
    }
}

void ControlEvidencePanel::setCurrentRow(int row)
{
    m_list->setCurrentItem(row >= 0 ? m_list->topLevelItem(row) : nullptr);
}

const Core::EvidenceItem *ControlEvidencePanel::currentItem() const
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

void ControlEvidencePanel::updateButtons()
{
    const bool file = currentItem() != nullptr;
    m_open->setEnabled(file);
    m_unlink->setEnabled(file);
    m_link->setEnabled(!m_control.isEmpty());
}

void ControlEvidencePanel::openCurrent()
{
    if (const Core::EvidenceItem *item = currentItem())
        Q_EMIT openEvidence(item->id, 0);
}

bool ControlEvidencePanel::unlinkCurrent()
{
    const Core::EvidenceItem *item = currentItem();
    if (!item)
        return false;
    const Core::EvidenceItem target = *item;
    if (auto ok = m_workpaper.evidence().unlink(target.sha256, m_control, evidenceKey(target)); !ok) {
        Q_EMIT errorOccurred(tr("%1 was not unlinked from %2. %3")
                                 .arg(target.path, m_control, errorSentence(ok.error().detail)));
        return false;
    }
    Q_EMIT statusMessage(tr("%1 is no longer linked to %2.").arg(target.path, m_control));
    return true;
}

ControlEvidenceDialog *ControlEvidencePanel::linkEvidence()
{
    if (m_control.isEmpty())
        return nullptr;
    auto *dialog = new ControlEvidenceDialog(m_workpaper, m_control, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = m_control;
    connect(dialog, &QDialog::accepted, this,
            [this, id] { Q_EMIT statusMessage(tr("Evidence links of %1 saved.").arg(id)); });
    dialog->open();
    return dialog;
}

} // namespace Tickmark::Ui
