"""Every rule carries its own examples, in every language, and they hold (proselint's and
Vale's discipline): texts that must fire and tricky texts that must not. A rule without
examples in a language fails here."""

from __future__ import annotations

import pytest

from replykit.examples import fired_rules, known_prefixes
from replykit.guards import GUARDS, guard
from replykit.lexicon import lexicon_files, rule_examples, rules
from replykit.model import LANGUAGES


def _cases():
    for lang, name in lexicon_files():
        for rule in rules(lang, name):
            fire, passing = rule_examples(rule, lang)
            for i, example in enumerate(fire):
                yield pytest.param(rule["id"], example, True, id=f"{rule['id']}-{lang}-fire{i}")
            for i, example in enumerate(passing):
                yield pytest.param(rule["id"], example, False, id=f"{rule['id']}-{lang}-pass{i}")


@pytest.mark.parametrize(("rule_id", "example", "must_fire"), list(_cases()))
def test_rule_example(rule_id, example, must_fire):
    fired = fired_rules(rule_id, example)
    if must_fire:
        assert rule_id in fired, f"{rule_id} must fire on {example.text!r}; got {sorted(fired)}"
    else:
        assert rule_id not in fired, f"{rule_id} must not fire on {example.text!r}"


def _documented(lang: str) -> dict[str, tuple[int, int]]:
    counts: dict[str, tuple[int, int]] = {}
    for file_lang, name in lexicon_files():
        if file_lang != lang:
            continue
        for rule in rules(lang, name):
            fire, passing = rule_examples(rule, lang)
            before = counts.get(rule["id"], (0, 0))
            counts[rule["id"]] = (before[0] + len(fire), before[1] + len(passing))
    return counts


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("guard_name", GUARDS)
def test_every_rule_has_examples_in_every_language(guard_name, lang):
    documented = _documented(lang)
    for rule_id in guard(guard_name).RULES:
        fire, passing = documented.get(rule_id, (0, 0))
        assert fire and passing, (
            f"{rule_id} has no {'fire' if not fire else 'pass'} example in {lang}: add it to "
            f"replykit/lexicons/{lang}/{guard_name}.yaml"
        )


def test_every_lexicon_rule_belongs_to_a_guard_or_runner():
    known = {rule for name in GUARDS for rule in guard(name).RULES}
    for lang, name in lexicon_files():
        for rule in rules(lang, name):
            assert "id" in rule, f"{lang}/{name}.yaml: a rule without an id"
            prefix = rule["id"].split(".", 1)[0]
            assert prefix in known_prefixes(), f"{lang}/{name}.yaml: nothing runs {rule['id']}"
            if prefix in GUARDS:
                assert rule["id"] in known, f"{lang}/{name}.yaml: {rule['id']} is no guard's rule"
