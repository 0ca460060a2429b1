"""How well replykit.langid tells our languages apart on real short texts, and how often it
gets there without loading the model.

Reads third-party data from ../shared/data/eval (never shipped): Russian sentences (RUSpellRU
corrections), English brand replies (TWCS), Polish tweets (PolEval 2019), Greek tweets
(OffensEval 2020). There is no Ukrainian sentence set there, so Ukrainian is not measured
here (the lexicon examples cover it). Each text is cut to its first `--words` words (short
replies are the hard case) and names, handles and links are dropped.

    python bench/langid_eval.py [--words 4] [--limit 500]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "data" / "eval"
sys.path.insert(0, str(ROOT))

from replykit import langid  # noqa: E402
from replykit.pipeline import check  # noqa: E402

SETS = {
    "ru": (EVAL / "C_spelling/ru/ruspellru_test_2000.csv", "correction"),
    "en": (EVAL / "A_support_replies/twcs_brand_replies_combined.csv", "text"),
    "pl": (EVAL / "B_tone_toxicity/pl/poleval2019_task6_test.csv", "text"),
    "el": (EVAL / "B_tone_toxicity/el/offenseval2020_greek_test_gold.csv", "tweet"),
}
_NOISE = re.compile(r"@\w+|#\w+|https?://\S+|\^\w+|\d+")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def texts(lang: str, words: int, limit: int) -> list[str]:
    path, column = SETS[lang]
    out = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            tokens = _WORD.findall(_NOISE.sub(" ", row[column]))
            if len(tokens) >= words:
                out.append(" ".join(tokens[:words]))
            if len(out) >= limit:
                break
    return out


# A comment in the same language, and one in the language most easily confused with it.
COMMENTS = {
    "ru": ("Где мой заказ? Жду уже неделю.", "Де моє замовлення? Чекаю вже тиждень."),
    "en": ("Where is my order? It has been a week.", "Gdzie jest moja paczka? Czekam juz tydzien."),
    "pl": ("Gdzie jest moja paczka? Czekam juz tydzien.", "Where is my order? It has been a week."),
    "el": ("Πού είναι η παραγγελία μου;", "Where is my order? It has been a week."),
}


def guard_rates(lang: str, sample: list[str]) -> tuple[float, float]:
    """(share of replies flagged against a same-language comment, share flagged against the
    other comment): false alarms and recall of the language guard."""
    same, other = COMMENTS[lang]

    def flagged(comment: str) -> float:
        hits = 0
        for text in sample:
            report = check(text, lang=lang, comment=comment, guards=("language",))
            hits += any(f.rule == "language.mismatch" for f in report.findings)
        return hits / len(sample)

    return flagged(same), flagged(other)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=int, default=4)
    parser.add_argument("--limit", type=int, default=500)
    args = parser.parse_args()
    for lang in SETS:
        sample = texts(lang, args.words, args.limit)
        start = time.perf_counter()
        without_model = sum(len(langid.candidates(t)) == 1 for t in sample)
        guesses = Counter(langid.detect(t) for t in sample)
        elapsed = time.perf_counter() - start
        right = guesses[lang]
        confusions = dict(guesses - Counter({lang: right}))
        print(f"{lang}: {len(sample)} texts of {args.words} words  "
              f"accuracy {right / len(sample):.3f}  "
              f"settled without the model {without_model / len(sample):.2f}  "
              f"confusions {confusions}  {elapsed * 1000 / len(sample):.2f} ms/text")
        false_alarms, recall = guard_rates(lang, sample)
        print(f"    language guard: mismatch on same-language comment {false_alarms:.3f}, "
              f"on a {COMMENTS[lang][1][:20]!r}... comment {recall:.3f}")


if __name__ == "__main__":
    main()
