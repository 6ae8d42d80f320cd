"""Varied synthetic briefs for benchmarks and load tests (not for accuracy: the labelled sets are in datasets/)."""

from __future__ import annotations

import random

BUSINESSES = [
    ("id", "Toko Kue {n}", "jual {a}, {b} dan {c}", ["nastar", "kastengel", "putri salju", "brownies", "bolu pandan"]),
    ("id", "Warung {n}", "jualan {a} sama {b}", ["nasi uduk", "soto ayam", "es teh", "gorengan", "bakso"]),
    ("en", "{n} Coffee", "a small coffee shop selling {a} and {b}", ["espresso", "cold brew", "croissants", "matcha latte"]),
    ("id", "{n} Laundry", "jasa {a} dan {b}, bisa antar jemput", ["cuci kering", "setrika", "cuci sepatu", "laundry kiloan"]),
    ("id", "Butik {n}", "jual {a}, {b}, {c} buat ibu-ibu", ["gamis", "hijab", "tunik", "mukena"]),
    ("en", "{n} Studio", "photography studio for {a} and {b}", ["weddings", "portraits", "product photos", "graduation"]),
    ("id", "Bimbel {n}", "les {a} dan {b} untuk anak SD sampai SMA", ["matematika", "bahasa inggris", "fisika", "calistung"]),
    ("id", "{n} Organizer", "wedding organizer, urus {a} dan {b}", ["dekorasi", "catering", "MC", "dokumentasi"]),
    ("en", "{n} Labs", "we build {a} and {b} for small businesses", ["mobile apps", "websites", "POS systems", "chatbots"]),
    ("id", "Kebun {n}", "jual {a} dan {b} langsung dari petani", ["sayur organik", "bibit cabai", "pupuk kompos", "madu hutan"]),
]
NAMES = ["Ani", "Sari", "Budi", "Melati", "Senja", "Rasa", "Kenanga", "Cahaya", "Nusa", "Lestari", "Bintang",
         "Mentari", "Arunika", "Pelangi", "Jaya", "Makmur", "Sejahtera", "Harmoni", "Sakura", "Andalas"]
CITIES = ["Bandung", "Surabaya", "Medan", "Makassar", "Yogyakarta", "Malang", "Depok", "Bogor", "Semarang", "Denpasar"]
COLORS_ID = ["pink", "biru muda", "hijau tosca", "coklat tua", "emas", "merah", "biru dongker", "kuning", ""]
COLORS_EN = ["navy", "rose gold", "forest green", "orange", "black and gold", "pastel pink", "teal", ""]


def varied_briefs(n: int, seed: int = 7) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        lang, brand, what, products = rnd.choice(BUSINESSES)
        name = f"{rnd.choice(NAMES)} {rnd.choice(NAMES)}" if i >= len(NAMES) else NAMES[i]
        a, b, c = rnd.sample(products, 3) if len(products) >= 3 else (*products[:2], products[0])
        body = what.format(a=a, b=b, c=c)
        city = rnd.choice(CITIES)
        brand_name = brand.format(n=name)
        if lang == "id":
            color = rnd.choice(COLORS_ID)
            text = f"Nama usaha saya {brand_name}, {body} di {city}" + (f", warna {color}" if color else "")
        else:
            color = rnd.choice(COLORS_EN)
            text = f"{brand_name} is {body} in {city}" + (f", colours {color}" if color else "")
        out.append(text + ("." if rnd.random() < 0.5 else f", order via WhatsApp 0812-3456-{i % 10000:04d}."))
    return out
