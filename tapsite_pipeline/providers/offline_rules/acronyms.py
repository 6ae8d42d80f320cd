"""Acronyms as they are written in names, headings and running text ("AC", "UI/UX", "PS5", "WiFi"): the parser's
fallback names and the copy both write them so, whatever case the owner typed."""

from __future__ import annotations

ACRONYMS = {
    "ac": "AC", "ui": "UI", "ux": "UX", "ui/ux": "UI/UX", "seo": "SEO", "cv": "CV", "diy": "DIY",
    "bbq": "BBQ", "hp": "HP", "pc": "PC", "tv": "TV", "led": "LED", "wifi": "WiFi", "eo": "EO",
    "mc": "MC", "sd": "SD", "smp": "SMP", "sma": "SMA", "smk": "SMK", "tk": "TK", "paud": "PAUD",
    "utbk": "UTBK", "snbt": "SNBT", "cpns": "CPNS", "toefl": "TOEFL", "ielts": "IELTS", "it": "IT",
    "crm": "CRM", "erp": "ERP", "ppt": "PPT", "3d": "3D", "2d": "2D", "dj": "DJ", "ntt": "NTT", "ntb": "NTB",
    "dki": "DKI", "bsd": "BSD", "umkm": "UMKM", "mua": "MUA", "ktp": "KTP",
    "bpom": "BPOM", "sni": "SNI", "iso": "ISO", "mui": "MUI", "pirt": "PIRT", "kol": "KOL", "ios": "iOS",
    "ai": "AI", "vr": "VR", "gps": "GPS", "hr": "HR", "hrd": "HRD", "sop": "SOP",
    "npwp": "NPWP", "sim": "SIM", "stnk": "STNK", "bpkb": "BPKB", "kpr": "KPR", "nib": "NIB", "pt": "PT",
    "b2b": "B2B", "b2c": "B2C", "cctv": "CCTV", "usb": "USB", "lcd": "LCD", "cnc": "CNC",
    "pvc": "PVC", "wpc": "WPC", "acp": "ACP", "mdf": "MDF", "hpl": "HPL", "pcb": "PCB", "cpu": "CPU", "gpu": "GPU",
    "ssd": "SSD", "hdd": "HDD", "lpg": "LPG", "bbm": "BBM", "suv": "SUV", "atv": "ATV",
    "utv": "UTV", "ps": "PS", "ps4": "PS4", "ps5": "PS5", "fnb": "F&B", "k3": "K3", "p3k": "P3K",
    "pkl": "PKL", "wc": "WC", "tka": "TKA", "tpa": "TPA", "tpq": "TPQ", "sbmptn": "SBMPTN", "cpu/gpu": "CPU/GPU",
}

# in running text these are also words ("it", "sim" as in "sim salabim", "ai" in names, "pt" and "ps" in addresses)
RUNNING_ACRONYMS = {k: v for k, v in ACRONYMS.items() if k not in ("it", "sim", "ai", "pt", "ps", "hr")}
