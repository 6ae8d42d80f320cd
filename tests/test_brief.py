import pytest

from tapsite_pipeline.brief import check_text, make_brief, normalise_phone
from tapsite_pipeline.errors import InputError


@pytest.mark.parametrize("text, fragment", [
    ("", "empty"), ("   \n\t ", "empty"), ("🎂🍰🎉 !!!", "no words"), ("12345 678", "no words"),
    ("x" * 2001, "limit"), ("halo kak", "too short"),
])
def test_bad_briefs_are_refused_with_a_reason(text, fragment):
    with pytest.raises(InputError, match=fragment):
        check_text(text)


def test_whitespace_is_folded_and_text_kept():
    assert check_text("  Toko  Ani\njual   nastar ") == "Toko Ani. jual nastar"   # a line is a sentence (pasted.py)
    assert check_text("Toko Ani di Bandung menjual aneka kue kering dan kue basah untuk acara\nkeluarga, arisan") == (
        "Toko Ani di Bandung menjual aneka kue kering dan kue basah untuk acara keluarga, arisan")


def test_whatsapp_number_in_the_text_is_found_and_normalised():
    b = make_brief("Toko Ani jual nastar, pesan via WA 0812-3456-7890 ya kak")
    assert b.whatsapp == "+6281234567890"


def test_explicit_fields_win_and_are_checked():
    b = make_brief("Toko Ani jual nastar di Bandung", whatsapp="+62 811 222 333", email="ani@example.com")
    assert b.whatsapp == "+62811222333" and b.email == "ani@example.com"
    with pytest.raises(InputError, match="email"):
        make_brief("Toko Ani jual nastar di Bandung", email="not-an-email")
    with pytest.raises(InputError, match="phone"):
        normalise_phone("12")
