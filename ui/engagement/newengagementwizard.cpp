// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "newengagementwizard.h"

#include "common/errortext.h"
#include "common/filechooser.h"
#include "common/icons.h"
#include "common/messagebanner.h"
#include "engagementfields.h"
#include "engagementtext.h"
#include "workpaper/workpaper.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Tickmark::Ui {

/// A wizard page over a subset of the engagement fields: a short introduction, the fields and an error banner.
/// Leaving the page runs core's validation of everything entered so far; later pages hold valid defaults, so a
/// problem found here is on this page or an earlier one.
class WizardDetailsPage : public QWizardPage
{
    Q_DISABLE_COPY_MOVE(WizardDetailsPage)

public:
    WizardDetailsPage(EngagementFields &fields, const QString &title, const QString &subtitle, const QString &intro,
                      QWidget *parent)
        : QWizardPage(parent)
        , m_fields(fields)
    {
        setTitle(title);
        setSubTitle(subtitle);
        m_layout = new QVBoxLayout(this);
        m_layout->setSpacing(14);
        m_banner = new MessageBanner(this);
        m_layout->addWidget(m_banner);
        if (!intro.isEmpty()) {
            auto *label = new QLabel(intro, this);
            label->setWordWrap(true);
            m_layout->addWidget(label);
        }
    }

    void addContent(QLayout *layout) { m_layout->addLayout(layout); }
    void addContent(QWidget *widget) { m_layout->addWidget(widget); }
    void finish() { m_layout->addStretch(1); }
    MessageBanner *banner() const { return m_banner; }

    bool validatePage() override
    {
        if (const auto problem = m_fields.validate()) {
            m_banner->showMessage(MessageBanner::Kind::Error, errorSentence(*problem));
            if (QWidget *w = m_fields.widgetForMessage(*problem))
                w->setFocus();
            return false;
        }
        m_banner->clear();
        return true;
    }

protected:
    EngagementFields &m_fields;
    QVBoxLayout *m_layout = nullptr;
    MessageBanner *m_banner = nullptr;
};

/// The last page: where the workpaper goes, and a summary of what will be created.
class WizardFilePage final : public WizardDetailsPage
{
    Q_DISABLE_COPY_MOVE(WizardFilePage)

public:
    WizardFilePage(NewEngagementWizard &wizard, EngagementFields &fields, QWidget *parent)
        : WizardDetailsPage(fields, NewEngagementWizard::tr("Workpaper file"),
                            NewEngagementWizard::tr("The engagement is kept in one .tickmark file."), QString(), parent)
        , m_wizard(wizard)
    {
        auto *summaryBox = new QGroupBox(NewEngagementWizard::tr("Summary"), this);
        m_summary = new QFormLayout(summaryBox);
        m_summary->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        addContent(summaryBox);

        auto *fileBox = new QGroupBox(NewEngagementWizard::tr("Save as"), this);
        auto *row = new QHBoxLayout(fileBox);
        row->addWidget(wizard.m_path, 1);
        auto *browse = new QPushButton(NewEngagementWizard::tr("&Browse…"), fileBox);
        browse->setObjectName(QStringLiteral("browseButton"));
        QObject::connect(browse, &QPushButton::clicked, &wizard, &NewEngagementWizard::browse);
        row->addWidget(browse);
        addContent(fileBox);
        auto *note = new QLabel(NewEngagementWizard::tr("Keep the file on a drive that is backed up. Share it with "
                                                        "the reviewer by copying it (File ▸ Save a Copy)."),
                                this);
        note->setWordWrap(true);
        addContent(note);
        finish();
    }

    void initializePage() override
    {
        if (!m_wizard.m_pathEdited || m_wizard.m_path->text().trimmed().isEmpty())
            m_wizard.m_path->setText(NewEngagementWizard::defaultFilePath(m_fields.details().client));
        while (m_summary->rowCount() > 0)
            m_summary->removeRow(0);
        const Core::EngagementDetails d = m_fields.details();
        const auto add = [this](const QString &label, const QString &value) {
            auto *field = new QLabel(value.isEmpty() ? QStringLiteral("—") : value);
            field->setWordWrap(true);
            field->setTextInteractionFlags(Qt::TextSelectableByMouse);
            m_summary->addRow(label, field);
        };
        add(NewEngagementWizard::tr("Service organization:"), d.client);
        add(NewEngagementWizard::tr("System:"), d.system);
        add(NewEngagementWizard::tr("Report:"), reportTypeAndPeriod(d));
        add(NewEngagementWizard::tr("Categories:"), categoryListText(d));
        add(NewEngagementWizard::tr("Service auditor:"), QStringList{d.firm, d.firmCity}
                                                             .filter(QRegularExpression(QStringLiteral("\\S")))
                                                             .join(QStringLiteral(", ")));
        add(NewEngagementWizard::tr("Engagement partner:"), d.partner);
    }

    bool validatePage() override
    {
        if (!WizardDetailsPage::validatePage())
            return false;
        if (const auto problem = m_wizard.createWorkpaper()) {
            m_banner->showMessage(MessageBanner::Kind::Error, *problem);
            m_wizard.m_path->setFocus();
            return false;
        }
        return true;
    }

private:
    NewEngagementWizard &m_wizard;
    QFormLayout *m_summary = nullptr;
};

NewEngagementWizard::NewEngagementWizard(const Core::Actor &actor, FileChooser &files,
                                         std::shared_ptr<const Core::Clock> clock, QWidget *parent)
    : QWizard(parent)
    , m_actor(actor)
    , m_files(files)
    , m_clock(std::move(clock))
{
    setObjectName(QStringLiteral("newEngagementWizard"));
    setWindowTitle(tr("New Engagement"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPixmap(QWizard::LogoPixmap, tickmarkIcon(QStringLiteral("tickmark")).pixmap(48, 48));
    setMinimumSize(640, 520);

    m_fields = new EngagementFields(this);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("filePathEdit"));
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });

    auto *client = new WizardDetailsPage(
        *m_fields, tr("Client and system"), tr("Which service organization and which system are examined?"),
        tr("Enter the names exactly as they should appear in the report; you can change them later on the Scope "
           "page."),
        this);
    client->addContent(m_fields->createClientLayout());
    client->finish();
    setPage(ClientPage, client);

    auto *type =
        new WizardDetailsPage(*m_fields, tr("Report type"),
                              tr("A Type I report covers design at a date; Type II covers a period."), QString(), this);
    type->addContent(m_fields->createReportTypeLayout());
    auto *advice = new MessageBanner(type);
    advice->setObjectName(QStringLiteral("periodWarningBanner"));
    type->addContent(advice);
    type->finish();
    const auto updateAdvice = [this, advice] {
        const QStringList warnings = m_fields->warnings();
        if (warnings.isEmpty())
            advice->clear();
        else
            advice->showMessage(MessageBanner::Kind::Warning, warnings.join(QLatin1Char('\n')));
    };
    connect(m_fields, &EngagementFields::changed, advice, updateAdvice);
    updateAdvice();
    setPage(ReportTypePage, type);

    auto *categories =
        new WizardDetailsPage(*m_fields, tr("Trust services categories"),
                              tr("Which categories of the 2017 Trust Services Criteria apply?"), QString(), this);
    categories->addContent(m_fields->createCategoriesLayout(true));
    categories->finish();
    setPage(CategoriesPage, categories);

    auto *auditor =
        new WizardDetailsPage(*m_fields, tr("Service auditor"),
                              tr("The firm and partner that sign the report. Optional for now."), QString(), this);
    auditor->addContent(m_fields->createFirmLayout());
    auditor->finish();
    setPage(AuditorPage, auditor);

    setPage(FilePage, new WizardFilePage(*this, *m_fields, this));
    setStartId(ClientPage);
}

NewEngagementWizard::~NewEngagementWizard() = default;

QString NewEngagementWizard::filePath() const
{
    return m_path->text().trimmed();
}

void NewEngagementWizard::setFilePath(const QString &path)
{
    m_path->setText(path);
    m_pathEdited = true;
}

std::unique_ptr<Core::Workpaper> NewEngagementWizard::takeWorkpaper()
{
    return std::move(m_workpaper);
}

QString NewEngagementWizard::defaultFilePath(const QString &client)
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QDir::homePath();
    static const QRegularExpression forbidden(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    QString base = client;
    base.replace(forbidden, QStringLiteral(" "));
    base = base.simplified();
    while (base.endsWith(QLatin1Char('.')))
        base.chop(1);
    if (base.isEmpty())
        base = tr("Engagement");
    return QDir(dir).filePath(base + QStringLiteral(".tickmark"));
}

void NewEngagementWizard::browse()
{
    const QString suggested = filePath().isEmpty() ? defaultFilePath(m_fields->details().client) : filePath();
    const QString chosen = m_files.saveFileName(this, tr("Save Workpaper As"), suggested, workpaperFileFilter());
    if (!chosen.isEmpty())
        setFilePath(chosen);
}

std::optional<QString> NewEngagementWizard::createWorkpaper()
{
    QString path = filePath();
    if (path.isEmpty())
        return tr("File: choose where to save the workpaper.");
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".tickmark");
    const QFileInfo info(path);
    if (!info.dir().exists())
        return tr("File: the folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath()));
    if (info.exists())
        return tr("File: %1 already exists; choose another file name.").arg(QDir::toNativeSeparators(path));
    auto created = Core::Workpaper::create(info.absoluteFilePath(), m_fields->details(), m_actor, m_clock);
    if (!created)
        return describeError(created.error());
    m_workpaper = std::move(*created);
    m_path->setText(info.absoluteFilePath());
    return std::nullopt;
}

} // namespace Tickmark::Ui
