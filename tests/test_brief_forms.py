"""Forms a brief is pasted in: an email signature block, an agency writing for its client, a customer chat with the
owner's replies, a kemitraan/reseller offer and a marked name signed "by" a person. Each is read as its form (the
business, not the closing or the job title; the client, not the agency; no name in a chat's lead-in; no offer word
in the name), and nearby texts that are not that form keep their reading. Wordings written for these tests."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.agency_client import client_name
from tapsite_pipeline.providers.offline_rules.signature_block import signature

pytestmark = pytest.mark.unit

_SIGNED_ID = ("Tolong buatkan web dari tanda tangan email saya ini ya:\n\nSalam sukses,\nDewi Anggraini\n"
              "Kepala Pemasaran\nSambal Bakar Mak Ijah\nSambal bawang • Sambal cumi • Sambal teri\n"
              "Jl. Kenanga No. 4, Tegal\nWA 0812 4410 2291 | sambalmakijah@gmail.com")
_SIGNED_EN = ("Use my email signature for the page please:\n\nBest regards,\nYohanes Tapilatu\nHead of Operations\n"
              "Saumlaki Dive Lodge — dive trips and homestay, Tanimbar\nFun dive · Open water course · Reef snorkelling\n"
              "yohanes@saumlakidive.id | +62 918 555 301")


def test_a_signature_block_names_the_business_not_the_closing_or_the_title() -> None:
    sig = signature(_SIGNED_ID)
    assert sig is not None and sig.business == "Sambal Bakar Mak Ijah"
    assert "Dewi Anggraini" in sig.quiet and "Kepala Pemasaran" in sig.quiet
    intent = parse_brief(_SIGNED_ID)
    assert intent.brand_name == "Sambal Bakar Mak Ijah"
    assert not any(p in ("dewi anggraini", "kepala pemasaran", "salam sukses") for p in intent.products)


def test_an_english_signature_cuts_the_descriptor_after_the_dash() -> None:
    intent = parse_brief(_SIGNED_EN)
    assert intent.brand_name == "Saumlaki Dive Lodge"
    assert "yohanes tapilatu" not in intent.products and "head of operations" not in intent.products


@pytest.mark.parametrize("brief", [
    # a closing at the end of an ordinary brief, with only a name after it: no block to read
    "Jual madu hutan Sumbawa 150rb/botol, kirim ke seluruh Indonesia.\nSalam,\nPak Harun",
    # a closing word inside a sentence, not on a line of its own
    "Salam kenal, kami Warung Tepi Sawah di Ubud, menu nasi campur dan ayam betutu. WA 0813 3390 1122",
])
def test_text_that_is_no_signature_block_is_not_read_as_one(brief: str) -> None:
    assert signature(brief) is None


def test_an_agency_brief_names_its_client() -> None:
    brief = ("This brief comes from Lintas Kreatif Agency on behalf of our client Roti Gembong Bu Lastri, a home bakery "
             "in Madiun. They bake roti gembong (IDR 25,000 a box) and bolu kukus. Client WhatsApp: 0813 5520 7781")
    intent = parse_brief(brief)
    assert intent.brand_name == "Roti Gembong Bu Lastri"
    assert intent.niche != "marketing"
    lowered = ("Kami dari agensi Riak Digital, menyusun brief ini untuk klien kami Bengkel Las Sinar Baja di Kediri. "
               "Klien menerima pagar besi dan kanopi. WA klien 0857 1102 3345")
    assert parse_brief(lowered).brand_name == "Bengkel Las Sinar Baja"


@pytest.mark.parametrize("brief", [
    # an agency describing itself, with no client: it is the business
    "Awan Biru Agency is a small social media agency in Bogor: content plans and ads for cafes. WA 0812 7781 0022",
    # a client mentioned by a business that is no agency writing a brief
    "Kami Konveksi Dua Saudara, melayani klien kami dari sekolah dan kantor: seragam dan kaos sablon. WA 0813 1212 4545",
])
def test_no_agency_writing_for_a_client_keeps_the_business(brief: str) -> None:
    assert client_name(brief, True) is None


def test_a_pasted_chat_lead_in_is_no_name_and_the_customer_asks_no_offering() -> None:
    brief = ("kak tolong bikinin web laundry saya, ini copas chat pelanggan kemarin:\nP: kak bisa cuci bedcover?\n"
             "Saya: bisa kak, cuci bedcover 35rb, setrika saja 5rb/kg\nP: antar jemput ke Tlogomas?\n"
             "Saya: bisa kak gratis min 5 kg\nLaundry Bening Malang, WA 0822 3311 9087")
    intent = parse_brief(brief)
    assert intent.brand_name == "Laundry Bening Malang"
    assert "chat" not in intent.brand_name.lower()


def test_a_chat_word_without_a_pasted_chat_keeps_the_reading() -> None:
    brief = "Toko Kue Nenek Ana di Solo, bisa order via chat WA: 0812 3344 5566. Nastar 90rb, kastengel 95rb."
    assert parse_brief(brief).brand_name == "Toko Kue Nenek Ana"


def test_a_partner_offer_is_no_part_of_the_name() -> None:
    brief = ("OPEN RESELLER Keripik Pisang Mak Onah! daftar gratis, diskon 15% tiap pembelian. keripik pisang "
             "balado 18rb, keripik pisang coklat 20rb. WA 0852 6611 2290")
    assert parse_brief(brief).brand_name == "Keripik Pisang Mak Onah"


def test_a_partner_heading_in_capitals_does_not_replace_the_name_given_first() -> None:
    brief = ("Ayam Geprek Dua Saudara – Kediri\njual ayam geprek 15rb, geprek keju 20rb.\nBUKA KEMITRAAN GEPREK: "
             "modal 7 jt dapat booth, wajan & bahan awal. WA 0857 2290 1133")
    assert parse_brief(brief).brand_name == "Ayam Geprek Dua Saudara"


def test_a_brand_with_partner_in_its_own_words_keeps_them() -> None:
    # "Mitra" inside a name, not an offer at its start, stays
    brief = "Bengkel Mitra Motor di Sragen, servis motor dan ganti oli. WA 0812 8800 1122"
    assert parse_brief(brief).brand_name == "Bengkel Mitra Motor"


def test_a_marked_name_keeps_the_person_it_is_signed_by() -> None:
    brief = "halo, saya penjahit di Kendari, nama brand Kebaya by Mbak Lilis. jahit kebaya 400rb. WA 0813 4455 1029"
    assert parse_brief(brief).brand_name == "Kebaya by Mbak Lilis"


def test_by_after_a_name_that_is_not_marked_stays_outside() -> None:
    brief = "Dapur Sehat catering harian, dimasak by request. WA 0812 1122 3344"
    assert parse_brief(brief).brand_name != "Dapur Sehat catering harian, dimasak by request"


def test_a_signature_joined_into_sentences_reads_the_same() -> None:
    # the brief's cleaning makes a signature's lines into comma pieces and sentences; the block is still read
    joined = ("Tolong buatkan web dari tanda tangan email saya: Salam sukses, Dewi Anggraini, Kepala Pemasaran, "
              "Sambal Bakar Mak Ijah. Sambal bawang, Sambal cumi (botol 200 ml), Sambal teri mulai 25rb. "
              "Jl. Kenanga No. 4, Tegal. WA 0812 4410 2291")
    sig = signature(joined)
    assert sig is not None and sig.business == "Sambal Bakar Mak Ijah"
    assert sig.services == ("sambal bawang", "sambal cumi", "sambal teri")
    intent = parse_brief(joined)
    assert intent.products[:3] == ["sambal bawang", "sambal cumi", "sambal teri"]


def test_a_closing_followed_by_an_ordinary_sentence_lists_no_services() -> None:
    # a thank-you at the end of a brief, then the owner's name and the shop: read, but no list follows it
    brief = ("Jual bibit durian musang king dan bawor, kirim se-Jawa. Terima kasih, Agus Salim, Kebun Bibit Tani Makmur. "
             "WA 0813 5566 7788")
    sig = signature(brief)
    assert sig is None or sig.services == ()


def test_a_label_with_a_colon_is_no_pasted_lead_in() -> None:
    brief = "Warung Bu Sumini di Madiun. menu: nasi pecel 10rb, rawon 15rb, es dawet 5rb. WA 0813 1100 2288"
    assert "nasi pecel" in parse_brief(brief).products


def test_a_typed_receipt_label_is_no_offering() -> None:
    brief = ("Ini nota sewa tenda saya, tolong dibuatkan web:\n\nSEWA TENDA BAROKAH\nNota Sewa No. 0457\n"
             "Tenda 4x6 ..... Rp 350.000\nKursi futura 50 bh ..... Rp 150.000\nMeja prasmanan ..... Rp 100.000\n"
             "Telp. 0274 555 120")
    products = parse_brief(brief).products
    assert "tenda 4x6" in products and not any(p.startswith("nota") for p in products)


def test_a_print_shop_selling_receipts_keeps_them() -> None:
    brief = "Percetakan Sinar Offset Klaten: cetak nota, kuitansi, undangan dan stiker. WA 0857 2211 3344"
    products = parse_brief(brief).products
    assert any("nota" in p for p in products)
