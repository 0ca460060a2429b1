"""Which words of a draft the spelling check looks at, and when a word counts as spelled right."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from ..document import Doc, Token
from ..guards.base import Context
from .dictionaries import Dictionary
from .scripts import scripts_in
from .variants import Variants

_APOSTROPHES = re.compile("[’ʼ`´]")
# The share of capitals above which a sentence is written in capitals (shouting or a caps
# corpus), so its all-caps words are ordinary words, not acronyms.
_CAPS_SENTENCE = 0.6


def sentence_starts(doc: Doc) -> set[int]:
    """Offsets of the first word of every sentence (and of every line: lists, greetings)."""
    starts: set[int] = set()
    bounds = sorted({s for s, _ in doc.sentences} | {m.end() for m in re.finditer(r"\n", doc.text)})
    tokens = doc.tokens
    i = 0
    for bound in bounds:
        while i < len(tokens) and tokens[i].end <= bound:
            i += 1
        if i < len(tokens):
            starts.add(tokens[i].start)
    return starts


@lru_cache(maxsize=65536)
def _shape(word: str, script: str) -> str:
    """What the word looks like, as far as checking it goes (cached: words repeat a lot).
    A hyphenated word is judged by its parts in the language's script: "SIM-картку" is a
    Ukrainian word with a Latin code in front, "ПІН-код" one with an acronym."""
    if len(word) < 2 or any(ch.isdigit() for ch in word):
        return "ignored"
    parts = [p for p in word.split("-") if p] or [word]
    own = [p for p in parts if scripts_in(p) == {script}]
    if not own:
        return "ignored"  # another script: a product or brand name, nobody's dictionary checks it
    if word.isupper():
        return "capitals" if len(own) == len(parts) else "ignored"
    words = [p for p in own if not p.isupper()]  # acronym parts (PIN, ПІН) say nothing of case
    if not words:
        return "ignored"
    if any(ch.isupper() for p in words for ch in p[1:]):
        return "ignored"  # CamelCase: iPhone, SmartHub, WhatsApp
    return "capitalised" if parts[0] is words[0] and words[0][0].isupper() else "plain"


@dataclass
class SpellingContext:
    doc: Doc
    ctx: Context
    script: str
    main: Dictionary
    extra: list[Dictionary]
    variants: Variants
    morphology: Callable[[str], bool] | None = None
    accepted: set[str] = field(init=False)
    _caps_verdicts: dict[tuple[int, int], bool] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.accepted = {w.casefold() for w in self.ctx.vocabulary}
        for entry in self.ctx.vocabulary:
            self.accepted.update(w.casefold() for w in re.findall(r"[^\W_]+", entry))
        if self.ctx.comment is not None:
            self.accepted.update(t.lower for t in self.ctx.comment.words)

    # --- what is not looked at -------------------------------------------------------------

    def skipped(self, token: Token, at_sentence_start: bool) -> bool:
        shape = _shape(token.text, self.script)
        if shape == "ignored" or token.lower in self.accepted:
            return True
        if shape == "capitals":
            return not self._caps_sentence(token)
        if shape == "capitalised":
            return not at_sentence_start  # a proper noun far more often than a typo (documented)
        return False

    def plainly_known(self, token: Token) -> bool:
        """A lower-case word the dictionary already said yes to: nothing else can make it a typo."""
        word = token.text
        return self.main.said_yes(word) and "-" not in word and _shape(word, self.script) == "plain"

    def is_address(self, token: Token, at_sentence_start: bool) -> bool:
        """A Capitalised word opening a sentence and set off by a comma or "!" ("Тетяна, ...",
        "Oluwaseun!") is the customer addressed by name, unless one edit turns it into a
        dictionary word: then it is a typo ("Здраствуйте," for "Здравствуйте,")."""
        if not at_sentence_start or _shape(token.text, self.script) != "capitalised":
            return False
        if self.doc.text[token.end : token.end + 1] not in (",", "!"):
            return False
        return not self.main.suggest_near(token.text)

    def is_abbreviation(self, token: Token) -> bool:
        """A short form with its period: "грн." and "τηλ." the dictionary lists with the period,
        "шт." and "αρ." the language's `abbreviations`."""
        if self.doc.text[token.end : token.end + 1] != ".":
            return False
        return token.lower in self.variants.abbreviations or self.main.knows(token.text + ".") is True

    def lost_marks(self, token: Token, at_sentence_start: bool) -> str | None:
        """For a skipped Capitalised word mid-sentence: the dictionary word it is with its lost
        diacritics put back ("Pozniej" → "Później"), which makes it a typo, not a name."""
        if at_sentence_start or token.lower in self.accepted:
            return None
        if _shape(token.text, self.script) != "capitalised" or self.accepts(token.text):
            return None
        return self.variants.restored(token.text, self._in_dictionaries)

    def _caps_sentence(self, token: Token) -> bool:
        span = self.doc.sentence_of(token.start)
        if span not in self._caps_verdicts:  # once per sentence, not once per word of it
            letters = [ch for ch in self.doc.text[span[0] : span[1]] if ch.isalpha()]
            upper = sum(ch.isupper() for ch in letters)
            self._caps_verdicts[span] = len(letters) >= 12 and upper / len(letters) >= _CAPS_SENTENCE
        return self._caps_verdicts[span]

    # --- what is spelled right -------------------------------------------------------------

    def accepts(self, word: str) -> bool:
        if "-" in word and self.variants.wrongly_hyphenated(word):
            return False
        if self._known(word):
            return True
        plain = _APOSTROPHES.sub("'", word)
        if plain != word and self._known(plain):
            return True
        if "-" in word:
            parts = [p for p in word.split("-") if p]
            return all(self._fine_part(p) for p in parts)
        if "'" in plain and self.variants.elision:
            # Elision (Greek γι'αυτό, σ'ένα): a word cut short before the apostrophe, a word
            # after it.
            head, _, tail = plain.partition("'")
            head_known = self._known(head + "'") or self._known(head)
            return head_known and len(tail) >= 2 and self._known(tail)
        return False

    def _fine_part(self, part: str) -> bool:
        """A part of a hyphenated word: a word, or a code in capitals or in another script
        (SIM-картка, PIN-u, e-mail), which no dictionary of the language is asked about."""
        if len(part) < 2 or part.casefold() in self.accepted:
            return True
        if part.isupper() or scripts_in(part) != {self.script}:
            return True
        return self.accepts(part)

    def _known(self, word: str) -> bool:
        verdict = self.main.knows(word)
        if verdict is None:
            return True  # the dictionary cannot even write it: no word of this language
        if verdict:
            return True
        # An unknown word goes through the slower sources; their answer never changes, so it
        # is kept with the dictionary (a typo repeated in many replies costs one lookup).
        return self.main.remembered(word, self._beyond_main)

    def _beyond_main(self, word: str) -> bool:
        if any(d.knows(word) for d in self.extra):
            return True
        if self.morphology is not None and self.morphology(word):
            return True
        return self.variants.accepted(word, self._in_dictionaries)

    def _in_dictionaries(self, word: str) -> bool:
        """A variant's verdict (no further variants of it): the dictionaries alone decide."""
        verdict = self.main.knows(word)
        if verdict or any(d.knows(word) for d in self.extra):
            return True
        return bool(self.morphology and self.morphology(word))
