// SHA-256 of a byte string, as lowercase hex (OpenSSL EVP).
#pragma once

#include <memory>
#include <string>
#include <string_view>

struct evp_md_ctx_st;

namespace tempmon::bundle {

std::string Sha256Hex(std::string_view data);

// The same digest fed in pieces, for bytes that are never held whole.
class Sha256 {
 public:
  Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;
  ~Sha256();
  void Update(std::string_view piece);
  std::string HexFinal();  // once

 private:
  evp_md_ctx_st* ctx_;
};

}  // namespace tempmon::bundle
