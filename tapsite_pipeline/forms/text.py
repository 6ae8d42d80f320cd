"""The words of the forms and of the endpoint's replies, in the page's language."""

from __future__ import annotations

FORM_TEXT: dict[str, dict[str, str]] = {
    "id": {
        "contact_title": "Kirim pesan", "registration_title": "Formulir pendaftaran",
        "order_title": "Formulir pesanan", "booking_title": "Booking jadwal",
        "contact_submit": "Kirim pesan", "registration_submit": "Kirim pendaftaran",
        "order_submit": "Kirim pesanan", "booking_submit": "Kirim booking",
        "required_note": "Kolom bertanda * wajib diisi.",
        "name": "Nama", "reach": "Cara menghubungi Anda (isi salah satu)", "phone": "Nomor WhatsApp/telepon",
        "email": "Email", "message": "Pesan", "registration_message": "Ingin mendaftar untuk apa?",
        "items": "Jumlah pesanan", "what": "Yang ingin dipesan", "quantity": "Jumlah",
        "fulfilment": "Pengambilan", "delivery": "Diantar", "pickup": "Ambil sendiri",
        "address": "Alamat pengantaran (jika diantar)", "note": "Catatan (opsional)",
        "service": "Layanan", "service_other": "Layanan yang diinginkan", "date": "Tanggal", "time": "Jam",
        "honeypot": "Jangan isi kolom ini",
        # replies
        "thanks_title": "Terima kasih!", "thanks_body": "Pesan Anda sudah kami terima. {brand} akan segera "
        "menghubungi Anda.", "back": "Kembali ke halaman {brand}",
        "errors_title": "Ada yang perlu diperbaiki", "errors_intro": "{n} isian perlu diperbaiki sebelum dikirim:",
        "resend": "Perbaiki lalu kirim lagi.",
        "too_fast": "Formulir terkirim terlalu cepat. Tunggu beberapa detik, lalu kirim lagi.",
        "stale": "Halaman ini sudah terlalu lama terbuka. Muat ulang halaman, lalu kirim lagi.",
        "rate": "Terlalu banyak pesan dalam waktu singkat. Coba lagi dalam {wait}.",
        "busy": "Pesan belum tersimpan karena server sedang sibuk. Coba kirim lagi sebentar lagi.",
        "bad_request": "Formulir ini tidak bisa diproses. Muat ulang halaman, lalu kirim lagi.",
        "too_big": "Isian terlalu panjang. Persingkat pesan Anda, lalu kirim lagi.",
        "minutes": "{n} menit", "seconds": "{n} detik",
        # field errors
        "e_required": "{label} wajib diisi.", "e_long": "{label} terlalu panjang (maksimal {max} karakter).",
        "e_phone": "Nomor tidak valid: tulis satu nomor saja, misalnya 0812-3456-7890.",
        "e_email": "Alamat email tidak valid, misalnya nama@contoh.com.",
        "e_reach": "Isi nomor WhatsApp/telepon atau email agar kami bisa menghubungi Anda.",
        "e_qty": "Jumlah harus angka 0 sampai 99.", "e_items": "Isi jumlah untuk minimal satu pesanan.",
        "e_choice": "Pilih salah satu pilihan yang tersedia.", "e_date": "Tulis tanggal yang valid.",
        "e_past": "Tanggal sudah lewat; pilih hari ini atau sesudahnya.", "e_time": "Tulis jam yang valid, misalnya 14:30.",
    },
    "en": {
        "contact_title": "Send a message", "registration_title": "Registration form",
        "order_title": "Order form", "booking_title": "Book a time",
        "contact_submit": "Send message", "registration_submit": "Send registration",
        "order_submit": "Send order", "booking_submit": "Send booking",
        "required_note": "Fields marked * are required.",
        "name": "Name", "reach": "How we can reach you (one is enough)", "phone": "WhatsApp/phone number",
        "email": "Email", "message": "Message", "registration_message": "What would you like to sign up for?",
        "items": "Quantities", "what": "What you would like to order", "quantity": "Quantity",
        "fulfilment": "Delivery or pickup", "delivery": "Deliver to me", "pickup": "I'll pick it up",
        "address": "Delivery address (if delivered)", "note": "Note (optional)",
        "service": "Service", "service_other": "Service you would like", "date": "Date", "time": "Time",
        "honeypot": "Leave this field empty",
        "thanks_title": "Thank you!", "thanks_body": "We have your message. {brand} will get back to you soon.",
        "back": "Back to {brand}",
        "errors_title": "Please check the form", "errors_intro": "{n} fields need fixing before sending:",
        "resend": "Fix them and send again.",
        "too_fast": "The form was sent too quickly. Wait a few seconds and send it again.",
        "stale": "This page has been open too long. Reload it and send again.",
        "rate": "Too many messages in a short time. Try again in {wait}.",
        "busy": "Your message was not saved because the server is busy. Please send it again in a moment.",
        "bad_request": "This form could not be processed. Reload the page and send again.",
        "too_big": "That is too much text. Shorten your message and send again.",
        "minutes": "{n} minutes", "seconds": "{n} seconds",
        "e_required": "{label} is required.", "e_long": "{label} is too long (at most {max} characters).",
        "e_phone": "That number is not valid: write one number only, e.g. 0812-3456-7890.",
        "e_email": "That email address is not valid, e.g. name@example.com.",
        "e_reach": "Give a WhatsApp/phone number or an email so we can reach you.",
        "e_qty": "Quantities are numbers from 0 to 99.", "e_items": "Give a quantity for at least one item.",
        "e_choice": "Choose one of the options.", "e_date": "Enter a valid date.",
        "e_past": "That date has passed; choose today or later.", "e_time": "Enter a valid time, e.g. 14:30.",
    },
}


def form_text(language: str) -> dict[str, str]:
    return FORM_TEXT.get(language, FORM_TEXT["en"])
