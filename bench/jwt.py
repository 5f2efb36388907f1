#!/usr/bin/env python3
"""Benchmark-only identity provider: an RSA key, its JWK set and one signed RS256 access token.

Python standard library + the openssl CLI only (no PyPI). Usage:
  jwt.py DIR ISSUER AUDIENCE SCOPES
writes DIR/key.pem, DIR/jwks/jwks.json (serve DIR/jwks over HTTP) and prints the token on stdout.

The token looks like an Entra ID v2 access token for a signed-in user (claims as listed in
https://learn.microsoft.com/entra/identity-platform/access-token-claims-reference): scp, roles, oid, tid, wids,
groups, xms_* and the rest, about 2 KB long as real ones are (1.5-2.5 KB), so header checks and the JWT decode
cost what they cost in production.
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
    header = {"typ": "JWT", "alg": "RS256", "x5t": b64url(bytes.fromhex(modulus_hex[:40])), "kid": kid}
    tenant = str(uuid.UUID(int=0x8f6a3c1e5b2d4e7f9a103c4d5e6f7a8b))
    claims = {"aud": audience, "iss": issuer, "iat": now - 60, "nbf": now - 60, "exp": now + 6 * 3600,
              "acct": 0, "acr": "1", "aio": b64url(os.urandom(60)),
              "amr": ["pwd", "mfa"], "app_displayname": "Journey editor", "appid": str(uuid.uuid4()),
              "appidacr": "0", "azp": str(uuid.uuid4()), "azpacr": "0",
              "family_name": "Lindqvist", "given_name": "Maja", "groups": [str(uuid.uuid4()) for _ in range(1)],
              "idtyp": "user", "ipaddr": "203.0.113.42", "name": "Maja Lindqvist",
              "oid": str(uuid.uuid4()), "preferred_username": "maja.lindqvist@contoso.example", "rh": "1.AQ" + b64url(os.urandom(30)) + ".",
              "roles": ["journeys.read"], "scp": scopes, "sid": str(uuid.uuid4()), "sub": b64url(os.urandom(32)),
              "tenant_region_scope": "EU", "tid": tenant, "unique_name": "maja.lindqvist@contoso.example",
              "upn": "maja.lindqvist@contoso.example", "uti": b64url(os.urandom(16)), "ver": "2.0",
              "wids": ["b79fbf4d-3ef9-4689-8143-76b194e85509", "e3973bdf-4987-49ae-837a-ba8e231c7286"],
              "xms_cc": ["CP1"], "xms_ftd": b64url(os.urandom(36)), "xms_idrel": "1 24",
              "xms_pdl": "EUR", "xms_tcdt": 1589961233, "xms_tdbr": "EU"}
    signing_input = (b64url(json.dumps(header, separators=(",", ":")).encode()) + "."
                     + b64url(json.dumps(claims, separators=(",", ":")).encode()))
    signature = subprocess.run(["openssl", "dgst", "-sha256", "-sign", key], input=signing_input.encode(),
                               check=True, capture_output=True).stdout
    print(signing_input + "." + b64url(signature))


if __name__ == "__main__":
    main()
