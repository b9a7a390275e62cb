// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QStringList>
#include <QtTest>

namespace Tickmark::Test {

/// What one run of tickmark-cli did.
struct Run
{
    int status = -1; ///< exit status; -1 when it crashed or timed out (err says which)
    QByteArray out;
    QByteArray err;
};

/// Runs the tickmark-cli under test (TICKMARK_CLI_PATH) in @p workDir and waits for it (60 s at most).
/// The acting user is "Test User (TU)", preparer, and settings are read from @p workDir/config, so the developer's
/// own Tickmark identity never leaks in. @p env entries are "NAME=value" to set or "-NAME" to unset a variable.
Run runCli(const QString &workDir, const QStringList &args, const QStringList &env = {});

/// Lower-case hex SHA-256 of a file's bytes (empty if unreadable).
QByteArray sha256Of(const QString &path);

/// Writes @p bytes to @p path; returns the path, or empty on failure.
QString writeFile(const QString &path, const QByteArray &bytes);

/// A population of @p rows tickets: "Ticket,Summary", row i is "T-i,Change i".
QByteArray ticketsCsv(int rows);

/// Creates Type II engagement @p file (run in @p workDir) with CTL-01 (CC8.1) and CTL-02 (CC6.2), population
/// "tickets" of 10 rows for CTL-01 and a sample of 4 drawn with seed 42 (rows 1, 5, 8, 10); @p extraSteps run after.
/// Empty on success, else the step that failed and its stderr.
QString setUpSampledEngagement(const QString &workDir, const QString &file, const QList<QStringList> &extraSteps = {});

/// Empty when @p run exited with @p status, wrote exactly one line to stderr, "error: …" containing each of
/// @p needles, and nothing to stdout; otherwise what is wrong.
QString errorProblem(const Run &run, int status, const QStringList &needles);

/// Empty when stdout is exactly one JSON document (stored in @p doc); otherwise what is wrong.
QString jsonProblem(const Run &run, QJsonDocument &doc);

} // namespace Tickmark::Test

/// Fails the test unless errorProblem() is empty.
#define VERIFY_ERROR(run, status, needles)                                                                             \
    do {                                                                                                               \
        const QString problem_ = Tickmark::Test::errorProblem(run, status, needles);                                   \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_));                                                            \
    } while (false)

/// Fails the test unless the run exited with 0, showing its stderr.
#define VERIFY_OK(run)                                                                                                 \
    do {                                                                                                               \
        const auto &verifiedRun = (run); /* evaluate once: run may be a command invocation */                          \
        QVERIFY2(verifiedRun.status == 0, verifiedRun.err.constData());                                                \
    } while (false)

/// Declares QJsonDocument @p doc holding the run's stdout; fails the test unless it exited with 0 and stdout is one
/// JSON document.
#define PARSE_JSON(run, doc)                                                                                           \
    QJsonDocument doc;                                                                                                 \
    do {                                                                                                               \
        VERIFY_OK(run);                                                                                                \
        const QString problem_ = Tickmark::Test::jsonProblem(run, doc);                                                \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_));                                                            \
    } while (false)
