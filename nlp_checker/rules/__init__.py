"""Rules as data: the validated, hashed bundle of every file under a rules folder."""

from nlp_checker.rules.bundle import RuleBundle, default_bundle, load_bundle

__all__ = ["RuleBundle", "default_bundle", "load_bundle"]
