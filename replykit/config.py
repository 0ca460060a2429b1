"""Configuration: `replykit.toml`, or `[tool.replykit]` in `pyproject.toml`, found by walking up
from the working directory; `--config FILE` overrides the search.

    language = "auto"            # or en ru uk pl el
    channel = "twitter"
    history = "replies.sqlite3"  # or postgresql://...
    account = "AcmeHelp"         # whose past replies the template guard compares with
    vocabulary = ["Acme", "SmartHub"]   # words the spelling guard accepts
    phrasebooks = "my-phrases"   # a folder extending or overriding the shipped phrasebooks

    [rules]                      # rule id -> error | warning | info | off
    "length.long-sentence" = "off"

    [length]                     # a guard's settings, under its name
    limits = { twitter = 280, sms = 160 }

Every key is checked: an unknown key or a value of the wrong type is a ReplykitError naming it.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .model import CHANNELS, LANGUAGES, SEVERITIES, ReplykitError

_TOP_LEVEL: dict[str, type | tuple[type, ...]] = {
    "language": str,
    "channel": str,
    "history": str,
    "account": str,
    "vocabulary": list,
    "phrasebooks": str,
    "min_level": str,
    "rules": dict,
}


@dataclass
class Config:
    language: str = "auto"
    channel: str | None = None
    history: str | None = None
    account: str | None = None
    vocabulary: list[str] = field(default_factory=list)
    phrasebooks: str | None = None
    min_level: str = "info"
    rules: dict[str, str] = field(default_factory=dict)
    guards: dict[str, dict[str, Any]] = field(default_factory=dict)
    source: Path | None = None

    def settings(self, guard_name: str) -> dict[str, Any]:
        from .guards import guard

        merged = dict(guard(guard_name).DEFAULTS)
        merged.update(self.guards.get(guard_name, {}))
        return merged

    def severity(self, rule: str, default: str) -> str | None:
        """The configured severity of a rule, None when it is turned off."""
        level = self.rules.get(rule, default)
        return None if level == "off" else level

    def with_settings(self, overrides: dict[str, dict[str, Any]]) -> Config:
        """A copy with some guard settings replaced (used by rule examples)."""
        guards = {name: dict(values) for name, values in self.guards.items()}
        for name, values in overrides.items():
            guards.setdefault(name, {}).update(values)
        clone = Config(**{**self.__dict__, "guards": guards})
        clone.validate()
        return clone

    # --- validation ----------------------------------------------------------------------------

    def validate(self) -> None:
        from .guards import GUARDS, all_rules, guard

        where = f" in {self.source}" if self.source else ""
        _one_of("language", self.language, ("auto", *LANGUAGES), where)
        if self.channel is not None:
            _one_of("channel", self.channel, CHANNELS, where)
        _one_of("min_level", self.min_level, SEVERITIES, where)
        if not all(isinstance(w, str) for w in self.vocabulary):
            raise ReplykitError(f"config key 'vocabulary'{where} must be a list of words")
        known = all_rules()
        prefixes = tuple(p for g in GUARDS for p in getattr(guard(g), "DYNAMIC_RULE_PREFIXES", ()))
        for rule, level in self.rules.items():
            if rule not in known and not rule.startswith(prefixes):
                raise ReplykitError(f"unknown rule 'rules.{rule}'{where}")
            _one_of(f"rules.{rule}", level, (*SEVERITIES, "off"), where)
        for name, values in self.guards.items():
            if name not in GUARDS:
                raise ReplykitError(f"unknown config key '{name}'{where}")
            defaults = guard(name).DEFAULTS
            for key, value in values.items():
                if key not in defaults:
                    raise ReplykitError(f"unknown config key '{name}.{key}'{where}")
                _check_type(f"{name}.{key}", value, defaults[key], where)


def _one_of(key: str, value: Any, allowed: tuple[str, ...], where: str) -> None:
    if value not in allowed:
        raise ReplykitError(
            f"config key '{key}'{where} is {value!r}; expected one of: {', '.join(allowed)}"
        )


def _check_type(key: str, value: Any, default: Any, where: str) -> None:
    if default is None:
        if value is not None and not isinstance(value, str | int | float | bool):
            raise ReplykitError(f"config key '{key}'{where} has a bad value {value!r}")
        return
    if isinstance(default, bool):
        ok = isinstance(value, bool)
    elif isinstance(default, int | float):
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        if ok and value < 0:
            raise ReplykitError(f"config key '{key}'{where} must not be negative")
    else:
        ok = isinstance(value, type(default))
    if not ok:
        raise ReplykitError(
            f"config key '{key}'{where} must be {type(default).__name__}, not {value!r}"
        )
    if isinstance(default, dict):
        sample = next(iter(default.values()), None)
        for sub_key, sub_value in value.items():
            if default and sub_key not in default:
                raise ReplykitError(f"unknown config key '{key}.{sub_key}'{where}")
            if sample is not None:
                _check_type(f"{key}.{sub_key}", sub_value, default.get(sub_key, sample), where)


def from_mapping(data: dict[str, Any], source: Path | None = None) -> Config:
    from .guards import GUARDS

    where = f" in {source}" if source else ""
    config = Config(source=source)
    for key, value in data.items():
        if key in GUARDS:
            if not isinstance(value, dict):
                raise ReplykitError(f"config key '{key}'{where} must be a table of settings")
            config.guards[key] = dict(value)
        elif key in _TOP_LEVEL:
            if not isinstance(value, _TOP_LEVEL[key]):
                raise ReplykitError(f"config key '{key}'{where} has a bad value {value!r}")
            setattr(config, key, value)
        else:
            raise ReplykitError(f"unknown config key '{key}'{where}")
    if config.history and source and "://" not in config.history:
        # A relative history path is relative to the config file, not to wherever we run.
        config.history = str((source.parent / config.history).resolve())
    config.validate()
    return config


def read_file(path: Path) -> Config:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ReplykitError(f"cannot read config {path}: {exc.strerror or exc}") from exc
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ReplykitError(f"config {path} is not valid TOML: {exc}") from exc
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("replykit", {})
    return from_mapping(data, path)


def discover(start: Path | None = None) -> Path | None:
    """The nearest replykit.toml, or pyproject.toml with [tool.replykit], at or above start."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "replykit.toml"
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _has_replykit_table(pyproject):
            return pyproject
    return None


def _has_replykit_table(pyproject: Path) -> bool:
    try:
        return "replykit" in tomllib.loads(pyproject.read_text("utf-8")).get("tool", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False


def load(path: str | os.PathLike[str] | None = None, *, search: bool = True) -> Config:
    """The config at `path`, else the discovered one (when `search`), else the defaults."""
    if path is not None:
        target = Path(path)
        if not target.is_file():
            raise ReplykitError(f"config file not found: {target}")
        return read_file(target)
    found = discover() if search else None
    return read_file(found) if found else Config()


def resolve(config: Config | dict[str, Any] | str | os.PathLike[str] | None) -> Config:
    """What the Python API accepts as `config`: a Config, a mapping, a path, or None."""
    if isinstance(config, Config):
        return config
    if isinstance(config, dict):
        return from_mapping(config)
    if config is None:
        return Config()
    return load(config)
