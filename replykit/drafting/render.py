"""Safe rendering of phrase variants.

Two walls. First, a phrase may only name values of the documented context, pass them through a
few harmless filters, and hold text: attribute or item access, calls, loops, includes and the
like are refused when the phrase is compiled. Second, rendering runs in jinja2's
SandboxedEnvironment with StrictUndefined, so even a construct that slipped past the first wall
cannot reach Python objects, and a missing value is an error rather than an empty string.

Values (the customer's name, their words) are plain data: jinja2 inserts them once and never
renders its output again, so "{{ 7*7 }}" given as a name stays literally "{{ 7*7 }}".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from jinja2 import StrictUndefined, TemplateSyntaxError, UndefinedError, meta, nodes
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

from ..model import ReplykitError

ALLOWED_FILTERS = frozenset({"capitalize", "lower", "upper", "trim"})
_ALLOWED_NODES = (
    nodes.Template, nodes.Output, nodes.TemplateData, nodes.Name, nodes.Const, nodes.Filter,
)

_ENV = SandboxedEnvironment(
    undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False,
    trim_blocks=True, lstrip_blocks=True,
)


@dataclass(frozen=True)
class Phrase:
    source: str             # the template text as written in the phrasebook
    needs: frozenset[str]   # the context values it uses

    def render(self, values: Mapping[str, str]) -> str:
        missing = sorted(self.needs - set(values))
        if missing:
            raise ReplykitError(f"missing value(s) {', '.join(missing)} for {self.source!r}")
        try:
            return _template(self.source).render(**{k: values[k] for k in self.needs}).strip()
        except SecurityError as exc:
            raise ReplykitError(f"phrase {self.source!r} refused: {exc}") from exc
        except UndefinedError as exc:
            raise ReplykitError(f"phrase {self.source!r}: {exc}") from exc


@lru_cache(maxsize=4096)
def _template(source: str):
    return _ENV.from_string(source)


@lru_cache(maxsize=4096)
def compile_phrase(source: str) -> Phrase:
    """The phrase, checked: a ReplykitError names what is not allowed in it."""
    try:
        tree = _ENV.parse(source)
    except TemplateSyntaxError as exc:
        raise ReplykitError(f"phrase {source!r} is not a valid template: {exc.message}") from exc
    for node in tree.find_all(nodes.Node):
        if not isinstance(node, _ALLOWED_NODES):
            what = type(node).__name__.lower()
            raise ReplykitError(
                f"phrase {source!r} refused: only plain {{{{ value }}}} placeholders are "
                f"allowed, not {what}"
            )
        if isinstance(node, nodes.Filter) and node.name not in ALLOWED_FILTERS:
            raise ReplykitError(f"phrase {source!r} refused: filter {node.name!r} is not allowed")
        if isinstance(node, nodes.Name) and node.name.startswith("_"):
            raise ReplykitError(f"phrase {source!r} refused: {node.name!r} is private")
    return Phrase(source, frozenset(meta.find_undeclared_variables(tree)))
