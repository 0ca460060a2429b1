"""The word-pattern language the rules are written in (replykit/patterns.py)."""

from __future__ import annotations

import pytest

from replykit.document import Doc
from replykit.patterns import compile_pattern


def matches(pattern: str, text: str, lang: str = "en") -> list[str]:
    doc = Doc(text, lang)
    return [doc.text[s:e] for s, e in compile_pattern(pattern, lang).match_spans(doc)]


@pytest.mark.parametrize(
    ("pattern", "text", "found"),
    [
        # stems: any inflected form
        ("you should* have|'ve ... read|check*", "You shouldn't have read it.", ["You shouldn't have read"]),
        ("вы ошибаться", "Вы ошибаетесь, заказ пришёл.", ["Вы ошибаетесь"]),
        # a multi-word alternative
        ("that =is =not =what+=happened|=true", "That is not what happened.", ["That is not what happened"]),
        # ^: only at the start of a sentence
        ("^ =no", "No, the price was never 19.99. We said no.", ["No"]),
        # !: not right after these words
        ("!not|=isn't =our =fault", "It is our fault. It is not our fault.", ["our fault"]),
        # ~: any word with this ending (a Greek second-person plural verb)
        ("~ατε λάθος", "Κάνατε λάθος. Εμείς κάναμε λάθος.", ["Κάνατε λάθος"]),
        # gaps stay inside one pattern; masks match the masked stretch
        ("order <num> ...2 =delivered", "Order #12345 was delivered.", ["Order #12345 was delivered"]),
    ],
)
def test_pattern_matches(pattern, text, found):
    assert matches(pattern, text, "el" if "λάθος" in pattern else "ru" if "вы" in pattern else "en") == found


def test_sentence_start_sees_past_opening_quotes():
    assert matches("^ =μάλιστα", "«Μάλιστα. Τι άλλο;", "el") == ["Μάλιστα"]
