"""How often the promise and personal guards fire on real brand replies (TWCS, English), for
information: real support replies are full of "we'll look into it", and many are generic.

Reads ../shared/data/eval/A_support_replies (never shipped). The personal guard runs on the
2,244 replies that come with the customer tweet they answer; the promise guard on all 4,543.
Prints the rates, the time per reply, and a few examples of each finding to read.

    python bench/reply_guards_eval.py [--show 8]
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "data" / "eval"
DATA = EVAL / "A_support_replies" / "twcs_brand_replies_combined.csv"
sys.path.insert(0, str(ROOT))

from replykit.pipeline import check  # noqa: E402


def rows() -> list[dict[str, str]]:
    with DATA.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def rate(pairs: list[tuple[str, str | None]], guard: str) -> tuple[float, float, list[str]]:
    flagged, start = [], time.perf_counter()
    for text, comment in pairs:
        report = check(text, lang="en", comment=comment, guards=(guard,))
        flagged += [f"{f.text!r} in {text[:110]!r}" for f in report.findings[:1]]
    elapsed = time.perf_counter() - start
    return len(flagged) / len(pairs), elapsed * 1000 / len(pairs), flagged


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", type=int, default=8)
    args = parser.parse_args()
    data = [r for r in rows() if r["text"].strip()]
    runs = {
        "promise": [(r["text"], None) for r in data],
        "personal": [(r["text"], r["customer_text_if_available"]) for r in data
                     if r["customer_text_if_available"].strip()],
    }
    random.seed(7)
    for guard, pairs in runs.items():
        share, ms, flagged = rate(pairs, guard)
        print(f"{guard}: {len(pairs)} replies, {share:.1%} flagged, {ms:.2f} ms/reply")
        for line in random.sample(flagged, min(args.show, len(flagged))):
            print("   ", line)


if __name__ == "__main__":
    main()
