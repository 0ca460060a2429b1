"""The word-pattern language the rules are written in (replykit/patterns.py)."""

from __future__ import annotations

import pytest

from replykit.document import Doc
from replykit.pattern_rules import PatternRule
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


# --- word endings: telling persons apart where the stemmer merges them ------------------------


@pytest.mark.parametrize(
    ("pattern", "lang", "text", "found"),
    [
        # pl: "zapomnieliśmy" (we forgot) and "zapomnieliście" (you forgot) share the stem zapomn
        ("zapomniał~ście", "pl", "Zapomnieliście dołączyć paragon.", ["Zapomnieliście"]),
        ("zapomniał~ście", "pl", "Zapomnieliśmy dołączyć etykietę, przepraszamy.", []),
        # the formal "you": a third-person singular form next to Pan/Pani
        ("zapomniał~ł|zapomniał~ła =pan|=pani", "pl", "Zapomniała Pani podać kod.", ["Zapomniała Pani"]),
        ("zapomniał~ł|zapomniał~ła =pan|=pani", "pl", "Zapomnieliśmy, Pani Ewo, przepraszamy.", []),
        # uk present tense: -єте (you) against -ємо (we), both stemmed to забува
        ("забува*~єте|забува*~ете", "uk", "Ви постійно забуваєте вказати номер.", ["забуваєте"]),
        ("забува*~єте|забува*~ете", "uk", "Ми іноді забуваємо про це, вибачте.", []),
    ],
)
def test_ending_tells_persons_apart(pattern, lang, text, found):
    assert matches(pattern, lang=lang, text=text) == found


# --- rule guards: per-pattern unless, clause words ---------------------------------------------

CLAUSE_WORDS = {
    "negation": ["=not", "=no", "=never", "~n't"],
    "self": ["=we", "=i", "=our", "=us"],
}


def rule_finds(data: dict, text: str, lang: str = "en") -> list[str]:
    doc = Doc(text, lang)
    rule = PatternRule("tone.blaming", lang, data, CLAUSE_WORDS)
    return [doc.text[s:e] for s, e in rule.find(doc)]


def test_an_unless_can_belong_to_one_pattern():
    data = {"patterns": [
        {"pattern": "you forgot", "unless": ["=if you forgot"]},
        "you =missed =the =deadline",
    ]}
    assert rule_finds(data, "You forgot to add the flat number, so it came back.") == ["You forgot"]
    assert rule_finds(data, "No worries if you forgot the code, we can resend it.") == []
    # the other pattern keeps its matches: the unless is not the rule's
    assert rule_finds(data, "If you missed the deadline, you missed the deadline.") == [
        "you missed the deadline", "you missed the deadline",
    ]


def test_an_unless_sentence_can_belong_to_one_pattern():
    data = {"patterns": [
        {"pattern": "=wouldn't =have =happened", "unless_sentence": ["=had|=if =we|=i"]},
        "=if =you =had ...6 =wouldn't",
    ]}
    assert rule_finds(data, "Had we checked the label, this wouldn't have happened.") == []
    assert rule_finds(data, "If you had read the label, this wouldn't have happened.") == [
        "If you had read the label, this wouldn't",
    ]


def test_a_clause_with_a_self_word_does_not_blame():
    data = {"patterns": [{"pattern": "=were|=was wrong", "unless_clause": ["self"]}]}
    assert rule_finds(data, "Honestly, you were wrong about the fee.") == ["were wrong"]
    assert rule_finds(data, "Sorry Anna, we were wrong about the fee.") == []
    # the self word must be in the same clause: "we checked" is a clause of its own
    assert rule_finds(data, "We checked: you were wrong about the fee.") == ["were wrong"]


def test_a_clause_with_a_negation_does_not_fire():
    data = {"patterns": ["you ...2 need =to pay =again"], "unless_clause": ["negation"]}
    assert rule_finds(data, "You will need to pay again, the card was declined.") == [
        "You will need to pay again",
    ]
    assert rule_finds(data, "No, you don't need to pay again: the first payment went through.") == []
    assert rule_finds(data, "You never need to pay again for delivery, Jo!") == []
    # a negation in another clause of the sentence does not count
    assert rule_finds(data, "It's not a problem, you need to pay again.") == ["you need to pay again"]


def test_clause_words_the_pattern_names_do_not_count():
    data = {"patterns": ["you =didn't|=did+=not attach"], "unless_clause": ["negation"]}
    assert rule_finds(data, "You didn't attach the receipt, so we can't refund it.") == [
        "You didn't attach",
    ]
    assert rule_finds(data, "Hi Sam, you didn't attach the photo: could you send it?") == [
        "you didn't attach",
    ]
    assert rule_finds(data, "Not to worry you didn't attach it, we'll find it.") == []


def test_clause_marks_inside_numbers_do_not_split():
    data = {"patterns": ["=you =owe"], "unless_clause": ["negation"]}
    assert rule_finds(data, "It's not 4,99 you owe, it's 3,99.") == []
    assert rule_finds(data, "Not at 10:00 you owe it, later is fine.") == []
