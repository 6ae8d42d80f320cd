"""Cards from the frame of a brief rather than its goods: which family member does which job, the close of a formal
letter, the floor a place is on or how many it seats, and the label before a phone number. And variants named by a
code ("tipe A", "tipe B") that are sold one by one."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.beside_goods import beside_goods, kin_role
from tapsite_pipeline.providers.offline_rules.coordination import most_specific


def test_who_in_the_family_does_which_job_is_no_card():
    brief = ("Kami tiga saudara buka Dekor Ceria Bersaudara di Bogor: paket dekor ulang tahun 2jt, paket lamaran 3jt. "
             "Si kakak pegang dekorasi, si adik urus balon, si bungsu jadi fotografer. WA 0813 2222 1111")
    products = parse_brief(brief).products
    assert not any(p.startswith("si ") for p in products), products


@pytest.mark.parametrize("phrase", ["si kakak pegang dekorasi", "si abang", "adikku bagian kasir",
                                    "suami saya urus pengiriman", "my brother handles the sound"])
def test_a_family_member_with_a_job_reads_as_a_role(phrase):
    assert kin_role(phrase)


@pytest.mark.parametrize("phrase", ["bangku kayu jati", "kakak tua", "baju anak", "kebaya ibu", "ayam kampung",
                                    "brother printer", "mama lemon"])
def test_goods_that_share_a_word_with_kin_are_no_role(phrase):
    assert not kin_role(phrase)


def test_the_close_of_a_formal_letter_is_no_card():
    brief = ("Dengan hormat,\nKami, Percetakan Sinar Terang di Garut, memohon dibuatkan halaman usaha. Kami melayani "
             "cetak undangan, cetak brosur, dan cetak kalender mulai Rp 150.000.\nHormat kami,\nPimpinan")
    products = parse_brief(brief).products
    assert "hormat" not in products and "cetak undangan" in products, products


def test_a_closing_word_said_also_outside_the_close_stays_for_the_other_rules():
    lower = "kami jual tiang bendera untuk upacara hormat bendera. hormat kami, pengurus"
    assert not beside_goods("hormat", lower)
    assert beside_goods("hormat", "dengan hormat, kami jual tiang bendera. hormat kami, pengurus")


def test_the_floor_a_place_is_on_is_no_card():
    brief = ("Ruang Temu Coworking in Malang has two sites: one on Jl. Ijen, and a third floor above a bookshop on Jl. "
             "Kawi. Hot desk IDR 50K a day, meeting room 120K for 2 hours. WhatsApp 0812 3333 4444")
    products = parse_brief(brief).products
    assert "third floor" not in products and "meeting room" in products, products


@pytest.mark.parametrize("item", ["second floor", "2nd floor", "the ground floor", "lantai 2", "lantai dua",
                                  "kapasitas 40 orang", "capacity 120 pax"])
def test_a_floor_or_a_capacity_said_alone_is_beside_the_goods(item):
    assert beside_goods(item, f"aula kami di {item}")


@pytest.mark.parametrize("item", ["aula lantai 2", "lantai kayu", "keramik lantai", "floor lamp", "floor cleaning",
                                  "kamar kapasitas 4 orang"])
def test_an_offering_said_with_its_floor_or_its_capacity_stays(item):
    assert not beside_goods(item, f"kami sedia {item}")


def test_the_label_before_a_phone_number_is_no_card():
    assert beside_goods("hp", "pijat kaki 60 menit 80rb. hp 0857 1234 5678")
    assert beside_goods("telp", "cetak foto 4r. telp. (0274) 555 123")


def test_phones_sold_beside_the_phone_number_stay():
    assert not beside_goods("hp", "jual hp bekas, charger, casing. hp 0857 1234 5678")
    assert not beside_goods("servis hp", "servis hp semua merk. hp 0857 1234 5678")


def test_variants_named_by_a_code_are_each_sold():
    brief = ("Peternakan Domba Pak Ujang, Garut. Domba jantan tipe A 2.100.000, domba jantan tipe B 2.600.000, "
             "domba betina 1.700.000. WA 0813 2222 1111")
    products = parse_brief(brief).products
    assert "domba jantan tipe b" in products and "domba jantan" not in products, products
    assert most_specific(["domba tipe a", "domba tipe b"]) == ["domba tipe a", "domba tipe b"]


def test_an_article_inside_a_name_still_tells_no_offerings_apart():
    assert most_specific(["coffee for a crowd", "coffee for crowd events"]) == ["coffee for crowd events"]
    assert most_specific(["a cake", "wedding cake"]) == ["wedding cake"]


def test_a_guests_quoted_words_give_no_card():
    brief = ('Kata tamu minggu lalu: "subuh2 dingin banget, ngopi sambil lihat sunrise, mantap!" – Rina, Bekasi. '
             'Itu di Villa Kabut Dieng, Wonosobo. Kamar standar 300rb/malam, kamar keluarga 500rb. WA 0813 2222 1111')
    products = parse_brief(brief).products
    assert "kamar standar" in products and not any(p.startswith("subuh2") for p in products), products


def test_an_example_to_type_in_quotes_is_no_card():
    assert beside_goods("beli gula 2kg", 'aplikasi kasir, ketik "beli gula 2kg" langsung tercatat')


def test_goods_said_in_quotes_and_outside_them_stay():
    lower = 'kami jual kopi susu gula aren 18rb. pelanggan bilang "kopi susu gula aren paling enak"'
    assert not beside_goods("kopi susu gula aren", lower)
    assert not beside_goods("kopi susu", 'kedai "kopi susu" di Solo, jual kopi susu')  # a short quoted name


def test_a_gift_hamper_named_before_what_it_holds_is_the_card():
    brief = ("Kue Kering Mbak Tini, Bantul. kastengel 80rb/toples, nastar 85rb. parsel lebaran isi 3 toples + sirup "
             "260rb. WA 0813 2222 1111")
    products = parse_brief(brief).products
    assert "parsel lebaran" in products and "sirup" not in products, products
    assert not any(p.endswith(" isi") for p in products), products


def test_a_pack_count_after_the_goods_still_ends_the_item_and_no_hamper_is_invented():
    products = parse_brief("Dimsum Mama Rara, Medan: siomay ayam isi 10 35rb, hakau udang isi 8 40rb. "
                           "WA 0813 2222 1111").products
    assert "siomay ayam" in products and "hakau udang" in products, products
