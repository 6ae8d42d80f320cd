"""The case of the last text scanned is remembered (case_memo.py), and a pattern scanned on short pieces may be asked
about more atoms before its scan (fastre.fast's max_atoms): both answer as the plain calls do."""

from __future__ import annotations

import gc
import re

import pytest

from tapsite_pipeline.case_memo import folded, is_lower
from tapsite_pipeline.fastre import fast

pytestmark = pytest.mark.unit

_TEXTS = ["toko sepatu pak budi, sol 40rb", "Toko Sepatu Pak Budi", "TOKO SEPATU", "", "12345", "café crème",
          "İstanbul ı", "ǅemal ǆ", "toko sepatu pak budi, sol 40rb"]


def test_the_case_answers_as_the_string_does_whatever_the_order() -> None:
    for text in _TEXTS + _TEXTS[::-1]:
        for _ in range(2):  # asked again right away: the remembered answer
            assert is_lower(text) is text.islower()
            assert folded(text) == text.lower()


def test_strings_asked_in_turn_each_get_their_own_answer() -> None:
    one = "".join(["Kopi ", "Senja"])
    other = "".join(["kopi ", "senja"])
    assert is_lower(one) is False and is_lower(other) is True and is_lower(one) is False
    assert folded(one) == "kopi senja" and folded(other) == "kopi senja"


def test_the_memo_leaves_a_callers_freeze_whole() -> None:
    # the memo frees nothing the collector tracks: objects frozen before a scan stay frozen after it
    is_lower("toko lama")
    folded("Toko Lama")
    had = gc.get_freeze_count()
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        for text in ("Toko Baru", "toko baru", "TOKO BARU"):
            is_lower(text)
            folded(text)
        assert gc.get_freeze_count() >= frozen
    finally:
        if not had:  # (a freeze made before the test is the caller's to undo)
            gc.unfreeze()


_WORDS = ("anyaman", "batik", "bordir", "cetak", "desain", "gerabah", "jahit", "kerajinan", "keramik", "kulit",
          "lukis", "mebel", "patung", "rajut", "sablon", "songket", "tenun", "ukir", "sulam", "tembikar",
          "perak", "emas", "kayu", "rotan", "bambu", "kain", "manik", "payet")


@pytest.mark.parametrize("limit", [8, 24, 40])
def test_more_atoms_before_the_scan_give_the_same_matches(limit: int) -> None:
    source = r"\b(?:" + "|".join(_WORDS) + r")\b"
    plain, quick = re.compile(source, re.I), fast(source, re.I, max_atoms=limit)
    pieces = ["kami terima pesanan ukir kayu jati", "Sepatu Kulit Asli Garut", "jual beras dan minyak goreng",
              "TENUN IKAT SUMBA", "servis motor 24 jam", "kain songket, tenun & sulam", ""]
    for piece in pieces:
        assert [m.span() for m in quick.finditer(piece)] == [m.span() for m in plain.finditer(piece)]
        assert bool(quick.search(piece)) == bool(plain.search(piece))
        assert quick.sub("#", piece) == plain.sub("#", piece)
