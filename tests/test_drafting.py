"""Drafting: personal drafts in the customer's language that pass every guard, safe rendering,
and no two drafts in a row that the template guard would flag against each other."""

from __future__ import annotations

import json

import pytest

from replykit.cli import main
from replykit.drafting import compose_drafts, draft
from replykit.drafting.render import compile_phrase
from replykit.guards import GUARDS
from replykit.history import MemoryStore
from replykit.langid import detect
from replykit.model import ReplykitError
from replykit.normalize import is_name_form
from replykit.pipeline import check

COMPLAINTS = {
    "en": ("Hi, I ordered a kettle two weeks ago and it still hasn't arrived. Order 55120.",
           "Anna Smith", "still hasn't arrived"),
    "ru": ("Здравствуйте! Заказ 55120 так и не пришёл, жду неделю.", "Ольга", "так и не пришёл"),
    "uk": ("Добрий день! Замовлення 55120 досі не прийшло, чекаю тиждень.", "Олена",
           "досі не прийшло"),
    "pl": ("Dzień dobry, zamówienie 55120 nadal nie dotarło, czekam tydzień.", "Marek",
           "nadal nie dotarło"),
    "el": ("Καλησπέρα, η παραγγελία 55120 δεν έχει φτάσει ακόμα, περιμένω μια εβδομάδα.",
           "Γιώργος", "δεν έχει φτάσει ακόμα"),
}


def _mentions_name(text: str, name: str) -> bool:
    first = name.split()[0]
    return any(is_name_form(word.strip(",.!?;«»"), first) for word in text.split())


@pytest.mark.parametrize("lang", sorted(COMPLAINTS))
def test_drafts_pass_every_guard_in_the_customers_language(lang):
    comment, name, topic = COMPLAINTS[lang]
    result = compose_drafts(comment, name=name, lang=lang, kind="constructive", n=2, seed=1)
    assert len(result.drafts) == 2
    assert len({d.text for d in result.drafts}) == 2
    for d in result.drafts:
        assert d.ok, d.findings
        assert detect(d.text) == lang
        assert _mentions_name(d.text, name)
        assert len(d.text) <= 280
    assert any(topic in d.text for d in result.drafts)


@pytest.mark.parametrize("tone", ["warm", "neutral", "formal"])
def test_every_tone_drafts_for_every_kind(tone):
    for kind in ("constructive", "impulsive", "competitor", "mixed", "question", "praise"):
        drafts = draft("Wow, your new app is great but the login keeps failing on my phone.",
                       name="Tom", lang="en", tone=tone, n=1, kind=kind, seed=3)
        assert drafts and drafts[0].ok, (kind, drafts and drafts[0].findings)


def test_seed_makes_drafts_reproducible():
    comment, name, _ = COMPLAINTS["pl"]
    a = draft(comment, name=name, lang="pl", kind="constructive", seed=7)
    b = draft(comment, name=name, lang="pl", kind="constructive", seed=7)
    assert [d.text for d in a] == [d.text for d in b]


def test_customer_values_are_never_evaluated():
    phrase = compile_phrase("Hi {{ first_name }}!")
    assert phrase.render({"first_name": "{{ 7*7 }}"}) == "Hi {{ 7*7 }}!"
    drafts = compose_drafts("My order {{ 7*7 }} never came.", name="{{ 7*7 }}", lang="en",
                            kind="constructive", n=1).drafts
    assert "{{ 7*7 }}" in drafts[0].text and "49" not in drafts[0].text


@pytest.mark.parametrize("source", [
    "{{ ''.__class__ }}", "{{ name.upper() }}", "{{ name['x'] }}",
    "{% for x in name %}{% endfor %}",
    "{{ name|attr('__class__') }}", "{% include 'x' %}",
])
def test_phrases_that_reach_beyond_plain_values_are_refused(source):
    with pytest.raises(ReplykitError, match="refused|not a valid"):
        compile_phrase(source)


def _user_book(tmp_path, action: str):
    (tmp_path / "en.yaml").write_text(
        f"tones:\n  neutral:\n    action:\n      default:\n        - \"{action}\"\n", "utf-8")
    return str(tmp_path)


def test_missing_value_is_exit_2_naming_it(tmp_path, capsys):
    folder = _user_book(tmp_path, "We are checking order {{ order }} now.")
    code = main(["draft", "--comment", "My parcel never came.", "--lang", "en",
                 "--kind", "constructive", "--phrasebook", folder])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and "missing order" in err[0]
    code = main(["draft", "--comment", "My parcel never came.", "--lang", "en", "--order",
                 "A-7", "--kind", "constructive", "--phrasebook", folder, "-n", "1"])
    assert code == 0 and "A-7" in capsys.readouterr().out


def test_phrasebook_reaching_for_attributes_is_exit_2(tmp_path, capsys):
    folder = _user_book(tmp_path, "{{ ''.__class__.__mro__ }}")
    code = main(["draft", "--comment", "My parcel never came.", "--lang", "en",
                 "--kind", "constructive", "--phrasebook", folder])
    assert code == 2 and "refused" in capsys.readouterr().err


def test_json_output_and_troll(capsys):
    comment, name, _ = COMPLAINTS["uk"]
    code = main(["draft", "--comment", comment, "--name", name, "--lang", "uk", "--kind",
                 "constructive", "-n", "2", "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and data["schema_version"] == 1 and data["language"] == "uk"
    assert data["kind"] == "constructive" and len(data["drafts"]) == 2
    assert all(d["ok"] and isinstance(d["findings"], list) for d in data["drafts"])
    code = main(["draft", "--comment", "You are all idiots!!!", "--lang", "en", "--kind",
                 "troll", "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and data["drafts"] == [] and data["kind"] == "troll" and data["message"]


def test_twenty_similar_complaints_with_record_never_repeat_a_template():
    if "template" not in GUARDS:
        pytest.skip("the template guard is not registered")
    store = MemoryStore()
    names = ["Anna", "Mark", "Julia", "Tom", "Sara", "Ben", "Lena", "Omar", "Ivy", "Paul",
             "Nora", "Sam", "Kate", "Leo", "Mia", "Dan", "Eva", "Max", "Zoe", "Ian"]
    texts = []
    for i, name in enumerate(names):
        comment = f"Hi, my order {55100 + i} still hasn't arrived after two weeks."
        drafts = draft(comment, name=name, lang="en", kind="constructive", n=1,
                       history=store, record=True)
        assert drafts[0].ok, drafts[0].findings
        texts.append(drafts[0].text)
    assert len(list(store.replies())) == 20
    for i, text in enumerate(texts):
        others = texts[:i] + texts[i + 1:]
        report = check(text, lang="en", history=others, guards=("template",))
        assert not [f for f in report.findings if f.rule != "template.stock-phrase"], text
