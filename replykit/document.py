"""The checked text: one draft (or customer comment) in its working form, with the views the
guards share (masks, word tokens, sentences, skeleton), each computed once on first use.

Guards read `doc.text` and report spans in its coordinates; the pipeline maps them back into
the original draft.
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import NamedTuple

from .normalize import MASK_TOKENS, Folded, Mask, apply_masks, find_masks, fold, skeleton

_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_SENTENCE_END = re.compile(r"(?:[.!?…]+|(?<=\w);)[\"'»”)\]]*(?=\s|$)|\n\s*\n|\n(?=\s*[-•*\d])")


class Token(NamedTuple):  # a tuple: made for every word of every check, so it must be cheap
    text: str
    start: int
    end: int
    mask: str | None = None  # the mask kind when the token is a link, number, name, ...

    @property
    def lower(self) -> str:
        return self.text.casefold()


class Doc:
    def __init__(self, original: str, lang: str = "en", names: tuple[str, ...] = ()) -> None:
        self.original = original
        self.lang = lang
        self.names = tuple(n for n in names if n and n.strip())
        self.folded: Folded = fold(original)
        self.text = self.folded.text

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        return self.folded.to_original(start, end)

    @cached_property
    def masks(self) -> list[Mask]:
        return find_masks(self.text, self.names)

    @cached_property
    def masked_text(self) -> str:
        return apply_masks(self.text, self.masks)

    def mask_at(self, start: int, end: int) -> Mask | None:
        for mask in self.masks:
            if mask.start < end and start < mask.end:
                return mask
        return None

    @cached_property
    def tokens(self) -> list[Token]:
        """Words in reading order; a masked stretch (link, number, name...) is one token."""
        if not self.masks:  # the common case, in one pass
            return [Token(m.group(), m.start(), m.end()) for m in _WORD.finditer(self.text)]
        tokens: list[Token] = []
        masks = iter(self.masks)
        pending = next(masks, None)
        for m in _WORD.finditer(self.text):
            while pending is not None and pending.end <= m.start():
                tokens.append(self._mask_token(pending))
                pending = next(masks, None)
            if pending is not None and pending.start < m.end():
                continue  # the word is inside a mask, which is emitted once as its own token
            tokens.append(Token(m.group(), m.start(), m.end()))
        while pending is not None:
            tokens.append(self._mask_token(pending))
            pending = next(masks, None)
        return tokens

    def _mask_token(self, mask: Mask) -> Token:
        return Token(MASK_TOKENS[mask.kind], mask.start, mask.end, mask.kind)

    @cached_property
    def words(self) -> list[Token]:
        return [t for t in self.tokens if t.mask is None]

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """Sentence spans (start, end) in working-text coordinates, trimmed of spaces."""
        spans: list[tuple[int, int]] = []
        start = 0
        for m in _SENTENCE_END.finditer(self.text):
            if self.mask_at(m.start(), m.end()):
                continue  # a dot inside a link, e-mail or number ends nothing
            spans.append((start, m.end()))
            start = m.end()
        spans.append((start, len(self.text)))
        trimmed = []
        for s, e in spans:
            chunk = self.text[s:e]
            lead = len(chunk) - len(chunk.lstrip())
            trail = len(chunk) - len(chunk.rstrip())
            if e - trail > s + lead:
                trimmed.append((s + lead, e - trail))
        return trimmed

    @cached_property
    def skeleton(self) -> str:
        return skeleton(self.original, self.names)

    def sentence_of(self, offset: int) -> tuple[int, int]:
        for s, e in self.sentences:
            if s <= offset < e:
                return s, e
        return 0, len(self.text)
