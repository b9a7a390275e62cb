// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QModelIndex;
class QTableView;

namespace Tickmark::Core {
class CoverageModel;
class Workpaper;
} // namespace Tickmark::Core

namespace Tickmark::Ui {

class CoverageFilterProxy;

/// The Criteria & coverage page: every in-scope criterion with the controls mapped to it; gaps stand out.
class CoveragePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoveragePage)

public:
    /// @p workpaper outlives the page.
    explicit CoveragePage(Core::Workpaper &workpaper, QWidget *parent = nullptr);
    ~CoveragePage() override;

Q_SIGNALS:
    void controlActivated(const QString &controlId); ///< the user double-clicked a control id

private:
    void buildFilters();
    void buildTable();
    void refreshCategories();
    void updateSummary();
    void updateDetails();
    void activate(const QModelIndex &index);

    Core::CoverageModel *m_model = nullptr;
    CoverageFilterProxy *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QCheckBox *m_uncoveredOnly = nullptr;
    QComboBox *m_categoryCombo = nullptr;
    QLabel *m_details = nullptr;
    QString m_selectedCriterion;
};

} // namespace Tickmark::Ui
