// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "common/icons.h"
#include "common/versions.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Tickmark::Ui {

namespace {

QWidget *createTitle(QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    auto *icon = new QLabel(row);
    icon->setPixmap(tickmarkIcon(QStringLiteral("tickmark")).pixmap(64, 64));
    layout->addWidget(icon, 0, Qt::AlignTop);
    auto *text = new QLabel(row);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setText(AboutDialog::tr("<h2 style='margin:0'>Tickmark %1</h2>"
                                  "<p>A workbench for SOC 2 examinations: scope, controls, evidence, samples, tests, "
                                  "review and the report, in one workpaper file with a tamper-evident audit trail."
                                  " Everything works offline; every change is saved the moment it is made.</p>"
                                  "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                      .arg(QStringLiteral(TICKMARK_VERSION)));
    layout->addWidget(text, 1);
    return row;
}

QTableWidget *createVersionTable(QWidget *parent)
{
    const QList<Core::LibraryVersion> versions = Core::libraryVersions();
    auto *table = new QTableWidget(int(versions.size()), 2, parent);
    table->setObjectName(QStringLiteral("aboutVersions"));
    table->setAccessibleName(AboutDialog::tr("Library versions"));
    table->setHorizontalHeaderLabels({AboutDialog::tr("Library"), AboutDialog::tr("Version")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    for (int row = 0; row < versions.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(versions.at(row).name));
        table->setItem(row, 1, new QTableWidgetItem(versions.at(row).version));
    }
    table->resizeColumnToContents(0);
    table->setColumnWidth(0, table->columnWidth(0) + 24);
    const int height = table->horizontalHeader()->height() + table->verticalHeader()->length() + 4;
    table->setFixedHeight(height);
    return table;
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Tickmark"));
    setMinimumWidth(520);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 14);
    layout->setSpacing(14);
    layout->addWidget(createTitle(this));
    auto *librariesLabel = new QLabel(tr("Libraries in use"), this);
    QFont bold = librariesLabel->font();
    bold.setBold(true);
    librariesLabel->setFont(bold);
    layout->addWidget(librariesLabel);
    layout->addWidget(createVersionTable(this));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("Copy Versions"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("aboutCopy"));
    connect(copy, &QPushButton::clicked, this, [] { QApplication::clipboard()->setText(versionReport()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString AboutDialog::versionReport()
{
    QStringList lines{QStringLiteral("Tickmark %1").arg(QStringLiteral(TICKMARK_VERSION))};
    for (const Core::LibraryVersion &library : Core::libraryVersions())
        lines << QStringLiteral("%1 %2").arg(library.name, library.version);
    return lines.join(QLatin1Char('\n'));
}

} // namespace Tickmark::Ui
