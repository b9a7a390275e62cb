// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewnotesdialog.h"

#include "common/tonestyle.h"
#include "review/reviewservice.h"
#include "reviewpanel.h"
#include "workpaper/workpaper.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Tickmark::Ui {

ReviewNotesDialog::ReviewNotesDialog(Core::Workpaper &workpaper, const QString &object, const QString &displayName,
                                     QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("reviewNotesDialog"));
    const QString name = displayName.isEmpty() ? object : displayName;
    setWindowTitle(tr("Review Notes — %1").arg(name));
    auto *layout = new QVBoxLayout(this);
    m_panel = new ReviewPanel(workpaper, this);
    m_panel->setObject(object, displayName);
    layout->addWidget(m_panel, 1);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("reviewNotesError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setToneTextStyle(m_error, Tone::Bad, QColor(0xB4, 0x23, 0x18));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_panel, &ReviewPanel::errorOccurred, this, [this](const QString &text) {
        m_error->setText(text);
        m_error->show();
    });
    connect(m_panel, &ReviewPanel::statusMessage, this, [this](const QString &text) {
        m_error->clear();
        m_error->hide();
        Q_EMIT statusMessage(text);
    });
    resize(fontMetrics().averageCharWidth() * 96, fontMetrics().height() * 32);
}

QString ReviewNotesDialog::errorText() const
{
    return m_error->text();
}

ReviewNotesDialog *openReviewNotes(Core::Workpaper &workpaper, const QString &object, const QString &displayName,
                                   QWidget *parent)
{
    auto *dialog = new ReviewNotesDialog(workpaper, object, displayName, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

int openNoteCount(Core::Workpaper &workpaper, const QString &object)
{
    if (object.isEmpty())
        return 0;
    const auto notes = workpaper.review().notes(object);
    if (!notes)
        return 0;
    return static_cast<int>(std::count_if(notes->cbegin(), notes->cend(), [](const Core::ReviewNote &note) {
        return note.status != Core::NoteStatus::Cleared;
    }));
}

QString reviewNotesActionText(int openNotes)
{
    return openNotes > 0 ? ReviewNotesDialog::tr("Review &Notes (%1)…").arg(openNotes)
                         : ReviewNotesDialog::tr("Review &Notes…");
}

} // namespace Tickmark::Ui
