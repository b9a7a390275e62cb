// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped translations are complete: no unfinished or obsolete entry in German or French, every plural form
// filled, and every string in the sources (as lupdate finds them now) present in each .ts file.
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QString translationType; ///< "", "unfinished", "obsolete" or "vanished"
    bool numerus = false;
    QStringList forms;       ///< the translation, or its numerus forms
};

QString key(const TsMessage &m)
{
    return m.context + QLatin1Char('\x1f') + m.source + QLatin1Char('\x1f') + m.comment;
}

void readTranslation(QXmlStreamReader &xml, TsMessage &message)
{
    message.translationType = xml.attributes().value(QStringLiteral("type")).toString();
    if (!message.numerus) {
        message.forms << xml.readElementText(QXmlStreamReader::IncludeChildElements);
        return;
    }
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("numerusform"))
            message.forms << xml.readElementText();
        else
            xml.skipCurrentElement();
    }
}

TsMessage readMessage(QXmlStreamReader &xml, const QString &context)
{
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value(QStringLiteral("numerus")) == QLatin1String("yes");
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source"))
            message.source = xml.readElementText();
        else if (xml.name() == QLatin1String("comment"))
            message.comment = xml.readElementText();
        else if (xml.name() == QLatin1String("translation"))
            readTranslation(xml, message);
        else
            xml.skipCurrentElement();
    }
    return message;
}

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            messages << readMessage(xml, context);
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: %2 at line %3").arg(path, xml.errorString()).arg(xml.lineNumber());
    return messages;
}

QString describe(const TsMessage &m)
{
    return QStringLiteral("[%1] \"%2\"").arg(m.context, m.source.left(80));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void complete_data();
    void complete();
    void coversTheSources_data();
    void coversTheSources();

private:
    QString tsPath(const QString &language) const
    {
        return QStringLiteral(TICKMARK_SOURCE_DIR "/translations/tickmark_%1.ts").arg(language);
    }
    QList<TsMessage> m_sources;
};

void TestTranslations::initTestCase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ts = dir.filePath(QStringLiteral("check.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(TICKMARK_SOURCE_DIR));
    lupdate.start(QStringLiteral(TICKMARK_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                   QStringLiteral("none"), QStringLiteral("-extensions"), QStringLiteral("cpp,h,ui"),
                   QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("-ts"), ts});
    QVERIFY2(lupdate.waitForFinished(600000), "lupdate did not finish within ten minutes");
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
    QString error;
    m_sources = readTs(ts, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(m_sources.size() > 500, "lupdate found suspiciously few strings in the sources");
}

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
}

void TestTranslations::complete()
{
    QFETCH(QString, language);
    QString error;
    const QList<TsMessage> messages = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList problems;
    for (const TsMessage &m : messages) {
        if (!m.translationType.isEmpty())
            problems << QStringLiteral("%1 is %2").arg(describe(m), m.translationType);
        else if (m.forms.isEmpty() || std::any_of(m.forms.cbegin(), m.forms.cend(), [](const QString &f) {
                     return f.trimmed().isEmpty();
                 }))
            problems << QStringLiteral("%1 has an empty translation").arg(describe(m));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s) in tickmark_%2.ts, first: %3")
                                                .arg(problems.size())
                                                .arg(language, problems.mid(0, 5).join(QStringLiteral("; ")))));
}

void TestTranslations::coversTheSources_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
}

void TestTranslations::coversTheSources()
{
    QFETCH(QString, language);
    QString error;
    const QList<TsMessage> messages = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSet<QString> present;
    for (const TsMessage &m : messages)
        present.insert(key(m));
    QStringList missing;
    for (const TsMessage &m : std::as_const(m_sources)) {
        if (!present.contains(key(m)))
            missing << describe(m);
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 source string(s) missing from tickmark_%2.ts (run the update_translations"
                                       " target), first: %3")
                            .arg(missing.size())
                            .arg(language, missing.mid(0, 5).join(QStringLiteral("; ")))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
