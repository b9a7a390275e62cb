// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// TestingPage: the evidence references of grid cells (Ctrl+E, the references dialog, undo commands).
#include "testingpage.h"

#include "common/errortext.h"
#include "evidencereferencedialog.h"
#include "testing/testinggridmodel.h"
#include "testingcommands.h"
#include "workpaper/repositories.h"
#include "workpaper/workpaper.h"

#include <QUndoStack>

#include <algorithm>
#include <memory>

namespace Tickmark::Ui {

bool TestingPage::addEvidenceReference(int row, int column, const Core::EvidenceReference &reference)
{
    const auto change = m_model->change(row, column, {});
    if (!change)
        return false;
    const EvidenceReferenceCommand::Target target{change->controlId, change->population, change->row, change->letter};
    QString itemText = tr("evidence item %1").arg(reference.evidenceId);
    if (const auto item = m_workpaper.repositories().evidence.itemById(reference.evidenceId); item && *item) {
        itemText = (*item)->packageName + QLatin1Char('/') + (*item)->path;
        if (reference.page)
            itemText = tr("%1, p. %2").arg(itemText).arg(*reference.page);
    }
    auto command = std::make_unique<EvidenceReferenceCommand>(m_workpaper, target,
                                                              EvidenceReferenceCommand::Kind::Add, reference,
                                                              itemText, [this](const QString &m) { reportError(m); });
    if (auto ok = command->execute(); !ok) {
        reportError(tr("The evidence reference was not added. %1").arg(errorSentence(ok.error().detail)));
        return false;
    }
    if (m_undoStack)
        m_undoStack->push(command.release());
    Q_EMIT statusMessage(tr("Item %1, attribute %2 now refers to %3.")
                             .arg(QString::number(change->row), change->letter, itemText));
    return true;
}

bool TestingPage::removeEvidenceReference(int row, int column, qint64 evidenceId, std::optional<int> page)
{
    const auto change = m_model->change(row, column, {});
    if (!change)
        return false;
    const auto references = m_model->referencesAt(row, column);
    const auto it = std::find_if(references.cbegin(), references.cend(), [&](const Core::CellEvidenceReference &r) {
        return r.reference.evidenceId == evidenceId && r.reference.page == page;
    });
    if (it == references.cend())
        return false;
    const EvidenceReferenceCommand::Target target{change->controlId, change->population, change->row, change->letter};
    auto command = std::make_unique<EvidenceReferenceCommand>(
        m_workpaper, target, EvidenceReferenceCommand::Kind::Remove, it->reference, Core::evidenceReferenceText(*it),
        [this](const QString &m) { reportError(m); });
    if (auto ok = command->execute(); !ok) {
        reportError(tr("The evidence reference was not removed. %1").arg(errorSentence(ok.error().detail)));
        return false;
    }
    if (m_undoStack)
        m_undoStack->push(command.release());
    return true;
}

EvidenceReferenceDialog *TestingPage::evidenceDialog() const
{
    return m_evidenceDialog;
}

EvidenceReferenceDialog *TestingPage::editEvidence(const QModelIndex &index)
{
    if (!index.isValid() || !m_model->isAttributeColumn(index.column()))
        return nullptr;
    const qint64 rowNumber = m_model->rowNumberAt(index.row());
    const QString letter = m_model->letterAt(index.column());
    if (!m_model->cellAt(index.row(), index.column()).result) {
        reportError(tr("Item %1, attribute %2 has no result yet. Record pass, deviation or N/A first, then refer"
                       " to the evidence it rests on.")
                        .arg(QString::number(rowNumber), letter));
        return nullptr;
    }
    if (m_evidenceDialog)
        m_evidenceDialog->close();
    m_evidenceRow = rowNumber;
    m_evidenceLetter = letter;
    auto *dialog = new EvidenceReferenceDialog(
        m_workpaper,
        tr("Item %1 (row %2), attribute %3").arg(QString::number(index.row() + 1), QString::number(rowNumber), letter),
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("evidenceReferenceDialog"));
    m_evidenceDialog = dialog;
    connect(dialog, &EvidenceReferenceDialog::addRequested, this, [this](const Core::EvidenceReference &reference) {
        const QModelIndex cell = evidenceDialogIndex();
        if (cell.isValid())
            addEvidenceReference(cell.row(), cell.column(), reference);
    });
    connect(dialog, &EvidenceReferenceDialog::removeRequested, this, [this](qint64 id, std::optional<int> page) {
        const QModelIndex cell = evidenceDialogIndex();
        if (cell.isValid())
            removeEvidenceReference(cell.row(), cell.column(), id, page);
    });
    connect(dialog, &EvidenceReferenceDialog::openRequested, this, &TestingPage::openEvidence);
    refreshEvidenceDialog();
    dialog->open();
    return dialog;
}

QModelIndex TestingPage::evidenceDialogIndex() const
{
    for (int c = m_model->firstAttributeColumn(); c < m_model->columnCount(); ++c) {
        if (m_model->letterAt(c) != m_evidenceLetter)
            continue;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->rowNumberAt(r) == m_evidenceRow)
                return m_model->index(r, c);
        }
    }
    return {};
}

void TestingPage::refreshEvidenceDialog()
{
    if (!m_evidenceDialog)
        return;
    const QModelIndex cell = evidenceDialogIndex();
    if (!cell.isValid()) {
        m_evidenceDialog->close();
        return;
    }
    m_evidenceDialog->setReferences(m_model->referencesAt(cell.row(), cell.column()));
}

} // namespace Tickmark::Ui
