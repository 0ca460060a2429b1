"""The pattern index (patterns.PatternIndex) only skips patterns that could not match: on every
tone text we have, the indexed guard reports exactly what trying every pattern reports."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from replykit.config import Config
from replykit.document import Doc
from replykit.guards import Context
from replykit.guards import tone as tone_guard
from replykit.lexicon import rule_examples, rules
from replykit.model import LANGUAGES
from replykit.pattern_rules import pattern_index, pattern_rules

SETS = Path(__file__).resolve().parents[1] / "bench" / "tone_sets"


def _examples(lang: str) -> list[tuple[str, str | None]]:
    """(reply, comment) for every fire and pass example of the language's tone rules."""
    found = []
    for rule in rules(lang, "tone"):
        fire, passing = rule_examples(rule, lang)
        found += [(e.text, e.comment) for e in fire + passing]
    return found


def _written(lang: str) -> list[tuple[str, str | None]]:
    """The dev and train written sets (never the held-out ones)."""
    texts: list[tuple[str, str | None]] = []
    for path in (SETS / f"{lang}.yaml", SETS / "train" / f"{lang}.yaml"):
        if path.is_file():
            data = yaml.safe_load(path.read_text("utf-8"))
            texts += [(t, None) for t in data["argumentative"] + data["polite"]]
    return texts


def _findings(text: str, comment: str | None, lang: str, indexed: bool) -> list:
    config = Config()
    ctx = Context(lang=lang, config=config, comment=Doc(comment, lang) if comment else None)
    doc = Doc(text, lang)
    return list(tone_guard.check(doc, ctx, config.settings("tone"), indexed=indexed))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_indexed_and_brute_force_paths_find_the_same(lang):
    texts = _examples(lang) + _written(lang)
    assert len(texts) > 200
    differ = [
        text for text, comment in texts
        if _findings(text, comment, lang, True) != _findings(text, comment, lang, False)
    ]
    assert differ == []


def test_a_plain_reply_tries_few_patterns():
    # Not a timing test: the index must leave most patterns out, or it saves nothing.
    doc = Doc("Hi Sam, sorry about the delay. Order 4471 ships tomorrow.", "en")
    every = {p for rule in pattern_rules("en", "tone") for p in rule.all_patterns()}
    assert len(pattern_index("en", "tone").live(doc)) < len(every) / 10
