"""Which forms a page carries, decided once for the copywriter and the site stage alike, and the spec each
form is rendered from and validated against (written beside the page as forms.json).

- a contact form whenever the brief gives no working channel (no WhatsApp number, phone or e-mail), or
  asks for one (`contact_form`, or a registration/sign-up);
- an order form for businesses that take orders (`order_form`, or food and retail);
- a booking form for bookings (`booking`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from tapsite_pipeline.contacts import email_or_none, phone_or_none
from tapsite_pipeline.models import Brief, DesignDecision, Intent, SiteContent

FormType = Literal["contact", "order", "booking"]
FORM_TYPES: tuple[str, ...] = FormType.__args__  # type: ignore[attr-defined]
ORDER_BUSINESSES = frozenset({"food_and_beverage", "retail"})
CONTACT_FEATURES = frozenset({"contact_form", "registration", "signup"})
ANCHORS = {"contact": "contact-form", "order": "order", "booking": "booking"}
MAX_ITEMS = 10
FORMS_FILE = "forms.json"
STAMP_PLACEHOLDER = "tapsite-form-stamp"  # what the built page carries; the server swaps in a fresh stamp
HONEYPOT = "website"                      # the field people never see; a bot that fills it is dropped


class FormSpec(BaseModel):
    """One form as the page shows it and the endpoint checks it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    type: FormType
    action: str
    items: tuple[str, ...] = Field(default=(), max_length=MAX_ITEMS)  # order: offerings; booking: services
    delivery: bool = False                                             # order: delivered or picked up
    registration: bool = False                                         # contact: worded as a sign-up

    @property
    def anchor(self) -> str:
        return ANCHORS[self.type]


class SiteForms(BaseModel):
    """forms.json: what the endpoint needs to check a post and answer in the page's language."""

    model_config = ConfigDict(extra="forbid")

    site_id: str
    brand: str
    language: Literal["id", "en"]
    site_url: str = ""      # the page's public address: where a reply page links back to
    forms: list[FormSpec]

    def get(self, form_type: str) -> FormSpec | None:
        return next((f for f in self.forms if f.type == form_type), None)

    def dumps(self) -> str:
        return json.dumps(self.model_dump(mode="json"), ensure_ascii=False, indent=1)


def form_types(business_type: str, features: Iterable[str], has_channel: bool) -> tuple[str, ...]:
    """The forms a page gets, in page order (the one place this is decided)."""
    f = set(features)
    out = []
    if "order_form" in f or business_type in ORDER_BUSINESSES:
        out.append("order")
    if "booking" in f:
        out.append("booking")
    if f & CONTACT_FEATURES or not has_channel:
        out.append("contact")
    return tuple(out)


def plan_forms(*, business_type: str, features: Iterable[str], has_channel: bool, offerings: Iterable[str],
               endpoint: str | None) -> list[FormSpec]:
    """The specs for this page; none without an endpoint to post to (a form must lead somewhere)."""
    if not endpoint:
        return []
    features = set(features)
    items = tuple(dict.fromkeys(o.strip()[:80] for o in offerings if o.strip()))[:MAX_ITEMS]
    base = endpoint.rstrip("/")
    return [FormSpec(type=k, action=f"{base}/{k}", items=items if k != "contact" else (),
                     delivery=k == "order" and "delivery" in features,
                     registration=k == "contact" and bool(features & {"registration", "signup"}))
            for k in form_types(business_type, features, has_channel)]


class Blank(dict):
    """Values/errors of a form shown fresh: every field empty (templates run with StrictUndefined)."""

    def __missing__(self, key: str) -> str:
        return ""


def page_forms(*, brief: Brief, intent: Intent, design: DesignDecision, content: SiteContent,
               forms_endpoint: str | None, features: list[str] | None = None) -> list[FormSpec]:
    """The lead forms of this page: the planned ones, or a contact form where the template's contact
    variant shows a form and there is no WhatsApp number for the message form."""
    has_channel = bool(phone_or_none(brief.whatsapp) or phone_or_none(brief.phone) or email_or_none(brief.email))
    products = content.section("products")
    offerings = [i.title for i in products.items] if products and products.items else \
        [p.title() for p in intent.products]
    # features: the ones the page acts on (a booking said only of a seller's side tour gets no booking form,
    # forms.side_booking); the owner's when not given
    feats = intent.features_requested if features is None else features
    forms = plan_forms(business_type=intent.business_type, features=feats,
                       has_channel=has_channel, offerings=offerings, endpoint=forms_endpoint)
    wants_form_slot = design.components.get("contact") == "form" and "contact" in design.layout
    if forms_endpoint and not forms and wants_form_slot and not phone_or_none(brief.whatsapp):
        forms = plan_forms(business_type=intent.business_type, features=["contact_form"], has_channel=True,
                           offerings=(), endpoint=forms_endpoint)[-1:]
    return forms


def form_action_csp(forms: list[FormSpec], form: dict | None, forms_endpoint: str | None) -> str:
    """form-action names exactly where this page's forms post, and nothing else."""
    sources = []
    if forms and forms_endpoint:
        sources.append(forms_endpoint.rstrip("/") + "/")
    if form:
        sources.append("mailto:" if form["action"].startswith("mailto:") else form["action"])
    return " ".join(sources) or "'none'"
