"""Who does the work, said with their sex: "terapis perempuan semua", "instruktur wanita", "terapis ikhwan untuk
bapak", "female therapists only";
or how many do it, said with a count: "7 pemain", "12 penari", "5 kru". A fact of the service (what the customer may ask for), never an offering of its own: the fact reader (facts.py)
keeps it as the owner's note and from the cards."""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import regrouped

_ROLE_ID = (r"terapis|instruktur|guru|pelatih|tutor|dokter|bidan|driver|sopir|supir|pengajar|staf|staff|karyawan|"
            r"petugas|perias|teknisi|pemandu|guide")
_ROLE_EN = (r"therapists?|instructors?|teachers?|coach(?:es)?|trainers?|tutors?|doctors?|drivers?|staff|technicians?|"
            r"guides?|nurses?|midwi(?:fe|ves)")
# (ikhwan, akhwat: the brothers and the sisters, how a Muslim business says men and women)
_SEX_ID = r"perempuan|wanita|cewek|cewe|laki-laki|pria|cowok|cowo|ikhwan|akhwat|akhowat"
_SEX_EN = r"female|male|women|woman|lady|ladies|men|man"
_OR = r"\s*(?:&|/|,|dan|and|atau|or)\s*"
STAFF_SEX = regrouped(
    rf"\b(?:(?:{_ROLE_ID})(?:nya)?(?:\s+(?:kami|semua|semuanya))?\s+(?:{_SEX_ID})(?:{_OR}(?:{_SEX_ID}))?|"
    rf"(?:{_ROLE_EN})\s+(?:are\s+)?(?:all\s+)?(?:{_SEX_EN})(?:{_OR}(?:{_SEX_EN}))?|"
    rf"(?:{_SEX_EN}|{_SEX_ID})(?:{_OR}(?:{_SEX_EN}|{_SEX_ID}))?\s+(?:{_ROLE_EN})|"
    # a band's, a dance group's or a crew's size, said as a clause of its own: ", 9 pemain.", "(12 penari)" (in a
    # package or a price, "8 penari 2,5jt", it is that offer's)
    r"(?:(?<=,\s)|(?<=[,(]))\d{1,2}\s+(?:pemain|personel|personil|penari|musisi|kru|crew)(?=\s*(?:[,.;)]|$)))\b", re.I)
