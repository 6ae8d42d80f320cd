"""Opening hours as the owner wrote them: the days ("senin-sabtu", "daily except Mondays"), the times
("08.00-21.00", "9am to 5pm", "24 jam") and the exceptions said after them (", Minggu tutup"); and what only
looks like hours: a bare range that counts something else ("ukuran 5-7 cm", "5-10 Agustus") or a thing that runs
round the clock ("cctv 24 jam", "teknisi siaga 24/7").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tapsite_pipeline.fastre import regrouped

_DAY = (r"(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|"
        r"saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|weekdays?|weekends?|hari\s+kerja|akhir\s+pekan)")
# ("jam 4 subuh": the hour before dawn is said by the dawn prayer's name)
_TIME = r"\d{1,2}(?:[.:]\d{2})?(?!\d)\s*(?:am|pm|wib|wita|wit)?(?:\s*(?:pagi|siang|sore|malam|malem|mlm|subuh|shubuh|dini\s+hari))?"
# A time of day told by the daily prayers: "ba'da ashar", "habis maghrib", "after isha prayer".
_PRAYER_NAME = r"subuh|shubuh|dzuhur|zuhur|dhuhur|duhur|lohor|ashar|asar|maghrib|magrib|isya|isha|fajr|zuhr|asr"
_PRAYER_TIME = (r"(?:ba'?da|bakda|setelah|sesudah|selesai|habis|abis|after|before|sebelum)\s+(?:sholat\s+|shalat\s+|salat\s+)?"
                r"(?:subuh|shubuh|dzuhur|zuhur|dhuhur|duhur|lohor|ashar|asar|maghrib|magrib|isya|isha|fajr|zuhr|asr|jumatan)\b"
                r"(?:\s+prayers?\b)?")
PRAYER_CUE = regrouped(r"\b(?:ba'?da|bakda|setelah|sesudah|selesai|habis|abis|after|before|sebelum)\s+(?:\w+\s+)?"
                       r"(?:subuh|shubuh|dzuhur|zuhur|dhuhur|duhur|lohor|ashar|asar|maghrib|magrib|isya|isha|fajr|zuhr|asr)\b")
# the part of the day said between the days and the times: "tiap Sabtu sore jam 3-5", "Sundays morning 7-9"
_PART_OF_DAY = r"(?:\s+(?:pagi|siang|sore|malam|malem|mlm|morning|afternoon|evening|night)s?)"
# the part of the day said before the times it qualifies, with no day: "tiap sore jam 3 sampai jam 9", "pagi jam 6-10"
# (the times are that part's: "sore jam 3" is 15.00, and the page must say "sore" with them)
_PART_FIRST = r"(?:(?:setiap|tiap|every)\s+)?(?:pagi|siang|sore|malam|malem|mlm|subuh|shubuh)(?=\s*(?:jam|pukul|pkl)\b)"
_DAY_LIST = rf"{_DAY}(?:\s*(?:-|–|s/?d|sampai|to|until|sd|&|dan|and|,)\s*{_DAY})*"
# the days it is closed, said with the days it is open: "tiap hari kecuali Selasa", "daily except Mondays"
_EXCEPT = rf"(?:\s*,?\s*(?:kecuali|except|selain|but\s+not)\s+(?:(?:hari|on)\s+)?{_DAY_LIST}s?)"
_DAYS = rf"(?:(?:(?:setiap|tiap|every)\s+hari|daily|every\s?day){_EXCEPT}?|(?:setiap|tiap)\s+{_DAY_LIST}|{_DAY_LIST})"
# A day after the hours that starts a clause of its own ("10.00-22.00, jumat buka abis jumatan", "Sabtu sampai
# jam 12", "Sunday closed", "sat & sun 8am-11pm") is an exception to them, never one more day of the same hours.
_DAY_CLAUSE = r"(?:s|nya)?\s+(?:(?:tetap|juga|jg|also|still)\s+)?(?:buka|open|opens|tutup|libur|closed|off|istirahat|rehat|break|breaks|sampai|smp|sampe|until|till|cuma|hanya|only|setengah|half|mulai|from|jam|pukul)\b"
_HOURS = regrouped(
    rf"\b(?:(?:jam\s+(?:buka|operasional|praktek|praktik|layanan)|buka|open(?:ing)?(?:\s+hours)?|opens|praktek|praktik|"
    rf"operasional|beroperasi|layanan)\s*:?\s*)?(?:(?:{_DAYS}{_PART_OF_DAY}?|{_PART_FIRST})\s*,?\s*)?(?:(?:jam|pukul|pkl|from|dari)\s*)?"
    rf"{_TIME}\s*(?:-|–|s/?d|sampai|smp|sampe|ampe|to|until|sd|hingga)\s*(?:jam\s*|pukul\s*)?{_TIME}"
    rf"(?:\s*,?\s*(?>{_DAYS})\b(?!{_DAY_CLAUSE}|\s*\d))?|"
    rf"\b(?:buka|open|opens|layanan|service|siaga|ready)\s+(?:24\s*(?:jam|hours?|/\s*7)|nonstop|non-stop)(?:\s+nonstop)?\b|"
    rf"\b24\s*(?:jam|hours?)(?:\s+(?:nonstop|non-stop|setiap\s+hari|every\s+day|a\s+day))?\b|\b24/7\b|"
    rf"\b(?:buka|open|opens)\s+(?:{_DAYS})\b|"
    rf"\b(?:(?:every|each)\s+(?:morning|day|evening)\s+)?(?:from|mulai|buka)\s+(?:dari\s+)?(?:jam\s+|pukul\s+)?\d{{1,2}}(?:[.:]\d{{2}})?\s*"
    rf"(?:am|pm|pagi|siang|sore|malam|wib)\b"
    # (a range said after it is the range's: "buka dari jam 5 sore sampe jam 11 malem")
    rf"(?!\s*(?:-|–|s/?d|sampai|sampe|smp|ampe|to|until|sd|hingga)\s*(?:jam\s*|pukul\s*)?\d)(?:\s*(?:sampai|sampe|smp|ampe|hingga|until|till)\s+(?:habis|selesai|sold\s+out|late|"
    # (or until a prayer or the night: "jam 3 sore sampe maghrib", "from 4pm till isha")
    rf"(?:{_PRAYER_NAME})|malam|malem|night)\b)?|"
    # one time on a day, as a schedule: "setiap Minggu pukul 09.00", "Friday youth service at 7pm", "19:00 WIB"
    rf"\b(?:(?:setiap|tiap|every)\s+)?{_DAY_LIST}\b(?:\s+[a-z]+){{0,3}}?\s+(?:pukul|pkl|jam|at)\s*\d{{1,2}}(?:[.:]\d{{2}})?"
    rf"(?:\s*(?:am|pm|wib|wita|wit|pagi|siang|sore|malam))?\b"
    # and the day's other times: "Sunday services at 8am and 5pm", "Minggu pukul 07.00 dan 17.00"
    rf"(?:\s*(?:,|and|&|dan)\s*(?:pukul\s*|jam\s*|at\s*)?\d{{1,2}}(?:[.:]\d{{2}})?(?:\s*(?:am|pm|wib|wita|wit|pagi|siang|sore|"
    rf"malam))?\b(?![.,]?\d|\s*(?:-|–|rb|ribu|k\b|jt|orang|pax|tamu|kali)))*|"
    rf"\b\d{{1,2}}[.:]\d{{2}}\s*(?:wib|wita|wit)\b|"
    # only the days, said as a limit: "weekends only", "only on Saturdays", "khusus hari Minggu"
    rf"\b{_DAY_LIST}s?\s+only\b|\bonly\s+on\s+{_DAY_LIST}s?\b|\b(?:hanya|cuma|khusus)\s+(?:hari\s+)?{_DAY_LIST}\b|"
    # a time told by the prayers, on the days it is held: "selasa & kamis ba'da ashar", "Fridays after isha"
    rf"\b{_DAYS}s?\s*,?\s*(?:jam\s+|pukul\s+)?{_PRAYER_TIME}", re.I)


# The exceptions said after the hours, each kept whole with them: ", jumat buka abis jumatan", ", Sabtu sampai
# jam 12", ". Sunday closed", ", libur hari Senin", " except Mondays".
_HOURS_EXCEPTION = regrouped(
    rf"\s*[,.;]?\s*(?:(?:dan|and|but|tapi|tp)\s+)?(?:(?:kecuali|except|selain|closed(?:\s+on)?|tutup|libur|off)\s+"
    # (with the hours it is closed that day, when they are said: "except Friday 1-3pm", "kecuali Jumat 11.30-13.00")
    rf"(?:(?:hari|on|every|tiap|setiap)\s+)?{_DAY_LIST}s?\b(?:\s*,?\s*(?:jam\s+|pukul\s+)?{_TIME}\s*(?:-|–|s/?d|sampai|smp|"
    rf"sampe|to|until|hingga)\s*(?:jam\s*|pukul\s*)?{_TIME}(?<=\w))?|"
    # holidays: "except public holidays", "kecuali tanggal merah", "libur nasional tutup"
    rf"(?:(?:kecuali|except|selain|closed\s+on|tutup|libur|off)\s+(?:on\s+|saat\s+|pas\s+)?)?(?:public|national|bank)\s+"
    rf"holidays?(?:\s+closed)?\b|(?:(?:kecuali|selain|tutup|libur)\s+(?:saat\s+|pas\s+)?)(?:hari\s+libur(?:\s+nasional)?|"
    rf"libur\s+nasional|tanggal\s+merah|hari\s+raya|lebaran)\b|(?:(?:hari|on|every|tiap|setiap)\s+)?{_DAY_LIST}(?:{_DAY_CLAUSE}|\s*(?=\d))"
    # the exception's own words, never what follows it: "minggu buka juga untuk pesanan nasi box" ends at "juga"
    rf"(?:(?!\s+(?:untuk|utk|buat|for|jual|ada|serta|with|dengan|dgn|khusus)\b)(?:[^,.;\n]|(?<=\d)[.:](?=\d))){{0,40}}"
    rf"(?<=\w)(?!\w))", re.I)


def _with_exceptions(lower: str, m: re.Match) -> re.Match:
    """The hours with the exceptions said right after them, as one span."""
    end = m.end()
    while (x := _HOURS_EXCEPTION.match(lower, end)) and x.end() > end:
        end = x.end()
    return m if end == m.end() else re.compile(r"[\s\S]+").match(lower, m.start(), end) or m


_LEAD_WORDS = regrouped(r"^\s*(?:jam\s+(?:buka|operasional|praktek|praktik|layanan)|buka|open(?:ing)?(?:\s+hours)?|opens|"
                        r"praktek|praktik|operasional|beroperasi)\s*:?\s*", re.I)


_ROUND_THE_CLOCK = regrouped(r"24\s*(?:/\s*7|jam|hours?)(?:\s+\S+)*", re.I)
_STAFF_BEFORE = regrouped(r"\b(?:operators?|teknisi|technicians?|mekanik|mechanics?|cs|customer\s+service|admin|support|"
                          r"dokter|doctors?|perawat|nurses?|staff|staf|petugas|tim|team|crew|driver|sopir|satpam|security|"
                          r"helpline|hotline|emergency\s+line|on\s+site|on\s+call)\b[^,.;]{0,14}$", re.I)
# A thing that runs round the clock is a facility, not the opening hours: "cctv 24 jam", "air panas 24 jam",
# "security 24/7", "listrik & wifi 24 jam".
_FACILITY_BEFORE = regrouped(r"\b(?:cctv|wifi|wi-fi|internet|listrik|electricity|power|air(?:\s+panas)?|hot\s+water|"
                             r"water|penjagaan|penjaga|keamanan|security|guards?|satpam|genset|ac|surveillance|"
                             r"kamera|camera|monitoring|pengawasan)\b[^,.;]{0,14}$", re.I)
# How long something takes, said right before "24 jam": "express 24 hours (+50%)", "selesai dalam 24 jam",
# "reply within 24 hours", "dikirim maks 24 jam" (never "buka 24 jam", "siap 24 jam": those are the hours)
_TAKES_BEFORE = regrouped(r"\b(?:express|ekspres|kilat|selesai|beres|kelar|jadi|within|dalam|turnaround|pengerjaan|proses|"
                          r"diproses|processed|respon|response|responds?|replies|reply|balas|dibalas|dikirim|delivered|"
                          r"delivery|pengiriman|maks(?:imal)?\.?|max(?:imum)?\.?|paling\s+lambat|less\s+than|kurang\s+dari|"
                          r"(?:ready|done|back|ships?|shipped|dispatched)\s+in)\s*$", re.I)
_TIME_RANGE = regrouped(rf"{_TIME}\s*(?:-|–|s/?d|sampai|smp|sampe|ampe|to|until|sd|hingga)\s*(?:jam\s*|pukul\s*)?\d", re.I)
# A range of days it takes ("pengerjaan 10-14 hari kerja", "ready in 3-5 working days"): the turnaround's, not hours.
# (and "bs ditunggu 1-2 jam", "ready in 2-3 hours": how long, never a time of day)
# ("pengerjaan 2-3 minggu": weeks after a range of numbers, never Sunday, which opens a clause of its own: "8-16 minggu libur")
_DAYS_TAKEN = regrouped(r"\s*\d{1,2}\s*(?:-|–|s/?d|sampai|to|sd|hingga)\s*\d{1,2}\s*(?:hari(?:\s+kerja)?|working\s+days?|"
                        # (and in chat shorthand: "4-6 mgg", "2-3 bln")
                        r"business\s+days?|days?|jam|menit|mnt|hours?|hrs?|minutes?|mins?|weeks?|mgg|bln|bulan|months?|"
                        rf"minggu(?!{_DAY_CLAUSE}|\s*(?:&|dan|and|,|-|–)\s*{_DAY}))\b", re.I)
_UNTIL_END = regrouped(r"\b(?:sampai|sampe|smp|ampe|hingga|until|till)\s+(?:habis|selesai|sold\s+out|late)\b", re.I)
_ONE_TIME = regrouped(r"\b(?:pukul|pkl|jam|at)\s*\d", re.I)
_BARE_RANGE = regrouped(r"\d{1,2}\s*(?:-|–|s/?d|sampai|smp|sampe|ampe|to|until|sd|hingga)\s*\d{1,2}")
_HOURS_CUE = regrouped(rf"(?:\b(?:jam|pukul|pkl|buka|open|opens|hours?|operasional|praktek|praktik|daily|setiap\s+hari|"
                       rf"tiap\s+hari|every\s+day|{_DAY})\W*)$", re.I)
# What a bare range counts when it is not a time of day: "ukuran 5-7 cm", "usia 3-4 tahun", "5-10 Agustus",
# "HSK 1-4", "min 20-30 orang".
_RANGE_NOT_TIME = regrouped(r"\s*(?:cm|mm|m|km|kg|gr|gram|ons|ml|liter|l|tahun|thn|th|years?|bulan|bln|months?|minggu|mgg|weeks?|"
                            r"hari|days?|orang|org|pax|pcs|buah|ekor|persons?|people|anak|siswa|murid|peserta|tamu|kids|children|students?|"
                            r"guests?|x|kali|times|jan|feb|mar|apr|mei|"
                            r"may|jun|jul|agu|agt|aug|sep|sept|okt|oct|nov|des|dec|januari|februari|maret|april|juni|"
                            r"juli|agustus|september|oktober|november|desember|january|february|march|june|july|august|"
                            r"october|december|sks|level|kelas|grade)\b", re.I)


def _reads_as_hours(lower: str, m: re.Match) -> bool:
    """"8-17" after "buka senin-sabtu" is opening hours; "5-7 cm", "5-10 Agustus", "HSK 1-4" are not: a range
    of two bare numbers needs a cue for time before it and no unit after it."""
    if not _BARE_RANGE.fullmatch(m.group(0).strip()):
        return True
    if _RANGE_NOT_TIME.match(lower, m.end()):
        return False
    return bool(_HOURS_CUE.search(lower[max(0, m.start() - 30):m.start()]))


def _range_phrase(lower: str, m: re.Match) -> re.Match:
    """The range with the word that says what it counts: the label before it ("level", "grades", "ukuran")
    and the unit after it ("cm", "tahun", "Agustus")."""
    start, end = m.start(), m.end()
    unit = _RANGE_NOT_TIME.match(lower, end)
    if unit:
        end = unit.end()
    # ("groups of 2-12", "kelompok isi 4-6": a label joined by "of"/"isi" comes with its noun)
    before = re.search(r"(?:([a-z][\w'-]*)\s+(?:of|isi|berisi)\s+|([a-z][\w'-]*)\s+)$", lower[max(0, start - 35):start])
    if before and ((before.group(1) or before.group(2)) not in _RANGE_LEAD_STOP
                   or not unit and before.group(2) in _FOR_WORDS):   # "… buat 11-15": whom it is for, not figures
        start -= len(before.group(0))
    return re.compile(r"[\s\S]+").match(lower, start, end)


_FOR_WORDS = frozenset("buat untuk utk bagi for".split())
_RANGE_LEAD_STOP = frozenset("di dan and untuk utk buat for to ke dari from the a an yang yg with dengan".split())

# A money multiplier after a bare range ("jaket 60-90rb", "full site 9-12jt"): a range of prices, the price reader's.
_MONEY_AFTER = regrouped(r"\s*(?:rb|ribu|rebu|k|jt|juta|million|mio)\b", re.I)


# Who a time is set aside for, said right before it: "jam ladies", "sesi khusus wanita", "kelas anak", "women-only hours",
# "ladies night", "kids session".
_SLOT_WHO = (r"(?:ladies|lady|wanita|perempuan|cewek|cewe|akhwat|muslimah|ibu-ibu|ibu2|emak-emak|pria|cowok|ikhwan|"
             r"anak|anak-anak|anak2|kids|children|women|men|family|families|keluarga|lansia|seniors?|pelajar|mahasiswa|"
             r"students?|members?|member)")
_SLOT_FOR = regrouped(
    rf"\b(?:(?:jam|sesi|slot|kelas|shift|waktu|hari)\s+(?:khusus\s+)?{_SLOT_WHO}(?:\s+only)?|"
    rf"khusus\s+{_SLOT_WHO}|{_SLOT_WHO}(?:[\s-]+only)?\s+(?:hours?|sessions?|time|night|nights|day|days|class|classes|swim))"
    r"\s*:?\s*(?:(?:setiap|tiap|every|on)\s+)?$", re.I)


# A live broadcast said right before its time: "live di TikTok tiap Jumat jam 7 malam", "live on IG every Friday
# 8pm", "siaran langsung setiap Minggu pukul 19.00": when the owner sells or shows on air, not the opening hours.
_ON_AIR = regrouped(r"\b(?:live|siaran(?:\s+langsung)?|streaming|live\s*stream(?:ing)?)"
                    r"(?:\s+(?:di|on|via|lewat)\s+(?:ig|instagram|tiktok(?:\s+shop)?|youtube|yt|fb|facebook|shopee))?"
                    r"\s*:?\s*(?:(?:setiap|tiap|every|on)\s+)?$", re.I)


# The times a stay starts and ends, said together: "Check-in 14.00, check-out 12.00", "check in jam 2 siang".
# A note for the guest, never opening hours, and its words never an offering ("Check-Out 12").
_CHECK_TIME = (rf"check[\s-]?(?:in|out)\s*:?\s*(?:(?:jam|pukul|at|from|mulai|sebelum|before|until|sampai)\s*)?{_TIME}"
               r"(?:\s*(?:noon|midnight))?")
_CHECK_TIMES = regrouped(rf"\b{_CHECK_TIME}(?:\s*(?:,|&|dan|and|/|;)?\s*{_CHECK_TIME})?", re.I)


# A package or an offer said right before a time range, in its clause: "paket malam 50rb (22.00-06.00)", "happy hour
# 15.00-17.00 diskon 20%", "promo sarapan 06.00-09.00": the time is when that package or offer holds, never the
# opening hours (unless the words between open the hours: "paket lengkap, buka 08.00-17.00").
_OFFER_BEFORE = regrouped(r"\b(?:paket|package|promo|happy\s+hours?|diskon|discount)\b"
                          r"(?:[^,.;:!?\n()]|(?<=\d)[.,](?=\d)){0,30}[\s(]*$", re.I)
_OPENING_WORD = regrouped(r"\b(?:buka|open|opens|opening|operasional|jam\s+kerja|praktek|praktik)\b", re.I)


def offer_time(lower: str, start: int) -> bool:
    """Is a time range starting at `start` the time of the package or offer said right before it?"""
    held = _OFFER_BEFORE.search(lower, max(0, start - 50), start)
    return bool(held) and not _OPENING_WORD.search(lower, held.start(), start)


def hours(text: str, lower: str) -> Iterator[tuple[str, re.Match, str, bool]]:
    """(kind, match, value, mask) for each opening-hours statement of the brief (kind "hours", the lead words
    "buka", "open" dropped), and a "note" for a range that is said but is no time of day."""
    if "check" in lower:
        for m in _CHECK_TIMES.finditer(lower):
            yield "note", m, text[m.start():m.end()].strip(), True
    for m in _HOURS.finditer(lower):
        if m.start() >= 2 and lower[m.start() - 1] == "," and lower[m.start() - 2].isdigit():
            continue  # "AC 0,5-1 PK": the fraction of a decimal number, never a time (the measure reader's)
        if _BARE_RANGE.fullmatch(m.group(0).strip()) and _MONEY_AFTER.match(lower, m.end()):
            continue
        if _DAYS_TAKEN.match(lower, m.start()) and not _HOURS_CUE.search(lower[max(0, m.start() - 30):m.start()]):
            continue  # how many days the work takes: read as the turnaround
        if not _reads_as_hours(lower, m):
            rm = _range_phrase(lower, m)  # "level 1-10", "ukuran 5-7 cm", "5-10 Agustus": said, but not hours
            yield "note", rm, text[rm.start():rm.end()], True
            continue
        before = lower[max(0, m.start() - 30):m.start()]
        if _ROUND_THE_CLOCK.fullmatch(m.group(0).strip()) and (_STAFF_BEFORE.search(before)
                                                               or _FACILITY_BEFORE.search(before)):
            continue  # "operators on site 24/7", "teknisi siaga 24 jam": who is there, said in a note, not opening hours
        if _ROUND_THE_CLOCK.fullmatch(m.group(0).strip()) and _TAKES_BEFORE.search(before):
            continue  # "express 24 hours", "respon dalam 24 jam": how long it takes, the turnaround's
        # a single time on a day may hold the activity it is for ("Friday youth service at 7pm"): its words
        # stay readable as an offering
        single = _ONE_TIME.search(m.group(0)) and not _TIME_RANGE.search(m.group(0)) and not _UNTIL_END.search(m.group(0))
        if not single:
            m = _with_exceptions(lower, m)
        if _TIME_RANGE.search(m.group(0)) and m.group(0)[:1].isdigit() and offer_time(lower, m.start()):
            yield "held", m, text[m.start():m.end()], True  # the offer's or package's time, read with it
            continue
        slot = _SLOT_FOR.search(lower, max(0, m.start() - 40), m.start()) or _ON_AIR.search(
            lower, max(0, m.start() - 40), m.start())
        if slot:  # "jam ladies selasa & kamis 13-16": a time set aside for some people, not the opening hours
            m = re.compile(r"[\s\S]+").match(text, slot.start(), m.end()) or m
            yield "note", m, text[m.start():m.end()], True
            continue
        yield "hours", m, _LEAD_WORDS.sub("", text[m.start():m.end()]), not single
