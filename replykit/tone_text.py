"""Text shapes the tone guard reads besides words: quotations and capital letters."""

from __future__ import annotations

import re

from .document import Doc

# Opening and closing quotation marks of en ru uk pl el: “…” ‘…’ «…» „…” „…“ "…" and ‹…›.
_QUOTED = re.compile(r"“[^”\n]*”|«[^»\n]*»|„[^”“\n]*[”“]|\"[^\"\n]*\"|‹[^›\n]*›|‘[^’\n]{2,}’(?!\w)")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Regions inside quotation marks: the words there are someone else's, not the reply's."""
    return [m.span() for m in _QUOTED.finditer(text)]


def caps_spans(
    doc: Doc, acronyms: frozenset[str], min_words: int, min_letters: int
) -> list[tuple[int, int]]:
    """One span over the all-caps words of a sentence when it has at least `min_words` of them
    (at least `min_letters` letters each, not a known acronym): that is shouting, "FCC" is not."""
    loud = [
        t
        for t in doc.words
        if len(t.text) >= min_letters
        and t.text.isupper()
        and t.text.replace("'", "").isalpha()
        and t.text not in acronyms
    ]
    spans = []
    for start, end in doc.sentences:
        in_sentence = [t for t in loud if start <= t.start < end]
        if len(in_sentence) >= min_words:
            spans.append((in_sentence[0].start, in_sentence[-1].end))
    if not spans and len(loud) >= min_words:
        spans.append((loud[0].start, loud[-1].end))
    return spans
