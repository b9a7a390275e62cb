// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/appsettings.h"
#include "settings/settingsdialog.h"

#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Tickmark;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void evidenceLimitsDefaultToTheCore();
    void evidenceLimitsRoundTrip();
    void badStoredValuesFallBack();
    void dialogEditsTheLimits();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_store;
};

void TestSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
}

void TestSettingsDialog::evidenceLimitsDefaultToTheCore()
{
    const Ui::AppSettings settings(*m_store);
    const Core::EvidenceLimits limits = settings.evidenceLimits();
    const Core::EvidenceLimits core;
    QCOMPARE(limits.maxTotalBytes, core.maxTotalBytes);
    QCOMPARE(limits.maxTotalBytes, qint64(4) << 30);
    QCOMPARE(limits.maxEntries, core.maxEntries);
    QCOMPARE(limits.maxRatio, core.maxRatio);
}

void TestSettingsDialog::evidenceLimitsRoundTrip()
{
    Ui::AppSettings settings(*m_store);
    Core::EvidenceLimits limits;
    limits.maxTotalBytes = qint64(512) << 20;
    limits.maxEntries = 2500;
    limits.maxRatio = 50;
    settings.setEvidenceLimits(limits);
    QCOMPARE(m_store->value(QStringLiteral("evidence/maxTotalMiB")).toLongLong(), 512);
    const Core::EvidenceLimits read = Ui::AppSettings(*m_store).evidenceLimits();
    QCOMPARE(read.maxTotalBytes, qint64(512) << 20);
    QCOMPARE(read.maxEntries, 2500);
    QCOMPARE(read.maxRatio, 50);
}

void TestSettingsDialog::badStoredValuesFallBack()
{
    m_store->setValue(QStringLiteral("evidence/maxEntries"), QStringLiteral("lots"));
    m_store->setValue(QStringLiteral("evidence/maxRatio"), -3);
    const Core::EvidenceLimits read = Ui::AppSettings(*m_store).evidenceLimits();
    QCOMPARE(read.maxEntries, Core::EvidenceLimits{}.maxEntries);
    QCOMPARE(read.maxRatio, Core::EvidenceLimits{}.maxRatio);
}

void TestSettingsDialog::dialogEditsTheLimits()
{
    Ui::AppSettings settings(*m_store);
    settings.setIdentity({QStringLiteral("Dana Whitfield"), QStringLiteral("DW"), Core::Role::Reviewer});
    Ui::SettingsDialog dialog(settings);
    auto *total = dialog.findChild<QSpinBox *>(QStringLiteral("maxTotalSpin"));
    auto *entries = dialog.findChild<QSpinBox *>(QStringLiteral("maxEntriesSpin"));
    auto *ratio = dialog.findChild<QSpinBox *>(QStringLiteral("maxRatioSpin"));
    QVERIFY(total && entries && ratio);
    QCOMPARE(total->value(), 4096);
    QCOMPARE(entries->value(), 100000);
    QCOMPARE(ratio->value(), 200);
    ratio->setValue(75);
    total->setValue(1024);
    dialog.show();
    dialog.grab().save(QStringLiteral("/tmp/tickmark-settings.png"));
    dialog.accept();
    const Core::EvidenceLimits read = settings.evidenceLimits();
    QCOMPARE(read.maxRatio, 75);
    QCOMPARE(read.maxTotalBytes, qint64(1024) << 20);
    QCOMPARE(read.maxEntries, 100000);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
