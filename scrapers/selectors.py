"""The check of a source's CSS `selectors` setting, shared by the kinds that read pages with selectors."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import soupsieve


def selector_problems(
    selectors: Mapping[str, str], known: Sequence[str], required: Sequence[str]
) -> list[tuple[str, str]]:
    """("selectors", problem) pairs: a required selector missing, an unknown name, a selector that is not CSS."""
    problems = [("selectors", f"needs {name!r}") for name in required if name not in selectors]
    for name, selector in selectors.items():
        if name not in known:
            problems.append(("selectors", f"unknown selector {name!r} (known: {', '.join(known)})"))
            continue
        try:
            soupsieve.compile(selector)
        except soupsieve.SelectorSyntaxError as exc:
            problems.append(("selectors", f"{name}: {selector!r} is not a CSS selector ({exc.args[0]})"))
    return problems
