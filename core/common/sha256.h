// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace Tickmark::Core {

/// Incremental SHA-256 through OpenSSL EVP (uses the CPU's SHA extensions; ~10x QCryptographicHash here).
class Sha256 final
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void update(QByteArrayView bytes);
    /// The 32-byte digest; the object must not be updated afterwards.
    QByteArray digest();
    /// Lower-case hex of digest().
    QByteArray hexDigest() { return digest().toHex(); }

    /// One-shot lower-case hex digest.
    static QByteArray hex(QByteArrayView bytes);

private:
    struct Ctx;
    std::unique_ptr<Ctx> m_ctx;
};

} // namespace Tickmark::Core
