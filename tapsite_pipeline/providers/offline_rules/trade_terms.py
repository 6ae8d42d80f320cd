"""How the goods are dealt, facts buyers look for: sold to resellers or wholesale ("terima reseller & dropship"), taken
back or in exchange ("tukar tambah HP lama"), where else they can be bought ("ada juga di Shopee"), and how a large job
is paid for ("dengan skema dana desa").
"""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import fast

# How the goods are sold, a fact buyers look for: "terima reseller & dropship", "eceran maupun grosir",
# "wholesale for cafes", "reseller welcome".
_TRADE_WORD = r"(?:reseller|dropship(?:per)?s?|grosir|eceran|partai|wholesale|retail)"
_TRADE = fast(
    rf"\b(?:(?:terima|menerima|open|buka|bisa|melayani|layani|welcome|ready)\s+(?:pembelian\s+)?)?{_TRADE_WORD}"
    rf"(?:\s*(?:&|dan|and|maupun|atau|or|,|/)\s*{_TRADE_WORD})*(?:\s+(?:welcome|ok|oke))?\b", re.I)
# Goods taken back or in exchange, a way of dealing buyers ask about: "terima tukar tambah HP lama", "we buy, sell &
# swap used vinyl", "trade-in your old bike", "buyback emas dengan nota", "titip jual (konsinyasi) baju anak". Said
# with the rest of its clause (what is exchanged and on what terms: "dengan surat", "max 1 tahun").
_EXCHANGE_WORD = (r"(?:tukar[\s-]+tambah|tukar|trade[\s-]?ins?|swap(?:s|ping)?|buy[\s-]?back|beli\s+kembali|konsinyasi|"
                  r"consignment|titip\s+jual)")
_EXCHANGE = fast(
    rf"\b(?:(?:terima|menerima|melayani|layani|bisa|bs|open|accept(?:ing)?)\s+)?"
    rf"(?:(?:jual[\s-]+beli|buy|sell|beli|jual)\s*(?:,|&|dan|and|/|\+)?\s*){{0,3}}{_EXCHANGE_WORD}"
    rf"(?:\s*(?:,|&|dan|and|/|\+|atau|or)\s*{_EXCHANGE_WORD})*"
    rf"(?:\s+(?!(?:dan|and|atau|or|tapi|but|juga|jg|too|also|ya|kak|dong)\b)[^\s,.;:!?()]+){{0,6}}", re.I)
# Where else the goods can be bought, said without an address of the shop there: "shop on Tokopedia", "ada juga di
# Shopee & Lazada", "available on Blibli". With an address or an account ("shopee.co.id/x", "Shopee: Toko Ani") the
# contact section shows the link instead.
_MARKET_NAME = r"(?:shopee|tokopedia|tokped|lazada|bukalapak|blibli|tiktok\s+shop|tiktokshop|etsy|amazon)"
_MARKET = fast(
    rf"\b(?:shop|order|buy|beli|pesan|belanja|checkout|check\s+out|available|tersedia|ada|find\s+us|cari)\s+"
    rf"(?:(?:juga|jg|also|kami|us|it|them)\s+)?(?:on|di|via|lewat|at|in)\s+{_MARKET_NAME}"
    rf"(?:\s*(?:,|&|dan|and|or|atau|/|\+)\s*{_MARKET_NAME})*\b(?!\s*[:@]|\.\w)", re.I)
_MARKET_DOMAIN = fast(r"(?i)\b(?:shopee|tokopedia|tokped|lazada|bukalapak|blibli|tiktok)\.(?:co|com|id)")
_EXCHANGE_HINT = ("tukar", "trade", "swap", "buy", "kembali", "konsinyasi", "consignment", "titip")
# How a buyer pays for a large job, said with the work: "dengan skema dana desa", "lewat dana BOS", "financing through
# Bank NTT", "skema KUR". The work stays the offerings' to read; the scheme is the owner's fact.
_FUNDING = fast(r"\b(?:(?:(?:kami\s+|bisa\s+|juga\s+)*(?:di)?(?:kerjakan|bangun|bayar|biayai)\s+)?(?:dengan|pakai|pake|lewat|via|melalui|memakai|menggunakan)\s+(?:skema\s+|program\s+|sistem\s+)?"
                r"(?:dana|anggaran|pembiayaan|kredit|cicilan)\s+(?:desa|bos|apbd|apbdes|csr|kur|bank\s+\w+|koperasi)|"
                r"skema\s+(?:dana|pembiayaan|kredit)\s+\w+|"
                r"financing\s+(?:available\s+)?(?:through|via|with|from)\s+(?:bank\s+)?\w+)\b", re.I)
_FUNDING_HINT = ("dana", "anggaran", "pembiayaan", "kredit", "cicilan", "skema", "financing")
