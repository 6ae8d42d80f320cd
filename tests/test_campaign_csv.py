"""Campaign CSV parsing: valid rows get stable site ids; every bad row is reported with its row number and reason."""

from __future__ import annotations

import pytest

from tapsite_pipeline.campaigns.intake import find_file, parse_campaign, register_file
from tapsite_pipeline.errors import InputError

GOOD = "\"Toko Kue Ani jual nastar dan kastengel di Bandung, warna pink\""


def _csv(*lines: str) -> bytes:
    return ("\n".join(lines) + "\n").encode()


def test_rows_become_briefs_with_stable_site_ids():
    data = _csv("id,brief,whatsapp,language,notes", f"a1,{GOOD},0812-3456-7890,ID,x",
                "a2,Warung Budi jualan soto ayam dan es teh di Bogor,,,")
    first, again = parse_campaign(data, "c-one"), parse_campaign(data, "c-one")
    assert [r.row for r in first.rows] == [2, 3] and not first.errors
    assert first.rows[0].brief.whatsapp == "+6281234567890" and first.rows[0].brief.language == "id"
    assert [r.site_id for r in first.rows] == [r.site_id for r in again.rows]
    assert parse_campaign(data, "c-two").rows[0].site_id != first.rows[0].site_id  # campaign is in the id
    assert first.ignored_columns == ["notes"]


def test_bad_rows_are_reported_and_the_rest_proceed():
    long_brief = "Toko " + "kue enak " * 300
    data = (_csv("id,brief,phone",
                 f"ok1,{GOOD},",
                 "e1,   ,",
                 "ok1,Toko Kue Sari jual brownies di Bandung,",
                 f"l1,{long_brief},",
                 f"p1,{GOOD},12",
                 "",
                 "ok2,Bimbel Cerdas les matematika dan fisika untuk anak SD di Depok — guru sabar,")
            + b"enc,Toko \xff\xfe rusak jual baju di Medan,\n")   # a UTF-8 file (the dash) with one broken row
    parsed = parse_campaign(data, "c-bad")
    assert [r.row_id for r in parsed.rows] == ["ok1", "ok2"]
    reasons = {e.row: e.reason for e in parsed.errors}
    assert set(reasons) == {3, 4, 5, 6, 9}
    assert "empty" in reasons[3]
    assert "duplicate id 'ok1'" in reasons[4] and "row 2" in reasons[4]
    assert "characters long" in reasons[5]
    assert "phone" in reasons[6]
    assert "UTF-8" in reasons[9]


def test_file_level_problems_stop_the_campaign():
    with pytest.raises(InputError, match="no 'brief' column"):
        parse_campaign(_csv("name,text", "a,b"), "c-x")
    with pytest.raises(InputError, match="empty"):
        parse_campaign(b"", "c-x")


def test_rows_without_id_are_their_business():
    other = "Toko Kue Ani jual brownies di Medan"
    parsed = parse_campaign(_csv("brief", GOOD, GOOD, other, "Toko Kue Ani jual bolu di Bandung, WA 081234567890"),
                            "c-x")
    assert [r.row_id for r in parsed.rows] == ["row-2", "row-4"]     # Medan is another branch
    assert [(e.row, "the same business as row 2" in e.reason) for e in parsed.errors] == [(3, True), (5, True)]
    edited = parse_campaign(_csv("brief", other, GOOD.replace("pink", "biru")), "c-y", scope="c-x",
                            known=[(r.key(), r.site_id) for r in parsed.rows])
    assert [r.site_id for r in edited.rows] == [parsed.rows[1].site_id, parsed.rows[0].site_id]
    assert parse_campaign(_csv("brief", GOOD), "c-z", scope="c-x").rows[0].site_id == parsed.rows[0].site_id


def test_register_file_is_named_after_the_file_unique_and_stable(tmp_path):
    data = _csv("brief", GOOD)
    a = register_file(tmp_path, data, source="/drop/Promo Ramadan 2026.csv")
    b = register_file(tmp_path, data, source="/drop/copy-of-it.csv")   # the same bytes: the same campaign
    assert a.key == b.key == "promo-ramadan-2026"
    other = register_file(tmp_path, _csv("brief", "Toko lain jual baju anak di Medan"),
                          source="/elsewhere/Promo Ramadan 2026.csv")
    assert other.key == "promo-ramadan-2026-2"                           # a different file, the same name
    assert register_file(tmp_path, data, source="promo.csv").key == "promo-ramadan-2026"
    assert find_file(tmp_path, "Promo Ramadan 2026").key == a.key
    named = register_file(tmp_path, data, source="a.csv", name="spring-promo")
    assert named.key == "spring-promo" and named.revision == 1
    edited = _csv("brief", "Toko lain jual baju anak di Medan")
    again = register_file(tmp_path, edited, source="b.csv", name="spring-promo")
    assert (again.key, again.revision, again.name) == ("spring-promo", 2, "spring-promo")
    assert (tmp_path / "campaigns" / "spring-promo" / "source.csv").read_bytes() == edited
    assert [p.read_bytes() for p in (tmp_path / "campaigns" / "spring-promo" / "revisions").iterdir()] == [data]
    assert register_file(tmp_path, edited, source="b.csv", name="spring-promo").revision == 2
    with pytest.raises(InputError, match="campaign name"):
        register_file(tmp_path, data, source="a.csv", name="../etc")


# ---------------------------------------------------------------- encodings, delimiters, quotes: no row lost silently

ROWS = [("a1", "Café Señor jual roti dan kue kering di Bandung"), ("a2", "Warung Budi jualan soto ayam di Bogor"),
        ("a3", "Bengkel Jaya servis motor dan ganti oli di Depok")]


def _table(sep: str = ",", rows=ROWS) -> str:
    return "\n".join([f"id{sep}brief"] + [f"{i}{sep}{b}" for i, b in rows]) + "\n"


@pytest.mark.parametrize("sep, name", [(";", "semicolon"), ("\t", "tab"), ("|", "pipe"), (",", "comma")])
def test_delimiter_is_detected(sep, name):
    parsed = parse_campaign(_table(sep).encode(), "c-x")
    assert [(r.row_id, r.brief.text) for r in parsed.rows] == ROWS and not parsed.errors
    assert parsed.delimiter == name


def test_a_semicolon_file_with_commas_inside_briefs_keeps_them():
    rows = [("a1", "Toko Ani jual nastar, kastengel, dan putri salju di Bandung")]
    parsed = parse_campaign(_table(";", rows).encode(), "c-x")
    assert parsed.rows[0].brief.text == rows[0][1] and parsed.delimiter == "semicolon"


@pytest.mark.parametrize("encoding, label, warned", [
    ("utf-8", "utf-8", False), ("utf-8-sig", "utf-8", False), ("utf-16", "utf-16", False),
    ("utf-16-le", "utf-16-le", False), ("utf-16-be", "utf-16-be", False), ("cp1252", "cp1252", True)])
def test_encoding_is_detected_and_accents_survive(encoding, label, warned):
    sep = "\t" if encoding.startswith("utf-16") else ","   # Excel's "Unicode text" is UTF-16 with tabs
    parsed = parse_campaign(_table(sep).encode(encoding), "c-x")
    assert [(r.row_id, r.brief.text) for r in parsed.rows] == ROWS and not parsed.errors
    assert parsed.encoding == label
    assert bool(parsed.warnings) == warned
    if warned:
        assert "Windows-1252" in parsed.warnings[0] and "UTF-8" in parsed.warnings[0]


def test_an_unclosed_quote_is_reported_with_its_line_not_merged():
    data = (b'id,brief\na1,"Toko Ani jual nastar di Bandung\na2,Warung Budi jualan soto ayam di Bogor\n'
            b'a3,Bengkel Jaya servis motor dan ganti oli di Depok\n')
    parsed = parse_campaign(data, "c-x")
    assert not parsed.rows
    [err] = parsed.errors
    assert err.row == 2 and "line 2 " in err.reason and "lines 3–4" in err.reason and "quote" in err.reason


def test_an_unclosed_quote_closed_by_a_later_one_is_still_caught_and_the_rest_proceed():
    data = (b'id,brief\na1,"Toko Ani jual nastar di Bandung\na2,Warung Budi jualan soto ayam di Bogor\n'
            b'a3,"Bengkel Jaya servis motor"\na4,Laundry Kilat cuci kiloan di Malang\n')
    parsed = parse_campaign(data, "c-x")
    assert [r.row_id for r in parsed.rows] == ["a4"]
    [err] = parsed.errors
    assert "line 2 " in err.reason and "lines 3–4" in err.reason and "quote" in err.reason


def test_a_quoted_brief_may_span_lines():
    data = 'id,brief\na1,"Toko Ani jual nastar\ndan kastengel di Bandung"\na2,Warung Budi jual soto di Bogor\n'
    parsed = parse_campaign(data.encode(), "c-x")
    assert [r.row_id for r in parsed.rows] == ["a1", "a2"] and not parsed.errors
    assert parsed.rows[0].brief.text == "Toko Ani jual nastar dan kastengel di Bandung"


def test_a_row_with_more_cells_than_columns_is_not_cut_short():
    data = "id,brief\na1,Toko Ani jual nastar, kastengel di Bandung\n"
    [err] = parse_campaign(data.encode(), "c-x").errors
    assert "3 cells" in err.reason and "2 columns" in err.reason and "quotes" in err.reason
    trailing = "id,brief\na1,Toko Ani jual nastar dan kastengel di Bandung,,\n"   # empty trailing cells are fine
    assert len(parse_campaign(trailing.encode(), "c-x").rows) == 1


def test_binary_and_oversized_files_are_refused():
    with pytest.raises(InputError, match="not text"):
        parse_campaign(b"PK\x03\x04\x00\x00binary\x00\xff" * 100, "c-x")
    with pytest.raises(InputError, match="limit is 32 MB"):
        parse_campaign(b"brief\n" + b"x" * 33_000_000, "c-x")


def test_a_refused_file_leaves_nothing_in_the_intake_folder(tmp_path):
    from tapsite_pipeline.campaigns.intake import accept_file
    big = tmp_path / "big.csv"
    with open(big, "wb") as fh:   # 50 MB, refused from its size before it is read
        fh.write(b"id,brief\n")
        fh.truncate(50_000_000)
    home = tmp_path / "home"
    with pytest.raises(InputError, match="50 MB"):
        accept_file(home, big)
    bad = tmp_path / "bad.csv"
    bad.write_text("name,text\nToko,jual kue\n")
    with pytest.raises(InputError, match="no 'brief' column"):
        accept_file(home, bad)
    assert not (home / "campaigns").exists() or not any((home / "campaigns").iterdir())


def test_whatsapp_without_a_number_and_text_that_is_no_business_are_row_errors():
    data = _csv("id,brief,whatsapp",
                "w1,Dapur Bu Wati jual nasi bakar di Cibubur bisa pesan lewat WA,",
                "w2,Dapur Bu Wati jual nasi bakar di Cibubur bisa pesan lewat WA,0812-3456-7890",
                "g1,asdf qwerty zxcv uiop,",
                "g2,halo kak apa kabar semuanya,")
    parsed = parse_campaign(data, "c-contact")
    assert [r.row_id for r in parsed.rows] == ["w2"]
    reasons = {e.row_id: e.reason for e in parsed.errors}
    assert "WhatsApp but gives no number" in reasons["w1"]
    assert "does not describe a business" in reasons["g1"] and "does not describe a business" in reasons["g2"]
