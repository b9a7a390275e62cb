// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidencetreemodel.h"

#include "evidenceservice.h"
#include "workpaper/workpaper.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <vector>

namespace Tickmark::Core {

namespace {

/// Text colour of an out-of-period date: the amber of warning banners, dark enough to read on white.
const QColor kWarningText(0x8a, 0x5a, 0x00);

} // namespace

struct EvidenceTreeModel::Node
{
    NodeKind kind = NodeKind::Folder;
    QString name;
    QString key;
    Node *parent = nullptr;
    int row = 0;
    int item = -1;    ///< index into m_items (files)
    int package = -1; ///< index into m_packages (every node below a package)
    qint64 size = 0;  ///< files: their size; folders: the sum of their files; packages: the package file
    qint64 files = 0; ///< files below (folders and packages)
    std::vector<std::unique_ptr<Node>> children;
};

EvidenceTreeModel::EvidenceTreeModel(Workpaper &workpaper, QObject *parent)
    : QAbstractItemModel(parent)
    , m_workpaper(workpaper)
    , m_root(std::make_unique<Node>())
{
    connect(&workpaper, &Workpaper::changed, this, [this](const QString &object) {
        if (object.startsWith(QLatin1String("evidence")) || object.startsWith(QLatin1String("request")))
            reload();
    });
    build();
}

EvidenceTreeModel::~EvidenceTreeModel() = default;

void EvidenceTreeModel::reload()
{
    beginResetModel();
    build();
    endResetModel();
}

void EvidenceTreeModel::build()
{
    m_root = std::make_unique<Node>();
    m_byKey.clear();
    m_byItem.clear();
    m_packages.clear();
    m_items.clear();
    auto packages = m_workpaper.evidence().packages();
    auto items = packages ? m_workpaper.evidence().list() : Result<QList<EvidenceItem>>(packages.error());
    if (!items) {
        Q_EMIT loadFailed(items.error().detail);
        return;
    }
    m_packages = std::move(*packages);
    m_items = std::move(*items);

    QHash<qint64, Node *> packageNodes;
    for (int i = 0; i < m_packages.size(); ++i) {
        auto node = std::make_unique<Node>();
        node->kind = NodeKind::Package;
        node->name = m_packages.at(i).name;
        node->key = node->name;
        node->package = i;
        node->size = m_packages.at(i).size;
        node->parent = m_root.get();
        packageNodes.insert(m_packages.at(i).id, node.get());
        m_byKey.insert(node->key, node.get());
        m_root->children.push_back(std::move(node));
    }
    for (int i = 0; i < m_items.size(); ++i) {
        const EvidenceItem &item = m_items.at(i);
        Node *parent = packageNodes.value(item.packageId);
        if (!parent)
            continue;
        ++parent->files;
        const QStringList parts = item.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        for (qsizetype p = 0; p + 1 < parts.size(); ++p) {
            // Folder keys end with '/', so a file and a folder of the same name never share a key.
            const QString base = parent->kind == NodeKind::Package ? parent->key + QLatin1Char('/') : parent->key;
            const QString key = base + parts.at(p) + QLatin1Char('/');
            Node *folder = m_byKey.value(key);
            if (!folder) {
                auto node = std::make_unique<Node>();
                node->name = parts.at(p);
                node->key = key;
                node->package = parent->package;
                node->parent = parent;
                folder = node.get();
                m_byKey.insert(key, folder);
                parent->children.push_back(std::move(node));
            }
            folder->size += item.size;
            ++folder->files;
            parent = folder;
        }
        auto file = std::make_unique<Node>();
        file->kind = NodeKind::File;
        file->name = parts.isEmpty() ? item.path : parts.constLast();
        file->key = m_packages.at(parent->package).name + QLatin1Char('/') + item.path;
        file->item = i;
        file->package = parent->package;
        file->size = item.size;
        file->parent = parent;
        m_byKey.insert(file->key, file.get());
        m_byItem.insert(item.id, file.get());
        parent->children.push_back(std::move(file));
    }
    // Folders first, then files, each by name; packages stay in import order.
    std::vector<Node *> stack{m_root.get()};
    while (!stack.empty()) {
        Node *node = stack.back();
        stack.pop_back();
        if (node != m_root.get()) {
            std::stable_sort(node->children.begin(), node->children.end(), [](const auto &a, const auto &b) {
                if ((a->kind == NodeKind::File) != (b->kind == NodeKind::File))
                    return a->kind != NodeKind::File;
                return a->name.compare(b->name, Qt::CaseInsensitive) < 0;
            });
        }
        for (size_t r = 0; r < node->children.size(); ++r) {
            node->children[r]->row = static_cast<int>(r);
            stack.push_back(node->children[r].get());
        }
    }
}

EvidenceTreeModel::Node *EvidenceTreeModel::nodeAt(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex EvidenceTreeModel::indexOfNode(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, const_cast<Node *>(node));
}

QModelIndex EvidenceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = nodeAt(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || !p || row >= static_cast<int>(p->children.size()))
        return {};
    return createIndex(row, column, p->children[static_cast<size_t>(row)].get());
}

QModelIndex EvidenceTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(nodeAt(child)->parent);
}

int EvidenceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return static_cast<int>(nodeAt(parent)->children.size());
}

int EvidenceTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const EvidenceItem *EvidenceTreeModel::itemAt(const QModelIndex &index) const
{
    const Node *node = index.isValid() ? nodeAt(index) : nullptr;
    return node && node->item >= 0 ? &m_items.at(node->item) : nullptr;
}

const EvidencePackage *EvidenceTreeModel::packageAt(const QModelIndex &index) const
{
    const Node *node = index.isValid() ? nodeAt(index) : nullptr;
    return node && node->package >= 0 ? &m_packages.at(node->package) : nullptr;
}

QModelIndex EvidenceTreeModel::indexOfKey(const QString &key) const
{
    return indexOfNode(m_byKey.value(key));
}

QModelIndex EvidenceTreeModel::indexOfItem(qint64 itemId) const
{
    return indexOfNode(m_byItem.value(itemId));
}

QVariant EvidenceTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = *nodeAt(index);
    const EvidenceItem *item = node.item >= 0 ? &m_items.at(node.item) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(node, index.column());
    case Qt::ToolTipRole:
        return toolTip(node, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == EffectiveDateColumn && item && item->outOfPeriod)
            return QBrush(kWarningText);
        return {};
    case Qt::FontRole:
        if (node.kind == NodeKind::Package && index.column() == NameColumn) {
            QFont bold;
            bold.setWeight(QFont::DemiBold);
            return bold;
        }
        if (index.column() == Sha256Column)
            return QFont(QStringLiteral("monospace"));
        return {};
    case NodeKindRole:
        return static_cast<int>(node.kind);
    case NodeKeyRole:
        return node.key;
    case ItemIdRole:
        return item ? QVariant(item->id) : QVariant();
    case Sha256Role:
        if (item)
            return item->sha256;
        return node.kind == NodeKind::Package ? QVariant(m_packages.at(node.package).sha256) : QVariant();
    case MediaTypeRole:
        return item ? item->mediaType : QString();
    case OutOfPeriodRole:
        return item && item->outOfPeriod;
    case SortRole:
        return sortData(node, index.column());
    default:
        return {};
    }
}

QVariant EvidenceTreeModel::displayData(const Node &node, int column) const
{
    const EvidenceItem *item = node.item >= 0 ? &m_items.at(node.item) : nullptr;
    const EvidencePackage *package = node.package >= 0 ? &m_packages.at(node.package) : nullptr;
    switch (column) {
    case NameColumn:
        return node.name;
    case SizeColumn:
        return QLocale().formattedDataSize(node.size);
    case TypeColumn:
        if (item)
            return item->mediaType;
        if (node.kind == NodeKind::Package)
            return tr("%1 package").arg(package->format);
        return tr("Folder");
    case Sha256Column: {
        const QByteArray sha = item ? item->sha256 : (node.kind == NodeKind::Package ? package->sha256 : QByteArray());
        return sha.isEmpty() ? QString() : QString::fromLatin1(sha.left(kShortHashLength)) + QChar(0x2026);
    }
    case ControlsColumn:
        return item ? item->controls.join(QStringLiteral(", ")) : QString();
    case RequestColumn:
        if (item)
            return item->requestRef;
        return node.kind == NodeKind::Package ? package->requestRef : QString();
    case EffectiveDateColumn:
        if (!item || !item->effectiveDate.isValid())
            return {};
        return item->outOfPeriod ? tr("%1 (out of period)").arg(QLocale().toString(item->effectiveDate,
                                                                                   QLocale::ShortFormat))
                                 : QLocale().toString(item->effectiveDate, QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant EvidenceTreeModel::toolTip(const Node &node, int column) const
{
    const EvidenceItem *item = node.item >= 0 ? &m_items.at(node.item) : nullptr;
    const EvidencePackage *package = node.package >= 0 ? &m_packages.at(node.package) : nullptr;
    switch (column) {
    case NameColumn:
        if (item)
            return tr("%1\nReceived %2 from package %3, imported by %4")
                .arg(node.key, QLocale().toString(item->receivedAt.toLocalTime(), QLocale::ShortFormat),
                     package->name, item->importedBy);
        if (node.kind == NodeKind::Package)
            return tr("%1: %n files, imported %2 by %3", "", static_cast<int>(node.files))
                .arg(package->name, QLocale().toString(package->importedAt.toLocalTime(), QLocale::ShortFormat),
                     package->importedBy);
        return tr("%1: %n files", "", static_cast<int>(node.files)).arg(node.key.chopped(1));
    case SizeColumn:
        return tr("%1 bytes").arg(QLocale().toString(node.size));
    case Sha256Column:
        if (item)
            return tr("SHA-256 %1").arg(QString::fromLatin1(item->sha256));
        if (node.kind == NodeKind::Package)
            return tr("SHA-256 of the package %1").arg(QString::fromLatin1(package->sha256));
        return {};
    case EffectiveDateColumn:
        if (item && item->outOfPeriod)
            return tr("The effective date falls outside the engagement period.");
        return {};
    default:
        return {};
    }
}

QVariant EvidenceTreeModel::sortData(const Node &node, int column) const
{
    const EvidenceItem *item = node.item >= 0 ? &m_items.at(node.item) : nullptr;
    switch (column) {
    case SizeColumn:
        return node.size;
    case EffectiveDateColumn:
        return item ? QVariant(item->effectiveDate) : QVariant();
    default:
        return displayData(node, column).toString().toLower();
    }
}

QVariant EvidenceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case TypeColumn:
        return tr("Type");
    case Sha256Column:
        return tr("SHA-256");
    case ControlsColumn:
        return tr("Controls");
    case RequestColumn:
        return tr("Request");
    case EffectiveDateColumn:
        return tr("Effective date");
    default:
        return {};
    }
}

} // namespace Tickmark::Core
