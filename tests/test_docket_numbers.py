"""The docket-number grammar (bot/core/docket_numbers.py), on the spellings real CM/ECF feeds and people use."""

from __future__ import annotations

import pytest

from bot.core.docket_numbers import DocketNumber, find_docket_number, split_title


def split(title: str) -> tuple[DocketNumber, str]:
    """split_title of a title that begins with a docket number."""
    parts = split_title(title)
    assert parts is not None, f"{title!r} does not begin with a docket number"
    return parts


@pytest.mark.parametrize(
    ("title", "case_number", "suffixes", "name"),
    [
        ("1:18-cv-03365 Chau v. Donovan", "1:18-cv-03365", (), "Chau v. Donovan"),  # nysd
        ("1:17-cv-04109-KAM-CLP Torres v. Gutman", "1:17-cv-04109", ("KAM", "CLP"), "Torres v. Gutman"),  # nyed
        ("1:18-mj-03122-1 USA v. Lopez", "1:18-mj-03122", ("1",), "USA v. Lopez"),  # a defendant's number
        ("2:20-cv-01234-BBD-dkv Roe v. Doe", "2:20-cv-01234", ("BBD", "dkv"), "Roe v. Doe"),  # tnwd
        ("2:24-mj-05061-N/A USA v. Orrin Vale", "2:24-mj-05061", ("N/A",), "USA v. Orrin Vale"),  # azd
        ("2:24-sw-00156-tmp In the Matter of the Search of a Blue Sedan", "2:24-sw-00156", ("tmp",),
         "In the Matter of the Search of a Blue Sedan"),
        ("2:24-mc-00021-JES-M_M In re Subpoena to Desert Bank", "2:24-mc-00021", ("JES", "M_M"),
         "In re Subpoena to Desert Bank"),
        ("16-10992-smb SunEdison, Inc.", "16-10992", ("smb",), "SunEdison, Inc."),  # nysb
        ("24-10992-mg Bellweather Textiles, Inc.", "24-10992", ("mg",), "Bellweather Textiles, Inc."),
        ("24-30001-sgj11 Lone Star Widgets LLC", "24-30001", ("sgj11",), "Lone Star Widgets LLC"),  # txnb
        ("8-18-71234-ast In re Smith", "8-18-71234", ("ast",), "In re Smith"),  # nyeb: office with a dash
        ("18-00079 Dozier v. CN of Dundalk", "18-00079", (), "Dozier v. CN of Dundalk"),  # mdb
        ("21-14262 Joseph Nichols, Jr. v. Secretary", "21-14262", (), "Joseph Nichols, Jr. v. Secretary"),  # ca11
        ("5:18-~gr-00001 In re Grand Jury", "5:18-~gr-00001", (), "In re Grand Jury"),  # wvsd
        ("18-90003 ", "18-90003", (), ""),  # no case name
        ("  1:18-CV-03365-pkc   Chau v. Donovan ", "1:18-CV-03365", ("pkc",), "Chau v. Donovan"),
        # A bankruptcy case before a judge is assigned, as the Delaware bankruptcy court's feed titles it.
        ("26-10911- Nerra Inc.", "26-10911", (), "Nerra Inc."),
    ],
)
def test_a_feed_title_is_a_docket_number_with_suffixes_then_the_case_name(title, case_number, suffixes, name):
    docket, rest = split(title)
    assert (docket.case_number, docket.suffixes, rest) == (case_number, suffixes, name)


# Real docket numbers the Free Law Project collected from PACER for juriscraper (freelawproject/juriscraper issue
# #1101 "Update Case Query Docket Number Parsing", pull request #1105, issue #690): number -> (case number, type,
# suffixes).
FLP_DOCKET_NUMBERS = {
    "02-00017-LMK": ("02-00017", None, ("LMK",)),
    "1:24-bk-10757": ("1:24-bk-10757", "bk", ()),
    "2:20-mc-00021-JES-g_g": ("2:20-mc-00021", "mc", ("JES", "g_g")),
    "1:20-mj-00061-N-1": ("1:20-mj-00061", "mj", ("N", "1")),
    "3:20-cv-00021-GFVT-EBA": ("3:20-cv-00021", "cv", ("GFVT", "EBA")),
    "2:16-CM-27244-CMR": ("2:16-CM-27244", "CM", ("CMR",)),
    "2:16-a2-27244-CMR": ("2:16-a2-27244", "a2", ("CMR",)),
    "3:21-~gr-00001": ("3:21-~gr-00001", "~gr", ()),
    "3:21-y-00001": ("3:21-y-00001", "y", ()),
    "1:21-2255-00001": ("1:21-2255-00001", "2255", ()),
    "1:21-MDL-00001": ("1:21-MDL-00001", "MDL", ()),
    "1:21-crcor-00001": ("1:21-crcor-00001", "crcor", ()),
    "2:24-gj-00075-JS-1": ("2:24-gj-00075", "gj", ("JS", "1")),
    "3:20-cr-00070-TKW-MAL-1": ("3:20-cr-00070", "cr", ("TKW", "MAL", "1")),
    "4:20-mj-00061-N/A": ("4:20-mj-00061", "mj", ("N/A",)),
    "4:20-cv-00061-CKJ-PSOT": ("4:20-cv-00061", "cv", ("CKJ", "PSOT")),
    "1:18-cr-00123-p1": ("1:18-cr-00123", "cr", ("p1",)),
    "14-80555-JJG-13": ("14-80555", None, ("JJG", "13")),
}


@pytest.mark.parametrize("number", FLP_DOCKET_NUMBERS)
def test_the_real_docket_numbers_juriscraper_collected(number):
    docket, name = split(f"{number} Roe v. Doe")
    assert (docket.case_number, docket.case_type, docket.suffixes, name) == (*FLP_DOCKET_NUMBERS[number], "Roe v. Doe")


@pytest.mark.parametrize(
    "title",
    ["Notice to the bar", "", "In re 18-10947", "18 cv 3365 Roe v. Doe", "1:18-cv- Roe v. Doe", "18-cv-03365, Roe"],
)
def test_a_title_not_beginning_with_a_docket_number_is_none(title):
    assert split_title(title) is None


def test_the_parts_of_a_docket_number():
    docket, _ = split("2:20-cv-01234-BBD-dkv Roe v. Doe")
    assert docket == DocketNumber("2:20-cv-01234", "2", "20", "cv", "01234", ("BBD", "dkv"))
    docket, _ = split("8-18-71234 In re Smith")
    assert (docket.office, docket.year, docket.case_type, docket.sequence) == ("8", "18", None, "71234")


@pytest.mark.parametrize(
    ("text", "case_number"),
    [
        ("see case 1:18-cv-03365-PKC, filed", "1:18-cv-03365"),
        ("18-cv-3365", "18-cv-3365"),
        ("2018-1234", "2018-1234"),
        ("no number here", None),
        ("(No. 18-cv-3365)", "18-cv-3365"),
        # a state court's number holds no federal one: New Mexico's is not a case of 2001, nor Texas's `C-2302`
        ("D-101-CR-2023-00040", None),
        ("MGCV17-11099", None),
        ("C-2302", None),
    ],
)
def test_a_docket_number_found_in_text(text, case_number):
    found = find_docket_number(text)
    assert (found.case_number if found else None) == case_number
