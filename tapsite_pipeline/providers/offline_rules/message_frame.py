"""The frame of a message the owner pasted, which sells nothing: an e-mail's subject line ("Subject: Re: Catering
enquiry for 120 guests"), whom an offer is addressed to ("Kepada pengelola hotel, villa & restoran:"), a
salutation said to a person ("Dear Ms. Hartono,", "Hi Mrs. Tan,"), a thanks to the
customer ("Thank you Kadek for the 5 stars", "Terima kasih Pak Agus atas ulasan bintang 5-nya") and the label a
platform puts over a reply ("Balasan pemilik:", "Reply from the owner:"). The offering rules read the text with the
frame written over (``frame_masked``, asked by offerings.py), so no card is made of the customer's name, the
subject's words or the label.
"""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

from .message_labels import labels_masked

# The label a review site or a marketplace puts over the owner's reply.
REPLY_LABEL = (r"(?:balasan|jawaban|tanggapan)\s+(?:dari\s+)?(?:pemilik|owner|penjual|admin|toko)|"
               r"(?:reply|response)\s+from\s+(?:the\s+)?(?:owner|seller|business|host|management)|"
               r"owner'?s\s+(?:reply|response)")
# The greetings said to a person by name ("Hi Mrs. Tan,") and the plain thanks ("Thank you Kadek"), also read by
# addressees.py, which keeps such names out of the brand.
GREETINGS = r"dear|hi|hai|halo|hallo|hello|hey"
THANKS_SAID = r"thank\s+you|thanks|terima\s*kasih|makasih"
_START = r"(?:^|(?<=[.!?:,\n]))[ \t]*"
_FRAME = regrouped(
    rf"(?i){_START}(?:"
    # a subject or reply field, up to its sentence's end
    r"(?:subject|subjek|perihal|hal|re|fwd?)[ \t]*:[^.!?\n]*|"
    # whom a letter or an offer is addressed to, up to the colon that opens it ("Kepada pengelola hotel, villa &
    # restoran di Labuan Bajo:", "To all HR managers:"): its readers, not its goods
    r"(?:kepada(?:\s+yth\.?)?|yth\.?|to|attn\.?|attention)[ \t]+[^:.!?\n]{3,90}:|"
    # a salutation to a person, closed by the comma after the name ("Dear Ms. Hartono,")
    rf"(?:{GREETINGS}|yth\.?|kepada\s+yth\.?)[ \t]+[^,!?\n]{{1,40}}?[,!]|"
    # a thanks, whom it is said to, and what for, up to the next punctuation
    rf"(?:{THANKS_SAID})(?:\s+(?:banyak|so\s+much|very\s+much))?"
    r"(?:[ \t]+(?!for\b|atas\b|untuk\b|buat\b|sudah\b|telah\b|udah\b)[^\W\d_][\w.'-]*){0,3}"
    r"(?:[ \t]+(?:for|atas|untuk|buat)\b[^,.!?\n]*)?(?=[,.!?\n]|$)|"
    rf"(?:{REPLY_LABEL})[ \t]*:?)")


def frame_masked(text: str, mask: str) -> str:
    """``text`` with the message's frame (subject line, salutation, thanks, a reply's label) written over with
    ``mask``, one character for one."""
    return labels_masked(_FRAME.sub(lambda m: mask * len(m.group(0)), text), mask)
