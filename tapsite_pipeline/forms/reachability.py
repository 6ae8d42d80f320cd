"""Does every way to reach the owner on a page lead somewhere? A check on the rendered HTML, used by the
tests on every template and on the demo briefs (and usable by any page-level scorer).

A dead end is: an in-page link to nothing; a contact section with no working channel (a wa.me link with a
number, a tel: link in E.164, a mailto: link, a Telegram or LINE account, or a form posting to an http(s) endpoint
or wa.me number);
a wa.me link without a number; a tel: link that is not E.164.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

WA_OK = re.compile(r"^https://wa\.me/\d{8,15}(?:\?|$)")
TEL_OK = re.compile(r"^tel:\+\d{8,15}$")
# a Telegram or LINE account people can message (tapsite_pipeline/owner_links.py makes these links)
CHAT_OK = re.compile(r"^https://(?:t\.me/[A-Za-z][A-Za-z0-9_]{3,30}[A-Za-z0-9]|line\.me/(?:R/)?ti/p/(?:~|%40)"
                     r"[a-z0-9._-]{3,20})$")
SKIP_LINKS = {"#main"}


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[str, str | None]] = []   # (href, id of the section it sits in)
        self.forms: list[tuple[str, str | None]] = []   # (action, section id)
        self._section: list[str | None] = []

    def handle_starttag(self, tag, attrs):
        a = {k: v or "" for k, v in attrs}
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "section":
            self._section.append(a.get("id"))
        here = self._section[-1] if self._section else None
        if tag == "a" and "href" in a:
            self.links.append((a["href"], here))
        if tag == "form":
            self.forms.append((a.get("action", ""), here))

    def handle_endtag(self, tag):
        if tag == "section" and self._section:
            self._section.pop()


def _channel(href: str) -> bool:
    return bool(WA_OK.match(href) or TEL_OK.match(href) or CHAT_OK.match(href)
                or href.startswith("mailto:") and "@" in href)


def _form_ok(action: str) -> bool:
    return bool(WA_OK.match(action) or re.match(r"^https?://[^/\s]+/\S+$", action) and "wa.me" not in action)


def dead_ends(html: str) -> list[str]:
    """Every way to reach the owner that leads nowhere ([] when the page is reachable)."""
    p = _Page()
    p.feed(html)
    p.close()
    problems = []
    for href, _ in p.links:
        if href.startswith("#") and href not in SKIP_LINKS and href[1:] not in p.ids:
            problems.append(f"link {href} points at nothing on the page")
        if "wa.me" in href and not WA_OK.match(href):
            problems.append(f"WhatsApp link without a number: {href[:60]}")
        if href.startswith("tel:") and not TEL_OK.match(href):
            problems.append(f"phone link not in international form: {href}")
    for action, _ in p.forms:
        if not _form_ok(action) and not action.startswith("mailto:"):
            problems.append(f"form posts to {action[:60] or 'nowhere'}")
    in_contact = [h for h, sec in p.links if sec == "contact" and _channel(h)] + \
                 [a for a, sec in p.forms if sec == "contact" and (_form_ok(a) or a.startswith("mailto:"))]
    if "contact" in p.ids and not in_contact:
        problems.append("the contact section offers no way to reach the owner")
    if "contact" not in p.ids and not any(_channel(h) for h, _ in p.links) and not p.forms:
        problems.append("the page offers no way to reach the owner")
    return problems
