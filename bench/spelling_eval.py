"""Spelling guard on the third-party corpora in ../shared/data/eval/C_spelling.

Per language:
  recall  share of misspelled words (non-word errors) that get a spelling finding. Word-pair
          corpora: the wrong form inside a neutral carrier sentence of the language. Sentence
          corpora: the changed words of (source, correction) pairs, checked in their sentence.
  fp      share of correct sentences (corrections of the sentence corpora; every example
          sentence of the other guards' lexicons) with any false spelling finding.
  words/s checking speed once the dictionaries are loaded.

A "non-word error" is what the corpus labels a spelling error (PlEWi `nonword`, GWE `R:SPELL`);
where a corpus has no label (Birkbeck, Wikipedia, UA-GEC, RUSpellRU), a wrong form that
pymorphy3's dictionary knows (ru, uk) is a real-word error no spelling dictionary can catch and
is left out: an independent dictionary decides, not the one measured.

    python bench/spelling_eval.py [--data ../shared/data/eval/C_spelling] [--limit N]
"""

from __future__ import annotations

import argparse
import csv
import difflib
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from replykit import check
from replykit.lexicon import lexicon_files, rule_examples, rules
from replykit.model import LANGUAGES

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "eval" / "C_spelling"
CARRIER = {
    "en": "Thank you, the word is {w} here.",
    "ru": "Спасибо, тут слово {w} в тексте.",
    "uk": "Дякуємо, тут слово {w} у тексті.",
    "pl": "Dziękujemy, tu jest słowo {w} w tekście.",
    "el": "Ευχαριστούμε, εδώ η λέξη {w} στο κείμενο.",
}
SPELLING_RULES = ("spelling.typo", "spelling.mixed-script")
NO_SUGGESTIONS = {"spelling": {"max_suggested": 0}}  # suggestions do not change what is found


def rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


def detokenize(text: str) -> str:
    """BEA-60K is tokenized ("were n't", "cases ,"): join it back as people write."""
    text = re.sub(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", text)
    return re.sub(r" ([.,;:!?)])", r"\1", text).replace("( ", "(")


def _real_word_oracle(lang: str):
    if lang not in ("ru", "uk"):
        return lambda word: False
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer(lang=lang)
    return lambda word: morph.word_is_known(word.lower())


def word_pairs(lang: str, data: Path) -> Iterator[str]:
    """Wrong single-word forms, labelled or judged (see the module doc) as non-word errors."""
    real = _real_word_oracle(lang)
    if lang == "en":
        for name in ("norvig_birkbeck_pairs.csv", "wikipedia_common_misspellings_npm.csv"):
            for r in rows(data / "en" / name):
                yield r["wrong"]
    elif lang == "uk":
        for name in ("uagec_test_spelling_word_pairs.csv", "uagec_train_spelling_word_pairs.csv"):
            for r in rows(data / "uk" / name):
                if not real(r["wrong"]):
                    yield r["wrong"]
    elif lang == "pl":
        for r in rows(data / "pl" / "plewi_sample_word_pairs.csv"):
            if r["type"] == "nonword":
                yield r["wrong"]
    elif lang == "el":
        for r in rows(data / "el" / "gwe_greek_wikiedits_word_pairs.csv"):
            if r["elerrant_type"] == "R:SPELL":
                yield r["changed_string"]
    elif lang == "ru":
        for r in rows(data / "ru" / "languagetool_ru_replace_pairs.csv"):
            if r["category"] == "Опечатка" and " " not in r["wrong"] and not real(r["wrong"]):
                yield r["wrong"]


def sentence_pairs(lang: str, data: Path) -> list[tuple[str, str]]:
    if lang == "en":
        return [
            (detokenize(r["source"]), detokenize(r["correction"]))
            for r in rows(data / "en" / "bea60k_subsample_1000.csv")
        ]
    if lang == "ru":
        return [
            (r["source"], r["correction"]) for r in rows(data / "ru" / "ruspellru_test_2000.csv")
        ]
    if lang == "el":
        return [
            (r["source"], r["correction"])
            for r in rows(data / "el" / "gnc_greek_native_corpus_pairs.csv")
        ]
    return []


_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


def changed_words(source: str, correction: str) -> list[tuple[int, int]]:
    """Spans in `source` of single words the correction replaced by one other word."""
    a = list(_WORD.finditer(source))
    b = [m.group() for m in _WORD.finditer(correction)]
    matcher = difflib.SequenceMatcher(a=[m.group() for m in a], b=b, autojunk=False)
    spans = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "replace" and i2 - i1 == 1 and j2 - j1 == 1:
            if a[i1].group().casefold() != b[j1].casefold():
                spans.append((a[i1].start(), a[i1].end()))
    return spans


def flagged(text: str, lang: str) -> list[tuple[int, int]]:
    report = check(text, lang=lang, guards=("spelling",), config=NO_SUGGESTIONS)
    return [(f.start, f.end) for f in report.findings if f.rule in SPELLING_RULES]


def lexicon_sentences(lang: str) -> list[str]:
    """Every example text of the other guards' lexicons: native, correctly spelled replies."""
    texts = []
    for file_lang, name in lexicon_files():
        # Spelling and grammar examples hold typos on purpose, language examples are in other
        # languages, template examples disguise copies with lookalike letters.
        if file_lang != lang or name in ("spelling", "grammar", "language", "template"):
            continue
        for rule in rules(lang, name):
            fire, passing = rule_examples(rule, lang)
            texts.extend(e.text for e in fire + passing if e.lang == lang and not e.name)
    return texts


def evaluate(lang: str, data: Path, limit: int | None) -> dict[str, float]:
    hits = total = 0
    for word in list(word_pairs(lang, data))[:limit]:
        total += 1
        hits += bool(flagged(CARRIER[lang].format(w=word), lang))
    pairs = sentence_pairs(lang, data)[:limit]
    real = _real_word_oracle(lang)
    for source, correction in pairs:
        found = flagged(source, lang)
        for s, e in changed_words(source, correction):
            if real(source[s:e]):
                continue
            total += 1
            hits += any(fs < e and s < fe for fs, fe in found)
    correct = [c for _, c in pairs] + lexicon_sentences(lang)
    false = sum(bool(flagged(text, lang)) for text in correct)
    return {
        "recall": hits / max(total, 1),
        "misspelled": total,
        "fp": false / max(len(correct), 1),
        "correct": len(correct),
    }


def speed(lang: str, data: Path) -> float:
    texts = [c for _, c in sentence_pairs(lang, data)] or lexicon_sentences(lang) * 20
    texts = texts[:400]
    flagged(texts[0], lang)  # load the dictionary first
    words = sum(len(_WORD.findall(t)) for t in texts)
    start = time.perf_counter()
    for text in texts:
        check(text, lang=lang, guards=("spelling",), config={"spelling": {"max_suggested": 0}})
    return words / (time.perf_counter() - start)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--lang", nargs="*", default=list(LANGUAGES))
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"no corpus folder {args.data}", file=sys.stderr)
        return 2
    print(
        "| lang | recall on misspelled words | misspelled | false-finding sentences"
        " | correct | words/s |"
    )
    print("|---|---|---|---|---|---|")
    for lang in args.lang:
        r = evaluate(lang, args.data, args.limit)
        print(
            f"| {lang} | {r['recall']:.3f} | {r['misspelled']} | {r['fp']:.1%} | "
            f"{r['correct']} | {speed(lang, args.data):,.0f} |",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
