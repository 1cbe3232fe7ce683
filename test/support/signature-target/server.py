"""A target that checks signatures on its own, with nothing but Python's hashlib and hmac.

/digest/...  HTTP Digest (RFC 7616): without an answer, 401 with SHA-256 and MD5 challenges
             (qop="auth"); ?alg=MD5 offers MD5 alone. With one, the expected response is computed
             here and compared.
/aws/...     AWS Signature Version 4: the canonical request, string to sign and signature are
             recomputed from what arrived (the body's bytes included) and compared.

Each request is answered with JSON saying what was checked; GET /log lists them.
Usage: python3 server.py PORT (prints "listening PORT" when ready).
"""
import datetime
import hashlib
import hmac
import json
import re
import secrets
import sys
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

USERS = {"mufasa": "Circle of Life"}
AWS_KEYS = {"AKIDEXAMPLE": "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"}
AWS_SESSION_TOKEN = "session-token-example"
REALM = "roundtrip@example.org"
NONCES = set()
LOG = []


def digest_hash(algorithm, text):
    name = {"MD5": "md5", "SHA-256": "sha256"}[algorithm]
    return hashlib.new(name, text.encode("utf-8")).hexdigest()


def parse_params(text):
    params = {}
    for match in re.finditer(r'([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]+))', text):
        value = match.group(2) if match.group(2) is not None else match.group(3)
        params[match.group(1).lower()] = re.sub(r"\\(.)", r"\1", value)
    return params


def check_digest(handler, target, body):
    auth = handler.headers.get("Authorization", "")
    if not auth.startswith("Digest "):
        return None, "no Digest answer"
    p = parse_params(auth[len("Digest "):])
    algorithm = p.get("algorithm", "MD5")
    if algorithm not in ("MD5", "SHA-256"):
        return None, "unknown algorithm " + algorithm
    password = USERS.get(p.get("username", ""))
    if password is None:
        return None, "unknown user"
    if p.get("realm") != REALM or p.get("nonce") not in NONCES:
        return None, "wrong realm or nonce"
    if p.get("uri") != target:
        return None, "uri %r is not the request target %r" % (p.get("uri"), target)
    if p.get("qop") != "auth" or not p.get("cnonce") or not re.fullmatch(r"[0-9a-f]{8}", p.get("nc", "")):
        return None, "qop=auth with nc and cnonce expected"
    ha1 = digest_hash(algorithm, "%s:%s:%s" % (p["username"], REALM, password))
    ha2 = digest_hash(algorithm, "%s:%s" % (handler.command, target))
    expected = digest_hash(algorithm, ":".join([ha1, p["nonce"], p["nc"], p["cnonce"], "auth", ha2]))
    if not hmac.compare_digest(expected, p.get("response", "")):
        return None, "wrong response (password?)"
    return {"scheme": "digest", "algorithm": algorithm, "username": p["username"]}, None


def sign(key, text):
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).digest()


def uri_encode(text, keep_slash):
    return urllib.parse.quote(text, safe="/~" if keep_slash else "~")


def check_sigv4(handler, raw_path, body):
    auth = handler.headers.get("Authorization", "")
    match = re.fullmatch(r"AWS4-HMAC-SHA256 Credential=([^/]+)/(\d{8})/([^/]+)/([^/]+)/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})", auth)
    if match is None:
        return None, "no AWS4-HMAC-SHA256 Authorization"
    key_id, day, region, service, signed_names, signature = match.groups()
    secret = AWS_KEYS.get(key_id)
    if secret is None:
        return None, "unknown access key"
    amz_date = handler.headers.get("X-Amz-Date", "")
    if not amz_date.startswith(day):
        return None, "X-Amz-Date does not match the credential scope"
    when = datetime.datetime.strptime(amz_date, "%Y%m%dT%H%M%SZ").replace(tzinfo=datetime.timezone.utc)
    if abs((datetime.datetime.now(datetime.timezone.utc) - when).total_seconds()) > 900:
        return None, "X-Amz-Date is more than 15 minutes off"
    names = signed_names.split(";")
    if "host" not in names:
        return None, "host is not signed"
    path, _, query = raw_path.partition("?")
    # Non-S3 services encode each path segment once more (the path arrived encoded once).
    canonical_uri = uri_encode(urllib.parse.unquote(path), True) if service == "s3" else uri_encode(path, True)
    pairs = sorted((uri_encode(urllib.parse.unquote_plus(k), False), uri_encode(urllib.parse.unquote(v), False)) for k, _, v in (part.partition("=") for part in query.split("&") if part))
    canonical_query = "&".join("%s=%s" % pair for pair in pairs)
    header_lines = []
    for name in names:
        values = handler.headers.get_all(name) or []
        if not values:
            return None, "signed header %s did not arrive" % name
        header_lines.append("%s:%s\n" % (name, ",".join(re.sub(r"\s+", " ", v.strip()) for v in values)))
    payload = hashlib.sha256(body).hexdigest()
    declared = handler.headers.get("X-Amz-Content-Sha256")
    if declared is not None and declared != payload:
        return None, "X-Amz-Content-Sha256 is not the body's hash"
    canonical = "\n".join([handler.command, canonical_uri, canonical_query, "".join(header_lines), signed_names, payload])
    scope = "%s/%s/%s/aws4_request" % (day, region, service)
    to_sign = "\n".join(["AWS4-HMAC-SHA256", amz_date, scope, hashlib.sha256(canonical.encode("utf-8")).hexdigest()])
    key = sign(sign(sign(sign(("AWS4" + secret).encode("utf-8"), day), region), service), "aws4_request")
    expected = hmac.new(key, to_sign.encode("utf-8"), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, signature):
        return None, "The request signature we calculated does not match the signature you provided."
    token = handler.headers.get("X-Amz-Security-Token")
    if token is not None and (token != AWS_SESSION_TOKEN or "x-amz-security-token" not in names):
        return None, "wrong or unsigned session token"
    return {"scheme": "aws-sigv4", "region": region, "service": service, "accessKey": key_id, "sessionToken": token is not None, "signedHeaders": names}, None


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def answer(self, status, payload, extra=()):
        data = json.dumps(payload).encode("utf-8")
        self.send_response(status)
        for name, value in extra:
            self.send_header(name, value)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def handle_any(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if self.path == "/log":
            return self.answer(200, LOG)
        entry = {"method": self.command, "path": self.path, "authorization": self.headers.get("Authorization"), "headers": [[name, value] for name, value in self.headers.items()], "body": body.decode("utf-8", "replace")}
        if self.path.startswith("/digest"):
            checked, problem = check_digest(self, self.path, body)
            entry.update(checked=checked, problem=problem)
            LOG.append(entry)
            if checked is None:
                nonce = secrets.token_hex(16)
                NONCES.add(nonce)
                offered = ["MD5"] if "alg=MD5" in self.path else ["SHA-256", "MD5"]
                challenges = [("WWW-Authenticate", 'Digest realm="%s", qop="auth", algorithm=%s, nonce="%s", opaque="op4que"' % (REALM, alg, nonce)) for alg in offered]
                return self.answer(401, {"problem": problem}, challenges)
            return self.answer(200, {"verified": checked, "body": entry["body"]})
        if self.path.startswith("/aws"):
            checked, problem = check_sigv4(self, self.path, body)
            entry.update(checked=checked, problem=problem)
            LOG.append(entry)
            if checked is None:
                return self.answer(403, {"message": problem})
            return self.answer(200, {"verified": checked, "body": entry["body"]})
        return self.answer(404, {"problem": "no such path"})

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = handle_any


if __name__ == "__main__":
    server = ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler)
    print("listening %d" % server.server_address[1], flush=True)
    server.serve_forever()
