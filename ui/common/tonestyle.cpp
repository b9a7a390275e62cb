// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tonestyle.h"

#include <QApplication>
#include <QEvent>
#include <QSet>
#include <QWidget>

namespace Tickmark::Ui {

namespace {

class PaletteStyler;

/// The live stylers. GUI thread only.
QSet<PaletteStyler *> &stylers()
{
    static QSet<PaletteStyler *> s_stylers;
    return s_stylers;
}

/// Lives as a child of the styled widget and applies its sheet for the current application palette.
class PaletteStyler final : public QObject
{
public:
    PaletteStyler(QWidget *widget, PaletteStyleSheet sheet)
        : QObject(widget)
        , m_widget(widget)
        , m_sheet(std::move(sheet))
    {
        setObjectName(QStringLiteral("tickmarkPaletteStyler"));
        stylers().insert(this);
        apply();
    }
    ~PaletteStyler() override { stylers().remove(this); }
    Q_DISABLE_COPY_MOVE(PaletteStyler)

    void setSheet(PaletteStyleSheet sheet)
    {
        m_sheet = std::move(sheet);
        apply();
    }

    /// Re-reads the application palette; a no-op when the sheet comes out the same.
    void apply()
    {
        const QString sheet = m_sheet ? m_sheet(QApplication::palette()) : QString();
        if (m_widget->styleSheet() != sheet)
            m_widget->setStyleSheet(sheet);
    }

private:
    QWidget *m_widget;
    PaletteStyleSheet m_sheet;
};

/// Watches the application for ApplicationPaletteChange (Preferences ▸ Appearance) and re-applies every sheet.
/// Widgets with a style sheet get no palette events of their own, and the per-widget ApplicationPaletteChange is
/// sent only while the event loop runs; the application object gets it in any case.
class PaletteWatcher final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange) {
            const QSet<PaletteStyler *> live = stylers();
            for (PaletteStyler *styler : live) {
                if (stylers().contains(styler))
                    styler->apply();
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

void ensureWatcher()
{
    static bool s_installed = false;
    if (s_installed || !qApp)
        return;
    s_installed = true;
    qApp->installEventFilter(new PaletteWatcher(qApp));
}

} // namespace

void setPaletteStyleSheet(QWidget *widget, PaletteStyleSheet sheet)
{
    if (!widget)
        return;
    ensureWatcher();
    // Only PaletteStyler uses this object name (it has no meta-object of its own for qobject_cast).
    if (auto *styler = widget->findChild<QObject *>(QStringLiteral("tickmarkPaletteStyler"), Qt::FindDirectChildrenOnly)) {
        static_cast<PaletteStyler *>(styler)->setSheet(std::move(sheet));
        return;
    }
    new PaletteStyler(widget, std::move(sheet));
}

void setToneTextStyle(QWidget *widget, Tone tone, const QColor &light)
{
    if (!widget)
        return;
    setPaletteStyleSheet(widget, [tone, light](const QPalette &palette) {
        const QColor colour = isDarkPalette(palette) ? toneText(tone, palette) : light;
        return QStringLiteral("color: %1;").arg(colour.name());
    });
}

} // namespace Tickmark::Ui
