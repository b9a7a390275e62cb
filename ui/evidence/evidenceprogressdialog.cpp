// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidenceprogressdialog.h"

#include "evidencejobs.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace Tickmark::Ui {

namespace {

constexpr int kSteps = 1000;
constexpr int kRefreshMs = 200;

} // namespace

QString timeLeftText(double seconds)
{
    if (seconds < 0 || !std::isfinite(seconds))
        return {};
    // Whole units are computed first: Qt 6.4's lupdate loops on divisions inside translate()'s arguments.
    const int wholeSeconds = std::max(1, int(std::lround(seconds)));
    const int minutes = int(std::lround(seconds / 60));
    const int hours = int(std::lround(seconds / 3600));
    if (seconds < 90)
        return QCoreApplication::translate("Tickmark::Ui", "about %n s left", "", wholeSeconds);
    if (seconds < 90 * 60)
        return QCoreApplication::translate("Tickmark::Ui", "about %n min left", "", minutes);
    return QCoreApplication::translate("Tickmark::Ui", "about %n h left", "", hours);
}

EvidenceProgressDialog::EvidenceProgressDialog(std::shared_ptr<EvidenceJobProgress> progress,
                                               const QStringList &packages, QWidget *parent)
    : QProgressDialog(parent)
    , m_progress(std::move(progress))
    , m_packages(packages)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("evidenceProgress"));
    setWindowTitle(packages.isEmpty() ? tr("Verify Evidence") : tr("Import Evidence"));
    setRange(0, kSteps);
    setCancelButtonText(tr("Cancel"));
    setWindowModality(Qt::WindowModal);
    setMinimumDuration(400);
    setAutoClose(false);
    setAutoReset(false);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    connect(this, &QProgressDialog::canceled, this, [this] {
        m_progress->cancel.store(true);
        setLabelText(tr("Cancelling…"));
        m_timer->stop();
    });
    connect(m_timer, &QTimer::timeout, this, &EvidenceProgressDialog::refresh);
    m_clock.start();
    m_timer->start(kRefreshMs);
    refresh();
}

EvidenceProgressDialog::~EvidenceProgressDialog() = default;

void EvidenceProgressDialog::refresh()
{
    if (m_progress->cancel.load())
        return;
    const qint64 done = m_progress->done.load();
    const qint64 total = m_progress->total.load();
    setValue(total > 0 ? static_cast<int>(std::clamp<qint64>(done * kSteps / total, 0, kSteps)) : 0);
    setLabelText(detailText());
}

QString EvidenceProgressDialog::detailText() const
{
    const QLocale locale;
    const qint64 done = m_progress->done.load();
    const qint64 total = m_progress->total.load();
    const qint64 files = m_progress->files.load();
    const double seconds = m_clock.elapsed() / 1000.0;
    const double rate = seconds > 0.2 ? done / seconds : 0;
    const QString left = rate > 0 && total > 0 ? timeLeftText((total - done) / rate) : QString();
    QStringList facts;
    QString heading;
    switch (m_progress->phase.load()) {
    case EvidenceJobProgress::Importing: {
        const int current = m_progress->current.load();
        const QString name = m_packages.value(current);
        heading = m_packages.size() > 1 ? tr("Importing %1 (%2 of %3)").arg(name).arg(current + 1).arg(m_packages.size())
                                        : tr("Importing %1").arg(name);
        facts << tr("%n files", "", static_cast<int>(files)) << locale.formattedDataSize(m_progress->bytes.load());
        if (rate > 0)
            facts << tr("%1/s").arg(locale.formattedDataSize(static_cast<qint64>(rate)));
        break;
    }
    case EvidenceJobProgress::Indexing:
        heading = tr("Indexing text for search");
        facts << tr("%1 of %2 files").arg(locale.toString(done), locale.toString(total));
        break;
    case EvidenceJobProgress::Verifying:
        heading = tr("Verifying every stored file against its SHA-256");
        facts << tr("%1 of %2").arg(locale.formattedDataSize(done), locale.formattedDataSize(total));
        if (rate > 0)
            facts << tr("%1/s").arg(locale.formattedDataSize(static_cast<qint64>(rate)));
        break;
    default:
        break;
    }
    if (!left.isEmpty())
        facts << left;
    return heading + QLatin1Char('\n') + facts.join(QStringLiteral(" · "));
}

} // namespace Tickmark::Ui
