"""`python -m bot parse KIND FILE_OR_URL`: one page read as a source of that kind would, as a user tries a new
source before putting it in the config."""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from bot.core.courts import courts

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
NYSB = FIXTURES / "pacer_rss" / "nysb.xml"


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def run(capsys, *argv: str) -> tuple[int, list[dict], str]:
    """Exit status, the JSON lines on stdout, and stderr."""
    status = main(["parse", *argv])
    out, err = capsys.readouterr()
    return status, [json.loads(line) for line in out.splitlines()], err


def test_a_file_prints_each_entry_as_a_json_line_with_its_events(capsys) -> None:
    status, rows, err = run(capsys, "pacer_rss", str(NYSB))
    assert status == 0
    assert len(rows) == 8
    dismissal = rows[1]
    assert {key: dismissal[key] for key in ("key", "case_number", "text", "number", "events")} == {
        "key": "nysb:330125:377",
        "case_number": "24-10992",
        "text": "Order Dismissing Case",
        "number": "140",
        "events": ["dismissal", "order"],
    }
    assert dismissal["filed_at"] == "2024-04-17T17:40:02-04:00"  # 21:40:02 GMT, on the court's clock
    assert err.strip() == "8 entries, 0 skipped"


def test_times_are_shown_on_the_court_s_clock(capsys) -> None:
    # sdny_1.xml's first item is dated "Wed, 18 Apr 2018 00:09:55 GMT": filed in New York on the 17th, at 8:09 pm.
    status, rows, _ = run(capsys, "pacer_rss", str(FIXTURES / "pacer_rss" / "sdny_1.xml"))
    assert (status, rows[0]["court"], rows[0]["filed_at"]) == (0, "nysd", "2018-04-17T20:09:55-04:00")


@pytest.mark.parametrize(
    ("settings", "court", "filed_at"),
    [
        # parse reads no config: a source on the config's clock is on UTC, unless given its own
        ((), "", "2017-09-14T00:00:00+00:00"),
        (("--set", "timezone=America/New_York"), "", "2017-09-14T00:00:00-04:00"),
        (("--set", "court=DeKalb County Magistrate Court", "--set", "timezone=America/New_York"),
         "DeKalb County Magistrate Court", "2017-09-14T00:00:00-04:00"),
        (("--set", "court=nm_d202"), "nm_d202", "2017-09-14T00:00:00-06:00"),  # the courts table's clock
    ],
)
def test_an_odyssey_page_s_dates_are_midnight_on_its_court_s_clock(capsys, settings, court, filed_at) -> None:
    # ga_dekalb_17D22499.html's "Court" field says "Division 0": no court a reader knows, so none
    status, rows, _ = run(capsys, "odyssey", str(FIXTURES / "odyssey" / "ga_dekalb_17D22499.html"), *settings)
    judgment = next(row for row in rows if row["text"] == "Judgment — Order and Judgment")
    assert (status, judgment["court"], judgment["filed_at"]) == (0, court, filed_at)
    assert {row["court"] for row in rows} == {court}


def test_cases_and_watches_keep_what_a_poll_of_the_source_keeps(capsys) -> None:
    sdny = str(FIXTURES / "pacer_rss" / "sdny_1.xml")
    status, rows, err = run(capsys, "pacer_rss", sdny, "--set", 'cases=["1:17-cv-09042"]')
    assert status == 0 and len(rows) == 1 and rows[0]["case_number"] == "1:17-cv-09042"
    assert err.strip() == "1 entry, 0 skipped, 340 of dockets outside the source's cases"
    _, watched, _ = run(capsys, "pacer_rss", sdny, "--set", "parties=[Juodele]")
    assert {row["relevant"] for row in watched if row["case_number"] == "1:17-cv-09042"} == {True}
    assert {row["why"] for row in watched if row["relevant"]} == {"party: Juodele"}


def test_a_url_is_fetched(httpserver, capsys) -> None:
    httpserver.expect_request("/cgi-bin/rss_outside.pl").respond_with_data(
        (FIXTURES / "pacer_rss" / "azd.xml").read_bytes(), content_type="application/rss+xml"
    )
    status, rows, _ = run(capsys, "pacer_rss", httpserver.url_for("/cgi-bin/rss_outside.pl"))
    assert status == 0
    assert [row["case_number"] for row in rows] == ["2:24-cv-01234", "2:24-mj-05061", "2:24-sw-00156", "2:24-mc-00021"]


def test_skipped_items_and_their_reasons_go_to_stderr(tmp_path, capsys) -> None:
    page = tmp_path / "feed.xml"
    notice = b"<item><title>Notice to the bar: new local rules</title><description>[Notice]</description></item>"
    page.write_bytes(NYSB.read_bytes().replace(b"</channel>", notice + b"</channel>"))
    status, rows, err = run(capsys, "pacer_rss", str(page))
    assert (status, len(rows)) == (0, 8)
    assert "skipped: title has no docket number: 'Notice to the bar: new local rules'" in err.splitlines()
    assert "8 entries, 1 skipped" in err


def test_a_refused_page_exits_1_saying_why(capsys) -> None:
    status, rows, err = run(capsys, "pacer_rss", str(FIXTURES / "html_docket" / "pacer_akd.html"))
    assert (status, rows) == (1, [])
    assert err.strip() == "refused: not an RSS or Atom feed"


def test_an_empty_file_is_said_to_be_empty(tmp_path, capsys) -> None:
    page = tmp_path / "feed.xml"
    page.write_bytes(b"\n")
    status, rows, err = run(capsys, "pacer_rss", str(page))
    assert (status, rows, err) == (1, [], f"refused: {page} is empty\n")


def test_an_empty_page_from_a_server_is_said_to_be_empty(httpserver, capsys) -> None:
    httpserver.expect_request("/cgi-bin/rss_outside.pl").respond_with_data(b"", content_type="application/rss+xml")
    status, rows, err = run(capsys, "pacer_rss", httpserver.url_for("/cgi-bin/rss_outside.pl"))
    assert (status, rows, err.splitlines()[-1]) == (1, [], "refused: the server sent an empty page")


def test_an_unreachable_url_exits_1_at_once_saying_why(capsys) -> None:
    url = f"http://127.0.0.1:{closed_port()}/rss"
    status, _, err = run(capsys, "pacer_rss", url)
    assert status == 1
    assert err.startswith(f"cannot fetch: {url}: cannot connect")


def test_a_page_with_no_entries_exits_1(tmp_path, capsys) -> None:
    page = tmp_path / "empty.xml"
    page.write_bytes(b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>')
    status, rows, err = run(capsys, "pacer_rss", str(page))
    assert (status, rows) == (1, [])
    assert "no entries on the page" in err


def test_preset_and_settings_are_those_of_the_config(capsys) -> None:
    akd = str(FIXTURES / "html_docket" / "pacer_akd.html")
    status, rows, _ = run(capsys, "html_docket", akd, "--preset", "pacer_docket")
    assert status == 0 and rows and {row["court"] for row in rows} == {"akd"}
    settings = json.loads((FIXTURES / "html_docket" / "county_register.source.json").read_text())
    status, rows, _ = run(
        capsys,
        "html_docket",
        str(FIXTURES / "html_docket" / "county_register.html"),
        "--set", f"selectors={json.dumps(settings['selectors'])}",
        "--set", f"date_format={settings['date_format']}",
    )
    expected = json.loads((FIXTURES / "html_docket" / "county_register.expected.json").read_text())
    assert status == 0
    assert [row["key"] for row in rows] == [entry["key"] for entry in expected]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["nope", str(NYSB)], 'kind: unknown source kind "nope"'),
        (["pacer_rss", "no/such/file.xml"], "cannot read no/such/file.xml: No such file or directory"),
        (["pacer_rss", str(NYSB), "--set", "colour=blue"], "colour: is not a known setting"),
        (["pacer_rss", str(NYSB), "--preset", "pacer_docket"], "preset: is not a setting of kind pacer_rss"),
        (["pacer_rss", str(NYSB), "--set", "every"], "--set 'every': give KEY=VALUE"),
        (["html_docket", str(NYSB)], "selectors: kind html_docket needs selectors"),
        # a list given as one value is told how to write a list on the command line, not in a config file
        (["pacer_rss", str(NYSB), "--set", "cases=1:25-cv-1234"],
         """cases: "1:25-cv-1234" is not a list: write --set 'cases=["1:25-cv-1234"]'\n"""),
        (["pacer_rss", str(NYSB), "--set", "parties=Baldwin, Hutchins"],
         """parties: "Baldwin, Hutchins" is not a list: write --set 'parties=["Baldwin", "Hutchins"]'\n"""),
    ],
)
def test_bad_usage_exits_2_naming_the_problem(capsys, argv, message) -> None:
    status, rows, err = run(capsys, *argv)
    assert (status, rows) == (2, [])
    assert err.startswith(message)


@pytest.mark.slow
def test_as_a_user_runs_it() -> None:
    result = subprocess.run([sys.executable, "-m", "bot", "parse", "pacer_rss", str(NYSB)], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) == 8


def test_a_file_has_no_made_up_address(capsys) -> None:
    napa = str(FIXTURES / "odyssey" / "ca_napa_18CV001704.html")
    status, rows, _ = run(capsys, "odyssey", napa)
    assert status == 0 and rows
    assert {(row["url"], row["docket_url"]) for row in rows} == {("", "")}  # no link, rather than an invented one
    page = "https://portal.example.gov/Portal/Case/CaseDetail?eid=1"
    _, rows, _ = run(capsys, "odyssey", napa, "--set", f"url={page}")
    assert {row["docket_url"] for row in rows} == {page}


def test_a_files_relative_links_are_shown_as_the_page_gives_them(capsys) -> None:
    ledger = FIXTURES / "news_html" / "riogrande_courts"
    selectors = json.loads(ledger.with_suffix(".source.json").read_text())["selectors"]
    status, rows, _ = run(capsys, "news_html", str(ledger.with_suffix(".html")), "--set",
                          f"selectors={json.dumps(selectors)}")
    assert status == 0
    assert rows[0]["url"] == "/news/courts/2023/04/20/baldwin-rust-charge-dismissed/"
    assert not any("example.invalid" in json.dumps(row) for row in rows)


def test_the_readme_gives_the_exit_status_of_a_missing_file(capsys) -> None:
    status, _, _ = run(capsys, "pacer_rss", "no/such/file.xml")
    parse_row = next(line for line in (ROOT / "README.md").read_text().splitlines() if line.startswith("| `parse "))
    documented = re.search(r"(\d)\D*\bfile that cannot be read", parse_row.rsplit("|", 2)[1])  # the nearest status
    assert documented and int(documented[1]) == status == 2


def test_the_readme_example_prints_what_the_readme_shows_of_a_court_with_a_feed(capsys) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = re.search(r"^\$ python -m bot parse pacer_rss (\S+)\s.*\n((?:\{.*\n)+)(\d+ entries, \d+ skipped)$",
                        readme, re.M)
    assert example, "README.md has no `parse pacer_rss` example"
    page, shown, counts = example.group(1), example.group(2).splitlines(), example.group(3)
    status, rows, err = run(capsys, "pacer_rss", str(ROOT / page))
    assert status == 0 and err.strip() == counts
    assert [json.loads(line) for line in shown] == rows
    court = courts()[rows[0]["court"]]
    assert court.feed != "none", f"the example reads a feed of {court.name}, which `courts` says has none"
