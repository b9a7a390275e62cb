// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomepage.h"

#include "common/icons.h"
#include "common/messagebanner.h"

#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDragLeaveEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

#include <algorithm>

namespace Tickmark::Ui {

namespace {

QPushButton *actionButton(const QIcon &icon, const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(icon, text, parent);
    b->setObjectName(objectName);
    b->setIconSize(QSize(20, 20));
    b->setMinimumHeight(38);
    b->setMinimumWidth(190);
    return b;
}

QLabel *muted(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    label->setPalette(pal);
    return label;
}

constexpr int kPathRole = Qt::UserRole;
constexpr int kFolderRole = Qt::UserRole + 1;

/// Draws a recent workpaper as its name in bold over its folder in a muted colour.
class RecentFileDelegate final : public QStyledItemDelegate
{
    Q_DISABLE_COPY_MOVE(RecentFileDelegate)

public:
    explicit RecentFileDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return {option.rect.width(), option.fontMetrics.height() * 2 + 18};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        opt.text.clear();
        opt.icon = QIcon();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const bool selected = opt.state & QStyle::State_Selected;
        const bool enabled = opt.state & QStyle::State_Enabled;
        const QRect r = opt.rect.adjusted(10, 0, -10, 0);
        const int iconSize = 28;
        const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
        icon.paint(painter, QRect(r.left(), r.center().y() - iconSize / 2, iconSize, iconSize), Qt::AlignCenter,
                   selected ? QIcon::Selected : (enabled ? QIcon::Normal : QIcon::Disabled));

        const QRect text = r.adjusted(iconSize + 12, 8, 0, -8);
        QFont bold = opt.font;
        bold.setWeight(QFont::DemiBold);
        const QPalette::ColorGroup group = enabled ? QPalette::Normal : QPalette::Disabled;
        painter->save();
        painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        painter->setFont(bold);
        const QFontMetrics boldMetrics(bold);
        painter->drawText(text.left(), text.top() + boldMetrics.ascent(),
                          boldMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, text.width()));
        painter->setFont(opt.font);
        painter->setPen(selected ? opt.palette.color(group, QPalette::HighlightedText)
                                 : opt.palette.color(group, QPalette::PlaceholderText));
        painter->drawText(
            text.left(), text.bottom() - opt.fontMetrics.descent(),
            opt.fontMetrics.elidedText(index.data(kFolderRole).toString(), Qt::ElideMiddle, text.width()));
        painter->restore();
    }
};

} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(32, 40, 32, 32);
    outer->addStretch(1);

    auto *column = new QWidget(this);
    column->setMaximumWidth(760);
    column->setMinimumWidth(520);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(18);

    auto *brand = new QHBoxLayout;
    brand->setSpacing(16);
    auto *logo = new QLabel(column);
    logo->setPixmap(tickmarkIcon(QStringLiteral("tickmark")).pixmap(64, 64));
    brand->addWidget(logo, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    texts->setSpacing(4);
    auto *title = new QLabel(tr("Tickmark"), column);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.0);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    texts->addWidget(title);
    texts->addWidget(muted(tr("Plan, test and document SOC 2 examinations. One engagement is one .tickmark file; "
                              "every change is recorded in a tamper-evident audit trail."),
                           column));
    brand->addLayout(texts, 1);
    layout->addLayout(brand);

    m_banner = new MessageBanner(column);
    m_banner->setObjectName(QStringLiteral("welcomeBanner"));
    layout->addWidget(m_banner);

    auto *line = new QFrame(column);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(10);
    auto *create = actionButton(tickmarkIcon(QStringLiteral("new")), tr("&New Engagement…"),
                                QStringLiteral("newEngagementButton"), column);
    auto *open = actionButton(tickmarkIcon(QStringLiteral("open")), tr("&Open…"), QStringLiteral("openButton"), column);
    m_sample = actionButton(tickmarkIcon(QStringLiteral("sample")), tr("Open &Sample Engagement"),
                            QStringLiteral("openSampleButton"), column);
    m_sample->setToolTip(tr("A fictional SaaS company's Type II engagement, to look around without risk"));
    buttons->addWidget(create, 1);
    buttons->addWidget(open, 1);
    buttons->addWidget(m_sample, 1);
    layout->addLayout(buttons);
    m_dropHint = muted(QString(), column);
    m_dropHint->setObjectName(QStringLiteral("dropHint"));
    m_dropHint->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_dropHint);
    showDropHint({}, false);
    layout->addSpacing(4);

    m_recentTitle = new QLabel(tr("Recent workpapers"), column);
    QFont sectionFont = m_recentTitle->font();
    sectionFont.setWeight(QFont::DemiBold);
    sectionFont.setPointSizeF(sectionFont.pointSizeF() * 1.15);
    m_recentTitle->setFont(sectionFont);
    layout->addWidget(m_recentTitle);

    m_noRecent = muted(tr("No recent workpapers yet. Start a new engagement, or open the sample engagement (a "
                          "fictional SaaS company's Type II examination) to look around."),
                       column);
    m_noRecent->setObjectName(QStringLiteral("noRecentLabel"));
    layout->addWidget(m_noRecent);

    m_recent = new QListWidget(column);
    m_recent->setObjectName(QStringLiteral("recentList"));
    m_recent->setAccessibleName(tr("Recent workpapers"));
    m_recent->setItemDelegate(new RecentFileDelegate(m_recent));
    m_recent->setUniformItemSizes(true);
    m_recent->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_recent->setMouseTracking(true);
    layout->addWidget(m_recent);
    layout->addStretch(1);

    outer->addWidget(column, 4);
    outer->addStretch(1);

    connect(create, &QPushButton::clicked, this, &WelcomePage::newEngagementRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(m_sample, &QPushButton::clicked, this, &WelcomePage::sampleRequested);
    connect(m_recent, &QListWidget::itemActivated, this, &WelcomePage::activate);
    setRecentFiles({});
    setAcceptDrops(true);
}

void WelcomePage::setRecentFiles(const QStringList &files)
{
    m_recent->clear();
    const QIcon icon = tickmarkIcon(QStringLiteral("workpaper"));
    for (const QString &path : files) {
        const QFileInfo info(path);
        const bool exists = info.exists();
        auto *item = new QListWidgetItem(icon, info.completeBaseName(), m_recent);
        item->setData(kPathRole, path);
        item->setData(kFolderRole, QDir::toNativeSeparators(info.absolutePath()));
        item->setToolTip(exists ? QDir::toNativeSeparators(path)
                                : tr("%1 (not found)").arg(QDir::toNativeSeparators(path)));
        if (!exists)
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    // The list is as tall as its (at most eight) entries; the page scrolls no list inside a list.
    const int rowHeight = m_recent->sizeHintForRow(0) > 0 ? m_recent->sizeHintForRow(0) : 0;
    m_recent->setFixedHeight(rowHeight * static_cast<int>(files.size()) + 2 * m_recent->frameWidth());
    const bool none = files.isEmpty();
    m_noRecent->setVisible(none);
    m_recent->setVisible(!none);
    // With nothing to reopen, the sample is the most useful first step.
    m_sample->setDefault(none);
}

bool WelcomePage::isWorkpaperPath(const QString &path)
{
    return path.endsWith(QStringLiteral(".tickmark"), Qt::CaseInsensitive);
}

QStringList WelcomePage::localPaths(const QMimeData *data)
{
    QStringList paths;
    if (!data || !data->hasUrls())
        return paths;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile() && !url.toLocalFile().isEmpty())
            paths << url.toLocalFile();
    }
    return paths;
}

bool WelcomePage::dropPaths(const QStringList &paths)
{
    showDropHint({}, false);
    for (const QString &path : paths) {
        if (isWorkpaperPath(path)) {
            m_banner->clear();
            Q_EMIT workpaperDropped(path);
            return true;
        }
    }
    if (paths.isEmpty())
        return false;
    const QString name = QFileInfo(paths.front()).fileName();
    const QString what = paths.size() == 1 ? tr("\u201c%1\u201d is not a Tickmark workpaper.").arg(name)
                                           : tr("None of the %n dropped files is a Tickmark workpaper.", "",
                                                static_cast<int>(paths.size()));
    m_banner->showMessage(MessageBanner::Kind::Warning,
                          what + QLatin1Char(' ') +
                              tr("Drop a .tickmark file here to open it. Evidence, control matrices and populations "
                                 "are imported once an engagement is open: open or create one first."));
    return false;
}

void WelcomePage::showDropHint(const QString &text, bool emphasised)
{
    m_dropHint->setText(text.isEmpty() ? tr("Or drop a .tickmark workpaper anywhere on this window to open it.")
                                       : text);
    QFont font = m_dropHint->font();
    font.setBold(emphasised);
    m_dropHint->setFont(font);
    QPalette pal = m_dropHint->palette();
    pal.setColor(QPalette::WindowText,
                 emphasised ? palette().color(QPalette::Highlight) : palette().color(QPalette::PlaceholderText));
    m_dropHint->setPalette(pal);
}

void WelcomePage::dragEnterEvent(QDragEnterEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    // Accepted either way: a refused drop then explains itself instead of a bare "no entry" cursor.
    const auto workpaper = std::find_if(paths.cbegin(), paths.cend(), &WelcomePage::isWorkpaperPath);
    if (workpaper != paths.cend())
        showDropHint(tr("Release to open %1").arg(QFileInfo(*workpaper).fileName()), true);
    else
        showDropHint(tr("Only .tickmark workpapers can be opened here."), true);
    event->acceptProposedAction();
}

void WelcomePage::dragLeaveEvent(QDragLeaveEvent *event)
{
    showDropHint({}, false);
    QWidget::dragLeaveEvent(event);
}

void WelcomePage::dropEvent(QDropEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    dropPaths(paths);
}

void WelcomePage::activate(QListWidgetItem *item)
{
    if (item)
        Q_EMIT recentFileActivated(item->data(kPathRole).toString());
}

} // namespace Tickmark::Ui
