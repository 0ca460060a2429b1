"""promise guard: vague promises are flagged; a time, date, reference or next step in the same
sentence or the next one makes a promise concrete."""

from __future__ import annotations

import pytest

from replykit.pipeline import check


def _vague(text: str, lang: str, config: dict | None = None) -> list:
    report = check(text, lang=lang, guards=("promise",), config=config)
    return [f for f in report.findings if f.rule == "promise.vague"]


@pytest.mark.parametrize(("lang", "text", "evidence"), [
    ("en", "Thanks for flagging this, Maria. We'll look into it.", "We'll look into"),
    ("ru", "Спасибо, Мария. Мы обязательно разберёмся.", "разберёмся"),
    ("uk", "Дякуємо, Маріє. Ми обов'язково розберемося.", "розберемося"),
    ("pl", "Dziękujemy, Pani Mario. Zajmiemy się tym.", "Zajmiemy się tym"),
    ("el", "Ευχαριστούμε, Μαρία. Θα το κοιτάξουμε.", "Θα το κοιτάξουμε"),
])
def test_vague_promise_is_a_warning_on_its_words(lang, text, evidence):
    found = _vague(text, lang)
    assert len(found) == 1
    assert found[0].severity == "warning"
    assert found[0].text == evidence
    assert found[0].suggestions  # a concrete wording to copy


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "We'll look into it. You will hear from us by 6 pm."),
    ("ru", "Мы разберёмся. Ответ пришлём завтра до обеда."),
    ("uk", "Ми розберемося. Відповідь надішлемо завтра до обіду."),
    ("pl", "Zajmiemy się tym. Odpowiedź wyślemy jutro do południa."),
    ("el", "Θα το κοιτάξουμε. Θα έχετε απάντηση αύριο το πρωί."),
])
def test_a_time_in_the_next_sentence_makes_it_concrete(lang, text):
    assert _vague(text, lang) == []


def test_a_time_two_sentences_later_is_too_far_unless_configured():
    text = "We'll look into it. Sorry again for the trouble. Expect an answer by 6 pm."
    assert len(_vague(text, "en")) == 1
    assert _vague(text, "en", {"promise": {"sentences_after": 2}}) == []


def test_reference_number_and_past_steps_are_concrete():
    assert _vague("Your ticket is #48213, we'll get back to you.", "en") == []
    assert _vague("Мы проверили заказ и отправили замену.", "ru") == []  # a step taken, no promise
    assert _vague("Sprawdziliśmy paczkę, kurier już jedzie.", "pl") == []


def test_each_vague_promise_is_reported():
    text = "Мы разберёмся. Спасибо за терпение! Это будет исправлено."
    assert [f.text for f in _vague(text, "ru")] == ["разберёмся", "будет исправлено"]


def test_span_points_into_the_original_draft():
    text = "Hi\u200b Anna! We\u2019ll get back to you soon."
    (found,) = _vague(text, "en")
    assert text[found.start:found.end] == found.text
    assert "get back to you" in found.text


def test_the_rule_can_be_turned_off():
    assert _vague("We'll look into it.", "en", {"rules": {"promise.vague": "off"}}) == []
