// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebanner.h"

#include "common/tonestyle.h"
#include "settings/appearance.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace Tickmark::Ui {

namespace {

Tone toneFor(MessageBanner::Kind kind)
{
    switch (kind) {
    case MessageBanner::Kind::Error:
        return Tone::Bad;
    case MessageBanner::Kind::Warning:
        return Tone::Warning;
    case MessageBanner::Kind::Information:
        break;
    }
    return Tone::Neutral;
}

/// The banner's sheet on @p palette: a tinted panel, its border and text of the kind's tone. On a light palette
/// the text is a shade deeper than toneText() (the banner's long-standing look).
QString bannerSheet(MessageBanner::Kind kind, const QPalette &palette)
{
    const Tone tone = toneFor(kind);
    QColor text = toneText(tone, palette);
    if (!isDarkPalette(palette)) {
        if (kind == MessageBanner::Kind::Error)
            text = QColor(0x7F, 0x1D, 0x15);
        else if (kind == MessageBanner::Kind::Warning)
            text = QColor(0x6B, 0x47, 0x00);
    }
    return QStringLiteral("QFrame[tickmarkBanner=\"true\"] { background: %1; border: 1px solid %2;"
                          " border-radius: 4px; }"
                          "QLabel { color: %3; background: transparent; border: none; }")
        .arg(toneBackground(tone, palette).name(), toneBorder(tone, palette).name(), text.name());
}

QStyle::StandardPixmap iconFor(MessageBanner::Kind kind)
{
    switch (kind) {
    case MessageBanner::Kind::Error:
        return QStyle::SP_MessageBoxCritical;
    case MessageBanner::Kind::Warning:
        return QStyle::SP_MessageBoxWarning;
    case MessageBanner::Kind::Information:
        break;
    }
    return QStyle::SP_MessageBoxInformation;
}

} // namespace

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBanner"));
    // Styled through a property rather than the object name, which owners may change.
    setProperty("tickmarkBanner", true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 6, 8);
    layout->setSpacing(10);

    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignTop);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("messageBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setTextFormat(Qt::PlainText);
    m_close = new QToolButton(this);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::clear);

    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    setPaletteStyleSheet(this, [kind](const QPalette &palette) { return bannerSheet(kind, palette); });
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(iconFor(kind), nullptr, this).pixmap(size, size));
    m_text->setText(text);
    show();
}

void MessageBanner::clear()
{
    m_text->clear();
    hide();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

} // namespace Tickmark::Ui
