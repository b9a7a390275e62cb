// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pageheader.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Tickmark::Ui {

PageHeader::PageHeader(const QString &title, const QString &description, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("pageHeader"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(10);

    auto *row = new QHBoxLayout;
    row->setSpacing(12);
    auto *texts = new QVBoxLayout;
    texts->setSpacing(3);
    m_title = new QLabel(title, this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.55);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setAccessibleName(title);
    m_description = new QLabel(description, this);
    m_description->setObjectName(QStringLiteral("pageDescription"));
    m_description->setWordWrap(true);
    QPalette pal = m_description->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    m_description->setPalette(pal);
    texts->addWidget(m_title);
    texts->addWidget(m_description);
    row->addLayout(texts, 1);
    m_trailing = new QHBoxLayout;
    m_trailing->setSpacing(6);
    row->addLayout(m_trailing);
    outer->addLayout(row);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    outer->addWidget(line);
}

void PageHeader::addTrailingWidget(QWidget *widget)
{
    m_trailing->addWidget(widget, 0, Qt::AlignBottom);
}

void PageHeader::setTitle(const QString &title)
{
    m_title->setText(title);
}

void PageHeader::setDescription(const QString &description)
{
    m_description->setText(description);
}

QString PageHeader::title() const
{
    return m_title->text();
}

void applyPageMargins(QLayout *layout)
{
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
}

} // namespace Tickmark::Ui
