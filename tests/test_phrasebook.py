"""The shipped phrasebooks: every phrase renders with its samples and passes the guards, every
language has what English has, and a user's folder extends or overrides them."""

from __future__ import annotations

import pytest

from replykit.cli import main
from replykit.drafting.lint import lint
from replykit.drafting.phrasebook import load
from replykit.drafting.values import name_values, topic_of
from replykit.model import LANGUAGES


@pytest.mark.parametrize("lang", LANGUAGES)
def test_shipped_phrasebook_is_clean(lang):
    assert lint(langs=[lang]) == []


def test_lint_reports_bad_phrases_one_line_each(tmp_path, capsys):
    (tmp_path / "en.yaml").write_text(
        "tones:\n  warm:\n    apology:\n"
        "      - \"{{ ''.__class__ }}\"\n"
        "      - \"Sorry, {{ nickname }}.\"\n"
        "      - \"We apologise for the inconvenience.\"\n", "utf-8")
    code = main(["phrasebook", "lint", str(tmp_path), "--lang", "en"])
    out = capsys.readouterr().out.splitlines()
    assert code == 1
    assert any("warm.apology[0]" in line and "refused" in line for line in out)
    assert any("warm.apology[1]" in line and "nickname" in line for line in out)
    assert any("warm.apology[2]" in line and "template.stock-phrase" in line for line in out)


def test_user_folder_overrides_a_part_and_keeps_the_rest(tmp_path):
    (tmp_path / "en.yaml").write_text(
        "tones:\n  warm:\n    signoff:\n      - \"Cheers from the Acme crew!\"\n", "utf-8")
    book = load("en", tmp_path)
    assert [v.text for v in book.variants("warm", "signoff", "praise")] == [
        "Cheers from the Acme crew!"]
    assert book.variants("warm", "greeting", "praise")  # shipped parts stay


@pytest.mark.parametrize(("lang", "name", "address", "title"), [
    ("uk", "Олена", "Олено", "пані Олено"),
    ("uk", "Петро", "Петре", "пане Петре"),
    ("uk", "Андрій", "Андрію", "пане Андрію"),
    ("pl", "Anna", "Anno", "Pani Anno"),
    ("pl", "Marek", "Marku", "Panie Marku"),
    ("pl", "Kasia", "Kasiu", "Pani Kasiu"),
    ("pl", "Paweł", "Pawle", "Panie Pawle"),
    ("el", "Γιώργος", "Γιώργο", "κύριε Γιώργο"),
    ("el", "Αλέξανδρος", "Αλέξανδρε", "κύριε Αλέξανδρε"),
    ("el", "Κώστας", "Κώστα", "κύριε Κώστα"),
    ("el", "Μαρία", "Μαρία", "κυρία Μαρία"),
    ("ru", "Анна", "Анна", None),
])
def test_names_are_addressed_in_the_right_form(lang, name, address, title):
    values = name_values(f"{name} X", load(lang))
    assert values["address"] == address
    assert values.get("title") == title


@pytest.mark.parametrize(("lang", "comment", "expected"), [
    ("en", "Hi @AcmeHelp, my parcel still hasn't arrived after two weeks!! So annoyed 😡",
     "my parcel still hasn't arrived after two weeks"),
    ("ru", "Здравствуйте! Заказ 55120 так и не пришёл, жду неделю.", "Заказ 55120 так и не пришёл"),
    ("pl", "Dzień dobry, paczka nadal nie dotarła. Pozdrawiam", "paczka nadal nie dotarła"),
])
def test_topic_is_the_complaint_in_the_customers_words(lang, comment, expected):
    assert topic_of(comment, load(lang)) == expected
