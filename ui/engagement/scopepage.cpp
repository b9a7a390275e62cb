// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scopepage.h"

#include "common/errortext.h"
#include "common/messagebanner.h"
#include "common/pageheader.h"
#include "common/prompter.h"
#include "engagement/engagementservice.h"
#include "engagementfields.h"
#include "scopecommands.h"
#include "scopedialogs.h"
#include "workpaper/workpaper.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace Tickmark::Ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QTableWidget *createTable(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(true);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    // Long paragraphs (services, CSOCs, CUEC text) need air between rows to stay readable.
    table->setStyleSheet(QStringLiteral("QTableWidget::item { padding: 6px 8px; }"));
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

QTableWidgetItem *cell(const QString &text, qint64 id)
{
    auto *item = new QTableWidgetItem(text);
    item->setData(kIdRole, id);
    item->setToolTip(text.size() > 60 ? text : QString());
    item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
    return item;
}

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    return b;
}

QVBoxLayout *tabLayout(QWidget *tab)
{
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 14, 0, 0);
    layout->setSpacing(10);
    return layout;
}

} // namespace

ScopePage::ScopePage(Core::Workpaper &workpaper, QUndoStack *undoStack, ScopeEditor &editor, Prompter &prompter,
                     QWidget *parent)
    : QWidget(parent)
    , m_workpaper(workpaper)
    , m_undoStack(undoStack)
    , m_editor(editor)
    , m_prompter(prompter)
{
    setObjectName(QStringLiteral("scopePage"));
    auto *layout = new QVBoxLayout(this);
    applyPageMargins(layout);
    layout->addWidget(new PageHeader(tr("Scope"),
                                     tr("What the examination covers: engagement details, subservice organizations and "
                                        "complementary user entity controls."),
                                     this));
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("scopeBanner"));
    layout->addWidget(m_banner);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("scopeTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createDetailsTab(), tr("Engagement details"));
    m_tabs->addTab(createSubserviceTab(), tr("Subservice organizations"));
    m_tabs->addTab(createCuecTab(), tr("CUECs"));
    layout->addWidget(m_tabs, 1);

    connect(&m_workpaper, &Core::Workpaper::changed, this, &ScopePage::reload);
    reloadDetails();
    reloadSubservices();
    reloadCuecs();
}

ScopePage::~ScopePage() = default;

QWidget *ScopePage::createDetailsTab()
{
    auto *tab = new QWidget(this);
    auto *outer = tabLayout(tab);
    m_detailsBanner = new MessageBanner(tab);
    m_detailsBanner->setObjectName(QStringLiteral("detailsBanner"));
    outer->addWidget(m_detailsBanner);
    m_warningBanner = new MessageBanner(tab);
    m_warningBanner->setObjectName(QStringLiteral("detailsWarningBanner"));
    outer->addWidget(m_warningBanner);

    m_fields = new EngagementFields(tab);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(14);
    const auto group = [tab](const QString &title, QLayout *content) {
        auto *box = new QGroupBox(title, tab);
        box->setLayout(content);
        return box;
    };
    grid->addWidget(group(tr("Client and system"), m_fields->createClientLayout()), 0, 0);
    grid->addWidget(group(tr("Service auditor"), m_fields->createFirmLayout()), 0, 1);
    grid->addWidget(group(tr("Report"), m_fields->createReportTypeLayout()), 1, 0);
    grid->addWidget(group(tr("Trust services categories"), m_fields->createCategoriesLayout(false)), 1, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);

    auto *scrollContent = new QWidget(tab);
    auto *scrollLayout = new QVBoxLayout(scrollContent);
    scrollLayout->setContentsMargins(0, 0, 0, 0);
    scrollLayout->addLayout(grid);
    scrollLayout->addStretch(1);
    auto *scroll = new QScrollArea(tab);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Let the tab's own background show through instead of the scroll area's window colour.
    scroll->setStyleSheet(QStringLiteral("QScrollArea { background: transparent; }"));
    scroll->viewport()->setAutoFillBackground(false);
    scrollContent->setAutoFillBackground(false);
    scroll->setWidget(scrollContent);
    outer->addWidget(scroll, 1);

    auto *buttons = new QHBoxLayout;
    auto *hint = new QLabel(tr("Changes are recorded in the audit trail and can be undone (Edit ▸ Undo)."), tab);
    hint->setEnabled(false);
    buttons->addWidget(hint, 1);
    m_revert = button(tr("&Revert"), QStringLiteral("revertDetailsButton"), tab);
    m_save = button(tr("&Save Details"), QStringLiteral("saveDetailsButton"), tab);
    m_save->setDefault(true);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    outer->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &ScopePage::saveDetails);
    connect(m_revert, &QPushButton::clicked, this, &ScopePage::revertDetails);
    connect(m_fields, &EngagementFields::changed, this, &ScopePage::updateDetailsState);
    return tab;
}

QWidget *ScopePage::createSubserviceTab()
{
    auto *tab = new QWidget(this);
    auto *layout = tabLayout(tab);
    auto *intro = new QLabel(tr("Organizations whose services are part of the system. Carve-out: their controls are "
                                "excluded and the controls they are expected to operate (CSOCs) are described."),
                             tab);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *row = new QHBoxLayout;
    auto *add = button(tr("&Add…"), QStringLiteral("addSubserviceButton"), tab);
    m_editSubservice = button(tr("&Edit…"), QStringLiteral("editSubserviceButton"), tab);
    m_removeSubservice = button(tr("&Remove"), QStringLiteral("removeSubserviceButton"), tab);
    row->addWidget(add);
    row->addWidget(m_editSubservice);
    row->addWidget(m_removeSubservice);
    row->addStretch(1);
    layout->addLayout(row);

    m_subserviceTable =
        createTable(QStringLiteral("subserviceTable"), {tr("Name"), tr("Services"), tr("Method"), tr("CSOCs")}, tab);
    m_subserviceTable->setAccessibleName(tr("Subservice organizations"));
    auto *header = m_subserviceTable->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::Interactive);
    header->resizeSection(0, 220);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    header->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(3, QHeaderView::Stretch);
    layout->addWidget(m_subserviceTable, 1);

    connect(add, &QPushButton::clicked, this, &ScopePage::addSubservice);
    connect(m_editSubservice, &QPushButton::clicked, this, &ScopePage::editSubservice);
    connect(m_removeSubservice, &QPushButton::clicked, this, &ScopePage::removeSubservice);
    connect(m_subserviceTable, &QTableWidget::itemSelectionChanged, this, &ScopePage::updateListButtons);
    connect(m_subserviceTable, &QTableWidget::itemDoubleClicked, this, &ScopePage::editSubservice);
    return tab;
}

QWidget *ScopePage::createCuecTab()
{
    auto *tab = new QWidget(this);
    auto *layout = tabLayout(tab);
    auto *intro = new QLabel(tr("Complementary user entity controls: what the client's customers must do for the "
                                "criteria to be met. They are listed in Section III of the report."),
                             tab);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *row = new QHBoxLayout;
    auto *add = button(tr("A&dd…"), QStringLiteral("addCuecButton"), tab);
    m_editCuec = button(tr("Ed&it…"), QStringLiteral("editCuecButton"), tab);
    m_removeCuec = button(tr("Re&move"), QStringLiteral("removeCuecButton"), tab);
    row->addWidget(add);
    row->addWidget(m_editCuec);
    row->addWidget(m_removeCuec);
    row->addStretch(1);
    layout->addLayout(row);

    m_cuecTable = createTable(QStringLiteral("cuecTable"), {tr("#"), tr("Control"), tr("Related criteria")}, tab);
    m_cuecTable->setAccessibleName(tr("Complementary user entity controls"));
    auto *header = m_cuecTable->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    header->setSectionResizeMode(2, QHeaderView::Interactive);
    header->resizeSection(2, 180);
    layout->addWidget(m_cuecTable, 1);

    connect(add, &QPushButton::clicked, this, &ScopePage::addCuec);
    connect(m_editCuec, &QPushButton::clicked, this, &ScopePage::editCuec);
    connect(m_removeCuec, &QPushButton::clicked, this, &ScopePage::removeCuec);
    connect(m_cuecTable, &QTableWidget::itemSelectionChanged, this, &ScopePage::updateListButtons);
    connect(m_cuecTable, &QTableWidget::itemDoubleClicked, this, &ScopePage::editCuec);
    return tab;
}

void ScopePage::reload(const QString &object)
{
    if (object == QLatin1String("engagement"))
        reloadDetails();
    else if (object.startsWith(QLatin1String("subservice")))
        reloadSubservices();
    else if (object.startsWith(QLatin1String("cuec")))
        reloadCuecs();
}

void ScopePage::reloadDetails()
{
    const auto details = m_workpaper.engagement().details();
    if (!details) {
        showError(details.error());
        return;
    }
    m_stored = *details;
    m_fields->setDetails(m_stored);
    m_detailsBanner->clear();
    updateDetailsState();
}

void ScopePage::reloadSubservices()
{
    const auto orgs = m_workpaper.engagement().subserviceOrgs();
    if (!orgs) {
        showError(orgs.error());
        return;
    }
    const qint64 selected = selectedId(m_subserviceTable);
    m_subservices = *orgs;
    m_subserviceTable->setRowCount(static_cast<int>(m_subservices.size()));
    for (int row = 0; row < m_subservices.size(); ++row) {
        const Core::SubserviceOrg &org = m_subservices.at(row);
        m_subserviceTable->setItem(row, 0, cell(org.name, org.id));
        m_subserviceTable->setItem(row, 1, cell(org.services, org.id));
        m_subserviceTable->setItem(row, 2, cell(subserviceMethodName(org.method), org.id));
        m_subserviceTable->setItem(row, 3, cell(org.csocs, org.id));
        if (org.id == selected)
            m_subserviceTable->selectRow(row);
    }
    m_tabs->setTabText(SubserviceTab, tr("Subservice organizations (%1)").arg(m_subservices.size()));
    updateListButtons();
}

void ScopePage::reloadCuecs()
{
    const auto cuecs = m_workpaper.engagement().cuecs();
    if (!cuecs) {
        showError(cuecs.error());
        return;
    }
    const qint64 selected = selectedId(m_cuecTable);
    m_cuecs = *cuecs;
    m_cuecTable->setRowCount(static_cast<int>(m_cuecs.size()));
    for (int row = 0; row < m_cuecs.size(); ++row) {
        const Core::Cuec &c = m_cuecs.at(row);
        auto *number = cell(QString::number(row + 1), c.id);
        number->setTextAlignment(Qt::AlignRight | Qt::AlignTop);
        m_cuecTable->setItem(row, 0, number);
        m_cuecTable->setItem(row, 1, cell(c.text, c.id));
        m_cuecTable->setItem(row, 2, cell(c.criteria.join(QStringLiteral(", ")), c.id));
        if (c.id == selected)
            m_cuecTable->selectRow(row);
    }
    m_tabs->setTabText(CuecTab, tr("CUECs (%1)").arg(m_cuecs.size()));
    updateListButtons();
}

bool ScopePage::hasUnsavedDetails() const
{
    return Core::engagementToJson(m_fields->details()) != Core::engagementToJson(m_stored);
}

void ScopePage::updateDetailsState()
{
    const bool dirty = hasUnsavedDetails();
    m_save->setEnabled(dirty && !m_workpaper.isLocked());
    m_revert->setEnabled(dirty);
    const QStringList warnings = m_fields->warnings();
    if (warnings.isEmpty())
        m_warningBanner->clear();
    else
        m_warningBanner->showMessage(MessageBanner::Kind::Warning, warnings.join(QLatin1Char('\n')));
}

void ScopePage::updateListButtons()
{
    const bool hasOrg = selectedId(m_subserviceTable) != 0;
    m_editSubservice->setEnabled(hasOrg);
    m_removeSubservice->setEnabled(hasOrg);
    const bool hasCuec = selectedId(m_cuecTable) != 0;
    m_editCuec->setEnabled(hasCuec);
    m_removeCuec->setEnabled(hasCuec);
}

qint64 ScopePage::selectedId(QTableWidget *table) const
{
    const QList<QTableWidgetItem *> items = table->selectedItems();
    return items.isEmpty() ? 0 : items.front()->data(kIdRole).toLongLong();
}

void ScopePage::showError(const Error &error)
{
    m_banner->showMessage(MessageBanner::Kind::Error, describeError(error));
}

Result<void> ScopePage::push(const QString &text, const std::function<Result<void>()> &redo,
                             const std::function<Result<void>()> &undo)
{
    QPointer<ScopePage> self(this);
    const auto onError = [self](const Error &error) {
        if (self)
            self->showError(error);
    };
    auto ok = pushServiceCommand(m_undoStack, text, redo, undo, onError);
    if (ok) {
        m_banner->clear();
        Q_EMIT statusMessage(text);
    }
    return ok;
}

bool ScopePage::saveDetails()
{
    const Core::EngagementDetails after = m_fields->details();
    if (const auto problem = m_fields->validate()) {
        m_detailsBanner->showMessage(MessageBanner::Kind::Error, errorSentence(*problem));
        if (QWidget *w = m_fields->widgetForMessage(*problem))
            w->setFocus();
        return false;
    }
    const Core::EngagementDetails before = m_stored;
    Core::Workpaper *wp = &m_workpaper;
    auto ok = push(
        tr("Edit engagement details"), [wp, after] { return wp->engagement().update(after); },
        [wp, before] { return wp->engagement().update(before); });
    if (!ok) {
        m_detailsBanner->showMessage(MessageBanner::Kind::Error, describeError(ok.error()));
        return false;
    }
    m_detailsBanner->clear();
    return true;
}

void ScopePage::revertDetails()
{
    m_fields->setDetails(m_stored);
    m_detailsBanner->clear();
    updateDetailsState();
}

void ScopePage::addSubservice()
{
    const auto org = m_editor.editSubservice(this, Core::SubserviceOrg{});
    if (!org)
        return;
    Core::Workpaper *wp = &m_workpaper;
    // The id changes each time the organization is added again (redo after undo).
    auto id = std::make_shared<qint64>(0);
    auto ok = push(
        tr("Add subservice organization %1").arg(org->name),
        [wp, org = *org, id] {
            auto added = wp->engagement().addSubservice(org);
            if (!added)
                return Result<void>(added.error());
            *id = *added;
            return Result<void>();
        },
        [wp, id] { return wp->engagement().removeSubservice(*id); });
    if (!ok)
        showError(ok.error());
}

void ScopePage::editSubservice()
{
    const qint64 id = selectedId(m_subserviceTable);
    const auto it = std::find_if(m_subservices.cbegin(), m_subservices.cend(),
                                 [id](const Core::SubserviceOrg &o) { return o.id == id; });
    if (it == m_subservices.cend())
        return;
    const Core::SubserviceOrg before = *it;
    const auto after = m_editor.editSubservice(this, before);
    if (!after)
        return;
    Core::Workpaper *wp = &m_workpaper;
    auto ok = push(
        tr("Edit subservice organization %1").arg(after->name),
        [wp, after = *after] { return wp->engagement().updateSubservice(after); },
        [wp, before] { return wp->engagement().updateSubservice(before); });
    if (!ok)
        showError(ok.error());
}

void ScopePage::removeSubservice()
{
    const qint64 selected = selectedId(m_subserviceTable);
    const auto it = std::find_if(m_subservices.cbegin(), m_subservices.cend(),
                                 [selected](const Core::SubserviceOrg &o) { return o.id == selected; });
    if (it == m_subservices.cend())
        return;
    const Core::SubserviceOrg org = *it;
    if (!m_prompter.confirm(this, tr("Remove Subservice Organization"),
                            tr("Remove %1 from the scope of the engagement?").arg(org.name)))
        return;
    Core::Workpaper *wp = &m_workpaper;
    auto id = std::make_shared<qint64>(org.id);
    auto ok = push(
        tr("Remove subservice organization %1").arg(org.name),
        [wp, id] { return wp->engagement().removeSubservice(*id); },
        [wp, org, id] {
            auto added = wp->engagement().addSubservice(org);
            if (!added)
                return Result<void>(added.error());
            *id = *added;
            return Result<void>();
        });
    if (!ok)
        showError(ok.error());
}

void ScopePage::addCuec()
{
    const auto cuec = m_editor.editCuec(this, Core::Cuec{});
    if (!cuec)
        return;
    Core::Workpaper *wp = &m_workpaper;
    auto id = std::make_shared<qint64>(0);
    auto ok = push(
        tr("Add CUEC"),
        [wp, cuec = *cuec, id] {
            auto added = wp->engagement().addCuec(cuec);
            if (!added)
                return Result<void>(added.error());
            *id = *added;
            return Result<void>();
        },
        [wp, id] { return wp->engagement().removeCuec(*id); });
    if (!ok)
        showError(ok.error());
}

void ScopePage::editCuec()
{
    const qint64 id = selectedId(m_cuecTable);
    const auto it = std::find_if(m_cuecs.cbegin(), m_cuecs.cend(), [id](const Core::Cuec &c) { return c.id == id; });
    if (it == m_cuecs.cend())
        return;
    const Core::Cuec before = *it;
    const auto after = m_editor.editCuec(this, before);
    if (!after)
        return;
    Core::Workpaper *wp = &m_workpaper;
    auto ok = push(
        tr("Edit CUEC"), [wp, after = *after] { return wp->engagement().updateCuec(after); },
        [wp, before] { return wp->engagement().updateCuec(before); });
    if (!ok)
        showError(ok.error());
}

void ScopePage::removeCuec()
{
    const qint64 selected = selectedId(m_cuecTable);
    const auto it =
        std::find_if(m_cuecs.cbegin(), m_cuecs.cend(), [selected](const Core::Cuec &c) { return c.id == selected; });
    if (it == m_cuecs.cend())
        return;
    const Core::Cuec cuec = *it;
    if (!m_prompter.confirm(this, tr("Remove CUEC"),
                            tr("Remove this complementary user entity control?\n\n%1").arg(cuec.text)))
        return;
    Core::Workpaper *wp = &m_workpaper;
    auto id = std::make_shared<qint64>(cuec.id);
    auto ok = push(
        tr("Remove CUEC"), [wp, id] { return wp->engagement().removeCuec(*id); },
        [wp, cuec, id] {
            auto added = wp->engagement().addCuec(cuec);
            if (!added)
                return Result<void>(added.error());
            *id = *added;
            return Result<void>();
        });
    if (!ok)
        showError(ok.error());
}

} // namespace Tickmark::Ui
