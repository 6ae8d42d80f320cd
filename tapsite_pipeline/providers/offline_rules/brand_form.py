"""A form the owner filled in ("Nama: Bu Rina / Nama usaha: Laundry Wangi / Alamat: Depok"): a bare "Nama:" or "Name:"
field is the person who fills the form in when another field names the business ("Nama usaha:", "Nama toko:",
"Business name:", "Usaha:"); the business field gives the brand. A form with no business field keeps reading "Nama:"
as the name ("Jenis usaha: catering / Nama: Catering Bunda Rahma").
"""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import regrouped

# The bare name field (the cue's own text).
_BARE = regrouped(r"(?:nama|nm|nma|name)\s*[:=-]?\s*", re.I)
# A field that names the business, opening a line (the cleaned brief ends each line with ".") or a part of the form.
_BUSINESS_FIELD = regrouped(
    r"(?:^|[\n.,;|•])\s*(?:(?:nama|nm|nma)\s*(?:usaha|toko|bisnis|brand|merek|merk|warung|kedai|olshop|lapak|"
    r"perusahaan|jualan|dagangan|produk|label)|(?:business|shop|store|company|brand)(?:\s+name)?|usaha|toko|bisnis)"
    r"(?:\s*/\s*[a-z]+)?\s*:", re.I | re.M)  # "Nama usaha/brand :"


def person_field(folded: str, start: int, end: int) -> bool:
    """Is the cue at folded[start:end] a bare "Nama:" field of a form that names the business in another field?"""
    return bool(_BARE.fullmatch(folded, start, end) and ":" in folded[start:end]
                and bool(_BUSINESS_FIELD.search(folded)))
