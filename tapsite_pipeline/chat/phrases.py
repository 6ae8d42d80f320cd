"""What the conversation says, in Indonesian and English (the owner's first message picks the language)."""

from __future__ import annotations

from types import SimpleNamespace

ID = SimpleNamespace(
    GREETING="Halo! Saya bantu bikin website untuk usaha Anda. Ceritakan usahanya: namanya apa, jual apa, "
             "dan di mana?",
    RESUME="Kita lanjutkan percakapan sebelumnya.",
    ASK={"brand": "Apa nama usaha Anda?",
         "offerings": "Apa saja yang Anda jual atau layani? (pisahkan dengan koma)",
         "contact": "Pelanggan bisa menghubungi ke mana? Tulis nomor WhatsApp, telepon, atau email."},
    ASK_AGAIN={"brand": "Saya belum menangkap nama usahanya. Tulis namanya saja, misalnya: Toko Kue Ani.",
               "offerings": "Tulis produk atau layanannya, misalnya: nastar, kastengel, putri salju.",
               "contact": "Saya perlu satu kontak: nomor WhatsApp (08…), telepon, atau email."},
    CONFIRM="Ringkasannya: {brand} — {offerings}. Kontak: {contact}. Sudah benar? (ya/tidak)",
    PHONE="telepon",
    WHAT_TO_FIX="Baik, apa yang perlu diperbaiki?",
    YES_OR_NO="Jawab 'ya' kalau ringkasan ini benar, atau tulis yang perlu diperbaiki.",
    GENERATING="Siap, websitenya sedang dibuat…",
    STILL_WORKING="Sebentar, masih saya kerjakan.",
    READY="Websitenya sudah jadi: {url}",
    REVIEW="Ada yang mau diubah? Ceritakan saja (misalnya warna, menu, jam buka). Ketik 'selesai' kalau sudah pas.",
    REFINING="Oke, saya ubah…",
    REFINED="Sudah diubah ({what}), versi {version}: {url}. Ada lagi? Ketik 'selesai' kalau sudah pas.",
    NOTHING="tidak ada yang berubah",
    CHANGE_NAMES={"colours": "warna", "offerings": "produk", "text": "teks", "contact": "kontak", "brand": "nama",
                  "tone": "gaya bahasa", "language": "bahasa", "location": "lokasi", "picture": "gambar",
                  "design": "desain"},
    COMPLETE="Selesai! Website Anda: {url}. Terima kasih!",
    FAILED="Maaf, ada kendala: {error}",
)

EN = SimpleNamespace(
    GREETING="Hi! I'll build a website for your business. Tell me about it: its name, what you sell, and where?",
    RESUME="Let's pick up where we left off.",
    ASK={"brand": "What is your business called?",
         "offerings": "What do you sell or offer? (separate them with commas)",
         "contact": "How can customers reach you? A WhatsApp number, phone or email."},
    ASK_AGAIN={"brand": "I didn't catch the name. Just type it, e.g. Lumiere Bakery.",
               "offerings": "Type your products or services, e.g. sourdough, croissants, cinnamon rolls.",
               "contact": "I need one contact: a WhatsApp number (08…), a phone number or an email."},
    CONFIRM="Summary: {brand} — {offerings}. Contact: {contact}. Is that right? (yes/no)",
    PHONE="phone",
    WHAT_TO_FIX="All right, what should I fix?",
    YES_OR_NO="Answer 'yes' if this summary is right, or tell me what to fix.",
    GENERATING="Great, building your website…",
    STILL_WORKING="One moment, still working on it.",
    READY="Your website is ready: {url}",
    REVIEW="Anything to change? Just say it (colours, products, opening hours…). Type 'done' when it's right.",
    REFINING="OK, changing it…",
    REFINED="Changed ({what}), version {version}: {url}. Anything else? Type 'done' when it's right.",
    NOTHING="nothing changed",
    CHANGE_NAMES={"colours": "colours", "offerings": "products", "text": "text", "contact": "contact",
                  "brand": "name", "tone": "tone", "language": "language", "location": "location",
                  "picture": "picture", "design": "design"},
    COMPLETE="All done! Your website: {url}. Thank you!",
    FAILED="Sorry, something went wrong: {error}",
)

LANG = {"id": ID, "en": EN}
