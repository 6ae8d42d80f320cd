"""Who speaks: a customer asking others for a seller or a service, or an owner offering one?

Neighbourhood groups and comment threads are full of requests: "ada yg tau tukang AC yg jujur di Cibubur? info di
komen aja", "rekomendasi catering buat arisan dong", "can anyone recommend a reliable plumber near Kemang?". Such a
text names a trade ("tukang AC", "jual", "catering") because the writer is looking for one, not because they run
one. An owner writes the same question as a hook and then answers it themselves: "Ada yang butuh tukang AC jujur?
Kami siap datang", "Looking for a plumber? Call us". The request is refused only when nothing in the text is said in
an owner's voice: no "kami/we" offering, no call to order or to contact the writer, no price, no phone number.
"""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import regrouped

_YG = r"(?:yg|yang|yng)"
# Whom or what a seeker asks about: a seller, a tradesman, a place that sells or does something.
_SELLERS = (r"tukang|toko|jasa|bengkel|tempat|penjual|penjahit|warung|salon|dokter|bidan|guru|les|catering|katering|"
            r"servis|service|agen|distributor|supplier|kontraktor|montir|teknisi|rental|laundry|kos|kost|yg\s+jual|"
            r"yang\s+jual|yg\s+bisa|yang\s+bisa|yg\s+terima|yang\s+terima|di\s*mana|dimana|dmn|bibit|orang")
# The writer asks others to name a seller, a service or a place to buy: a recommendation asked for, "does anyone
# know", "where do I buy", answers asked for in the comments.
_ASKS_FOR_SELLER = regrouped(
    rf"\b(?:ada\s+{_YG}\s+(?:tau|tahu|tw)\s+(?:\w+\s+){{0,3}}(?:{_SELLERS})|"
    rf"ada\s+{_YG}\s+(?:punya\s+(?:kenalan|kontak|nomor|no)|bisa\s+(?:rekomen\w*|kasih\s+info))|"
    rf"(?:\b(?:{_SELLERS})|cari|nyari|mencari|butuh)\b[^.?!]{{0,80}}\bada\s+{_YG}\s+(?:tau|tahu)\s*\?|"
    r"(?:minta|mohon|butuh|bagi|kasih)\s+(?:rekomen\w*|recom\w*|saran|info)\b|"
    rf"ada\s+{_YG}\s+(?:jual|jualan|terima|buka|bisa)\s+[^.?!]{{0,60}}(?:\?|\s(?:ga|gak|nggak|ngga|gk|kah|gitu)\b)|"
    r"rekomen(?:dasi)?\s+(?:\w+\s+){0,3}(?:dong|donk|dunk|dong+|ya\s+kak|plis|pls|please)|"
    rf"(?:beli|belinya|cari|nyari|carinya)\s+(?:\w+\s+){{0,3}}(?:di\s*mana|dimana|dmn|di\s+mn)\b|"
    rf"(?:di\s*mana|dimana|dmn)\s+(?:ya\s+|sih\s+)?{_YG}\s+(?:jual|bisa|jasa|ada|terima|buka|enak|murah|bagus)|"
    rf"{_YG}\s+(?:jual|terima|bisa|buka)\s+(?:\w+\s+){{0,6}}(?:di\s*mana|dimana|dmn)\s+(?:ya|sih|kak|gan)\b|"
    r"(?:info(?:nya)?|jawab(?:an)?|balas|kabari|share|spill)\s+(?:\w+\s+){0,2}(?:di\s+)?(?:komen|kolom\s+komentar|"
    r"komentar|dm|japri)|spill\s+(?:dong|donk|kak|nama)|"
    r"(?:can|could)\s+(?:any\s*one|any\s*body|someone|you\s+guys)\s+(?:please\s+)?(?:recommend|suggest)|"
    r"(?:does|do)\s+(?:any\s*one|any\s*body|someone)\s+(?:here\s+)?(?:know|have|use)|"
    r"(?:any\s*one|any\s*body)\s+(?:here\s+)?(?:know|knows|have|has|tried|recommend)\b|"
    r"any\s+(?:good\s+)?(?:recommendations?|recs|suggestions|tips)\s+(?:for|on)|(?:recommendations?|recs)\s+(?:please|pls)|"
    r"where\s+(?:can|do|should)\s+(?:i|we)\s+(?:buy|find|get|order)|(?:know|knows)\s+where\s+to\s+(?:buy|find|get)|"
    r"best\s+place\s+to\s+(?:buy|find|get|order)|"
    r"(?:drop|leave|share)\s+(?:\w+\s+){0,2}(?:in|below\s+in)\s+the\s+comments|please\s+dm\s+me\s+(?:if|any))")
# Said in an owner's voice: the writer or their team offers, takes orders, names a price or how to reach them.
_OWNER_VOICE = regrouped(
    r"\b(?:(?:kami|kita)\s+(?:jual|jualan|menjual|terima|menerima|melayani|siap|sedia|menyediakan|buka|hadir|"
    r"spesialis|bisa\s+(?:bantu|datang|antar|kirim))|(?:hubungi|kontak|chat|wa|dm|di)\s+kami|(?:toko|usaha|jasa|tim|"
    r"produk|layanan|bengkel|dapur|workshop)\s+kami|saya\s+(?:jual|jualan|menjual|terima|menerima|melayani|buka|"
    r"bisa\s+bantu|siap|sedia|menyediakan|punya\s+(?:usaha|toko|jasa))|aku\s+(?:jual|terima|buka|siap)|"
    r"(?:we|i)\s+(?:sell|offer|fix|repair|make|provide|deliver|serve|rent|teach|cater|accept|take\s+orders|run|own|"
    r"are\s+open|do\s+(?:repairs|deliveries))|we're\s+(?:open|a|an|the|offering|selling)|our\s+(?:\w+\s+)?(?:shop|store|team|"
    r"services?|products?|menu|prices?|rates?|workshop|studio|clients|customers|business)|"
    r"(?:call|contact|message|dm|email|whatsapp)\s+(?:us|me)|book\s+(?:now|with\s+us)|hubungi|order|pesan|pesen|"
    r"open\s+po|pre-?order|ready\s+stock|promo|diskon|gratis\s+ongkir|tarif|booking|wa\s*[:.]?\s*\+?\d|melayani|"
    r"menerima|tersedia|available|link\s+in\s+bio|(?:kamu|kalian|anda|you)\s+(?:bisa|can))\b")
# The part of an owner's voice a customer never uses: an offer of the writer's own, a call to get in touch, a
# pre-order or a promotion (a customer also orders, pays and names prices).
_OFFER_STRONG = regrouped(
    r"\b(?:(?:kami|kita)\s+(?:jual|jualan|menjual|terima|menerima|melayani|siap|sedia|menyediakan|buka|hadir|"
    r"spesialis)|(?:hubungi|kontak|chat|wa|dm)\s+kami|(?:toko|usaha|jasa|produk|layanan)\s+kami|"
    r"saya\s+(?:jual|jualan|menjual|terima|menerima|melayani|menyediakan)|(?:we|i)\s+(?:sell|offer|provide|deliver|"
    r"rent|teach|cater|accept|take\s+orders)|(?:call|contact|message|dm|email|whatsapp)\s+us|book\s+(?:now|with\s+us)|"
    r"hubungi|open\s+po|pre-?order|ready\s+stock|promo|diskon|gratis\s+ongkir|tarif|wa\s*[:.]?\s*\+?\d|"
    r"link\s+in\s+bio)\b")
_CONTACT = re.compile(r"(?:\+?62|\b0)8\d[\d\s.-]{6,}|\b[\w.+-]+@[\w-]+\.\w+")
# A buyer's budget is no price of the writer's: "di bawah 60rb", "budget 150rb", "under 5 million".
_BUDGET = regrouped(r"\b(?:budget|bujet|di\s*bawah|dibawah|maks(?:imal)?|max|kisaran|sekitar|under|below|around|"
                    r"up\s+to)\s*(?::\s*)?(?:rp\.?\s*|idr\s*|\$\s*)?\d[\d.,]*\s*(?:rb|ribu|k|jt|juta|million|"
                    r"thousand)?(?:\s*(?:rp|an|per\s+\w+|/\s*\w+))?", re.I)
_TRADE_MARKS = re.compile(r"\brp\.?\s*\d|\b\d+\s*(?:rb|ribu|jt|juta|k)\b|(?:\+?62|\b0)8\d[\d\s.-]{6,}|"
                          r"\b[\w.+-]+@[\w-]+\.\w+|\b(?:idr|usd)\s*\d|\$\s*\d", re.I)


def asks_for_seller(lower: str, text: str = "") -> bool:
    """The writer asks others for a seller or a service and offers nothing themselves (lower: the cleaned,
    lower-cased text; text: as written, for prices and numbers)."""
    return bool(_ASKS_FOR_SELLER.search(lower)) and not offers(lower, text)


def offers(lower: str, text: str = "") -> bool:
    """Is anything in the text said in an owner's voice: an offer, a call to order or to get in touch, a price
    (not a buyer's budget), a phone number or an e-mail address?"""
    return bool(_OWNER_VOICE.search(lower) or _TRADE_MARKS.search(_BUDGET.sub(" ", text or lower)))


def offers_strongly(lower: str, text: str = "") -> bool:
    """An offer a customer would never write: the writer's own goods or service, a call to get in touch, a
    pre-order or promotion, a phone number or e-mail address (prices and order words are not enough)."""
    return bool(_OFFER_STRONG.search(lower) or _CONTACT.search(text or lower))
