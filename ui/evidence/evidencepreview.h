// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "evidence/evidence.h"

#include <QStringList>
#include <QWidget>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTemporaryDir;

namespace Tickmark::Core {
class Workpaper;
} // namespace Tickmark::Core

namespace Tickmark::Ui {

class CsvPreviewModel;
class ImageViewer;
class PdfViewer;

/// The right-hand pane of the Evidence page: the selected file shown by kind — PDF in the PdfViewer (from a copy
/// exported to a temporary folder, re-hashed on the way), images in an ImageViewer, text read-only, CSV as a
/// table — or "No preview for TYPE" with an Export… button. Reads through EvidenceService::readItem/exportItem.
///
/// Object names: "previewStack", "previewCaption", "previewDetails", "pdfPreview", "imagePreview", "textPreview",
/// "csvPreview", "noPreview", "noPreviewText", "previewExportButton", "previewMessage".
class EvidencePreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidencePreview)

public:
    enum class Kind { None, Pdf, Image, Text, Csv, Unsupported, Error };
    Q_ENUM(Kind)

    /// Bytes read for a text or CSV preview; the rest is left out (the caption says so).
    static constexpr qint64 kTextBytes = qint64(2) << 20;
    /// Largest image decoded for a preview.
    static constexpr qint64 kImageBytes = qint64(64) << 20;

    /// @p workpaper outlives the pane.
    explicit EvidencePreview(Core::Workpaper &workpaper, QWidget *parent = nullptr);
    ~EvidencePreview() override;

    /// Shows @p item (a copy is kept), or an empty pane for null.
    void showItem(const Core::EvidenceItem *item);
    /// Clears the pane and shows @p caption and @p text instead (e.g. when there is no evidence yet).
    void showPlaceholder(const QString &caption, const QString &text);
    /// Shows the current PDF at page @p page (1-based) with @p words highlighted; no-op for other kinds.
    void showPdfPage(int page, const QStringList &words);
    /// What the pane shows now.
    Kind kind() const { return m_kind; }
    /// The id of the item shown, or 0.
    qint64 itemId() const { return m_item.id; }

    QPlainTextEdit *textView() const { return m_text; }
    QTableView *csvView() const { return m_csv; }
    ImageViewer *imageViewer() const { return m_image; }
    PdfViewer *pdfViewer() const { return m_pdf; }

Q_SIGNALS:
    /// The user asked to export the item shown (the page asks for a file name).
    void exportRequested();

private:
    void setKind(Kind kind, QWidget *page);
    void showMessage(const QString &text);
    void showPdf();
    void showImage();
    void showText(bool csv);
    void showUnsupported();
    Result<QByteArray> read(qint64 maxBytes, bool &truncated) const;

    Core::Workpaper &m_workpaper;
    Core::EvidenceItem m_item;
    Kind m_kind = Kind::None;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QLabel *m_caption = nullptr;
    QLabel *m_details = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    PdfViewer *m_pdf = nullptr;
    ImageViewer *m_image = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QTableView *m_csv = nullptr;
    CsvPreviewModel *m_csvModel = nullptr;
    QWidget *m_unsupported = nullptr;
    QLabel *m_unsupportedText = nullptr;
};

/// What a media type previews as (by type: "application/pdf", "image/…", "text/csv", other text).
EvidencePreview::Kind previewKindFor(const QString &mediaType, const QString &path);

} // namespace Tickmark::Ui
