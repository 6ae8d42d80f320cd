"""Words that make a capitalised run a business name rather than a place: "di Kopi Senja Studio", "Nusa Photography"
(read by the place reader, extract.py, and by the landform-name reader, toponyms.py)."""

from __future__ import annotations

BUSINESS_WORDS = frozenset("""
photography photo studio studios laundry bakery bakehouse cafe coffee kopi kitchen salon barbershop catering store
shop florist academy course tour tours travel organizer organiser decor digital tech craft crafts boutique collection
co company corp group house lab labs works workshop creative media production productions gallery spa clinic klinik
care school sekolah center centre hub official wedding events event foods food resto restaurant bistro eatery snack
snacks tailor printing print bimbel les kursus apps app software solutions solusi consulting consultant agency
bengkel motor motors auto garage services service jasa toko warung kedai market mart grocery pet petshop fitness gym
yoga music musik records sound band films film design desain interior""".split())
