"""language guard and replykit.langid: the reply must be in the customer's language; Russian
and Ukrainian are told apart in one short sentence, Polish from English without diacritics."""

from __future__ import annotations

import pytest

from replykit import langid
from replykit.pipeline import check


def _mismatch(text: str, comment: str | None, lang: str, name: str | None = None) -> list:
    report = check(text, lang=lang, comment=comment, name=name, guards=("language",))
    return [f for f in report.findings if f.rule == "language.mismatch"]


RU_COMMENT = "Где мой заказ? Жду уже неделю."
UK_COMMENT = "Де моє замовлення? Чекаю вже тиждень."


@pytest.mark.parametrize(("reply", "comment", "said", "wrote"), [
    ("Дякуємо, перевіримо.", RU_COMMENT, "uk", "ru"),
    ("Спасибо, проверим.", UK_COMMENT, "ru", "uk"),
    ("Ми вже відправили замовлення.", RU_COMMENT, "uk", "ru"),
    ("Мы уже отправили заказ.", UK_COMMENT, "ru", "uk"),
    ("Курьер приедет завтра.", UK_COMMENT, "ru", "uk"),
    ("Dziekujemy, sprawdzimy.", "Where is my order?", "pl", "en"),
    ("Thanks, we will check.", "Gdzie jest moja paczka?", "en", "pl"),
])
def test_one_short_sentence_in_the_other_language_is_an_error(reply, comment, said, wrote):
    (found,) = _mismatch(reply, comment, said)
    assert found.severity == "error"
    assert found.details["reply_language"] == said
    assert found.details["comment_language"] == wrote
    assert found.start == 0 and found.end == len(reply) - 1  # the words, not the final dot


@pytest.mark.parametrize(("reply", "comment", "lang"), [
    ("Спасибо, проверим.", RU_COMMENT, "ru"),
    ("Дякуємо, перевіримо.", UK_COMMENT, "uk"),
    ("Thanks, we will check.", "Where is my parcel?", "en"),
    ("Dziekujemy, sprawdzimy.", "Gdzie jest moja paczka?", "pl"),
    ("Ευχαριστούμε, θα το ελέγξουμε.", "Πού είναι η παραγγελία μου;", "el"),
])
def test_same_language_passes(reply, comment, lang):
    assert _mismatch(reply, comment, lang) == []


@pytest.mark.parametrize("reply", ["OK", "👍", "OK 👍", "Ok, 123!", "https://shop.ua/t/1 #55120"])
def test_tiny_replies_are_not_judged(reply):
    assert _mismatch(reply, UK_COMMENT, "ru") == []


def test_names_links_and_numbers_are_no_evidence():
    reply = "Олена Коваленко, https://shop.ua/track/55120 (5521)"
    assert _mismatch(reply, RU_COMMENT, "ru", name="Олена Коваленко") == []


def test_without_a_comment_the_guard_does_nothing():
    assert _mismatch("Дякуємо, перевіримо.", None, "ru") == []
    assert _mismatch("Дякуємо, перевіримо.", "   ", "ru") == []


def test_comment_without_words_is_not_judged():
    assert _mismatch("Дякуємо, перевіримо.", "👍👍👍 !!!", "uk") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Спасибо, проверим", ("ru",)),          # a function word
    ("Курьер приедет утром", ("ru",)),       # a Russian verb ending
    ("Ми вже відправили", ("uk",)),          # the letter і
    ("Так, доставимо завтра", ("uk",)),     # a Ukrainian verb ending
    ("Gdzie jest moja paczka", ("pl",)),
    ("I understand, sorry", ("en",)),        # English "I" is not Polish "i"
    ("Τέλειο", ("el",)),
    ("Доставка завтра", ("ru", "uk")),       # left to the model
    ("123 !!!", ()),
])
def test_candidates_without_the_model(text, expected):
    assert langid.candidates(text) == expected


def test_detect_uses_the_hint_for_texts_without_letters():
    assert langid.detect("👍 123", hint="Дякую!") == "uk"
    assert langid.detect("👍") == "en"


def test_model_decides_what_letters_and_words_leave_open():
    lang, sure = langid.detect_with_confidence("Fakturka do pobrania")
    assert lang == "pl" and 0.5 < sure <= 1.0
