"""Requirement engine: ruleset, payer profiles and code table as data; one evaluator per requirement id."""

from nlp_checker.requirements.engine import check_evaluators, evaluate
from nlp_checker.requirements.loader import Ruleset, load_ruleset

__all__ = ["Ruleset", "check_evaluators", "evaluate", "load_ruleset"]
