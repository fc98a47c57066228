"""The one credential scheme of nlp-checker: tokens, their hashes, passwords and CSRF tokens (stdlib only).

Used alike by the service's API keys (``NLP_CHECKER_API_KEYS``) and by the worklist's users, API keys and
browser sessions; the HTTP side reads them from one header set (``nlp_checker_service.auth``).

Tokens are ``<prefix>_<public id>_<secret>``, one prefix per purpose, so that a key presented in the wrong
place is recognised and refused with a message that says so:

- ``nlpk_...``: a service API key (opens ``/v1/check`` and the EHR routes);
- ``nlpc_...``: a worklist user's API key (opens ``/v1/worklist``);
- ``nlps_...``: a worklist browser session (the cookie).

Hashes, one format for every stored or configured secret:

- ``sha256$<salt hex>$<hex of sha256(salt + secret)>``: for generated random secrets (>= 128 bits), where a
  slow hash adds nothing;
- ``pbkdf2_sha256$<iterations>$<salt hex>$<digest hex>``: for a service key a person chose (each distinct
  presented key costs one PBKDF2 run; successes are cached by a SHA-256 of the key, never the key);
- ``scrypt$n$r$p$<salt b64>$<digest b64>``: for worklist passwords (memory-hard).

CSRF tokens of browser sessions are ``HMAC-SHA256(server secret, session token)``. Every comparison is
constant-time.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass, field

SERVICE_KEY_PREFIX = "nlpk"
API_KEY_PREFIX = "nlpc"  # a worklist user's API key
SESSION_PREFIX = "nlps"
PREFIXES = {
    SERVICE_KEY_PREFIX: "a service API key",
    API_KEY_PREFIX: "a worklist user's API key",
    SESSION_PREFIX: "a worklist session token",
}

PBKDF2_ITERATIONS = 600_000
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
SALT_BYTES = 16
_SALT_BYTES = SALT_BYTES
_CACHE_SIZE = 1024
HASH_FORMATS = "'sha256$<salt hex>$<digest hex>' or 'pbkdf2_sha256$<iterations>$<salt hex>$<digest hex>'"


# --- tokens -------------------------------------------------------------------------------------------------


def new_token(prefix: str) -> tuple[str, str, str]:
    """A new token ``prefix_<id>_<secret>``: returns (token, public id, secret)."""
    if prefix not in PREFIXES:
        raise ValueError(f"prefix: expected one of {sorted(PREFIXES)}, found {prefix!r}")
    public = secrets.token_hex(8)
    secret = secrets.token_urlsafe(32)
    return f"{prefix}_{public}_{secret}", public, secret


def split_token(token: str, prefix: str) -> tuple[str, str] | None:
    """(public id, secret) of a token with this prefix, or None when it is not one."""
    parts = token.strip().split("_", 2)
    if len(parts) != 3 or parts[0] != prefix or not parts[1] or not parts[2]:
        return None
    return parts[1], parts[2]


def token_purpose(token: str) -> str | None:
    """The prefix of a well-formed token (``nlpk``, ``nlpc``, ``nlps``), else None."""
    prefix = token.strip().split("_", 1)[0]
    return prefix if prefix in PREFIXES and split_token(token, prefix) else None


def new_key() -> str:
    """A new random service API key (``nlpk_<id>_<secret>``, 256 bits of secret)."""
    return new_token(SERVICE_KEY_PREFIX)[0]


# --- hashes of secrets --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class KeyHash:
    """One parsed ``sha256$...`` or ``pbkdf2_sha256$...`` hash."""

    scheme: str
    iterations: int
    salt: bytes
    digest: bytes

    def compute(self, secret: str) -> bytes:
        raw = secret.encode("utf-8", "surrogatepass")
        if self.scheme == "sha256":
            return hashlib.sha256(self.salt + raw).digest()
        return hashlib.pbkdf2_hmac("sha256", raw, self.salt, self.iterations)

    def matches(self, secret: str) -> bool:
        return hmac.compare_digest(self.compute(secret), self.digest)


def parse_key_hash(text: str, where: str = "api key hash") -> KeyHash:
    """Parse ``sha256$salt$hex`` or ``pbkdf2_sha256$iterations$salt$hex``; ValueError says what is wrong."""
    parts = text.strip().split("$")
    try:
        if parts[0] == "sha256" and len(parts) == 3:
            return KeyHash("sha256", 1, bytes.fromhex(parts[1]), bytes.fromhex(parts[2]))
        if parts[0] == "pbkdf2_sha256" and len(parts) == 4:
            iterations = int(parts[1])
            if iterations < 1:
                raise ValueError
            return KeyHash("pbkdf2_sha256", iterations, bytes.fromhex(parts[2]), bytes.fromhex(parts[3]))
    except ValueError:
        pass
    # Never echo the value: a misconfigured entry may be a plaintext key.
    raise ValueError(
        f"{where}: expected {HASH_FORMATS} (make one with: python -m nlp_checker_service.keys hash)"
    )


def hash_key(key: str, scheme: str = "sha256", iterations: int = PBKDF2_ITERATIONS) -> str:
    """The hash string of a secret (a fresh random salt each call)."""
    salt = secrets.token_bytes(SALT_BYTES)
    raw = key.encode("utf-8", "surrogatepass")
    if scheme == "sha256":
        return f"sha256${salt.hex()}${hashlib.sha256(salt + raw).hexdigest()}"
    if scheme == "pbkdf2_sha256":
        digest = hashlib.pbkdf2_hmac("sha256", raw, salt, iterations)
        return f"pbkdf2_sha256${iterations}${salt.hex()}${digest.hex()}"
    raise ValueError(f"scheme: expected 'sha256' or 'pbkdf2_sha256', found {scheme!r}")


def hash_secret(secret: str) -> str:
    """``sha256$<salt hex>$<digest hex>`` of a random token secret (what the worklist stores)."""
    return hash_key(secret)


def verify_secret(secret: str, stored: str) -> bool:
    """True when ``secret`` matches the stored hash; a malformed hash never matches."""
    try:
        parsed = parse_key_hash(stored)
    except ValueError:
        return False
    return parsed.matches(secret)


@dataclass
class KeyVerifier:
    """Checks a presented key against every configured hash, in constant time per hash."""

    hashes: list[KeyHash]
    _verified: dict[bytes, None] = field(default_factory=dict, repr=False)

    @classmethod
    def from_config(cls, entries: list[str]) -> KeyVerifier:
        return cls([parse_key_hash(entry) for entry in entries])

    @property
    def slow(self) -> bool:
        """True when some hash is PBKDF2 (verify it off the event loop)."""
        return any(h.scheme != "sha256" for h in self.hashes)

    def verify(self, key: str) -> bool:
        fingerprint = hashlib.sha256(key.encode("utf-8", "surrogatepass")).digest()
        if fingerprint in self._verified:
            return True
        # Compare with every hash (no early exit) so timing does not tell which entry matched.
        matches = [h.matches(key) for h in self.hashes]
        if any(matches):
            if len(self._verified) >= _CACHE_SIZE:
                self._verified.clear()
            self._verified[fingerprint] = None
            return True
        return False


# --- passwords ----------------------------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def hash_password(password: str) -> str:
    """``scrypt$n$r$p$salt$hash`` for a password (salted, memory-hard)."""
    if not password:
        raise ValueError("empty password")
    salt = secrets.token_bytes(SALT_BYTES)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str | None) -> bool:
    """True when ``password`` matches ``stored``; a missing or malformed hash never matches."""
    if not stored:
        # Same work as a real check, so that timing does not reveal which users have a password.
        hashlib.scrypt(
            password.encode(), salt=b"\0" * SALT_BYTES, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32
        )
        return False
    try:
        scheme, n, r, p, salt, expected = stored.split("$")
        if scheme != "scrypt":
            return False
        digest = hashlib.scrypt(
            password.encode(), salt=_unb64(salt), n=int(n), r=int(r), p=int(p), dklen=len(_unb64(expected))
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest, _unb64(expected))


# --- CSRF ---------------------------------------------------------------------------------------------------


def new_server_secret() -> str:
    """A random server secret (for CSRF tokens), 256 bits, URL-safe text."""
    return secrets.token_urlsafe(32)


def csrf_token(secret: str | bytes, session_token: str) -> str:
    """The CSRF token of a browser session: ``HMAC-SHA256(server secret, session token)`` in hex. Per session,
    no server state, and not computable without the server secret or by a page that cannot read the cookie."""
    key = secret.encode() if isinstance(secret, str) else secret
    if not key:
        raise ValueError("csrf secret: empty")
    return hmac.new(key, session_token.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()


def verify_csrf(secret: str | bytes, session_token: str, presented: str) -> bool:
    return bool(presented) and hmac.compare_digest(
        presented.encode("utf-8", "surrogatepass"), csrf_token(secret, session_token).encode()
    )
