"""spelling: no typos in a public reply (PRINCIPLES 7), checked with real Hunspell dictionaries.

Never flagged: masked stretches (the customer's name in any form, handles, links, e-mails,
numbers and codes), words of the accepted vocabulary, words the customer used in the comment,
words with digits, acronyms in capitals (unless the whole sentence is in capitals, then its
words are checked), CamelCase brand names, words in another script than the language's
(a Latin product name in a Russian reply), and a Capitalised word the dictionary does not know
anywhere but at the start of a sentence: mid-sentence it is a proper noun far more often than a
typo. A word that mixes Latin, Cyrillic or Greek letters is always flagged.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import cache
from typing import Any

from ..document import Doc, Token
from ..lexicon import load
from ..model import Finding
from ..spell.dictionaries import Dictionary, dictionary_for, search_folders
from ..spell.enclitics import EncliticAccent
from ..spell.morphology import word_list
from ..spell.scripts import is_mixed, scripts_in, unmix
from ..spell.variants import Variants
from ..spell.words import SpellingContext, sentence_starts
from .base import Context, finding

ID = "spelling"
RULES = {
    "spelling.typo": "error",
    "spelling.mixed-script": "error",
    "spelling.no-dictionary": "info",
}
DEFAULTS: dict[str, Any] = {
    "dictionaries": "",  # folder(s) with <lang>.aff/.dic, searched first
    "search_system": True,  # then REPLYKIT_DICTIONARIES and the system Hunspell folders
    "max_suggested": 5,  # Hunspell suggests slowly (0.3 s a word in ru/uk): only this many
}


def check(doc: Doc, ctx: Context, settings: Mapping[str, Any]) -> Iterable[Finding]:
    data = load(doc.lang, "spelling")
    messages = data.get("messages", {})
    yield from _mixed_script(doc, data, messages)
    words = [t for t in doc.words if not is_mixed(t.text)]
    if not words:
        return
    folders = search_folders(settings["dictionaries"] or None, settings["search_system"])
    main = _main_dictionary(doc.lang, folders)
    if main is None:
        yield _no_dictionary(doc, data, messages, folders)
        return
    extra = _extra_dictionaries(data, folders)
    script = data.get("script", "Latin")
    spell = SpellingContext(doc, ctx, script, main, extra, _variants(doc.lang), _morphology(doc.lang))
    for i, (token, restored) in enumerate(_typos(doc, words, spell)):
        if restored:
            suggested = [restored]
        elif spell.variants.wrongly_hyphenated(token.text):
            suggested = [token.text.replace("-", "", 1)]
        else:
            suggested = main.suggest(token.text) if i < settings["max_suggested"] else []
        yield finding(
            RULES,
            "spelling.typo",
            token.start,
            token.end,
            messages.get("typo", "'{word}': a typo?").format(word=token.text),
            suggested,
            {"dictionary": main.name},
        )
    yield from _enclitic_accents(doc, words, messages)


def _typos(doc: Doc, words: list[Token], spell: SpellingContext) -> Iterator[tuple[Token, str | None]]:
    """Misspelled words, with the right spelling when it is the word with its lost marks."""
    starts = sentence_starts(doc)
    for token in words:
        if spell.plainly_known(token):
            continue  # the common case, decided without the checks below
        at_start = token.start in starts
        if spell.skipped(token, at_start):
            restored = spell.lost_marks(token, at_start)
            if restored:
                yield token, restored
        elif not spell.accepts(token.text) and not spell.is_address(token, at_start):
            if not spell.is_abbreviation(token):
                yield token, None


def _enclitic_accents(
    doc: Doc, words: list[Token], messages: Mapping[str, str]
) -> Iterator[Finding]:
    rule = _enclitic_rule(doc.lang)
    if rule is None:
        return
    for token, accented in rule.missing(doc, words):
        yield finding(
            RULES,
            "spelling.typo",
            token.start,
            token.end,
            messages.get("enclitic", "'{word}' needs its second accent: '{accented}'").format(
                word=token.text, accented=accented
            ),
            [accented],
            {"enclitic": True},
        )


@cache
def _enclitic_rule(lang: str) -> EncliticAccent | None:
    return EncliticAccent.from_data(load(lang, "spelling"))


@cache
def _variants(lang: str) -> Variants:
    return Variants.from_data(load(lang, "spelling"))


@cache
def _morphology(lang: str) -> Callable[[str], bool] | None:
    data = load(lang, "spelling")
    engine = data.get("morphology")
    knows = word_list(str(engine), lang) if engine else None
    if knows is None:
        return None
    # Its millions of rare forms include many a short typo ("алон", "можне"): long words only.
    shortest = int(data.get("morphology_min_length", 1))
    return lambda word: len(word) >= shortest and knows(word)


def _mixed_script(
    doc: Doc, data: Mapping[str, Any], messages: Mapping[str, str]
) -> Iterator[Finding]:
    # Names are masked, but a name spelled with lookalike letters is still a mixed-script word.
    spans = [(t.start, t.end) for t in doc.words if is_mixed(t.text)]
    spans += [(m.start, m.end) for m in doc.masks if m.kind == "name"]
    preferred = data.get("script", "Latin")
    for start, end in sorted(spans):
        word = doc.text[start:end]
        if not is_mixed(word):
            continue
        fixed = unmix(word, preferred)
        yield finding(
            RULES,
            "spelling.mixed-script",
            start,
            end,
            messages.get("mixed_script", "'{word}' mixes {scripts} letters").format(
                word=word, scripts=" + ".join(sorted(scripts_in(word)))
            ),
            [fixed] if fixed else [],
        )


def _main_dictionary(lang: str, folders: tuple[str, ...]) -> Dictionary | None:
    """The language's own dictionary, with the words its lexicon adds (`extra_words`)."""
    data = load(lang, "spelling")
    main = dictionary_for(data.get("dictionaries", []), folders)
    if main is not None:
        main.extend(data.get("extra_words") or {})
    return main


def _extra_dictionaries(data: Mapping[str, Any], folders: tuple[str, ...]) -> list[Dictionary]:
    """Dictionaries of words accepted besides the language's own (English words in Polish).
    An entry naming a language ("en") is that language's dictionary with its extra words, the
    same whether or not a check in that language ran before in this process; a list names
    dictionary files, the first one found is used."""
    found = [
        _main_dictionary(entry, folders) if isinstance(entry, str) else dictionary_for(entry, folders)
        for entry in data.get("also_accept", [])
    ]
    return [d for d in found if d is not None]


def _no_dictionary(
    doc: Doc, data: Mapping[str, Any], messages: Mapping[str, str], folders: tuple[str, ...]
) -> Finding:
    names = ", ".join(data.get("dictionaries", [])) or doc.lang
    hint = data.get("install", "install a Hunspell dictionary")
    return finding(
        RULES,
        "spelling.no-dictionary",
        0,
        0,
        messages.get(
            "no_dictionary",
            "no Hunspell dictionary ({names}) found, spelling not checked: {hint}, "
            "or point [spelling] dictionaries or REPLYKIT_DICTIONARIES at a folder with it",
        ).format(names=names, hint=hint),
        details={"searched": list(folders), "install": hint},
    )
