"""Text normalization shared by every guard.

`fold` turns the draft into a clean working text (NFKC, invisible characters removed, exotic
spaces folded) while remembering, for every working character, where it came from in the
original, so findings always point back into the draft exactly as the user wrote it.

`find_masks` locates the parts a guard may want to ignore or see through: links, e-mails,
@handles, numbers and codes, and the customer's name in any inflected form. `skeleton` is the
comparison form used by the template guard: masked, case- and accent-free, lookalike letters
folded to one script, punctuation and emoji dropped.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# Zero-width and other invisible format characters, plus variation selectors: people (and
# evasive templates) insert them inside words; they never carry meaning in a reply.
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]"
)


@dataclass(frozen=True)
class Folded:
    """The working text and, per working character, its offset in the original."""

    original: str
    text: str
    origin: tuple[int, ...]  # len(text) + 1 entries; the last is len(original)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        start = max(0, min(start, len(self.text)))
        end = max(start, min(end, len(self.text)))
        if end == start:
            return self.origin[start], self.origin[start]
        # The end maps to just after the original character that produced text[end - 1].
        last = self.origin[end - 1]
        next_origin = self.origin[end]
        return self.origin[start], max(last + 1, next_origin if next_origin > last else last + 1)


def _clusters(text: str):
    """Yield (offset, cluster): a base character with the combining marks that follow it."""
    i = 0
    n = len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        yield i, text[i:j]
        i = j


def fold_text(original: str) -> str:
    """fold(original).text without the offsets: the fast path for skeletons of stored replies."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", original))
    return _EXOTIC_SPACE.sub(" ", text)


# Every space character but newline and tab, which fold() turns into a plain space.
_EXOTIC_SPACE = re.compile(r"[^\S\n\t ]")


def fold(original: str) -> Folded:
    if _already_folded(original):
        # Most drafts are already clean: the working text is the draft, offset for offset.
        return Folded(original, original, tuple(range(len(original) + 1)))
    out: list[str] = []
    origin: list[int] = []
    for segment in _SEGMENT.finditer(original):
        base, piece = segment.start(), segment.group()
        if _already_folded(piece):  # only the words that need it go character by character
            out.append(piece)
            origin.extend(range(base, base + len(piece)))
            continue
        for offset, cluster in _clusters(piece):
            folded = _INVISIBLE.sub("", unicodedata.normalize("NFKC", cluster))
            folded = "".join(" " if ch != "\n" and ch != "\t" and ch.isspace() else ch for ch in folded)
            out.append(folded)
            origin.extend([base + offset] * len(folded))
    origin.append(len(original))
    return Folded(original, "".join(out), tuple(origin))


_SEGMENT = re.compile(r"\S+|\s+")


def _already_folded(text: str) -> bool:
    return (
        unicodedata.is_normalized("NFKC", text)
        and _INVISIBLE.search(text) is None
        and _EXOTIC_SPACE.search(text) is None
    )


# --- masks -----------------------------------------------------------------------------------

_TLDS = "com|org|net|io|co|ly|gl|me|app|ru|ua|pl|gr|uk|de|eu|info|help|support"

# (kind, what a text must contain for the pattern to have a chance, the pattern). The quick
# search spares the full patterns on the many sentences without links, handles or numbers.
_MASK_PATTERNS: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    ("email", re.compile("@"), re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("url", re.compile(r"(?i)https?://|www\."),
     re.compile(r"(?i)\b(?:https?://|www\.)[^\s<>\"«»]+[^\s<>\"«».,;:!?)\]]")),
    # Bare domains people write without a scheme: acme.com/help, acme.gr
    ("url", re.compile(rf"(?i)\.(?:{_TLDS})"), re.compile(
        rf"(?i)\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:{_TLDS})"
        r"(?:/[^\s<>\"«»]*[^\s<>\"«».,;:!?)\]])?")),
    ("handle", re.compile("@"), re.compile(r"(?<![\w@])@\w{1,30}")),
    ("hashtag", re.compile("#"), re.compile(r"(?<![\w#])#[^\W\d]\w*")),
    # Codes and numbers: order ids, tickets (SM-88214, #12345), dates, times, amounts.
    ("number", re.compile(r"\d"), re.compile(
        r"(?<!\w)#?(?:[A-Za-z]{1,5}[-‑]?)?\d(?:[\d.,:/‑-]*\d)?(?:[A-Za-z]{1,3}\d*)?(?!\w)")),
)

MASK_TOKENS = {
    "url": "⟨url⟩",
    "email": "⟨email⟩",
    "handle": "⟨handle⟩",
    "hashtag": "⟨tag⟩",
    "number": "⟨num⟩",
    "name": "⟨name⟩",
}


@dataclass(frozen=True)
class Mask:
    kind: str
    start: int
    end: int


def strip_accents(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))


def is_name_form(word: str, name: str) -> bool:
    """True when `word` is the name or an inflected form of it (Анна/Анно/Анны, Άννα/Άννας).

    Slavic and Greek names inflect at the end, so a form shares the name's beginning and
    differs only in its last few letters.
    """
    w = fold_lookalikes(strip_accents(word).casefold())
    n = fold_lookalikes(strip_accents(name).casefold())
    if w == n:
        return True
    if len(n) < 3 or abs(len(w) - len(n)) > 3:
        return False
    common = 0
    for a, b in zip(w, n, strict=False):
        if a != b:
            break
        common += 1
    return common >= max(3, len(n) - 2)


_WORD = re.compile(r"\w+(?:['’]\w+)*")


def find_masks(text: str, names: tuple[str, ...] = ()) -> list[Mask]:
    masks: list[Mask] = []
    taken = [False] * (len(text) + 1)

    def claim(kind: str, start: int, end: int) -> None:
        if start >= end or any(taken[start:end]):
            return
        for i in range(start, end):
            taken[i] = True
        masks.append(Mask(kind, start, end))

    for kind, needed, pattern in _MASK_PATTERNS:
        if needed.search(text) is None:
            continue
        for m in pattern.finditer(text):
            claim(kind, m.start(), m.end())
    name_words = [w for name in names for w in _WORD.findall(name) if len(w) >= 2]
    if name_words:
        for m in _WORD.finditer(text):
            if any(is_name_form(m.group(), n) for n in name_words):
                claim("name", m.start(), m.end())
    masks.sort(key=lambda mask: mask.start)
    return masks


def apply_masks(text: str, masks: list[Mask]) -> str:
    parts: list[str] = []
    last = 0
    for mask in masks:
        parts.append(text[last : mask.start])
        parts.append(MASK_TOKENS[mask.kind])
        last = mask.end
    parts.append(text[last:])
    return "".join(parts)


# --- skeleton --------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _confusables() -> dict[int, str]:
    table: dict[int, str] = {}
    data = resources.files("replykit").joinpath("data/confusables.tsv").read_text("utf-8")
    for line in data.splitlines():
        if line and not line.startswith("#"):
            letter, latin = line.split("\t")
            table[ord(letter)] = latin
    return table


_NON_WORD = re.compile(r"[^\w⟨⟩ ]+")
_SPACES = re.compile(r"\s+")


def fold_lookalikes(text: str) -> str:
    return text.translate(_confusables())


def skeleton(text: str, names: tuple[str, ...] = ()) -> str:
    """The comparison form of a reply: what stays when everything a copy-paste template
    varies (names, numbers, handles, links, case, accents, emoji, punctuation, invisible
    characters, lookalike letters) is taken out."""
    working = fold_text(text)
    masked = apply_masks(working, find_masks(working, names))
    lowered = strip_accents(masked.casefold())
    folded = fold_lookalikes(lowered)
    words = _NON_WORD.sub(" ", folded)
    return _SPACES.sub(" ", words).strip()


@lru_cache(maxsize=4096)
def script_of(ch: str) -> str | None:
    """'Latin', 'Cyrillic' or 'Greek' for a letter of those scripts, else None."""
    if not ch.isalpha():
        return None
    try:
        first = unicodedata.name(ch).split(" ", 1)[0]
    except ValueError:
        return None
    return first.title() if first in ("LATIN", "CYRILLIC", "GREEK") else None
