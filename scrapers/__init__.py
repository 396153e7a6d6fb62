"""Source kinds, by the name a config's `kind:` uses. A kind is one module of this package defining a Scraper
subclass with its settings model (scrapers/base.py, scrapers/settings.py): adding a module adds the kind."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterable
from typing import Any

from scrapers.base import Parsed, ParseError, Scraper, Skipped, Unchanged


def kinds_in(package: str, path: Iterable[str]) -> dict[str, type[Scraper[Any]]]:
    """Every kind defined in a module of the package `package` (its folders `path`), by kind name, in the order
    of the names: each Scraper subclass with its own `settings`. Raises TypeError when two share a name."""
    found: dict[str, type[Scraper[Any]]] = {}
    for module_info in pkgutil.iter_modules(path):
        module = importlib.import_module(f"{package}.{module_info.name}")
        for value in vars(module).values():
            if (isinstance(value, type) and issubclass(value, Scraper) and value.__module__ == module.__name__
                    and "settings" in vars(value)):
                if value.kind() in found:
                    raise TypeError(f"two kinds named {value.kind()}: {found[value.kind()]} and {value}")
                found[value.kind()] = value
    return dict(sorted(found.items()))


SCRAPERS: dict[str, type[Scraper[Any]]] = kinds_in(__name__, __path__)

__all__ = ["SCRAPERS", "ParseError", "Parsed", "Scraper", "Skipped", "Unchanged", "kinds_in"]
