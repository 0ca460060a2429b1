"""Template rates per account (`replykit history stats`).

An account's template rate is the share of its replies that are copies or near-duplicates of
an EARLIER reply by the same account, judged exactly as the template guard judges a draft
(same skeleton form, same score, same `threshold` and `min_words`). Replies are replayed in
date order, each compared with the ones before it, then added.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass
from typing import Any

from ..similarity import TemplateIndex, form_of_skeleton
from .base import HistoryStore, PastReply


@dataclass
class AccountStats:
    account: str
    replies: int = 0
    compared: int = 0   # replies long enough to be compared
    copies: int = 0
    near_duplicates: int = 0

    @property
    def template_rate(self) -> float:
        return (self.copies + self.near_duplicates) / self.replies if self.replies else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "template_rate": round(self.template_rate, 4)}


def account_stats(account: str, replies: list[PastReply], threshold: float,
                  min_words: int) -> AccountStats:
    stats = AccountStats(account, replies=len(replies))
    index = TemplateIndex()
    for reply in sorted(replies, key=lambda r: (r.created_at or "", r.id or 0)):
        form = form_of_skeleton(reply.skeleton)
        if len(form.words) >= max(1, min_words):
            stats.compared += 1
            match = index.closest(form, min_words, threshold)
            if match is not None:
                if match.copy:
                    stats.copies += 1
                else:
                    stats.near_duplicates += 1
        index.add(form)
    return stats


def template_stats(store: HistoryStore, threshold: float, min_words: int) -> list[AccountStats]:
    """Per-account stats, the accounts with most replies first."""
    by_account: dict[str, list[PastReply]] = defaultdict(list)
    for reply in store.replies():
        by_account[reply.account or "-"].append(reply)
    stats = [account_stats(a, rs, threshold, min_words) for a, rs in by_account.items()]
    stats.sort(key=lambda s: (-s.replies, s.account))
    return stats


def render_table(stats: list[AccountStats]) -> str:
    header = ("account", "replies", "copies", "near-dup", "template rate")
    rows = [(s.account, str(s.replies), str(s.copies), str(s.near_duplicates),
             f"{s.template_rate:.1%}") for s in stats]
    total = AccountStats("total", sum(s.replies for s in stats), sum(s.compared for s in stats),
                         sum(s.copies for s in stats), sum(s.near_duplicates for s in stats))
    rows.append((total.account, str(total.replies), str(total.copies),
                 str(total.near_duplicates), f"{total.template_rate:.1%}"))
    widths = [max(len(r[i]) for r in (header, *rows)) for i in range(len(header))]

    def line(cells: tuple[str, ...]) -> str:
        first = cells[0].ljust(widths[0])
        return "  ".join([first, *(c.rjust(w) for c, w in zip(cells[1:], widths[1:], strict=True))])

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(header), rule, *(line(r) for r in rows[:-1]), rule, line(rows[-1])])
