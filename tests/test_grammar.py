"""Built-in typography rules on realistic replies, and what must never trip them."""

from __future__ import annotations

from replykit import check


def fired(text, lang):
    return sorted({f.rule for f in check(text, lang=lang, guards=("grammar",)).findings})


def test_sloppy_reply_gets_each_problem_once():
    text = "thanks for writing!! We will send the the new one today , sorry.Thanks (again."
    assert fired(text, "en") == [
        "grammar.doubled-word",
        "grammar.lowercase-start",
        "grammar.missing-space-after-punctuation",
        "grammar.repeated-punctuation",
        "grammar.space-before-punctuation",
        "grammar.unbalanced",
    ]


def test_links_numbers_smileys_abbreviations_and_ellipses_pass():
    text = (
        "Hi Mark :) The courier comes at 10:30, e.g. before lunch... "
        "see https://acme.io/t?id=1&x=2 "
        "or write to help@acme.io; it costs $1,200.50 (tax included)."
    )
    assert fired(text, "en") == []


def test_language_conventions():
    assert fired("Πήρατε το δέμα?", "el") == ["grammar.question-mark"]
    assert fired("Πήρατε το δέμα; Ό,τι χρειαστείτε, γράψτε μας.", "el") == []
    assert fired('Нажмите кнопку "Вернуть".', "ru") == ["grammar.quotes"]
    assert fired("Proszę kliknąć „Zwrot”.", "pl") == []


def test_without_a_server_the_check_is_offline_and_quiet(monkeypatch):
    monkeypatch.delenv("REPLYKIT_LANGUAGETOOL_URL", raising=False)
    report = check("He go to the depot tomorrow.", lang="en", guards=("grammar",))
    assert report.findings == []
