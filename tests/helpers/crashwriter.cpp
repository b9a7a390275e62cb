// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Child process for tst_crashsafety: performs large actions on a workpaper until it is killed.
// Usage: tickmark-crashwriter FILE BATCH
// Each action imports BATCH controls with long descriptions in one transaction and then prints
// "committed <n>" where n is the number of actions this run completed; the parent SIGKILLs it at random moments.
#include "controls/controlservice.h"
#include "workpaper/workpaper.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Tickmark::Core;

namespace {

ControlMatrix batch(int action, int size)
{
    ControlMatrix m;
    for (int i = 0; i < size; ++i) {
        Control c;
        c.id = QStringLiteral("A%1-C%2").arg(action).arg(i);
        c.description = QString(4000, QLatin1Char('a' + action % 26));
        c.criteria = {QStringLiteral("CC6.1"), QStringLiteral("CC7.2")};
        m.controls.append(c);
    }
    return m;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: tickmark-crashwriter FILE BATCH\n");
        return 2;
    }
    const Actor actor{QStringLiteral("Crash Writer"), QStringLiteral("CW"), Role::Preparer};
    auto wp = Workpaper::open(QString::fromLocal8Bit(argv[1]), actor);
    if (!wp) {
        std::fprintf(stderr, "error: %s\n", qPrintable(wp.error().detail));
        return 1;
    }
    const int size = QByteArray(argv[2]).toInt();
    const int start = *(*wp)->controls().count() / size;
    for (int done = 0;;) {
        const auto ok = (*wp)->controls().importMatrix(batch(start + done, size), QStringLiteral("crash test"));
        if (!ok) {
            std::fprintf(stderr, "error: %s\n", qPrintable(ok.error().detail));
            return 1;
        }
        ++done;
        std::printf("committed %d\n", done);
        std::fflush(stdout);
    }
}
