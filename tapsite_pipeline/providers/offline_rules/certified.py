"""What vouches for the goods or the business, as a small grammar: a marker word and who or what certified it
("registered with BPOM", "berizin resmi Kemenag", "certified halal", "sertifikat halal MUI"), or the standard
first and the marker after ("organik bersertifikat", "BPOM certified"); two joined by "and"/"dan" are one
statement ("registered with BPOM and certified halal"). Shown as the owner wrote it: a buyer weighs it.
"""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import fast, regrouped

# Who certifies, or the standard met: agencies, halal, organic, national and ISO standards.
_BODY = (r"(?:bpom|badan\s+pom|halal(?:\s+mui)?|mui|p-?irt|pirt|sni|iso\s*\d{3,5}(?::\d{4})?|kemenag|kemenkes|kemnaker|"
         r"kemendikbud|kemenparekraf|kemenkumham|ojk|bnsp|dinkes|dinas\s+kesehatan|organi[ck]|haccp|gmp|fda|the\s+fda)")
_MARK = (r"(?:registered|terdaftar|certified|bersertifikat|bersertifikasi|tersertifikasi|berizin|licensed|accredited|"
         r"terakreditasi|sertifikat|sertifikasi|izin|approved)")
_LINK = r"(?:\s+(?:resmi|officially|by|with|at|di|dari|oleh|from))*"
_ONE = rf"(?:{_MARK}{_LINK}\s+{_BODY}|{_BODY}\s+{_MARK})"
CERTIFIED = fast(rf"\b{_ONE}(?:\s*(?:,|and|dan|&)\s+(?:{_ONE}|{_BODY}))*\b", re.I)
# The bodies, written in any case ("PADI", "Kemenag"), for a reader of the case-sensitive text.
BODY_WORDS = rf"(?i:{_BODY})"
# A certifying body alone is never the business's name ("…berizin resmi Kemenag").
BODY_ONLY = regrouped(rf"{_BODY}", re.I)
