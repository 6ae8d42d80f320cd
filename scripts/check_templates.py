#!/usr/bin/env python
"""Render every catalog template, serve the pages locally, and audit them in a real browser.

For each template: Lighthouse (mobile, default simulated throttling) performance / accessibility /
best-practices / SEO must all be 100, axe-core must report 0 violations, and the page must not
scroll horizontally at 360 px. Prints a table; exits 1 if any page misses.

    .venv/bin/python scripts/check_templates.py [--only ID ...] [--screenshots DIR] [--keep DIR]

Needs /usr/bin/chromium and node_modules/.bin/lighthouse (see /work/shared/ENVIRONMENT.md).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tapsite_pipeline.catalog import load_catalog  # noqa: E402
from tapsite_pipeline.models import (  # noqa: E402
    Brief, CardItem, ColorScheme, DesignDecision, ImageAsset, Intent, MatchScore, SectionContent,
    SeoContent, SiteContent, Typography,
)
from tapsite_pipeline.stages.assemble import assemble_site  # noqa: E402

CHROME = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CHROME_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"]
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


# ------------------------------------------------------------------ fixtures

def _items(pairs):
    return [CardItem(title=a, description=b) for a, b in pairs]


SAMPLES_ID = {
    "food_and_beverage": dict(
        brand="Dapur Bu Sari", industry="katering rumahan", location="Yogyakarta",
        offer=["nasi kotak", "tumpeng mini", "kue basah"],
        hero=("Masakan rumahan untuk setiap acara", "Nasi kotak, tumpeng, dan kue basah yang dimasak segar "
              "setiap hari dari dapur kami di Yogyakarta.", "Pesan nasi kotak"),
        products=("Menu andalan", "Pilihan favorit pelanggan untuk arisan, rapat, dan syukuran.", [
            ("Nasi kotak ayam bakar", "Ayam bakar bumbu kecap, lalapan, sambal, dan nasi putih hangat."),
            ("Tumpeng mini", "Tumpeng kuning lengkap dengan lauk untuk 5–7 orang."),
            ("Kue basah", "Lemper, risoles, dan kue lapis untuk suguhan tamu."),
            ("Paket syukuran", "Kombinasi nasi kotak dan kue untuk acara keluarga.")]),
        highlights=("Kenapa memilih kami", "", [
            ("Dimasak hari itu juga", "Tanpa bahan pengawet, selalu segar."),
            ("Bisa pesan mendadak", "Pesanan kecil bisa diproses di hari yang sama."),
            ("Antar ke lokasi", "Kami antar pesanan Anda di area kota.")]),
        about=("Cerita dapur kami", "Dapur Bu Sari berawal dari pesanan tetangga untuk arisan. Kini kami "
               "memasak untuk kantor, sekolah, dan acara keluarga dengan resep yang sama seperti dulu."),
        steps=("Cara pesan", "", [
            ("Pilih menu", "Tentukan menu dan jumlah porsi."),
            ("Kirim pesan", "Hubungi kami lewat WhatsApp dengan tanggal acara."),
            ("Terima pesanan", "Pesanan diantar tepat waktu ke lokasi Anda.")]),
        contact=("Pesan untuk acara Anda", "Ceritakan kebutuhan acara Anda, kami balas secepatnya."),
        seo=("Dapur Bu Sari — Katering Rumahan di Yogyakarta",
             "Nasi kotak, tumpeng mini, dan kue basah yang dimasak segar untuk acara Anda di Yogyakarta."),
    ),
    "retail": dict(
        brand="Toko Kain Melati", industry="toko kain", location="Pekalongan",
        offer=["batik tulis", "kain tenun", "selendang"],
        hero=("Kain batik pilihan langsung dari Pekalongan", "Batik tulis, batik cap, dan kain tenun "
              "untuk kebutuhan seragam maupun koleksi pribadi.", "Lihat koleksi"),
        products=("Koleksi kami", "Kain asli pengrajin lokal, bisa dibeli satuan maupun grosir.", [
            ("Batik tulis", "Motif klasik Pekalongan, dikerjakan tangan."),
            ("Batik cap", "Pilihan motif lengkap untuk seragam kantor."),
            ("Kain tenun", "Tenun ikat dengan warna alami."),
            ("Selendang", "Selendang batik ringan untuk acara resmi.")]),
        highlights=("Belanja dengan tenang", "", [
            ("Kain asli", "Langsung dari pengrajin di Pekalongan."),
            ("Bisa grosir", "Cocok untuk seragam komunitas dan kantor."),
            ("Kirim ke seluruh Indonesia", "Dikemas rapi dan aman.")]),
        about=("Tentang toko", "Toko Kain Melati dikelola keluarga sejak lama dan bekerja sama dengan "
               "pengrajin batik di sekitar Pekalongan."),
        steps=("Cara belanja", "", [
            ("Pilih kain", "Lihat koleksi dan catat motif yang Anda suka."),
            ("Hubungi kami", "Kirim pilihan Anda untuk cek stok."),
            ("Bayar dan terima", "Kain dikirim setelah pembayaran dikonfirmasi.")]),
        contact=("Tanya stok dan harga", "Kirim motif yang Anda cari, kami bantu carikan."),
        seo=("Toko Kain Melati — Batik dan Tenun Pekalongan",
             "Batik tulis, batik cap, kain tenun, dan selendang asli pengrajin Pekalongan."),
    ),
    "services": dict(
        brand="Servis AC Pak Budi", industry="servis ac", location="Bekasi",
        offer=["cuci ac", "isi freon", "bongkar pasang ac"],
        hero=("AC dingin lagi, tanpa repot", "Cuci, isi freon, dan perbaikan AC rumah maupun kantor di "
              "Bekasi oleh teknisi berpengalaman.", "Jadwalkan servis"),
        products=("Layanan kami", "Semua pekerjaan dikerjakan rapi dan bersih.", [
            ("Cuci AC", "Membersihkan filter dan unit dalam agar AC kembali dingin."),
            ("Isi freon", "Pengecekan tekanan dan pengisian freon sesuai kebutuhan."),
            ("Bongkar pasang", "Pindah unit AC dengan aman saat pindahan rumah.")]),
        highlights=("Kenapa Pak Budi", "", [
            ("Teknisi berpengalaman", "Menangani berbagai merek AC."),
            ("Datang ke rumah", "Tidak perlu membawa unit ke bengkel."),
            ("Kerja rapi", "Area kerja dibersihkan setelah selesai.")]),
        about=("Tentang kami", "Kami melayani perawatan AC rumah, toko, dan kantor kecil di Bekasi."),
        steps=("Cara memesan", "", [
            ("Hubungi kami", "Sebutkan jenis AC dan keluhannya."),
            ("Atur jadwal", "Pilih hari dan jam kunjungan."),
            ("Teknisi datang", "AC dicek dan dikerjakan di tempat.")]),
        contact=("Jadwalkan servis AC", "Kirim pesan, kami bantu atur jadwal kunjungan."),
        seo=("Servis AC Pak Budi — Cuci dan Perbaikan AC Bekasi",
             "Cuci AC, isi freon, dan bongkar pasang AC rumah dan kantor di Bekasi."),
    ),
    "creative": dict(
        brand="Studio Rupa", industry="desain grafis", location=None,
        offer=["desain logo", "kemasan produk", "konten media sosial"],
        hero=("Desain yang membuat usaha Anda diingat", "Logo, kemasan, dan konten media sosial untuk UMKM "
              "yang ingin tampil lebih percaya diri.", "Diskusikan proyek"),
        products=("Yang kami kerjakan", "Setiap proyek dimulai dari cerita usaha Anda.", [
            ("Desain logo", "Identitas sederhana yang mudah diingat."),
            ("Kemasan produk", "Label dan kemasan yang menarik di rak toko."),
            ("Konten media sosial", "Template unggahan yang konsisten dengan merek Anda.")]),
        highlights=("Cara kami bekerja", "", [
            ("Mendengar dulu", "Kami pelajari usaha dan pelanggan Anda."),
            ("Revisi jelas", "Tahapan revisi disepakati sejak awal."),
            ("File lengkap", "Semua file siap cetak dan siap unggah.")]),
        about=("Tentang studio", "Studio Rupa adalah studio desain kecil yang senang bekerja dengan "
               "usaha lokal."),
        steps=("Mulai proyek", "", [
            ("Ceritakan kebutuhan", "Kirim gambaran usaha dan tujuan desain."),
            ("Terima konsep", "Kami kirim beberapa arah desain."),
            ("Finalisasi", "Pilih satu konsep dan kami sempurnakan.")]),
        contact=("Ayo mulai proyek Anda", "Ceritakan sedikit tentang usaha Anda."),
        seo=("Studio Rupa — Desain Logo dan Kemasan untuk UMKM",
             "Desain logo, kemasan produk, dan konten media sosial untuk usaha kecil."),
    ),
    "education": dict(
        brand="Bimbel Cerdas", industry="bimbingan belajar", location="Malang",
        offer=["matematika", "bahasa inggris", "persiapan ujian"],
        hero=("Belajar lebih tenang, nilai lebih baik", "Bimbingan belajar kelompok kecil untuk SD, SMP, "
              "dan SMA di Malang.", "Daftar kelas"),
        products=("Program belajar", "Kelas kecil agar setiap siswa mendapat perhatian.", [
            ("Matematika", "Latihan konsep dan soal bertahap."),
            ("Bahasa Inggris", "Percakapan, tata bahasa, dan membaca."),
            ("Persiapan ujian", "Latihan soal dan strategi mengerjakan ujian.")]),
        highlights=("Keunggulan kami", "", [
            ("Kelas kecil", "Maksimal delapan siswa per kelas."),
            ("Laporan rutin", "Orang tua mendapat kabar perkembangan."),
            ("Jadwal fleksibel", "Pilihan kelas sore dan akhir pekan.")]),
        about=("Tentang Bimbel Cerdas", "Kami percaya setiap anak bisa belajar dengan cara yang tepat."),
        steps=("Cara mendaftar", "", [
            ("Hubungi kami", "Sebutkan kelas dan mata pelajaran."),
            ("Kelas percobaan", "Ikuti satu pertemuan untuk mengenal pengajar."),
            ("Mulai belajar", "Pilih jadwal rutin yang cocok.")]),
        contact=("Daftar atau tanya jadwal", "Kami bantu pilihkan kelas yang sesuai."),
        seo=("Bimbel Cerdas — Bimbingan Belajar di Malang",
             "Bimbingan belajar kelompok kecil untuk SD, SMP, dan SMA di Malang."),
    ),
    "events": dict(
        brand="Pesta Ria", industry="dekorasi pesta", location="Surabaya",
        offer=["dekorasi ulang tahun", "balon", "photo booth"],
        hero=("Pesta meriah tanpa pusing", "Dekorasi ulang tahun, balon, dan photo booth untuk acara "
              "keluarga di Surabaya.", "Tanya paket dekorasi"),
        products=("Paket dekorasi", "Pilih tema dan kami siapkan dekorasinya.", [
            ("Dekorasi ulang tahun", "Backdrop, meja kue, dan hiasan sesuai tema."),
            ("Balon", "Rangkaian balon untuk pintu masuk dan panggung."),
            ("Photo booth", "Sudut foto yang seru untuk tamu.")]),
        highlights=("Kenapa Pesta Ria", "", [
            ("Tema bebas", "Sesuaikan warna dan karakter favorit."),
            ("Pasang dan bongkar", "Tim kami yang mengurus semuanya."),
            ("Tepat waktu", "Dekorasi siap sebelum tamu datang.")]),
        about=("Tentang kami", "Pesta Ria membantu keluarga merayakan momen penting dengan dekorasi "
               "yang ceria."),
        steps=("Cara pesan", "", [
            ("Pilih tema", "Tentukan tema dan tanggal acara."),
            ("Konfirmasi", "Kami kirim rincian paket."),
            ("Hari H", "Tim datang memasang dekorasi.")]),
        contact=("Rencanakan pesta Anda", "Sebutkan tanggal dan tema acara Anda."),
        seo=("Pesta Ria — Dekorasi Ulang Tahun di Surabaya",
             "Dekorasi ulang tahun, balon, dan photo booth untuk acara keluarga di Surabaya."),
    ),
    "technology": dict(
        brand="Kasirku", industry="aplikasi kasir", location=None,
        offer=["aplikasi kasir", "laporan penjualan", "manajemen stok"],
        hero=("Aplikasi kasir sederhana untuk warung dan toko", "Catat penjualan, pantau stok, dan lihat "
              "laporan harian langsung dari ponsel.", "Coba gratis"),
        products=("Fitur utama", "Semua yang dibutuhkan toko kecil, tanpa rumit.", [
            ("Kasir cepat", "Catat transaksi dalam beberapa ketukan."),
            ("Laporan penjualan", "Ringkasan harian dan bulanan otomatis."),
            ("Manajemen stok", "Pengingat saat stok hampir habis.")]),
        highlights=("Dibuat untuk UMKM", "", [
            ("Mudah dipakai", "Tampilan sederhana untuk semua karyawan."),
            ("Bisa offline", "Tetap mencatat saat sinyal lemah."),
            ("Data aman", "Cadangan data tersimpan otomatis.")]),
        about=("Tentang Kasirku", "Kasirku dibuat oleh tim kecil yang ingin membantu pemilik warung "
               "mengelola usaha dengan lebih rapi."),
        steps=("Mulai dalam 3 langkah", "", [
            ("Daftar", "Buat akun dengan nomor ponsel."),
            ("Masukkan produk", "Tambahkan daftar barang dan harga."),
            ("Mulai berjualan", "Catat transaksi pertama Anda.")]),
        contact=("Butuh bantuan?", "Tim kami siap membantu pemasangan aplikasi."),
        seo=("Kasirku — Aplikasi Kasir untuk Warung dan Toko",
             "Aplikasi kasir sederhana untuk mencatat penjualan, stok, dan laporan harian."),
    ),
    "other": dict(
        brand="Rumah Jahit Ibu Ani", industry="penjahit", location="Bogor",
        offer=["jahit baju", "permak celana", "seragam sekolah"],
        hero=("Jahit dan permak pakaian dengan rapi", "Jahit baju baru, permak, dan seragam sekolah "
              "dikerjakan teliti di Bogor.", "Tanya jadwal jahit"),
        products=("Layanan jahit", "Dikerjakan dengan teliti sesuai ukuran Anda.", [
            ("Jahit baju", "Kemeja, gamis, dan kebaya sesuai model."),
            ("Permak", "Potong, kecilkan, atau ganti resleting."),
            ("Seragam sekolah", "Seragam rapi untuk tahun ajaran baru.")]),
        highlights=("Kenapa kami", "", [
            ("Teliti", "Ukuran dicek ulang sebelum dijahit."),
            ("Tepat janji", "Tanggal selesai disepakati di awal."),
            ("Ramah", "Konsultasi model tanpa biaya.")]),
        about=("Tentang kami", "Rumah Jahit Ibu Ani melayani tetangga dan pelanggan di Bogor sejak lama."),
        steps=("Cara pesan", "", [
            ("Datang atau kirim pesan", "Ceritakan model yang Anda inginkan."),
            ("Ukur", "Kami ukur badan atau contoh pakaian."),
            ("Ambil pakaian", "Pakaian siap diambil sesuai jadwal.")]),
        contact=("Hubungi kami", "Tanyakan jadwal dan model jahitan."),
        seo=("Rumah Jahit Ibu Ani — Penjahit di Bogor",
             "Jahit baju, permak, dan seragam sekolah dikerjakan rapi di Bogor."),
    ),
}

SAMPLES_EN = {
    "food_and_beverage": dict(
        brand="Sunny Side Bakery", industry="bakery", location="Denpasar",
        offer=["sourdough", "croissants", "banana bread"],
        hero=("Fresh bread, baked before sunrise", "Sourdough, croissants and banana bread from our small "
              "oven in Denpasar.", "Order fresh bread"),
        products=("From our oven", "Baked in small batches every morning.", [
            ("Sourdough loaf", "Slow-fermented, crisp crust, soft crumb."),
            ("Butter croissants", "Flaky layers, baked every morning."),
            ("Banana bread", "Moist and lightly spiced.")]),
        highlights=("Why locals love us", "", [
            ("Small batches", "Everything is baked the same day."),
            ("Simple ingredients", "Flour, water, salt and patience."),
            ("Easy pickup", "Order ahead and collect on your way.")]),
        about=("Our story", "We started baking for friends and never stopped."),
        steps=("How to order", "", [
            ("Choose", "Pick your bread and pastries."),
            ("Message us", "Send your order and pickup time."),
            ("Collect", "Your order is ready when you arrive.")]),
        contact=("Order or ask a question", "Send us a message and we will reply soon."),
        seo=("Sunny Side Bakery — Fresh Bread in Denpasar",
             "Sourdough, croissants and banana bread baked fresh every morning in Denpasar."),
    ),
    "services": dict(
        brand="Clean Nest", industry="home cleaning", location="Jakarta",
        offer=["home cleaning", "deep cleaning", "sofa cleaning"],
        hero=("A spotless home without lifting a finger", "Friendly, careful cleaners for apartments and "
              "houses in Jakarta.", "Book a cleaning"),
        products=("Our services", "Pick the clean that fits your week.", [
            ("Regular cleaning", "Dusting, floors, kitchen and bathrooms."),
            ("Deep cleaning", "A top-to-bottom clean for moving day."),
            ("Sofa cleaning", "Fabric care that lifts stains and dust.")]),
        highlights=("Why Clean Nest", "", [
            ("Trained team", "Careful with your home and belongings."),
            ("Own equipment", "We bring everything we need."),
            ("Flexible times", "Weekday and weekend slots.")]),
        about=("About us", "Clean Nest is a small team that treats every home like our own."),
        steps=("How booking works", "", [
            ("Tell us", "Share your address area and home size."),
            ("Pick a time", "Choose a date that suits you."),
            ("Relax", "We arrive on time and get to work.")]),
        contact=("Book your first clean", "Send us a message to check availability."),
        seo=("Clean Nest — Home Cleaning in Jakarta",
             "Regular, deep and sofa cleaning for apartments and houses in Jakarta."),
    ),
    "technology": dict(
        brand="Stockly", industry="inventory app", location=None,
        offer=["inventory tracking", "sales reports", "low-stock alerts"],
        hero=("Know your stock, every day", "A simple inventory app for small shops: track items, sales and "
              "reorders from your phone.", "Start free"),
        products=("Features", "Everything a small shop needs and nothing it does not.", [
            ("Inventory tracking", "Count items once, then let sales update stock."),
            ("Sales reports", "Daily and monthly summaries, automatically."),
            ("Low-stock alerts", "A reminder before a best-seller runs out.")]),
        highlights=("Built for small teams", "", [
            ("Easy to learn", "Your staff can start in minutes."),
            ("Works offline", "Keep recording when the signal drops."),
            ("Safe backups", "Your data is backed up automatically.")]),
        about=("About Stockly", "Stockly is built by a small team that grew up in family shops."),
        steps=("Get started", "", [
            ("Sign up", "Create an account with your email."),
            ("Add products", "Import or type your item list."),
            ("Sell", "Record your first sale.")]),
        contact=("Questions?", "Write to us and a real person will answer."),
        seo=("Stockly — Simple Inventory App for Small Shops",
             "Track stock, sales and reorders from your phone with a simple inventory app."),
    ),
    "creative": dict(
        brand="Paper Kite Studio", industry="illustration studio", location=None,
        offer=["illustration", "packaging design", "brand identity"],
        hero=("Illustration that tells your story", "Packaging, brand identity and editorial illustration "
              "for independent brands.", "Start a project"),
        products=("Selected work", "A few kinds of projects we love.", [
            ("Packaging design", "Labels and boxes that stand out on the shelf."),
            ("Brand identity", "Logos, colours and a voice that fits."),
            ("Editorial illustration", "Pictures for articles, books and menus."),
            ("Social templates", "Posts that look consistent every week.")]),
        highlights=("How we work", "", [
            ("Listen first", "We learn about your customers."),
            ("Clear rounds", "Revisions agreed from the start."),
            ("Ready files", "Print-ready and web-ready.")]),
        about=("About the studio", "Paper Kite is a two-person studio working with small brands."),
        steps=("Working together", "", [
            ("Brief", "Tell us what you need."),
            ("Sketches", "We share early directions."),
            ("Final art", "We polish the chosen direction.")]),
        contact=("Tell us about your project", "A few lines are enough to get started."),
        seo=("Paper Kite Studio — Illustration and Packaging",
             "Illustration, packaging design and brand identity for independent brands."),
    ),
}


def _content(sample: dict, lang: str) -> SiteContent:
    h = sample["hero"]
    secs = [SectionContent(type="hero", heading=h[0], body=h[1], cta_label=h[2])]
    for kind, key in (("products", "products"), ("highlights", "highlights"), ("how_to_order", "steps")):
        head, body, items = sample[key]
        secs.append(SectionContent(type=kind, heading=head, body=body, items=_items(items)))
    secs.append(SectionContent(type="about", heading=sample["about"][0], body=sample["about"][1]))
    secs.append(SectionContent(type="contact", heading=sample["contact"][0], body=sample["contact"][1]))
    return SiteContent(language=lang, sections=secs,
                       seo=SeoContent(title=sample["seo"][0], description=sample["seo"][1]))


def _scheme(palette) -> ColorScheme:
    try:  # the real palette engine when present
        from tapsite_pipeline.design.palette import build_scheme
        return build_scheme(palette, [])[0]
    except ImportError:  # pragma: no cover - fallback for a tree without the engine
        raise SystemExit("tapsite_pipeline.design.palette.build_scheme is required")


def _hero_png(path: Path, scheme: ColorScheme, motif: str, size: tuple[int, int], seed: int) -> bytes:
    try:
        from tapsite_pipeline.providers.base import ImageSpec
        from tapsite_pipeline.providers.offline_images import PillowImageProvider
        spec = ImageSpec(prompt="hero", width=size[0], height=size[1],
                         palette=(scheme.primary, scheme.secondary, scheme.accent, scheme.text),
                         motif=motif, seed=seed)
        data = PillowImageProvider("pillow").render(spec)
    except Exception:  # noqa: BLE001 - any drawing works for the audit
        from PIL import Image, ImageDraw
        im = Image.new("RGB", size, scheme.surface)
        d = ImageDraw.Draw(im)
        d.ellipse((size[0] * .25, size[1] * .15, size[0] * .75, size[1] * .85), fill=scheme.accent)
        d.rectangle((0, size[1] * .75, size[0], size[1]), fill=scheme.primary)
        buf = io.BytesIO()
        im.save(buf, "WEBP", quality=60)
        data = buf.getvalue()
    path.write_bytes(data)
    return data


def render_all(out: Path, base_url: str, only: list[str] | None = None) -> list[dict]:
    """Render one page per template into out/<id>/; vary language and contact data across templates."""
    import hashlib
    cat = load_catalog()
    pages = []
    img_dir = out / "_images"
    img_dir.mkdir(parents=True, exist_ok=True)
    for i, t in enumerate(cat.templates):
        if only and t.id not in only:
            continue
        btype = t.categories[0]
        lang = "en" if (i % 3 == 1 and btype in SAMPLES_EN) else "id"
        sample = (SAMPLES_EN if lang == "en" else SAMPLES_ID)[btype]
        variant = i % 3   # 0: WhatsApp + phone + email, 1: email only, 2: "whatsapp" feature, no number
        brief = Brief(text=f"{sample['brand']}: {sample['industry']}",
                      whatsapp="0812-3456-7890" if variant == 0 else None,
                      phone="(0274) 555-0123" if variant == 0 else None,
                      email="halo@contoh.id" if variant in (0, 1) else None)
        feats = list(t.features)
        if variant == 2 and "whatsapp" not in feats:
            feats.append("whatsapp")
        if variant == 1 and "whatsapp" in feats:
            feats.remove("whatsapp")
        intent = Intent(business_type=btype, industry=sample["industry"], products=sample["offer"],
                        brand_name=sample["brand"], tone=t.tones[0], features_requested=feats,
                        language=lang, location=sample["location"])
        pal = t.palettes[i % len(t.palettes)]
        scheme = _scheme(pal)
        tp = cat.typography[t.typography]
        design = DesignDecision(template_id=t.id, color_scheme=scheme,
                                typography=Typography(name=tp.id, heading=tp.heading, body=tp.body),
                                layout=t.layout, components=t.components,
                                match=MatchScore(total=1.0, breakdown={}))
        size = (1200, 800) if i % 2 == 0 else (960, 640)
        ipath = img_dir / f"{t.id}.webp"
        data = _hero_png(ipath, scheme, btype, size, seed=i)
        alt = ("Ilustrasi " if lang == "id" else "Illustration for ") + sample["brand"]
        asset = ImageAsset(role="hero", filename=f"hero-{hashlib.sha256(data).hexdigest()[:16]}.webp",
                           path=str(ipath), width=size[0], height=size[1], alt=alt,
                           sha256=hashlib.sha256(data).hexdigest(), bytes=len(data), spec_hash="check")
        url = f"{base_url}/{t.id}/"
        site = assemble_site(site_id=t.id, brief=brief, intent=intent, design=design,
                             content=_content(sample, lang), images=[asset], out_dir=out / t.id, site_url=url)
        hero_file = max((f.bytes for f in site.files if f.path != "index.html"), default=0)
        pages.append({"id": t.id, "hero": t.components["hero"], "lang": lang, "url": url,
                      "html": site.html_bytes, "weight": site.html_bytes + hero_file})
    return pages


# ------------------------------------------------------------------ browser checks

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def lighthouse(url: str, workdir: Path) -> dict:
    tag = url.rstrip("/").rsplit("/", 1)[-1]
    out = workdir / f"lh-{tag}.json"
    profile = Path(tempfile.mkdtemp(prefix="lh-", dir=workdir))
    cmd = [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={out}",
           f"--chrome-flags={' '.join(CHROME_FLAGS)} --user-data-dir={profile}"]
    env = {**os.environ, "CHROME_PATH": CHROME}
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        _, err = proc.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        return {"error": "timeout"}
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    if proc.returncode != 0 or not out.exists():
        return {"error": (err or b"").decode(errors="replace")[-300:]}
    report = json.loads(out.read_text())
    scores = {c: round((report["categories"][c]["score"] or 0) * 100) for c in CATEGORIES}
    failing = []
    for cat in CATEGORIES:
        for ref in report["categories"][cat]["auditRefs"]:
            a = report["audits"].get(ref["id"], {})
            if a.get("score") is not None and a["score"] < 1 and a.get("scoreDisplayMode") in ("binary", "numeric", "metricSavings"):
                failing.append(ref["id"])
    return {"scores": scores, "failing": sorted(set(failing))}


def axe_and_layout(pages: list[dict], shots: Path | None, shot_ids: list[str]) -> dict[str, dict]:
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import sync_playwright
    results = {}
    axe = Axe()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROME, args=CHROME_FLAGS)
        try:
            for pg in pages:
                page = browser.new_page(viewport={"width": 390, "height": 844})
                page.goto(pg["url"])
                res = axe.run(page)
                violations = [v["id"] for v in res.response.get("violations", [])]
                page.set_viewport_size({"width": 360, "height": 740})
                overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
                console = []
                page.close()
                results[pg["id"]] = {"violations": violations, "overflow": overflow, "console": console}
                if shots and pg["id"] in shot_ids:
                    for w, h in ((1280, 800), (390, 844)):
                        sp = browser.new_page(viewport={"width": w, "height": h})
                        sp.goto(pg["url"])
                        sp.screenshot(path=str(shots / f"{pg['id']}-{w}.png"), full_page=True)
                        sp.close()
        finally:
            browser.close()
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", nargs="*", help="template ids to check (default: all)")
    ap.add_argument("--screenshots", type=Path, help="write full-page screenshots here")
    ap.add_argument("--shot-ids", nargs="*", default=None, help="templates to screenshot (default: 2)")
    ap.add_argument("--keep", type=Path, help="render into this folder and keep it")
    ap.add_argument("--jobs", type=int, default=2, help="parallel Lighthouse runs")
    ap.add_argument("--no-lighthouse", action="store_true")
    args = ap.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="tapsite-check-"))
    root = args.keep or (work / "site")
    if args.keep and root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    port = _free_port()
    pages = render_all(root, f"http://127.0.0.1:{port}", args.only)
    server = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1",
                               "--directory", str(root)], start_new_session=True,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(50):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        if args.screenshots:
            args.screenshots.mkdir(parents=True, exist_ok=True)
        shot_ids = args.shot_ids if args.shot_ids is not None else [p["id"] for p in pages[:2]]
        ax = axe_and_layout(pages, args.screenshots, shot_ids)
        lh: dict[str, dict] = {}
        if not args.no_lighthouse:
            with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
                for pg, res in zip(pages, pool.map(lambda p: lighthouse(p["url"], work), pages)):
                    lh[pg["id"]] = res
            # Two Lighthouse runs share 2 cores, so CPU contention can inflate simulated TBT.
            # A page below 100 is re-run once on its own; the note in the table says so.
            for pg in pages:
                first = lh[pg["id"]]
                if first.get("scores") and all(v == 100 for v in first["scores"].values()):
                    continue
                again = lighthouse(pg["url"], work)
                was = ",".join(f"{k[:4]}={v}" for k, v in first.get("scores", {}).items() if v < 100)
                again["retried"] = f"re-run alone (1st run: {was or first.get('error', '?')[:40]})"
                lh[pg["id"]] = again
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait()

    bad = 0
    head = f"{'template':<18} {'hero':<9} {'lang':<4} {'perf':>4} {'a11y':>4} {'bp':>4} {'seo':>4} {'axe':>4} {'360':>4} {'KB':>5}  notes"
    print(head)
    print("-" * len(head))
    for pg in pages:
        r, a = lh.get(pg["id"], {}), ax[pg["id"]]
        sc = r.get("scores", {})
        cells = [str(sc.get(c, "-")) for c in CATEGORIES]
        notes = []
        ok = not a["violations"] and not a["overflow"] and pg["weight"] <= 60 * 1024
        if not args.no_lighthouse:
            ok = ok and bool(sc) and all(v == 100 for v in sc.values())
        if r.get("retried"):
            notes.append(r["retried"])
        if r.get("error"):
            notes.append("lighthouse error: " + r["error"].strip().splitlines()[-1][:80])
        if r.get("failing"):
            notes.append("audits<1: " + ",".join(r["failing"]))
        if a["violations"]:
            notes.append("axe: " + ",".join(a["violations"]))
        bad += not ok
        print(f"{pg['id']:<18} {pg['hero']:<9} {pg['lang']:<4} {cells[0]:>4} {cells[1]:>4} {cells[2]:>4} "
              f"{cells[3]:>4} {len(a['violations']):>4} {'no' if a['overflow'] else 'ok':>4} "
              f"{pg['weight'] / 1024:>5.1f}  {'; '.join(notes)}")
    print(f"\n{len(pages) - bad}/{len(pages)} templates pass (Lighthouse 100 x4, axe 0, no overflow at 360 px, "
          f"HTML+hero <= 60 KB)")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
