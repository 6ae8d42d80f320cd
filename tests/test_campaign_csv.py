"""Campaign CSV parsing: valid rows get stable site ids; every bad row is reported with its row number and reason."""

from __future__ import annotations

import pytest

from tapsite_pipeline.campaigns.intake import content_key, find_file, parse_campaign, register_file
from tapsite_pipeline.errors import InputError

GOOD = "\"Toko Kue Ani jual nastar dan kastengel di Bandung, warna pink\""


def _csv(*lines: str) -> bytes:
    return ("\n".join(lines) + "\n").encode()


def test_rows_become_briefs_with_stable_site_ids():
    data = _csv("id,brief,whatsapp,language,notes", f"a1,{GOOD},0812-3456-7890,ID,x",
                "a2,Warung Budi jualan soto ayam dan es teh di Bogor,,,")
    first, again = parse_campaign(data, "c-one"), parse_campaign(data, "c-one")
    assert [r.row for r in first.rows] == [2, 3] and not first.errors
    assert first.rows[0].brief.whatsapp == "6281234567890" and first.rows[0].brief.language == "id"
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
                 "ok2,Bimbel Cerdas les matematika dan fisika untuk anak SD di Depok,")
            + b"enc,Toko \xff\xfe rusak jual baju di Medan,\n")
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


def test_register_file_is_keyed_by_content(tmp_path):
    data = _csv("brief", GOOD)
    a = register_file(tmp_path, data, source="a.csv")
    b = register_file(tmp_path, data, source="copy-of-a.csv")
    assert a.key == b.key == content_key(data)
    assert find_file(tmp_path, "a").key == a.key
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
