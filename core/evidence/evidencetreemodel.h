// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidence.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

#include <memory>

namespace Tickmark::Core {

class Workpaper;

/// The engagement's evidence as a tree: packages (in import order) → folders → files, folders before files and
/// both by name. Reads through EvidenceService::packages() and list() and reloads when Workpaper::changed names an
/// "evidence…" or "request…" object (imports, links, dates, requests answered). Read-only.
/// Thread affinity: the workpaper's thread.
class EvidenceTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceTreeModel)

public:
    enum Column {
        NameColumn,          ///< package name, folder or file name
        SizeColumn,          ///< human-readable bytes (package: the package file; folder: its files)
        TypeColumn,          ///< media type (file), archive format (package), "Folder"
        Sha256Column,        ///< the first 12 hex digits; the full hash in the tooltip
        ControlsColumn,      ///< linked control ids
        RequestColumn,       ///< the request the package answers
        EffectiveDateColumn, ///< the date the evidence speaks to; out-of-period dates are marked
        ColumnCount
    };
    Q_ENUM(Column)

    enum class NodeKind { Package, Folder, File };

    enum Role {
        NodeKindRole = Qt::UserRole + 1, ///< int: NodeKind
        NodeKeyRole,                     ///< QString: "PACKAGE", "PACKAGE/FOLDER/" or "PACKAGE/PATH", unique
        ItemIdRole,                      ///< qint64: the evidence item's id (files only)
        Sha256Role,                      ///< QByteArray: full hex SHA-256 (files and packages)
        MediaTypeRole,                   ///< QString: the file's media type
        OutOfPeriodRole,                 ///< bool: the file's effective date falls outside the period
        SortRole,                        ///< per column: name lower-cased, size as qint64, date…
    };
    Q_ENUM(Role)

    /// The number of hex digits shown in the SHA-256 column.
    static constexpr int kShortHashLength = 12;

    /// @p workpaper outlives the model. Loads the evidence immediately.
    explicit EvidenceTreeModel(Workpaper &workpaper, QObject *parent = nullptr);
    ~EvidenceTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The item shown at @p index (any column), or null for packages and folders.
    const EvidenceItem *itemAt(const QModelIndex &index) const;
    /// The package shown at @p index (any node below it), or null for an invalid index.
    const EvidencePackage *packageAt(const QModelIndex &index) const;
    /// The node whose NodeKeyRole is @p key (column 0), or an invalid index.
    QModelIndex indexOfKey(const QString &key) const;
    /// The file node of item @p itemId (column 0), or an invalid index.
    QModelIndex indexOfItem(qint64 itemId) const;
    /// All items, in package and path order.
    const QList<EvidenceItem> &items() const { return m_items; }
    /// All packages, in import order.
    const QList<EvidencePackage> &packages() const { return m_packages; }

    /// Re-reads everything (a model reset).
    void reload();

Q_SIGNALS:
    /// Reading the evidence failed; the model is then empty. @p message is core's detail.
    void loadFailed(const QString &message);

private:
    struct Node;
    Node *nodeAt(const QModelIndex &index) const;
    QModelIndex indexOfNode(const Node *node) const;
    void build();
    QVariant displayData(const Node &node, int column) const;
    QVariant toolTip(const Node &node, int column) const;
    QVariant sortData(const Node &node, int column) const;

    Workpaper &m_workpaper;
    QList<EvidencePackage> m_packages;
    QList<EvidenceItem> m_items;
    std::unique_ptr<Node> m_root;
    QHash<QString, Node *> m_byKey;
    QHash<qint64, Node *> m_byItem;
};

} // namespace Tickmark::Core
