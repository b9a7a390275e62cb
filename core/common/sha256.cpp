// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sha256.h"

#include <openssl/evp.h>

namespace Tickmark::Core {

struct Sha256::Ctx
{
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    ~Ctx() { EVP_MD_CTX_free(md); }
};

Sha256::Sha256() : m_ctx(std::make_unique<Ctx>())
{
    EVP_DigestInit_ex(m_ctx->md, EVP_sha256(), nullptr);
}

Sha256::~Sha256() = default;

void Sha256::update(QByteArrayView bytes)
{
    EVP_DigestUpdate(m_ctx->md, bytes.data(), static_cast<size_t>(bytes.size()));
}

QByteArray Sha256::digest()
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int len = 0;
    EVP_DigestFinal_ex(m_ctx->md, reinterpret_cast<unsigned char *>(out.data()), &len);
    out.truncate(static_cast<qsizetype>(len));
    return out;
}

QByteArray Sha256::hex(QByteArrayView bytes)
{
    Sha256 h;
    h.update(bytes);
    return h.hexDigest();
}

} // namespace Tickmark::Core
