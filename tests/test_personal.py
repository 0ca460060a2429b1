"""personal guard: with a name or a comment, a reply must use the name (any form) or something
specific from the comment; stock words of service replies don't count."""

from __future__ import annotations

import pytest

from replykit.pipeline import check


def _generic(text: str, lang: str, comment: str | None = None, name: str | None = None) -> list:
    report = check(text, lang=lang, comment=comment, name=name, guards=("personal",))
    return [f for f in report.findings if f.rule == "personal.generic"]


def test_nothing_to_personalise_with_means_no_finding():
    assert _generic("Thank you for your message!", "en") == []


@pytest.mark.parametrize(("lang", "reply", "name"), [
    ("ru", "Спасибо, передали Анне новую ссылку.", "Анна"),
    ("ru", "Анечка, спасибо!", "Анечка"),
    ("uk", "Дякуємо, Олено!", "Олена"),
    ("pl", "Dziękujemy, Pani Anno!", "Anna"),
    ("el", "Ευχαριστούμε, κυρία Μαρίας!", "Μαρία"),
    ("en", "Thanks, Mr Baker!", "Tom Baker"),
])
def test_any_form_of_the_name_is_personal(lang, reply, name):
    assert _generic(reply, lang, name=name) == []


def test_stock_words_shared_with_the_comment_are_still_generic():
    comment = "Hello, thanks, I have a problem and a question for your support team."
    (found,) = _generic("Hello and thanks! Sorry for the problem, our support team will help.",
                        "en", comment=comment, name="Anna")
    assert found.severity == "warning"
    assert any("Anna" in s for s in found.suggestions)
    assert found.details["name"] == "Anna"


def test_the_comment_topics_are_suggested():
    comment = "Молния на куртке сломалась через два дня."
    (found,) = _generic("Спасибо за ваш отзыв!", "ru", comment=comment)
    assert found.details["comment_topics"][:2] == ["Молния", "куртке"]
    assert "Молния" in found.suggestions[0]


@pytest.mark.parametrize(("lang", "reply", "comment"), [
    ("ru", "Куртку заменим: новая уже едет.", "Молния на куртке сломалась."),   # куртке ~ куртку
    ("uk", "Блискавку замінимо безкоштовно.", "Блискавка на куртці зламалася."),
    ("pl", "Kurtkę wymienimy od ręki.", "Zamek w kurtce się zepsuł."),
    ("el", "Το μπουφάν θα αντικατασταθεί.", "Χάλασε το φερμουάρ στο μπουφάν μου."),
    ("en", "Replacement zippers ship today.", "The zipper on my jacket broke."),
])
def test_an_inflected_content_word_from_the_comment_is_personal(lang, reply, comment):
    assert _generic(reply, lang, comment=comment) == []


def test_an_order_number_from_the_comment_is_personal():
    comment = "Order #5521 never arrived!"
    assert _generic("5521 went out this morning.", "en", comment=comment) == []
    comment = "Refund #5521 missing"
    assert len(_generic("Your order went out this morning.", "en", comment=comment)) == 1


def test_a_different_number_is_not_the_customers():
    comment = "Refund #5521 missing"
    assert len(_generic("Thanks! Call us at 800-555-0100.", "en", comment=comment)) == 1
