"""What a form post must hold, checked with pydantic against the page's FormSpec: field limits, one
reachable contact (phone via phonenumbers, e-mail via email-validator), offerings from the page only.

`check_post` returns the clean data to store, or per-field messages in the page's language.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    StringConstraints,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from tapsite_pipeline.contacts import parse_email, parse_phone
from tapsite_pipeline.errors import InputError
from tapsite_pipeline.forms.plan import FormSpec
from tapsite_pipeline.forms.text import form_text

GUARD_FIELDS = ("_ts", "website")   # the fill-time stamp and the honeypot: checked before the schema
JAKARTA = timezone(timedelta(hours=7))
MAX_BOOKING_DAYS = 366

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=80)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000)]
Note = Annotated[str, StringConstraints(strip_whitespace=True, max_length=500)]
Short = Annotated[str, StringConstraints(strip_whitespace=True, max_length=300)]


def _err(kind: str) -> PydanticCustomError:
    return PydanticCustomError(kind, kind)


class _Post(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: Name
    phone: Annotated[str, StringConstraints(max_length=60)] = ""
    email: Annotated[str, StringConstraints(max_length=254)] = ""

    @field_validator("phone")
    @classmethod
    def _phone(cls, v: str) -> str:
        if not v:
            return ""
        try:
            return parse_phone(v).e164
        except InputError:
            raise _err("phone") from None

    @field_validator("email")
    @classmethod
    def _email(cls, v: str) -> str:
        if not v:
            return ""
        try:
            return parse_email(v)
        except InputError:
            raise _err("email") from None

    @model_validator(mode="after")
    def _reachable(self):
        if not self.phone and not self.email:
            raise _err("reach")
        return self


class ContactPost(_Post):
    message: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]


class OrderPost(_Post):
    quantities: dict[str, int] = {}
    what: Text = ""
    fulfilment: Literal["delivery", "pickup", ""] = ""
    address: Short = ""
    note: Note = ""

    @field_validator("quantities", mode="before")
    @classmethod
    def _quantities(cls, v: dict[str, str]) -> dict[str, int]:
        out = {}
        for item, raw in v.items():
            raw = raw.strip()
            if not raw:
                continue
            if not raw.isdigit() or not 0 <= int(raw) <= 99:
                raise PydanticCustomError("qty", "qty", {"item": item})
            if int(raw):
                out[item] = int(raw)
        return out

    @model_validator(mode="after")
    def _something(self, info: ValidationInfo):
        spec: FormSpec = info.context["spec"]
        if spec.items and not self.quantities:
            raise _err("items")
        if not spec.items and not self.what:
            raise _err("what")
        if spec.delivery and not self.fulfilment:
            raise _err("fulfilment")
        return self


class BookingPost(_Post):
    service: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=80)]
    date: str
    time: str
    note: Note = ""

    @field_validator("service")
    @classmethod
    def _service(cls, v: str, info: ValidationInfo) -> str:
        spec: FormSpec = info.context["spec"]
        if spec.items and v not in spec.items:
            raise _err("choice")
        return v

    @field_validator("date")
    @classmethod
    def _date(cls, v: str, info: ValidationInfo) -> str:
        try:
            d = date.fromisoformat(v.strip())
        except ValueError:
            raise _err("date") from None
        today: date = info.context["today"]
        if d < today:
            raise _err("past")
        if d > today + timedelta(days=MAX_BOOKING_DAYS):
            raise _err("date")
        return d.isoformat()

    @field_validator("time")
    @classmethod
    def _time(cls, v: str) -> str:
        try:
            return time.fromisoformat(v.strip()).strftime("%H:%M")
        except ValueError:
            raise _err("time") from None


MODELS: dict[str, type[_Post]] = {"contact": ContactPost, "order": OrderPost, "booking": BookingPost}
# model field (or error kind) -> the form field the message is shown next to
FIELD_OF = {"reach": "phone", "items": "qty-0", "what": "what", "fulfilment": "fulfilment"}
LABEL_OF = {"name": "name", "message": "message", "what": "what", "service": "service", "date": "date",
            "time": "time", "note": "note", "address": "address", "fulfilment": "fulfilment"}


def _model_input(spec: FormSpec, form: dict[str, str]) -> dict[str, Any]:
    data = {k: v for k, v in form.items() if k not in GUARD_FIELDS and not k.startswith("qty-")}
    if spec.type == "order":
        qty = {k: v for k, v in form.items() if k.startswith("qty-")}
        named = {}
        for k, v in qty.items():
            idx = k[4:]
            if not idx.isdigit() or int(idx) >= len(spec.items):
                data[k] = v           # unknown item: refused as an unexpected field
                continue
            named[spec.items[int(idx)]] = v
        data["quantities"] = named
    return data


def _messages(exc: ValidationError, spec: FormSpec, language: str) -> dict[str, str]:
    t = form_text(language)
    out: dict[str, str] = {}
    for e in exc.errors():
        kind, loc = e["type"], [str(p) for p in e["loc"]]
        field = loc[0] if loc else FIELD_OF.get(kind, "name")
        if kind == "qty":
            item = (e.get("ctx") or {}).get("item")
            field = f"qty-{spec.items.index(item)}" if item in spec.items else "qty-0"
        if not loc:
            field = FIELD_OF.get(kind, field)
        label = t.get("registration_message" if spec.registration and field == "message" else
                      LABEL_OF.get(field, field), field)
        if kind in ("missing", "string_too_short", "fulfilment", "what"):
            msg = t["e_required"].format(label=label)
        elif kind == "string_too_long":
            msg = t["e_long"].format(label=label, max=(e.get("ctx") or {}).get("max_length", ""))
        elif kind == "literal_error":
            msg = t["e_choice"]
        elif f"e_{kind}" in t:
            msg = t[f"e_{kind}"]
        else:  # an unexpected field or shape: the page was not ours, or is out of date
            msg = t["bad_request"]
            field = "_form"
        out.setdefault(field, msg)
    return out


def today_in_jakarta() -> date:
    return datetime.now(JAKARTA).date()


def check_post(spec: FormSpec, form: dict[str, str], language: str,
               today: date | None = None) -> tuple[dict[str, Any] | None, dict[str, str]]:
    """(clean data, {}) for a good post, or (None, {field: message}) naming every problem."""
    try:
        post = MODELS[spec.type].model_validate(_model_input(spec, form),
                                                context={"spec": spec, "today": today or today_in_jakarta()})
    except ValidationError as exc:
        return None, _messages(exc, spec, language)
    data = post.model_dump()
    if spec.type == "order":
        data["items"] = [{"name": k, "quantity": v} for k, v in data.pop("quantities").items()]
    return {k: v for k, v in data.items() if v not in ("", [], None)}, {}
