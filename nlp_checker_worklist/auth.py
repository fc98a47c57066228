"""Hashing of passwords (scrypt, salted) and of API-key / session secrets (salted SHA-256; the secrets are
random 256-bit tokens, so a slow hash adds nothing). Every comparison is constant-time."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
_SALT_BYTES = 16
API_KEY_PREFIX = "nlpc"
SESSION_PREFIX = "nlps"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def hash_password(password: str) -> str:
    """``scrypt$n$r$p$salt$hash`` for a password (salted, memory-hard)."""
    if not password:
        raise ValueError("empty password")
    salt = secrets.token_bytes(_SALT_BYTES)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str | None) -> bool:
    """True when ``password`` matches ``stored``; a missing or malformed hash never matches."""
    if not stored:
        # Same work as a real check, so that timing does not reveal which users have a password.
        hashlib.scrypt(
            password.encode(), salt=b"\0" * _SALT_BYTES, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32
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


def hash_secret(secret: str) -> str:
    """``sha256$salt$hash`` for a random token secret."""
    salt = secrets.token_bytes(_SALT_BYTES)
    return f"sha256${_b64(salt)}${_b64(hashlib.sha256(salt + secret.encode()).digest())}"


def verify_secret(secret: str, stored: str) -> bool:
    try:
        scheme, salt, expected = stored.split("$")
    except ValueError:
        return False
    if scheme != "sha256":
        return False
    digest = hashlib.sha256(_unb64(salt) + secret.encode()).digest()
    return hmac.compare_digest(digest, _unb64(expected))


def new_token(prefix: str) -> tuple[str, str, str]:
    """A new token ``prefix_<id>_<secret>``: returns (token, public id, secret)."""
    public = secrets.token_hex(8)
    secret = secrets.token_urlsafe(32)
    return f"{prefix}_{public}_{secret}", public, secret


def split_token(token: str, prefix: str) -> tuple[str, str] | None:
    """(public id, secret) of a token with this prefix, or None when it is not one."""
    parts = token.strip().split("_", 2)
    if len(parts) != 3 or parts[0] != prefix or not parts[1] or not parts[2]:
        return None
    return parts[1], parts[2]
