"""Spelling guard on realistic support replies with injected typos (seeded, reproducible).

Imitates the held-out set "written for replykit": short native support replies (orders, refunds,
banks, telecoms, airlines, apps) in bench/spelling_replies/<lang>.yaml, each with the customer's
name in inflected forms (Анно, Анны, Pani Anno, Γιώργο, της Άννας), @handles, links, e-mails,
order and ticket numbers, codes, dates and prices. The replies are spelled correctly.

Per language:
  clean   every reply is checked as written; any spelling finding makes it a false sentence.
          Half the replies (a seeded choice) get the customer's name as check(name=), half do
          not, and the two halves are reported separately: the name must not be flagged either
          way, nor a handle, link, e-mail, number or code.
  typos   typo'd copies: one ordinary word of the reply (>= 4 letters, in the language's
          script, lowercase or sentence-initial, not in a slot, known to Hunspell as written)
          gets one realistic edit: drop a letter, double a letter, swap two adjacent letters,
          a keyboard neighbour on the language's layout, or a dropped diacritic (pl ą→a, el
          ά→α, uk ї→і й→и, ru й→и; е for ё is correct Russian, so never that). An edit that
          gives a word Hunspell itself knows is a real-word error no spell checker can catch:
          it is discarded and another edit tried. Recall = typo'd words with a spelling finding
          overlapping them.
  mixed   one letter of an ordinary word replaced by a lookalike of another script (Latin
          a/e/o/p/c/x in a Cyrillic word; Cyrillic а/е/о/р/с or Greek ο/α/ν/ι in a Latin word;
          Latin o/a/v in a Greek word): always a finding, reported as its own recall.

The bar (per language): recall >= 0.90 and <= 3 % false sentences.

    python bench/spelling_replies.py [--lang en ru ...] [--seed 0] [--typos 3] [--show N]
"""

from __future__ import annotations

import argparse
import random
import re
import string
import sys
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from replykit import check

DATA = Path(__file__).resolve().parent / "spelling_replies"
LANGUAGES = ("en", "ru", "uk", "pl", "el")
SPELLING_RULES = ("spelling.typo", "spelling.mixed-script")
NO_SUGGESTIONS = {"spelling": {"max_suggested": 0}}  # suggestions do not change what is found
HUNSPELL_FOLDER = "/usr/share/hunspell"
HUNSPELL_NAME = {"en": "en_US", "ru": "ru_RU", "uk": "uk_UA", "pl": "pl_PL", "el": "el_GR"}
SCRIPT = {"en": "LATIN", "pl": "LATIN", "ru": "CYRILLIC", "uk": "CYRILLIC", "el": "GREEK"}
RECALL_BAR, FALSE_BAR = 0.90, 0.03

# Keyboard rows (lower case) of each language's usual layout; a neighbour is the key left or
# right, or the two touching keys of the row above or below (the rows are staggered).
LAYOUTS = {
    "en": ("qwertyuiop", "asdfghjkl", "zxcvbnm"),
    "pl": ("qwertyuiop", "asdfghjkl", "zxcvbnm"),  # Polish programmer's layout
    "ru": ("йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю"),
    "uk": ("йцукенгшщзхї", "фівапролджє", "ячсмитьбю"),
    "el": ("ςερτυθιοπ", "ασδφγηξκλ", "ζχψωβνμ"),
}
# A dropped diacritic, as people type without the extra keystroke. No ё→е: that is correct.
DIACRITICS = {
    "en": {},
    "pl": dict(zip("ąćęłńóśźż", "acelnoszz", strict=True)),
    "el": dict(zip("άέήίόύώΐΰϊϋ", "αεηιουωϊϋιυ", strict=True)),
    "uk": {"ї": "і", "й": "и", "є": "е", "ґ": "г"},
    "ru": {"й": "и"},
}
# Lookalike letters of another script (letter -> its twins), per script of the word.
LOOKALIKES = {
    "CYRILLIC": {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x"},
    "LATIN": {"a": "аα", "e": "е", "o": "оο", "p": "р", "c": "с", "v": "ν", "i": "ι"},
    "GREEK": {"ο": "o", "α": "a", "ν": "v"},
}
EDITS = ("drop", "double", "swap", "neighbour", "diacritic")

_SLOT = re.compile(r"\{(\w+)\}")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Literal links, e-mails, handles and codes written into a reply (not through a slot).
_LITERAL_MASK = re.compile(
    r"\S+@\S+|https?://\S+|\b[\w-]+\.(?:com|ru|ua|pl|gr|uk)\S*|@\w+|#\w+|\w*\d\w*"
)
_SENTENCE_END = re.compile(r"(^|[.!?…\n])[\s«“„\"'(]*$")


# --- data ------------------------------------------------------------------------------------


@dataclass
class Reply:
    """One filled-in reply: its text, where its slots landed and which name it uses."""

    text: str
    slots: list[tuple[int, int, str]]  # (start, end, slot name)
    name: str  # the name's base form, for check(name=)
    pass_name: bool


@dataclass
class Result:
    clean: dict[bool, list[int]] = field(default_factory=lambda: {True: [], False: []})
    false: list[tuple[str, str, bool, str]] = field(default_factory=list)  # word, where, name, text
    typos: dict[str, list[bool]] = field(default_factory=lambda: {e: [] for e in EDITS})
    mixed: list[bool] = field(default_factory=list)
    missed: list[tuple[str, str, str, str]] = field(default_factory=list)  # kind, was, typo, text
    discarded: int = 0


def load(lang: str) -> dict:
    data = yaml.safe_load((DATA / f"{lang}.yaml").read_text(encoding="utf-8"))
    fields = data["name_forms"]
    data["names"] = [dict(zip(fields, entry.split("|"), strict=True)) for entry in data["names"]]
    known = set(fields) | set(data["fill"]) | {"order", "ticket", "code"}
    for template in data["replies"]:
        unknown = set(_SLOT.findall(template)) - known
        if unknown:
            raise ValueError(f"{lang}: unknown slot(s) {sorted(unknown)} in {template!r}")
    return data


def generated(slot: str, rng: random.Random) -> str:
    """Order and ticket numbers and codes in the shapes shops and help desks use."""
    letters = string.ascii_uppercase
    digits = "".join(rng.choice(string.digits) for _ in range(5))
    if slot == "order":
        return rng.choice([f"#{digits}", digits, f"{rng.choice(['SM', 'AC', 'ZK'])}-{digits}",
                           f"{rng.randint(100, 999)}-{digits}-{rng.randint(10, 99)}"])
    if slot == "ticket":
        return rng.choice([f"#{digits[:4]}", f"TK-{digits}", f"INC{digits}{rng.randint(10, 99)}",
                           f"{rng.choice(letters)}{rng.choice(letters)}{digits[:2]}-"
                           f"{rng.choice(letters)}{rng.choice(letters)}"])
    pair = "".join(rng.choice(letters) for _ in range(2))
    return rng.choice([f"{pair}{digits[:2]}-{rng.choice(letters)}{rng.choice(letters)}",
                       f"SPRING{digits[:2]}", f"{pair}{digits[:3]}", f"XK7Q-{pair}{digits[0]}M"])


def fill(template: str, data: dict, person: dict[str, str], pass_name: bool,
         rng: random.Random) -> Reply:
    fields = data["name_forms"]
    out: list[str] = []
    slots: list[tuple[int, int, str]] = []
    last = 0
    size = 0
    for m in _SLOT.finditer(template):
        out.append(template[last : m.start()])
        size += m.start() - last
        slot = m.group(1)
        if slot in person:
            value = person[slot]
        elif slot in data["fill"]:
            value = rng.choice(data["fill"][slot])
        else:
            value = generated(slot, rng)
        out.append(value)
        slots.append((size, size + len(value), "name" if slot in fields else slot))
        size += len(value)
        last = m.end()
    out.append(template[last:])
    return Reply("".join(out), slots, person[fields[0]], pass_name)


def replies(lang: str, seed: int) -> list[Reply]:
    data = load(lang)
    rng = random.Random(f"{seed}-{lang}")
    templates = data["replies"]
    with_name = set(rng.sample(range(len(templates)), len(templates) // 2))
    return [
        fill(t, data, rng.choice(data["names"]), i in with_name, rng)
        for i, t in enumerate(templates)
    ]


# --- Hunspell itself, for the real-word filter -----------------------------------------------


@cache
def hunspell_for(lang: str):
    import hunspell  # chunspell-next

    return hunspell.Hunspell(HUNSPELL_NAME[lang], hunspell_data_dir=HUNSPELL_FOLDER)


def hunspell_knows(lang: str, word: str) -> bool:
    engine = hunspell_for(lang)
    try:  # Debian's pl and el dictionaries are ISO-8859-2 / -7
        word.encode(engine._dic_encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return bool(engine.spell(word))


# --- typos -----------------------------------------------------------------------------------


def in_script(word: str, script: str) -> bool:
    return all(unicodedata.name(ch, "").startswith(script) for ch in word if ch.isalpha())


def candidates(reply: Reply, lang: str) -> list[tuple[int, int]]:
    """Spans of ordinary words a typo may go into."""
    blocked = list(reply.slots) + [(m.start(), m.end(), "literal")
                                   for m in _LITERAL_MASK.finditer(reply.text)]
    spans = []
    for m in _WORD.finditer(reply.text):
        word, start, end = m.group(), m.start(), m.end()
        if len(word) < 4 or not in_script(word, SCRIPT[lang]):
            continue
        if any(s < end and start < e for s, e, _ in blocked):
            continue
        initial = _SENTENCE_END.search(reply.text[:start]) is not None
        if not (word.islower() or (initial and word[0].isupper() and word[1:].islower())):
            continue
        if hunspell_knows(lang, word):
            spans.append((start, end))
    return spans


def neighbours(lang: str, ch: str) -> str:
    rows = LAYOUTS[lang]
    for r, row in enumerate(rows):
        c = row.find(ch)
        if c < 0:
            continue
        near = [row[i] for i in (c - 1, c + 1) if 0 <= i < len(row)]
        if r > 0:
            near += [rows[r - 1][i] for i in (c, c + 1) if i < len(rows[r - 1])]
        if r + 1 < len(rows):
            near += [rows[r + 1][i] for i in (c - 1, c) if 0 <= i < len(rows[r + 1])]
        return "".join(near)
    return ""


def edit(word: str, kind: str, lang: str, rng: random.Random) -> str | None:
    """`word` with one edit of `kind`, or None when the edit does not apply to it."""
    lower = word.lower()
    letters = [i for i, ch in enumerate(lower) if ch.isalpha()]
    if kind == "drop":
        i = rng.choice(letters)
        out = lower[:i] + lower[i + 1 :]
    elif kind == "double":
        i = rng.choice(letters)
        out = lower[:i] + lower[i] + lower[i:]
    elif kind == "swap":
        pairs = [i for i in letters[:-1] if lower[i + 1].isalpha() and lower[i] != lower[i + 1]]
        if not pairs:
            return None
        i = rng.choice(pairs)
        out = lower[:i] + lower[i + 1] + lower[i] + lower[i + 2 :]
    elif kind == "neighbour":
        spots = [i for i in letters if neighbours(lang, lower[i])]
        if not spots:
            return None
        i = rng.choice(spots)
        out = lower[:i] + rng.choice(neighbours(lang, lower[i])) + lower[i + 1 :]
    elif kind == "diacritic":
        spots = [i for i in letters if lower[i] in DIACRITICS[lang]]
        if not spots:
            return None
        i = rng.choice(spots)
        out = lower[:i] + DIACRITICS[lang][lower[i]] + lower[i + 1 :]
    else:  # mixed
        table = LOOKALIKES[SCRIPT[lang]]
        spots = [i for i in letters if lower[i] in table]
        if not spots:
            return None
        i = rng.choice(spots)
        out = lower[:i] + rng.choice(table[lower[i]]) + lower[i + 1 :]
    if word[0].isupper():
        out = out[0].upper() + out[1:]
    return out if out != word else None


def typo_copy(reply: Reply, lang: str, kind: str, rng: random.Random,
              result: Result) -> tuple[str, int, int, str] | None:
    """(text, start, end, original word) of a copy of `reply` with one typo of `kind`."""
    spans = candidates(reply, lang)
    for _ in range(30):
        if not spans:
            return None
        start, end = rng.choice(spans)
        word = reply.text[start:end]
        wrong = edit(word, kind, lang, rng)
        if wrong is None:
            continue
        if kind != "mixed" and hunspell_knows(lang, wrong):
            result.discarded += 1  # a real word: no spelling dictionary can catch it
            continue
        text = reply.text[:start] + wrong + reply.text[end:]
        return text, start, start + len(wrong), word
    return None


# --- the run ---------------------------------------------------------------------------------


def findings(text: str, lang: str, name: str | None) -> list[tuple[int, int]]:
    report = check(text, lang=lang, name=name, guards=("spelling",), config=NO_SUGGESTIONS)
    bad = [f for f in report.findings if f.rule == "spelling.no-dictionary"]
    if bad:
        raise SystemExit(f"{lang}: {bad[0].message}")
    return [(f.start, f.end) for f in report.findings if f.rule in SPELLING_RULES]


def evaluate(lang: str, seed: int, typos: int) -> Result:
    result = Result()
    rng = random.Random(f"{seed}-{lang}-typos")
    for reply in replies(lang, seed):
        name = reply.name if reply.pass_name else None
        found = findings(reply.text, lang, name)
        result.clean[reply.pass_name].append(bool(found))
        for s, e in found:
            where = next((slot for a, b, slot in reply.slots if a < e and s < b), "text")
            result.false.append((reply.text[s:e], where, reply.pass_name, reply.text))
        kinds = [k for k in EDITS if k != "diacritic" or DIACRITICS[lang]]
        for kind in [rng.choice(kinds) for _ in range(typos)] + ["mixed"]:
            made = typo_copy(reply, lang, kind, rng, result)
            if made is None and kind == "diacritic":  # the reply has no such letter
                kind = rng.choice([k for k in kinds if k != "diacritic"])
                made = typo_copy(reply, lang, kind, rng, result)
            if made is None:
                continue
            text, start, end, was = made
            hit = any(s < end and start < e for s, e in findings(text, lang, name))
            (result.mixed if kind == "mixed" else result.typos[kind]).append(hit)
            if not hit:
                result.missed.append((kind, was, text[start:end], text))
    return result


def share(values: list[bool]) -> str:
    return f"{sum(values) / len(values):.3f}" if values else "–"


def table(lang: str, r: Result) -> str:
    ordinary = [hit for hits in r.typos.values() for hit in hits]
    clean = r.clean[True] + r.clean[False]
    false_rate = sum(clean) / max(len(clean), 1)
    recall = sum(ordinary) / max(len(ordinary), 1)
    names = [f for f in r.false if f[1] == "name"]
    masked = [f for f in r.false if f[1] not in ("name", "text")]
    verdict = "meets" if recall >= RECALL_BAR and false_rate <= FALSE_BAR else "misses"
    lines = [
        f"### {lang} ({verdict} the bar: recall >= {RECALL_BAR:.2f}, false <= {FALSE_BAR:.0%})",
        "",
        "| measure | value | n |",
        "|---|---|---|",
        f"| false-finding replies, all | {false_rate:.1%} | {sum(clean)}/{len(clean)} |",
    ]
    for given in (True, False):
        rows = r.clean[given]
        label = "name= given" if given else "name= not given"
        lines.append(
            f"| false-finding replies, {label} | {sum(rows) / max(len(rows), 1):.1%} "
            f"| {sum(rows)}/{len(rows)} |"
        )
    for given in (True, False):
        count = sum(1 for f in names if f[2] == given)
        lines.append(f"| findings on the name, name= {'given' if given else 'not given'} "
                     f"| {count} | |")
    lines.append(f"| findings on handles, links, e-mails, numbers, dates, prices | {len(masked)} | |")
    lines.append(f"| recall, ordinary typos | {recall:.3f} | {len(ordinary)} |")
    for kind in EDITS:
        if r.typos[kind]:
            lines.append(f"| &nbsp; {kind} | {share(r.typos[kind])} | {len(r.typos[kind])} |")
    lines.append(f"| recall, mixed-script | {share(r.mixed)} | {len(r.mixed)} |")
    lines.append(f"| edits discarded as real words | {r.discarded} | |")
    return "\n".join(lines)


def show(r: Result, n: int) -> str:
    lines = [f"missed typos ({len(r.missed)}):"]
    lines += [f"  {kind:9} {was} → {typo}   | {text}" for kind, was, typo, text in r.missed[:n]]
    lines.append(f"false findings ({len(r.false)}):")
    lines += [
        f"  {word!r} [{where}, name= {'given' if given else 'not given'}]   | {text}"
        for word, where, given, text in r.false[:n]
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lang", nargs="*", default=list(LANGUAGES))
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--typos", type=int, default=3, help="ordinary typo'd copies per reply")
    parser.add_argument("--show", type=int, default=0, metavar="N",
                        help="list up to N missed typos and N false findings per language")
    args = parser.parse_args(argv)
    for lang in args.lang:
        result = evaluate(lang, args.seed, args.typos)
        print(table(lang, result))
        if args.show:
            print()
            print(show(result, args.show))
        print(flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
