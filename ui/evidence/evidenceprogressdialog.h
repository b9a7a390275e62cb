// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QProgressDialog>
#include <QStringList>

#include <memory>

class QTimer;

namespace Tickmark::Ui {

struct EvidenceJobProgress;

/// The progress of an evidence import, indexing or verification: what is being done, files, bytes, rate and
/// time left, polled from the worker's atomic counters a few times a second, with Cancel (which sets the
/// counters' cancel flag; the worker then stops and stores nothing of the package in progress).
///
/// Object name "evidenceProgress"; the label's text is detailText().
class EvidenceProgressDialog final : public QProgressDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceProgressDialog)

public:
    /// @p packages names the packages being imported (empty for a verification).
    EvidenceProgressDialog(std::shared_ptr<EvidenceJobProgress> progress, const QStringList &packages,
                           QWidget *parent = nullptr);
    ~EvidenceProgressDialog() override;

    /// The text shown now, e.g. "Importing evidence.zip\n12 files · 4.1 MB · 2.0 MB/s · about 3 s left".
    QString detailText() const;
    /// Reads the counters and updates the bar and the text (also called by the timer).
    void refresh();

private:
    std::shared_ptr<EvidenceJobProgress> m_progress;
    QStringList m_packages;
    QElapsedTimer m_clock;
    QTimer *m_timer = nullptr;
};

/// "about 5 s left", "about 3 min left"; empty when @p seconds is negative (unknown).
QString timeLeftText(double seconds);

} // namespace Tickmark::Ui
