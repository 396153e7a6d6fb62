"""Kinds that describe themselves: each kind's module declares its settings, the config validates a source
against them, `python -m bot kinds` lists them with an example that loads, the README's samples load, and a
new kind is one module (the toy `plain_docket` of tests/fixtures/toy_kind/, polled end to end)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from bot.cli import main
from bot.config import ConfigError, load_config
from bot.kinds import own_fields
from bot.poll.poller import Poller
from scrapers import SCRAPERS, kinds_in
from scrapers.http import Fetcher

ROOT = Path(__file__).resolve().parent.parent
TOY = Path(__file__).parent / "fixtures" / "toy_kind"


def load(tmp_path: Path, text: str):
    path = tmp_path / "sources.yaml"
    path.write_text(text, encoding="utf-8")
    return load_config(path)


def kinds_output(capsys) -> str:
    assert main(["kinds"]) == 0
    return capsys.readouterr().out


def examples_in(output: str) -> dict[str, str]:
    """kind -> the YAML of its example, as `kinds` prints it (indented under `  example:`)."""
    found = {}
    for block in output.split("\n\n"):
        kind = block.split(":", 1)[0]
        if "  example:\n" in block:
            example = block.split("  example:\n", 1)[1]
            found[kind] = "\n".join(line.removeprefix("    ") for line in example.splitlines())
    return found


def test_kinds_lists_every_kind_with_its_settings_and_an_example_that_loads(capsys, tmp_path):
    output = kinds_output(capsys)
    assert re.match(r"Every source takes these settings:\n  setting +type +default +meaning\n  id ", output)
    assert re.search(r"^  backfill +whole number +0 +the first poll posts", output, re.M)
    examples = examples_in(output)
    assert set(examples) == set(SCRAPERS)
    for kind, scraper in SCRAPERS.items():
        block = output.split(f"\n{kind}: ", 1)[1].split("\n\n", 1)[0]
        for name, field in own_fields(scraper.settings).items():
            described = re.escape(field.description or "")
            assert re.search(rf"^  {name} .+  {described}$", block, re.M), (kind, name)
        config = load(tmp_path, "sources:\n" + "\n".join("  " + line for line in examples[kind].splitlines()))
        assert config.sources == [scraper.settings.model_validate(scraper.settings.example())]


def test_a_list_of_settings_says_type_and_default_in_the_configs_words(capsys):
    output = kinds_output(capsys)
    html_docket = output.split("\nhtml_docket: ", 1)[1].split("\n\n", 1)[0]
    assert re.search(r"^  selectors +mapping of text to text +\{\} +CSS selectors", html_docket, re.M)
    assert re.search(r"^  url +text +required +the docket page$", html_docket, re.M)
    # a duration's type says how one is written, apart from its default ("-": defaults.every), under a header
    assert re.search(r"^  every +duration, written 15m +- +poll this often", output, re.M)
    assert re.search(r"^  active_hours +hours, written 07:00-20:00 +- +poll only between", output, re.M)
    assert "(15m)" not in output
    assert all(re.match(r"  setting +type +default +meaning$", block.splitlines()[1])
               for block in output.split("\n\n") if block.strip())
    courtlistener = output.split("\ncourtlistener: ", 1)[1].split("\n\n", 1)[0]
    assert re.search(r"^  url +text +https://www\.courtlistener\.com/api/rest/v4/ +the API's base URL$", courtlistener,
                     re.M)


# What a README block that shows only other settings (subscriptions: ...) is loaded with: the source it names.
SAMPLE_SOURCE = "sources:\n  - id: nmd\n    kind: pacer_rss\n    court: nmd\n"


def readme_samples() -> list[str]:
    """The YAML blocks of README.md's Configuration section (its "Source kinds" among them); a block that is a
    list of sources (`  - id: ...`) stands under `sources:`, and one with no sources gets SAMPLE_SOURCE."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Configuration\n", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```yaml\n(.*?)```", section, re.S)
    samples = [("sources:\n" + block) if block.startswith("  - ") else block for block in blocks]
    return [sample if re.search(r"^sources:", sample, re.M) else SAMPLE_SOURCE + sample for sample in samples]


def test_the_readmes_sample_configs_load(tmp_path):
    samples = readme_samples()
    assert len(samples) >= 9
    for sample in samples:
        assert load(tmp_path, sample).sources


@pytest.mark.parametrize(("source", "expected"), [
    ("  - id: cl\n    kind: courtlistener\n    dockets: [4214664, abc]\n",
     ':4 sources[0].dockets[1]: "abc" is not a whole number'),
    ("  - id: ledger\n    kind: news_html\n    url: https://example.com/\n    selectors: {item: a, title: b}\n"
     "    timezone: Mars/Olympus\n",
     ':6 sources[0].timezone: "Mars/Olympus" is not a time zone name like America/Denver'),
    ("  - id: county\n    kind: html_docket\n    url: https://example.com/\n    preset: pacer_docket\n"
     "    case_name: ''\n", ":6 sources[0].case_name: may not be empty"),
    ("  - id: nmd\n    kind: pacer_rss\n    url: https://example.com/\n    dockets: [1]\n",
     ":5 sources[0].dockets: is not a setting of kind pacer_rss"),
])
def test_an_error_in_a_kinds_own_setting_names_its_field_and_line(tmp_path, source, expected):
    with pytest.raises(ConfigError) as error:
        load(tmp_path, "sources:\n" + source)
    assert str(error.value) == f"{tmp_path / 'sources.yaml'}{expected}"


# --- a new kind: one module --------------------------------------------------------------------------------------


@pytest.fixture
def toy_kind(tmp_path, monkeypatch):
    """The toy kind found as the scrapers package finds its kinds: its module alone, in a package of kinds."""
    package = tmp_path / "more_kinds"
    package.mkdir()
    (package / "__init__.py").write_text("")
    shutil.copy(TOY / "plain_docket.py", package / "plain_docket.py")
    monkeypatch.syspath_prepend(str(tmp_path))
    found = kinds_in("more_kinds", [str(package)])
    assert list(found) == ["plain_docket"]
    monkeypatch.setitem(SCRAPERS, "plain_docket", found["plain_docket"])
    return found["plain_docket"]


def test_a_new_kind_is_one_module_its_settings_checked_listed_and_polled(toy_kind, tmp_path, capsys, httpserver,
                                                                          store):
    httpserver.expect_request("/docket.txt").respond_with_data((TOY / "docket.txt").read_bytes())
    url = httpserver.url_for("/docket.txt")
    with pytest.raises(ConfigError) as error:
        load(tmp_path, f"sources:\n  - id: plain\n    kind: plain_docket\n    url: {url}\n    court: nmd\n"
                       "    date_format: '%Y-%m'\n    selectors: {row: tr}\n")
    assert str(error.value).splitlines() == [
        f"{tmp_path / 'sources.yaml'}:6 sources[0].date_format: '%Y-%m' has no day (%d)",
        f"{tmp_path / 'sources.yaml'}:7 sources[0].selectors: is not a setting of kind plain_docket",
    ]
    assert "\nplain_docket: A docket kept as plain text" in kinds_output(capsys)

    config = load(tmp_path, f"sources:\n  - id: plain\n    kind: plain_docket\n    url: {url}\n    court: nmd\n"
                            "    parties: [Baldwin]\n    backfill: 2\n    max_skipped: 0.5\n"
                            "subscriptions:\n  - channel: '#rust'\n    events: [all]\n")
    result = Poller(config, store, Fetcher(attempts=1, per_host_interval=0)).poll(config.sources[0])
    assert result.ok and result.parsed == 3 and [str(skipped) for skipped in result.skipped] == [
        "date not readable: 'someday | 3 | MOTION to Dismiss the Indictment by Alexander Rae Baldwin.'"]
    posted = [item.post.entry for item in result.queued]
    assert [(entry.number, entry.why, entry.court) for entry in posted] == [("2", "party: Baldwin", "nmd"),
                                                                           ("4", "party: Baldwin", "nmd")]
    assert posted[0].case_name == "United States v. Baldwin"
    assert posted[0].filed_at.isoformat() == "2024-01-31T00:00:00-07:00"  # the court's day, on its clock


def test_a_kind_is_found_by_its_modules_name_and_only_a_kind_is(tmp_path, monkeypatch):
    assert SCRAPERS["pacer_rss"].kind() == "pacer_rss"
    assert [name for name in ("http", "base", "text", "nosuch", "pacer-rss", "__init__", "") if name in SCRAPERS] == []
    package = tmp_path / "misnamed_kinds"
    package.mkdir()
    (package / "__init__.py").write_text("")
    shutil.copy(TOY / "plain_docket.py", package / "plain.py")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(TypeError, match=r"kind plain_docket is defined in misnamed_kinds\.plain: name the module "
                                        r"plain_docket\.py"):
        kinds_in("misnamed_kinds", [str(package)])
