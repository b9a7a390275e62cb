// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appearance.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace Tickmark::Ui {

namespace {

struct SystemAppearance
{
    bool captured = false;
    QString style;
    QPalette palette;
};

SystemAppearance &systemAppearance()
{
    static SystemAppearance s_system;
    return s_system;
}

/// Muted labels copy the palette's placeholder colour when they are made (ui/common/widgets.h): carry those over
/// to the new palette, or a dark palette would keep light-palette grey text (and the reverse).
void setPaletteKeepingMutedText(const QPalette &next)
{
    const QColor oldMuted = QApplication::palette().color(QPalette::PlaceholderText);
    const QColor newMuted = next.color(QPalette::PlaceholderText);
    QApplication::setPalette(next);
    // Windows that inherit the palette re-read it from the application (some keep the old one otherwise).
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (!window->testAttribute(Qt::WA_SetPalette))
            window->setPalette(QPalette());
    }
    const auto widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets) {
        if (!widget->testAttribute(Qt::WA_SetPalette))
            continue;
        QPalette own = widget->palette();
        bool changed = false;
        for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text}) {
            if (own.color(role) == oldMuted) {
                own.setColor(role, newMuted);
                changed = true;
            }
        }
        if (changed)
            widget->setPalette(own);
    }
}

void setStyleByName(const QString &name)
{
    if (QApplication::style() && QApplication::style()->name().compare(name, Qt::CaseInsensitive) == 0)
        return;
    if (QStyle *style = QStyleFactory::create(name))
        QApplication::setStyle(style);
}

} // namespace

QString appearanceKey(Appearance appearance)
{
    switch (appearance) {
    case Appearance::Light:
        return QStringLiteral("light");
    case Appearance::Dark:
        return QStringLiteral("dark");
    case Appearance::System:
        break;
    }
    return QStringLiteral("system");
}

std::optional<Appearance> appearanceFromKey(const QString &key)
{
    for (Appearance a : {Appearance::System, Appearance::Light, Appearance::Dark}) {
        if (appearanceKey(a) == key)
            return a;
    }
    return std::nullopt;
}

void captureSystemAppearance()
{
    SystemAppearance &system = systemAppearance();
    system.captured = true;
    system.style = QApplication::style() ? QApplication::style()->name() : QStringLiteral("Fusion");
    system.palette = QGuiApplication::palette();
}

void applyAppearance(Appearance appearance)
{
    const SystemAppearance &system = systemAppearance();
    switch (appearance) {
    case Appearance::System:
        setStyleByName(system.captured ? system.style : QStringLiteral("Fusion"));
        setPaletteKeepingMutedText(system.captured ? system.palette : QApplication::style()->standardPalette());
        return;
    case Appearance::Light:
        // Native styles (Windows, macOS) paint with their own colours; Fusion follows the palette.
        setStyleByName(QStringLiteral("Fusion"));
        setPaletteKeepingMutedText(lightPalette());
        return;
    case Appearance::Dark:
        setStyleByName(QStringLiteral("Fusion"));
        setPaletteKeepingMutedText(darkPalette());
        return;
    }
}

QPalette lightPalette()
{
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"))) {
        QPalette palette = fusion->standardPalette();
        delete fusion;
        return palette;
    }
    return QPalette(QColor(0xEF, 0xEF, 0xEF));
}

QPalette darkPalette()
{
    const QColor window(0x2B, 0x2D, 0x31);
    const QColor text(0xE8, 0xE9, 0xEB);
    const QColor disabledText(0x80, 0x84, 0x8B);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x1E, 0x1F, 0x22));
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2D));
    p.setColor(QPalette::ToolTipBase, QColor(0x3A, 0x3D, 0x42));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9C, 0xA0, 0xA8));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3D));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xFF, 0x8A, 0x80));
    p.setColor(QPalette::Light, QColor(0x4A, 0x4D, 0x53));
    p.setColor(QPalette::Midlight, QColor(0x3E, 0x41, 0x46));
    p.setColor(QPalette::Mid, QColor(0x52, 0x55, 0x5C));
    p.setColor(QPalette::Dark, QColor(0x1A, 0x1B, 0x1E));
    p.setColor(QPalette::Shadow, QColor(0x0E, 0x0F, 0x10));
    p.setColor(QPalette::Highlight, QColor(0x3A, 0x76, 0xD0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7F, 0xB2, 0xFF));
    p.setColor(QPalette::LinkVisited, QColor(0xB9, 0x9C, 0xFF));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4A, 0x4D, 0x53));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QColor toneText(Tone tone, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    switch (tone) {
    case Tone::Good:
        return dark ? QColor(0x7D, 0xD3, 0x8F) : QColor(0x1E, 0x7A, 0x34);
    case Tone::Bad:
        return dark ? QColor(0xFF, 0x8A, 0x80) : QColor(0xB3, 0x26, 0x1E);
    case Tone::Warning:
        return dark ? QColor(0xF5, 0xC2, 0x5B) : QColor(0x7A, 0x4F, 0x00);
    case Tone::Neutral:
        break;
    }
    return dark ? QColor(0x9C, 0xC4, 0xF5) : QColor(0x17, 0x3F, 0x6B);
}

QColor toneBackground(Tone tone, const QPalette &palette)
{
    if (isDarkPalette(palette)) {
        switch (tone) {
        case Tone::Good:
            return {0x1F, 0x3A, 0x27};
        case Tone::Bad:
            return {0x4A, 0x22, 0x1F};
        case Tone::Warning:
            return {0x47, 0x38, 0x17};
        case Tone::Neutral:
            break;
        }
        return {0x1F, 0x33, 0x4D};
    }
    switch (tone) {
    case Tone::Good:
        return {0xE6, 0xF4, 0xEA};
    case Tone::Bad:
        return {0xFD, 0xEC, 0xEA};
    case Tone::Warning:
        return {0xFF, 0xF6, 0xE0};
    case Tone::Neutral:
        break;
    }
    return {0xEA, 0xF2, 0xFB};
}

QColor toneBorder(Tone tone, const QPalette &palette)
{
    if (isDarkPalette(palette))
        return toneBackground(tone, palette).lighter(160);
    switch (tone) {
    case Tone::Good:
        return {0x9F, 0xD0, 0xAB};
    case Tone::Bad:
        return {0xE8, 0xA2, 0x9C};
    case Tone::Warning:
        return {0xE6, 0xC3, 0x70};
    case Tone::Neutral:
        break;
    }
    return {0xA9, 0xC6, 0xE8};
}

} // namespace Tickmark::Ui
