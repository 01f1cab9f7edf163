#!/usr/bin/env python3
"""Writes the generated seeds of tests/fuzz/corpus: the signing keys' public
JWKS and ID tokens signed with them (jwks/, id_token/), and small export
archives (zip_archive/). Run once by hand (python3 with `cryptography`); the
output is committed, the private keys are thrown away. The fuzz targets'
fixed key set (targets/IdToken.cpp) is jwks/keys.json.
The API answers, problems and request bodies were recorded from the
reference server (`privacy-dashboard-server --demo`) and are not generated.
"""
import base64, hashlib, io, json, os, sys, zipfile
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa, utils

root = os.path.dirname(os.path.abspath(__file__))
ISSUER, AUDIENCE, NOW = "https://id.example.com", "pd-client", 1780000000


def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def uint(n, size=None):
    return b64(n.to_bytes(size or (n.bit_length() + 7) // 8, "big"))


def write(folder, name, data):
    os.makedirs(os.path.join(root, folder), exist_ok=True)
    with open(os.path.join(root, folder, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())


rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
ec_key = ec.generate_private_key(ec.SECP256R1())
rn = rsa_key.public_key().public_numbers()
en = ec_key.public_key().public_numbers()
rsa_jwk = {"kty": "RSA", "kid": "rsa-1", "use": "sig", "alg": "RS256", "n": uint(rn.n), "e": uint(rn.e)}
ec_jwk = {"kty": "EC", "kid": "ec-1", "use": "sig", "crv": "P-256", "x": uint(en.x, 32), "y": uint(en.y, 32)}
jwks = {"keys": [rsa_jwk, ec_jwk]}
write("jwks", "keys.json", json.dumps(jwks))
write("jwks", "rsa-only.json", json.dumps({"keys": [rsa_jwk]}))
write("jwks", "ec-only-no-alg.json", json.dumps({"keys": [ec_jwk]}))
write("jwks", "mixed-unusable.json", json.dumps({"keys": [
    {"kty": "oct", "k": "c2VjcmV0"}, dict(rsa_jwk, use="enc"), dict(ec_jwk, crv="P-384"), ec_jwk]}))


def token(alg, claims, header_extra=None):
    header = {"alg": alg, "typ": "JWT", "kid": "rsa-1" if alg == "RS256" else "ec-1"}
    header.update(header_extra or {})
    signing_input = (b64(json.dumps(header).encode()) + "." + b64(json.dumps(claims).encode())).encode()
    if alg == "RS256":
        signature = rsa_key.sign(signing_input, padding.PKCS1v15(), hashes.SHA256())
    else:
        r, s = utils.decode_dss_signature(ec_key.sign(signing_input, ec.ECDSA(hashes.SHA256())))
        signature = r.to_bytes(32, "big") + s.to_bytes(32, "big")
    return signing_input + b"." + b64(signature).encode()


claims = {"iss": ISSUER, "aud": AUDIENCE, "sub": "user-42", "email": "ann@example.com",
          "email_verified": True, "nonce": "n-0S6_WzA2Mj", "iat": NOW - 10, "exp": NOW + 600}
write("id_token", "rs256-valid.jwt", token("RS256", claims))
write("id_token", "es256-valid.jwt", token("ES256", claims))
write("id_token", "rs256-two-audiences.jwt",
      token("RS256", dict(claims, aud=[AUDIENCE, "other"], azp=AUDIENCE)))
write("id_token", "es256-no-kid.jwt", token("ES256", claims, {"kid": None}))
write("id_token", "rs256-expired.jwt", token("RS256", dict(claims, exp=NOW - 3600)))
write("id_token", "none-alg.jwt", (b64(b'{"alg":"none"}') + "." + b64(json.dumps(claims).encode()) + "."))

# Export archives as the server writes them: manifest.json listing each
# file with its size, rows and SHA-256, deflated.
def archive(files, compression=zipfile.ZIP_DEFLATED):
    listed = [{"path": p, "rows": r, "sha256": hashlib.sha256(d).hexdigest(), "size_bytes": len(d)}
              for p, d, r in files]
    manifest = json.dumps({"account_id": "demo-ann", "created_at": "2026-12-02T19:05:47.858Z",
                           "format": "both", "files": listed}, indent=1).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as z:
        for p, d, _ in files:
            z.writestr(p, d)
        z.writestr("manifest.json", manifest)
    return out.getvalue()


csv = b"id,name,city\r\nv1,Ann,\"Lisboa, PT\"\r\nv2,\"Bo \"\"B\"\"\",\r\n"
js = b'[\n{"id":"v1","name":"Ann","city":"Lisboa"},\n{"id":"v2","name":"Bo","city":null}]'
write("zip_archive", "deflated-both.zip", archive([("visits.csv", csv, 2), ("visits.json", js, 2)]))
write("zip_archive", "stored-csv.zip", archive([("profile.csv", csv, 2)], zipfile.ZIP_STORED))
write("zip_archive", "empty-manifest.zip", archive([]))
