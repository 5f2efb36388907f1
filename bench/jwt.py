#!/usr/bin/env python3
"""Benchmark-only identity provider: an RSA key, its JWK set and one signed RS256 access token.

Python standard library + the openssl CLI only (no PyPI). Usage:
  jwt.py DIR ISSUER AUDIENCE SCOPES
writes DIR/key.pem, DIR/jwks/jwks.json (serve DIR/jwks over HTTP) and prints the token on stdout.
"""
import base64
import json
import os
import subprocess
import sys
import time
import uuid


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def main() -> None:
    out, issuer, audience, scopes = sys.argv[1:5]
    key = os.path.join(out, "key.pem")
    os.makedirs(os.path.join(out, "jwks"), exist_ok=True)
    if not os.path.exists(key):
        subprocess.run(["openssl", "genrsa", "-out", key, "2048"], check=True, capture_output=True)
    modulus_hex = subprocess.run(["openssl", "rsa", "-in", key, "-noout", "-modulus"], check=True,
                                 capture_output=True, text=True).stdout.strip().split("=", 1)[1]
    n = bytes.fromhex(modulus_hex)
    kid = "bench-" + modulus_hex[:12].lower()
    jwks = {"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": kid,
                      "n": b64url(n), "e": b64url((65537).to_bytes(3, "big"))}]}
    with open(os.path.join(out, "jwks", "jwks.json"), "w") as f:
        json.dump(jwks, f)
    now = int(time.time())
    header = {"alg": "RS256", "typ": "JWT", "kid": kid}
    claims = {"iss": issuer, "aud": audience, "sub": "bench-caller", "scp": scopes,
              "iat": now - 60, "nbf": now - 60, "exp": now + 6 * 3600, "jti": str(uuid.uuid4())}
    signing_input = (b64url(json.dumps(header, separators=(",", ":")).encode()) + "."
                     + b64url(json.dumps(claims, separators=(",", ":")).encode()))
    signature = subprocess.run(["openssl", "dgst", "-sha256", "-sign", key], input=signing_input.encode(),
                               check=True, capture_output=True).stdout
    print(signing_input + "." + b64url(signature))


if __name__ == "__main__":
    main()
