"""What a price and a delivery are said with, kept whole with them: what the unit a price is for holds ("Rp 95rb
per toples 500gr", "150rb/box isi 5 item", "Rp 35rb/kotak (isi 20 pcs)") and the couriers a delivery is sent by
("via JNE, J&T, SiCepat").
"""

from __future__ import annotations

# What the unit a price is for holds, said right after it: "Rp 95rb per toples 500gr", "150rb/box isi 5 item",
# "Rp 35rb/kotak (isi 20 pcs)", "45k/pack (6 pcs)": part of the price, never a note apart from it.
_HOLDS_WORD = (r"(?:gr|gram|grams|g|kg|ons|ml|l|ltr|liter|litre|pcs|pc|biji|btr|butir|lembar|sheets?|pieces?|items?|buah|bh|"
               r"potong|ptg|slices?|porsi|portions?|toples|jar|jars|botol|bottles?|sachet|saset|bungkus|bks|cups?|gelas|"
               r"macam|varian|rasa|flavou?rs?|visits?|kunjungan|sessions?|sesi|pertemuan|kali|x|meetings?|classes|kelas)\b")
HOLDS = (rf"(?:\s*\(\s*(?:isi|isinya|berisi|contains?|@)?\s*\d+(?:[.,]\d+)?\s*{_HOLDS_WORD}\s*\)|"
         rf"\s+(?:isi|isinya|berisi|contains?|@)\s*\d+(?:[.,]\d+)?(?:\s*{_HOLDS_WORD}|(?=\s*(?:[,.;)]|$)))|"
         r"\s+\d+(?:[.,]\d+)?\s*(?:gr|gram|grams|g|kg|ml|l|ltr|liter|litre|pcs)\b)")

# What a hire's price includes, said after it ("650rb dengan sopir & BBM", "1,3jt full day"): part of the price,
# never an item or a note apart from it. (A hire without a driver, "lepas kunci", "self drive", is a way of hiring the
# owner sells beside the one with a driver: it stays for the offering readers.)
# A hire without a driver, said after the price ("Avanza 350rb/hari lepas kunci, Innova 650rb"): the price list goes on.
NO_DRIVER = r"(?:lepas[\s-]kunci|self[\s-]?drive|(?:tanpa|without(?:\s+a)?)\s+(?:sopir|supir|driver))"
HIRE_TERMS = (r"(?:(?:dengan|dgn|with|plus|\+|incl\.?|include|termasuk)\s*(?:sopir|supir|driver)"
               r"(?:\s*(?:&|dan|and|\+|,)\s*(?:bbm|bensin|fuel|petrol))?|full[\s-]day|half[\s-]day)\b")

# A unit said in words rather than with "/" or "per": "80k a day", "IDR 450k a night", "sehari 150rb"'s "150rb sehari".
PER_SPOKEN = r"(?:(?:a|an)\s+(?:day|night|hour|week|month|person|pax|head)|sehari|semalam|sejam|seminggu|sebulan|seorang)\b"

# The couriers owners name ("dikirim via JNE, J&T", "we send by gojek"): a list of them is one delivery.
COURIER = (r"jne|j&t|jnt|sicepat|si\s+cepat|anteraja|pos(?:\s+indonesia)?|tiki|ninja(?:\s+xpress)?|lion\s+parcel|gosend|"
           r"grab(?:express)?|gojek|ojol|wahana|idexpress|dhl|fedex|ups|ems|paxel|lalamove|deliveree")
