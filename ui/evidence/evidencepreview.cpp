// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidencepreview.h"

#include "common/errortext.h"
#include "common/widgets.h"
#include "csvpreviewmodel.h"
#include "evidence/evidenceservice.h"
#include "imageviewer.h"
#include "io/csvreader.h"
#include "pdfviewer.h"
#include "workpaper/workpaper.h"


#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStringDecoder>
#include <QTableView>
#include <QTemporaryDir>
#include <QVBoxLayout>

#include <algorithm>

namespace Tickmark::Ui {

namespace {

bool isTextType(const QString &mediaType)
{
    return mediaType.startsWith(QLatin1String("text/")) || mediaType == QLatin1String("application/json") ||
           mediaType == QLatin1String("application/xml") || mediaType == QLatin1String("image/svg+xml");
}

/// UTF-8 when the bytes are valid UTF-8 (a cut multi-byte character at the end is tolerated), else Windows-1252.
QString decodeText(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    return Core::windows1252ToString(bytes);
}

} // namespace

EvidencePreview::Kind previewKindFor(const QString &mediaType, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (mediaType == QLatin1String("application/pdf"))
        return EvidencePreview::Kind::Pdf;
    if (mediaType == QLatin1String("text/csv") || mediaType == QLatin1String("text/tab-separated-values") ||
        (mediaType == QLatin1String("text/plain") && suffix == QLatin1String("csv")))
        return EvidencePreview::Kind::Csv;
    if (mediaType.startsWith(QLatin1String("image/")) && mediaType != QLatin1String("image/svg+xml") &&
        mediaType != QLatin1String("image/heic"))
        return EvidencePreview::Kind::Image;
    if (isTextType(mediaType))
        return EvidencePreview::Kind::Text;
    return EvidencePreview::Kind::Unsupported;
}

EvidencePreview::EvidencePreview(Core::Workpaper &workpaper, QWidget *parent)
    : QWidget(parent)
    , m_workpaper(workpaper)
{
    setObjectName(QStringLiteral("evidencePreview"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("previewCaption"));
    QFont bold = m_caption->font();
    bold.setWeight(QFont::DemiBold);
    m_caption->setFont(bold);
    m_caption->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_details = mutedLabel(this);
    m_details->setObjectName(QStringLiteral("previewDetails"));
    m_details->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_caption);
    layout->addWidget(m_details);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("previewStack"));
    layout->addWidget(m_stack, 1);

    m_message = mutedLabel(m_stack);
    m_message->setObjectName(QStringLiteral("previewMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_stack->addWidget(m_message);

    m_pdf = new PdfViewer(m_stack);
    m_pdf->setObjectName(QStringLiteral("pdfPreview"));
    m_stack->addWidget(m_pdf);
    m_image = new ImageViewer(m_stack);
    m_image->setObjectName(QStringLiteral("imagePreview"));
    m_stack->addWidget(m_image);

    m_text = new QPlainTextEdit(m_stack);
    m_text->setObjectName(QStringLiteral("textPreview"));
    m_text->setAccessibleName(tr("Text of the evidence file"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFont(QStringLiteral("monospace")));
    m_stack->addWidget(m_text);

    m_csvModel = new CsvPreviewModel(this);
    m_csv = new QTableView(m_stack);
    m_csv->setObjectName(QStringLiteral("csvPreview"));
    m_csv->setAccessibleName(tr("Table of the CSV file"));
    m_csv->setModel(m_csvModel);
    m_csv->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_csv->setAlternatingRowColors(true);
    m_csv->setWordWrap(false);
    m_csv->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_csv->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_stack->addWidget(m_csv);

    m_unsupported = new QWidget(m_stack);
    m_unsupported->setObjectName(QStringLiteral("noPreview"));
    auto *unsupportedLayout = new QVBoxLayout(m_unsupported);
    unsupportedLayout->addStretch(1);
    m_unsupportedText = mutedLabel(m_unsupported);
    m_unsupportedText->setObjectName(QStringLiteral("noPreviewText"));
    m_unsupportedText->setAlignment(Qt::AlignCenter);
    m_unsupportedText->setWordWrap(true);
    unsupportedLayout->addWidget(m_unsupportedText);
    auto *exportButton = new QPushButton(tr("&Export…"), m_unsupported);
    exportButton->setObjectName(QStringLiteral("previewExportButton"));
    exportButton->setToolTip(tr("Save a copy of the file (re-hashed on the way) to open it in another program"));
    connect(exportButton, &QPushButton::clicked, this, &EvidencePreview::exportRequested);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    buttonRow->addWidget(exportButton);
    buttonRow->addStretch(1);
    unsupportedLayout->addLayout(buttonRow);
    unsupportedLayout->addStretch(1);
    m_stack->addWidget(m_unsupported);

    showItem(nullptr);
}

EvidencePreview::~EvidencePreview() = default;

void EvidencePreview::setKind(Kind kind, QWidget *page)
{
    m_kind = kind;
    m_stack->setCurrentWidget(page);
}

void EvidencePreview::showMessage(const QString &text)
{
    m_message->setText(text);
}

void EvidencePreview::showPlaceholder(const QString &caption, const QString &text)
{
    m_item = {};
    m_caption->setText(caption);
    m_details->clear();
    showMessage(text);
    setKind(Kind::None, m_message);
}

void EvidencePreview::showItem(const Core::EvidenceItem *item)
{
    if (!item) {
        showPlaceholder(tr("No file selected"), tr("Select a file in the tree to see it here."));
        return;
    }
    if (item->id == m_item.id && m_kind != Kind::None && m_kind != Kind::Error)
        return;
    m_item = *item;
    m_caption->setText(QStringLiteral("%1/%2").arg(item->packageName, item->path));
    m_caption->setToolTip(m_caption->text());
    m_details->setText(tr("%1 · %2 · SHA-256 %3")
                           .arg(QLocale().formattedDataSize(item->size), item->mediaType,
                                QString::fromLatin1(item->sha256)));
    switch (previewKindFor(item->mediaType, item->path)) {
    case Kind::Pdf:
        showPdf();
        break;
    case Kind::Image:
        showImage();
        break;
    case Kind::Csv:
        showText(true);
        break;
    case Kind::Text:
        showText(false);
        break;
    default:
        showUnsupported();
        break;
    }
}

Result<QByteArray> EvidencePreview::read(qint64 maxBytes, bool &truncated) const
{
    auto bytes = m_workpaper.evidence().readItem(m_item.sha256, maxBytes);
    truncated = bytes && m_item.size > bytes->size();
    return bytes;
}

void EvidencePreview::showText(bool csv)
{
    bool truncated = false;
    auto bytes = read(kTextBytes, truncated);
    if (!bytes) {
        showMessage(tr("The file cannot be read. %1").arg(errorSentence(bytes.error().detail)));
        setKind(Kind::Error, m_message);
        return;
    }
    if (truncated) {
        // Cut at the last line end so that neither a character nor a CSV record is shown half.
        const qsizetype cut = bytes->lastIndexOf('\n');
        if (cut > 0)
            bytes->truncate(cut + 1);
        m_details->setText(m_details->text() + QStringLiteral(" · ") +
                           tr("the first %1 shown").arg(QLocale().formattedDataSize(bytes->size())));
    }
    if (csv) {
        Core::CsvOptions options;
        if (m_item.mediaType == QLatin1String("text/tab-separated-values"))
            options.delimiter = QLatin1Char('\t');
        if (auto table = Core::readCsv(*bytes, options)) {
            m_csvModel->setRecords(std::move(table->records));
            m_csv->scrollToTop();
            m_csv->resizeColumnsToContents();
            const int maxWidth = fontMetrics().averageCharWidth() * 40;
            for (int c = 0; c < m_csvModel->columnCount(); ++c)
                m_csv->setColumnWidth(c, std::min(m_csv->columnWidth(c), maxWidth));
            setKind(Kind::Csv, m_csv);
            return;
        }
        // Not parseable as CSV (a stray quote): still worth reading as text.
    }
    m_text->setPlainText(decodeText(*bytes));
    setKind(Kind::Text, m_text);
}

void EvidencePreview::showImage()
{
    if (m_item.size > kImageBytes) {
        showUnsupported();
        m_unsupportedText->setText(tr("The image is too large to preview (%1). Export it to open it elsewhere.")
                                       .arg(QLocale().formattedDataSize(m_item.size)));
        return;
    }
    bool truncated = false;
    auto bytes = read(kImageBytes, truncated);
    QImage image;
    if (bytes)
        image.loadFromData(*bytes);
    if (image.isNull()) {
        showUnsupported();
        m_unsupportedText->setText(tr("This %1 image cannot be shown. Export it to open it elsewhere.")
                                       .arg(m_item.mediaType));
        return;
    }
    m_details->setText(m_details->text() + QStringLiteral(" · ") +
                       tr("%1 × %2 px").arg(image.width()).arg(image.height()));
    setKind(Kind::Image, m_image);
    m_image->setImage(image);
}

void EvidencePreview::showPdf()
{
    if (!m_tempDir || !m_tempDir->isValid())
        m_tempDir = std::make_unique<QTemporaryDir>();
    // One file per content: the viewer's helper process reads it; exporting re-hashes the bytes.
    const QString path = m_tempDir->filePath(QString::fromLatin1(m_item.sha256) + QStringLiteral(".pdf"));
    if (!QFileInfo::exists(path)) {
        if (auto ok = m_workpaper.evidence().exportItem(m_item.sha256, path); !ok) {
            showMessage(tr("The PDF cannot be read. %1").arg(errorSentence(ok.error().detail)));
            setKind(Kind::Error, m_message);
            return;
        }
    }
    setKind(Kind::Pdf, m_pdf);
    m_pdf->openFile(path);
}

void EvidencePreview::showPdfPage(int page, const QStringList &words)
{
    // Search hits count pages from 1, the viewer from 0.
    if (m_kind == Kind::Pdf)
        m_pdf->openAt(std::max(page - 1, 0), words);
}

void EvidencePreview::showUnsupported()
{
    m_unsupportedText->setText(tr("No preview for %1.").arg(m_item.mediaType));
    setKind(Kind::Unsupported, m_unsupported);
}

} // namespace Tickmark::Ui
