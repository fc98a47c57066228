"""API keys: stored as salted hashes, verified in constant time.

Formats of a configured key hash (``NLP_CHECKER_API_KEYS``, comma-separated):

- ``sha256$<salt hex>$<hex of sha256(salt + key)>``: for generated random keys (>= 128 bits of
  entropy), where a slow hash adds nothing; the default of ``python -m nlp_checker_service.keys hash``.
- ``pbkdf2_sha256$<iterations>$<salt hex>$<hex of pbkdf2_hmac(sha256, key, salt, iterations)>``: for
  keys a person chose. Each distinct presented key costs one PBKDF2 run; successful ones are cached
  (by a SHA-256 of the key, never the key) so a client pays it once per worker.

Make one::

    python -m nlp_checker_service.keys hash            # new random key + its sha256 hash
    python -m nlp_checker_service.keys hash --pbkdf2   # reads the key from stdin, prints a pbkdf2_sha256 hash
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import secrets
import sys
from dataclasses import dataclass, field

PBKDF2_ITERATIONS = 600_000
SALT_BYTES = 16
_CACHE_SIZE = 1024


@dataclass(frozen=True)
class KeyHash:
    """One parsed key hash."""

    scheme: str
    iterations: int
    salt: bytes
    digest: bytes

    def compute(self, key: str) -> bytes:
        raw = key.encode("utf-8")
        if self.scheme == "sha256":
            return hashlib.sha256(self.salt + raw).digest()
        return hashlib.pbkdf2_hmac("sha256", raw, self.salt, self.iterations)


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
        f"{where}: expected 'sha256$<salt hex>$<digest hex>' or "
        f"'pbkdf2_sha256$<iterations>$<salt hex>$<digest hex>' (make one with: python -m nlp_checker_service.keys hash)"
    )


def hash_key(key: str, scheme: str = "sha256", iterations: int = PBKDF2_ITERATIONS) -> str:
    """Return the configuration string for ``key`` (a fresh random salt each call)."""
    salt = secrets.token_bytes(SALT_BYTES)
    if scheme == "sha256":
        return f"sha256${salt.hex()}${hashlib.sha256(salt + key.encode()).hexdigest()}"
    if scheme == "pbkdf2_sha256":
        digest = hashlib.pbkdf2_hmac("sha256", key.encode(), salt, iterations)
        return f"pbkdf2_sha256${iterations}${salt.hex()}${digest.hex()}"
    raise ValueError(f"scheme: expected 'sha256' or 'pbkdf2_sha256', found {scheme!r}")


def new_key() -> str:
    """A random API key (256 bits, URL-safe)."""
    return "nlpc_" + secrets.token_urlsafe(32)


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
        matches = [hmac.compare_digest(h.compute(key), h.digest) for h in self.hashes]
        if any(matches):
            if len(self._verified) >= _CACHE_SIZE:
                self._verified.clear()
            self._verified[fingerprint] = None
            return True
        return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nlp_checker_service.keys", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("hash", help="print the hash of a key for NLP_CHECKER_API_KEYS")
    make.add_argument("--pbkdf2", action="store_true", help="pbkdf2_sha256 instead of sha256")
    make.add_argument("--iterations", type=int, default=PBKDF2_ITERATIONS)
    make.add_argument(
        "--stdin", action="store_true", help="read the key from stdin instead of generating one"
    )
    args = parser.parse_args(argv)
    generated = not (args.stdin or args.pbkdf2)
    key = new_key() if generated else sys.stdin.readline().rstrip("\n")
    if not key:
        parser.error("empty key on stdin")
    scheme = "pbkdf2_sha256" if args.pbkdf2 else "sha256"
    if generated:
        print(f"key:  {key}")
        print(f"hash: {hash_key(key, scheme, args.iterations)}")
    else:
        print(hash_key(key, scheme, args.iterations))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
