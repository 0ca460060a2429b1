"""Running a rule's own examples: the test suite and `replykit phrasebook lint` share this.

A rule id's first part says what runs it: a guard name runs that guard alone on the example;
other owners of data rules (e.g. triage signals) register a runner in RUNNERS.
"""

from __future__ import annotations

from collections.abc import Callable

from .config import Config
from .guards import GUARDS
from .lexicon import Example
from .pipeline import check


def guard_fired(example: Example, guard_name: str) -> set[str]:
    """The rule ids the guard reports on the example, in the example's context."""
    config = Config()
    if example.settings:
        config = config.with_settings(example.settings)
    report = check(
        example.text,
        lang=example.lang,
        comment=example.comment,
        name=example.name,
        channel=example.channel,
        history=list(example.history) if example.history else None,
        config=config,
        guards=(guard_name,),
    )
    return {f.rule for f in report.findings}


# prefix -> function(example) -> the rule ids that fired
RUNNERS: dict[str, Callable[[Example], set[str]]] = {}

# Runners imported on first need, so this module stays light: prefix -> "module:function".
LAZY_RUNNERS: dict[str, str] = {"triage": "replykit.triage:example_runner"}


def known_prefixes() -> set[str]:
    return set(GUARDS) | set(RUNNERS) | set(LAZY_RUNNERS)


def _load_lazy_runner(prefix: str) -> None:
    import importlib

    module, function = LAZY_RUNNERS[prefix].split(":")
    RUNNERS[prefix] = getattr(importlib.import_module(module), function)


def fired_rules(rule_id: str, example: Example) -> set[str]:
    prefix = rule_id.split(".", 1)[0]
    if prefix not in RUNNERS and prefix in LAZY_RUNNERS:
        _load_lazy_runner(prefix)
    if prefix in RUNNERS:
        return RUNNERS[prefix](example)
    if prefix in GUARDS:
        return guard_fired(example, prefix)
    raise KeyError(f"no guard or runner for rule {rule_id!r}")
