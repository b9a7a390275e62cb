// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// tickmark-pdf: parses one PDF per run with Poppler-Qt6 under memory and CPU limits. See pdfcommands.h.
#include "pdfcommands.h"

#include <QCoreApplication>
#include <QVariant>

#include <poppler-qt6.h>

#include <sys/prctl.h>
#include <sys/resource.h>

#include <algorithm>
#include <csignal>

namespace {

[[maybe_unused]] constexpr rlim_t kAddressSpace = rlim_t(3) << 30; // 3 GiB: a decompression bomb fails an allocation instead
constexpr rlim_t kCpuSeconds = 60;                 // a backstop: the caller's own timeout is shorter

void setLimit(int resource, rlim_t value)
{
    rlimit limit{};
    if (getrlimit(resource, &limit) != 0)
        return;
    limit.rlim_cur = limit.rlim_max == RLIM_INFINITY ? value : std::min(value, limit.rlim_max);
    setrlimit(resource, &limit);
}

void quietPoppler(const QString &, const QVariant &)
{
    // Poppler's warnings about damaged files would mix with the refusal message on stderr.
}

} // namespace

int main(int argc, char *argv[])
{
#ifndef __SANITIZE_ADDRESS__
    // AddressSanitizer reserves terabytes of shadow address space up front: under it (CI's sanitizer build) an
    // address-space limit would kill every run, so only sanitizer builds go without it.
    setLimit(RLIMIT_AS, kAddressSpace);
#endif
    setLimit(RLIMIT_CPU, kCpuSeconds);
    setLimit(RLIMIT_CORE, 0);
    // Die with the caller rather than spin on alone when it is killed.
    prctl(PR_SET_PDEATHSIG, SIGKILL);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tickmark-pdf"));
    Poppler::setDebugErrorFunction(quietPoppler, QVariant());
    return Tickmark::PdfHelper::runCommand(QCoreApplication::arguments().mid(1));
}
