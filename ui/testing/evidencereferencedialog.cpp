// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidencereferencedialog.h"

#include "common/errortext.h"
#include "evidence/evidenceservice.h"
#include "workpaper/workpaper.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Tickmark::Ui {

namespace {

enum ReferenceColumn { DocumentColumn, PageColumn, LabelColumn, AddedColumn };
enum EvidenceColumn { PathColumn, PackageColumn, TypeColumn };
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kPageRole = Qt::UserRole + 2;

QTreeWidget *table(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->setHeaderLabels(headers);
    tree->header()->setStretchLastSection(true);
    return tree;
}

} // namespace

EvidenceReferenceDialog::EvidenceReferenceDialog(Core::Workpaper &workpaper, const QString &cellTitle,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_workpaper(workpaper)
{
    setWindowTitle(tr("Evidence References — %1").arg(cellTitle));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildReferences(), 2);
    layout->addWidget(buildChooser(), 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    const int ch = fontMetrics().averageCharWidth();
    resize(ch * 110, fontMetrics().height() * 34);
    loadEvidence();
    updateButtons();
}

QWidget *EvidenceReferenceDialog::buildReferences()
{
    auto *box = new QGroupBox(tr("Referenced evidence"), this);
    auto *layout = new QVBoxLayout(box);
    m_references = table(QStringLiteral("referenceList"), {tr("Document"), tr("Page"), tr("Label"), tr("Added")}, box);
    m_references->setAccessibleName(tr("Referenced evidence"));
    m_references->header()->setSectionResizeMode(DocumentColumn, QHeaderView::Stretch);
    m_references->header()->setStretchLastSection(false);
    m_references->header()->setSectionResizeMode(PageColumn, QHeaderView::ResizeToContents);
    m_references->header()->setSectionResizeMode(LabelColumn, QHeaderView::ResizeToContents);
    m_references->header()->setSectionResizeMode(AddedColumn, QHeaderView::ResizeToContents);
    m_remove = new QPushButton(tr("Remove"), box);
    m_remove->setObjectName(QStringLiteral("removeReferenceButton"));
    m_open = new QPushButton(tr("Open"), box);
    m_open->setObjectName(QStringLiteral("openReferenceButton"));
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_open);
    row->addWidget(m_remove);
    layout->addWidget(m_references, 1);
    layout->addLayout(row);
    connect(m_references, &QTreeWidget::itemSelectionChanged, this, &EvidenceReferenceDialog::updateButtons);
    connect(m_remove, &QPushButton::clicked, this, &EvidenceReferenceDialog::requestRemove);
    const auto open = [this](QTreeWidgetItem *item) {
        if (item)
            Q_EMIT openRequested(item->data(DocumentColumn, kIdRole).toLongLong(),
                                 item->data(DocumentColumn, kPageRole).toInt());
    };
    connect(m_references, &QTreeWidget::itemDoubleClicked, this, open);
    connect(m_open, &QPushButton::clicked, this, [this, open] { open(m_references->currentItem()); });
    return box;
}

QWidget *EvidenceReferenceDialog::buildChooser()
{
    auto *box = new QGroupBox(tr("Add a reference"), this);
    auto *layout = new QVBoxLayout(box);
    m_filter = new QLineEdit(box);
    m_filter->setObjectName(QStringLiteral("evidenceFilter"));
    m_filter->setPlaceholderText(tr("Filter by path, package or type"));
    m_filter->setAccessibleName(tr("Filter evidence"));
    m_filter->setClearButtonEnabled(true);
    m_evidence = table(QStringLiteral("evidenceChoices"), {tr("Path"), tr("Package"), tr("Type")}, box);
    m_evidence->setAccessibleName(tr("Evidence of the engagement"));
    m_evidence->header()->setStretchLastSection(false);
    m_evidence->header()->setSectionResizeMode(PathColumn, QHeaderView::Stretch);
    m_evidence->header()->setSectionResizeMode(PackageColumn, QHeaderView::ResizeToContents);
    m_evidence->header()->setSectionResizeMode(TypeColumn, QHeaderView::ResizeToContents);
    m_evidence->setSortingEnabled(true);
    m_evidence->sortByColumn(PathColumn, Qt::AscendingOrder);

    m_page = new QSpinBox(box);
    m_page->setObjectName(QStringLiteral("referencePage"));
    m_page->setRange(0, 99999);
    m_page->setSpecialValueText(tr("Whole document"));
    m_page->setMinimumWidth(fontMetrics().averageCharWidth() * 18);
    m_pageHint = new QLabel(box);
    m_pageHint->setObjectName(QStringLiteral("referencePageHint"));
    m_label = new QLineEdit(box);
    m_label->setObjectName(QStringLiteral("referenceLabel"));
    m_label->setPlaceholderText(tr("Optional, e.g. approval e-mail"));
    m_add = new QPushButton(tr("Add Reference"), box);
    m_add->setObjectName(QStringLiteral("addReferenceButton"));
    m_add->setDefault(true);

    auto *pageRow = new QHBoxLayout;
    pageRow->addWidget(m_page);
    pageRow->addWidget(m_pageHint, 1);
    auto *pageLabel = new QLabel(tr("&Page:"), box);
    pageLabel->setBuddy(m_page);
    auto *labelLabel = new QLabel(tr("&Label:"), box);
    labelLabel->setBuddy(m_label);
    auto *form = new QFormLayout;
    form->addRow(pageLabel, pageRow);
    form->addRow(labelLabel, m_label);
    auto *addRow = new QHBoxLayout;
    addRow->addLayout(form, 1);
    addRow->addWidget(m_add, 0, Qt::AlignBottom);
    layout->addWidget(m_filter);
    layout->addWidget(m_evidence, 1);
    layout->addLayout(addRow);

    connect(m_filter, &QLineEdit::textChanged, this, &EvidenceReferenceDialog::setFilter);
    connect(m_evidence, &QTreeWidget::currentItemChanged, this, &EvidenceReferenceDialog::updateButtons);
    connect(m_evidence, &QTreeWidget::itemDoubleClicked, this, &EvidenceReferenceDialog::requestAdd);
    connect(m_add, &QPushButton::clicked, this, &EvidenceReferenceDialog::requestAdd);
    return box;
}

void EvidenceReferenceDialog::loadEvidence()
{
    const auto items = m_workpaper.evidence().list();
    if (!items) {
        m_pageHint->setText(errorSentence(items.error().detail));
        return;
    }
    for (const Core::EvidenceItem &item : *items) {
        auto *row = new QTreeWidgetItem(m_evidence);
        row->setText(PathColumn, item.path);
        row->setText(PackageColumn, item.packageName);
        row->setText(TypeColumn, item.mediaType);
        row->setData(PathColumn, kIdRole, item.id);
        row->setToolTip(PathColumn, item.packageName + QLatin1Char('/') + item.path);
    }
    if (m_evidence->topLevelItemCount() == 0)
        m_pageHint->setText(tr("No evidence is imported yet: import it on the Evidence page."));
}

void EvidenceReferenceDialog::setReferences(const QList<Core::CellEvidenceReference> &references)
{
    m_references->clear();
    for (const Core::CellEvidenceReference &r : references) {
        auto *row = new QTreeWidgetItem(m_references);
        row->setText(DocumentColumn, r.package + QLatin1Char('/') + r.path);
        row->setText(PageColumn, r.reference.page ? QString::number(*r.reference.page) : tr("whole"));
        row->setText(LabelColumn, r.reference.label);
        row->setText(AddedColumn, tr("%1, %2").arg(r.addedBy, r.addedAt.toString(QStringLiteral("yyyy-MM-dd"))));
        row->setData(DocumentColumn, kIdRole, r.reference.evidenceId);
        row->setData(DocumentColumn, kPageRole, r.reference.page.value_or(0));
    }
    updateButtons();
}

void EvidenceReferenceDialog::setFilter(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text); // comes back here through textChanged
    const QString needle = text.trimmed();
    for (int i = 0; i < m_evidence->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = m_evidence->topLevelItem(i);
        const bool match = needle.isEmpty() || row->text(PathColumn).contains(needle, Qt::CaseInsensitive) ||
                           row->text(PackageColumn).contains(needle, Qt::CaseInsensitive) ||
                           row->text(TypeColumn).contains(needle, Qt::CaseInsensitive);
        row->setHidden(!match);
    }
    if (m_evidence->currentItem() && m_evidence->currentItem()->isHidden())
        m_evidence->setCurrentItem(nullptr);
    updateButtons();
}

bool EvidenceReferenceDialog::chooseEvidence(qint64 evidenceId)
{
    for (int i = 0; i < m_evidence->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = m_evidence->topLevelItem(i);
        if (!row->isHidden() && row->data(PathColumn, kIdRole).toLongLong() == evidenceId) {
            m_evidence->setCurrentItem(row);
            return true;
        }
    }
    return false;
}

int EvidenceReferenceDialog::visibleEvidenceCount() const
{
    int n = 0;
    for (int i = 0; i < m_evidence->topLevelItemCount(); ++i)
        n += m_evidence->topLevelItem(i)->isHidden() ? 0 : 1;
    return n;
}

void EvidenceReferenceDialog::updateButtons()
{
    m_remove->setEnabled(m_references->currentItem() != nullptr && m_references->currentItem()->isSelected());
    m_open->setEnabled(m_remove->isEnabled());
    QTreeWidgetItem *chosen = m_evidence->currentItem();
    m_add->setEnabled(chosen != nullptr);
    if (!chosen)
        return;
    // When the page count is known (a PDF whose text was extracted), the page cannot go beyond it.
    const auto pages = m_workpaper.testing().evidencePageCount(chosen->data(PathColumn, kIdRole).toLongLong());
    const int last = pages && *pages ? **pages : 99999;
    m_page->setMaximum(last);
    m_pageHint->setText(pages && *pages ? tr("%n page(s)", "", last) : QString());
}

void EvidenceReferenceDialog::requestAdd()
{
    QTreeWidgetItem *chosen = m_evidence->currentItem();
    if (!chosen)
        return;
    Core::EvidenceReference reference;
    reference.evidenceId = chosen->data(PathColumn, kIdRole).toLongLong();
    if (m_page->value() > 0)
        reference.page = m_page->value();
    reference.label = m_label->text().trimmed();
    Q_EMIT addRequested(reference);
}

void EvidenceReferenceDialog::requestRemove()
{
    QTreeWidgetItem *row = m_references->currentItem();
    if (!row)
        return;
    const int page = row->data(DocumentColumn, kPageRole).toInt();
    Q_EMIT removeRequested(row->data(DocumentColumn, kIdRole).toLongLong(),
                           page > 0 ? std::optional<int>(page) : std::nullopt);
}

} // namespace Tickmark::Ui
