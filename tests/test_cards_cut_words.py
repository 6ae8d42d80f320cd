"""The card check sees a card name that stops inside a word of the brief (a word a scanned sheet broke across two
lines, or one cut short): the owner would read it as broken. A name that ends on a whole word is not flagged."""

from __future__ import annotations

from tapsite_pipeline.evals.fidelity.cards import _cut_word

_SHEET = "PERMAK JAYA\nPotong Cela-\nna .... Rp 15.000\nGanti Resleting ... Rp 20.000"


def test_name_stopping_at_a_line_broken_word_is_cut():
    assert _cut_word("Potong Cela", _SHEET)


def test_name_stopping_inside_a_word_is_cut():
    assert _cut_word("Kue Lapis Leg", "jual kue lapis legit 90rb, bolu pandan 60rb")


def test_whole_names_are_not_cut():
    assert not _cut_word("Potong Celana", _SHEET)
    assert not _cut_word("Ganti Resleting", _SHEET)
    assert not _cut_word("Kue Lapis", "jual kue lapis legit 90rb, kue lapis surabaya 80rb")
    assert not _cut_word("Bolu", "jual kue lapis legit 90rb, bolu pandan 60rb")
