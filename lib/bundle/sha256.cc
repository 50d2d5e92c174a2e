#include "tempmon/bundle/sha256.h"

#include <openssl/evp.h>

#include "tempmon/bundle/bundle.h"

namespace tempmon::bundle {
namespace {

[[noreturn]] void Fail() {
  throw BundleError("sha256: OpenSSL EVP digest failed (is libcrypto usable?)");
}

}  // namespace

Sha256::Sha256() : ctx_(EVP_MD_CTX_new()) {
  if (!ctx_) Fail();
  if (EVP_DigestInit_ex(ctx_, EVP_sha256(), nullptr) != 1) {
    EVP_MD_CTX_free(ctx_);
    Fail();
  }
}

Sha256::~Sha256() { EVP_MD_CTX_free(ctx_); }

void Sha256::Update(std::string_view piece) {
  if (EVP_DigestUpdate(ctx_, piece.data(), piece.size()) != 1) Fail();
}

std::string Sha256::HexFinal() {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  if (EVP_DigestFinal_ex(ctx_, md, &len) != 1) Fail();
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(len * 2);
  for (unsigned i = 0; i < len; ++i) {
    out.push_back(kHex[md[i] >> 4]);
    out.push_back(kHex[md[i] & 15]);
  }
  return out;
}

std::string Sha256Hex(std::string_view data) {
  Sha256 h;
  h.Update(data);
  return h.HexFinal();
}

}  // namespace tempmon::bundle
