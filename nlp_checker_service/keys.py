"""``python -m nlp_checker_service.keys hash``: make a service API key and the hash to configure.

The scheme itself (token format, hash formats, verification) is ``nlp_checker_worklist.auth``, shared with
the worklist's user keys; the names below are re-exported from there.

    python -m nlp_checker_service.keys hash            # new random key (nlpk_...) + its sha256 hash
    python -m nlp_checker_service.keys hash --pbkdf2   # reads the key from stdin, prints a pbkdf2_sha256 hash
"""

from __future__ import annotations

import argparse
import sys

from nlp_checker_worklist.auth import (
    PBKDF2_ITERATIONS,
    KeyHash,
    KeyVerifier,
    hash_key,
    new_key,
    parse_key_hash,
)

__all__ = ["KeyHash", "KeyVerifier", "hash_key", "main", "new_key", "parse_key_hash"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m nlp_checker_service.keys", description=__doc__.split("\n")[0]
    )
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
