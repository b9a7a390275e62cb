// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>

namespace Tickmark::Test {

Run runCli(const QString &workDir, const QStringList &args, const QStringList &env)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TICKMARK_USER"), QStringLiteral("Test User (TU)"));
    environment.insert(QStringLiteral("TICKMARK_ROLE"), QStringLiteral("preparer"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(workDir).filePath(QStringLiteral("config")));
    environment.remove(QStringLiteral("QT_LOGGING_RULES"));
    for (const QString &entry : env) {
        if (entry.startsWith(QLatin1Char('-')))
            environment.remove(entry.mid(1));
        else
            environment.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    }
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(workDir);
    process.start(QStringLiteral(TICKMARK_CLI_PATH), args);
    Run run;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
        run.err = "tickmark-cli did not finish normally: " + process.errorString().toUtf8();
        return run;
    }
    run.status = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QByteArray sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

QByteArray ticketsCsv(int rows)
{
    QByteArray csv = "Ticket,Summary\n";
    for (int i = 1; i <= rows; ++i)
        csv += "T-" + QByteArray::number(i) + ",Change " + QByteArray::number(i) + '\n';
    return csv;
}

QString setUpSampledEngagement(const QString &workDir, const QString &file, const QList<QStringList> &extraSteps)
{
    const QDir dir(workDir);
    const QString matrix =
        writeFile(dir.filePath(QStringLiteral("matrix.csv")), "control id,description,criteria,frequency\n"
                                                              "CTL-01,Changes are approved,CC8.1,daily\n"
                                                              "CTL-02,Access is reviewed,CC6.2,quarterly\n");
    const QString data = writeFile(dir.filePath(QStringLiteral("tickets.csv")), ticketsCsv(10));
    const auto words = [&file](const char *text) {
        return QString::fromLatin1(text).split(QLatin1Char(' ')).replaceInStrings(QStringLiteral("FILE"), file);
    };
    const QList<QStringList> steps =
        QList<QStringList>{words("new FILE --client")
                               << QStringLiteral("Example Cloud Ltd")
                               << words("--system Platform --type 2 --from 2026-01-01 --to 2026-09-30"),
                           words("controls import FILE") << matrix,
                           words("population import FILE") << data << words("--control CTL-01 --name tickets"),
                           words("sample draw FILE --population tickets --size 4 --seed 42")} +
        extraSteps;
    for (const QStringList &step : steps) {
        const Run run = runCli(workDir, step);
        if (run.status != 0)
            return step.join(QLatin1Char(' ')) + QStringLiteral(": ") + QString::fromUtf8(run.err);
    }
    return {};
}

QString errorProblem(const Run &run, int status, const QStringList &needles)
{
    const QString err = QString::fromUtf8(run.err);
    if (run.status != status)
        return QStringLiteral("exit status %1, expected %2; stderr: %3").arg(run.status).arg(status).arg(err);
    if (!err.startsWith(QLatin1String("error: ")) || !err.endsWith(QLatin1Char('\n')) ||
        err.count(QLatin1Char('\n')) != 1)
        return QStringLiteral("stderr is not one \"error: \" line: %1").arg(err);
    for (const QString &needle : needles) {
        if (!err.contains(needle))
            return QStringLiteral("stderr does not mention \"%1\": %2").arg(needle, err);
    }
    if (!run.out.isEmpty())
        return QStringLiteral("stdout is not empty: %1").arg(QString::fromUtf8(run.out));
    return {};
}

QString jsonProblem(const Run &run, QJsonDocument &doc)
{
    QJsonParseError error;
    doc = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError)
        return QStringLiteral("stdout is not one JSON document (%1): %2")
            .arg(error.errorString(), QString::fromUtf8(run.out));
    return {};
}

} // namespace Tickmark::Test
