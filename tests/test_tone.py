"""The tone guard on realistic replies in all five languages: what fires, where the span points,
what must not fire (negation, self-blame, quoting the customer), and configuration."""

from __future__ import annotations

import pytest

from replykit.config import Config
from replykit.pipeline import check


def tone(text: str, lang: str, comment: str | None = None, config: Config | None = None):
    report = check(text, lang=lang, comment=comment, config=config or Config(), guards=("tone",))
    return report.findings


# (lang, reply, rule, words the span must cover)
ARGUMENTATIVE = [
    (
        "en",
        "Hi Tom, you are wrong about the fee, it was on the invoice.",
        "tone.contradicting",
        "you are wrong",
    ),
    (
        "en",
        "You should have checked the size chart before ordering.",
        "tone.blaming",
        "You should have checked",
    ),
    (
        "en",
        "As we already explained, the store closes at 9.",
        "tone.condescending",
        "As we already explained",
    ),
    ("en", "Calm down, Sarah, your parcel is on its way.", "tone.dismissive", "Calm down"),
    ("ru", "Анна, Вы ошиблись: заказ доставлен вчера.", "tone.contradicting", "Вы ошиблись"),
    ("ru", "Сами виноваты, надо было указать подъезд.", "tone.blaming", "Сами виноваты"),
    (
        "ru",
        "При всём уважении, скидка закончилась в мае.",
        "tone.passive-aggressive",
        "При всём уважении",
    ),
    ("uk", "Заспокойтеся, будь ласка, посилка вже в дорозі.", "tone.dismissive", "Заспокойтеся"),
    ("uk", "Ви брешете, кур'єр приїжджав о 10:00.", "tone.accusing-lying", "Ви брешете"),
    (
        "uk",
        "Ми не несемо відповідальності за роботу пошти.",
        "tone.defensive",
        "Ми не несемо відповідальності",
    ),
    (
        "pl",
        "Z całym szacunkiem, regulamin jest na stronie.",
        "tone.passive-aggressive",
        "Z całym szacunkiem",
    ),
    (
        "pl",
        "Państwo się mylą, przesyłka dotarła w piątek.",
        "tone.contradicting",
        "Państwo się mylą",
    ),
    ("pl", "Myli się Pani, rabat nie obejmował butów.", "tone.contradicting", "Myli się Pani"),
    ("el", "Κάνεις λάθος, η παραγγελία στάλθηκε χθες.", "tone.contradicting", "Κάνεις λάθος"),
    ("el", "Εσείς φταίτε, δεν δηλώσατε τον όροφο.", "tone.blaming", "Εσείς φταίτε"),
    (
        "el",
        "Με όλο τον σεβασμό, οι όροι είναι σαφείς.",
        "tone.passive-aggressive",
        "Με όλο τον σεβασμό",
    ),
]


@pytest.mark.parametrize(("lang", "text", "rule", "evidence"), ARGUMENTATIVE)
def test_argumentative_reply_is_blocked_with_the_evidence_span(lang, text, rule, evidence):
    findings = [f for f in tone(text, lang) if f.rule == rule]
    assert findings, f"{rule} must fire on {text!r}"
    found = findings[0]
    assert found.severity == "error"
    assert found.text == evidence
    assert text[found.start : found.end] == evidence
    assert found.message and found.suggestions
    assert found.details["category"] == rule.split(".", 1)[1]


POLITE = [
    (
        "en",
        "Sorry we sent the wrong size, Jo! A new pair ships today, no need to send the old one.",
    ),
    (
        "en",
        "You're right, we got this wrong. Please don't worry, the refund is already on its way.",
    ),
    ("en", "No, you don't need to pay again: the first payment went through. Thanks for checking!"),
    ("ru", "Вы правы, мы ошиблись с адресом. Не волнуйтесь, курьер привезёт заказ завтра."),
    ("ru", "Спасибо, что написали! Это не ваша вина: сбой был на нашей стороне."),
    ("uk", "Ви маєте рацію, ми помилилися. Не хвилюйтеся, гроші повернемо сьогодні."),
    ("uk", "Дякуємо за терпіння! Це не ваша вина, збій стався з нашого боку."),
    ("pl", "Ma Pan rację, pomyliliśmy się. Prosimy się nie martwić, zwrot wyślemy dziś."),
    ("pl", "Dziękujemy za cierpliwość, Pani Ewo! To nie Pani wina, błąd był po naszej stronie."),
    ("el", "Έχετε δίκιο, κάναμε λάθος. Μην ανησυχείτε, η επιστροφή γίνεται σήμερα."),
    ("el", "Ευχαριστούμε για την υπομονή! Δεν φταίτε εσείς, το σφάλμα ήταν δικό μας."),
]


@pytest.mark.parametrize(("lang", "text"), POLITE)
def test_polite_replies_with_tricky_words_pass(lang, text):
    assert tone(text, lang) == []


def test_words_quoted_from_the_comment_do_not_fire():
    comment = "Your agent told me to calm down and said that it's not our problem!"
    reply = (
        "We're so sorry our agent told you to calm down and wrote it's not our problem. "
        "We'll call you today."
    )
    assert tone(reply, "en", comment=comment) == []
    # Without the comment the same words are the reply's own.
    assert {f.rule for f in tone(reply, "en")} == {"tone.dismissive", "tone.defensive"}
    ru_comment = "Оператор написал мне: успокойтесь!"
    assert (
        tone("Простите, оператор не должен был писать успокойтесь.", "ru", comment=ru_comment) == []
    )


def test_words_in_quotation_marks_do_not_fire():
    assert tone("Наш оператор не должен был писать «успокойтесь», простите нас.", "ru") == []
    assert (
        tone("Konsultant nie powinien był pisać „proszę się uspokoić”, przepraszamy.", "pl") == []
    )
    assert (
        tone('We never meant "calm down" as a brush-off, and we are sorry it read that way.', "en")
        == []
    )


def test_shouting_counts_capital_words_beyond_acronyms():
    assert [f.rule for f in tone("We DO NOT SHIP OPENED BOXES, sorry.", "en")] == ["tone.shouting"]
    assert tone("Your NASA mug ships via UPS today, ETA Friday.", "en") == []
    loud = [
        f
        for f in tone("ΔΕΝ ΔΕΧΟΜΑΣΤΕ επιστροφές, ΔΙΑΒΑΣΤΕ τους όρους.", "el")
        if f.rule == "tone.shouting"
    ]
    # "ΔΕΝ" is too short to count as a capital word, but a short word in capitals for emphasis
    # is its own rule in Greek, and touching shouts are one finding.
    assert loud and loud[0].text == "ΔΕΝ ΔΕΧΟΜΑΣΤΕ επιστροφές, ΔΙΑΒΑΣΤΕ"
    assert [f.rule for f in tone("Сколько можно повторять?!", "ru")] == [
        "tone.condescending",
        "tone.shouting",
    ]


def test_a_rule_can_be_turned_off_and_settings_apply():
    text = "Calm down, the parcel is on its way."
    assert any(f.rule == "tone.dismissive" for f in tone(text, "en"))
    off = Config(rules={"tone.dismissive": "off"})
    assert tone(text, "en", config=off) == []
    warn = Config(rules={"tone.dismissive": "warning"})
    assert [f.severity for f in tone(text, "en", config=warn)] == ["warning"]
    lenient = Config(guards={"tone": {"caps_min_words": 4}})
    assert [f.rule for f in tone("We SHIP OPENED BOXES today.", "en")] == ["tone.shouting"]
    assert tone("We SHIP OPENED BOXES today.", "en", config=lenient) == []
    # One emphasis word in capitals counts by default, and can be turned off.
    assert [f.rule for f in tone("The refund was SENT on Monday, Dave.", "en")] == ["tone.shouting"]
    plain = Config(guards={"tone": {"caps_emphasis": False}})
    assert tone("The refund was SENT on Monday, Dave.", "en", config=plain) == []
    assert [f.rule for f in tone("We told you it was delivered!!!", "en", config=plain)] == ["tone.shouting"]


def test_spans_map_back_to_the_original_draft():
    # An invisible character before the evidence shifts the working text; the span must not.
    text = "Hi\u200b Ola, Pani się myli: paczka dotarła."
    found = [f for f in tone(text, "pl") if f.rule == "tone.contradicting"]
    assert found and text[found[0].start : found[0].end] == found[0].text == "Pani się myli"
