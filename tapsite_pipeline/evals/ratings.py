"""Human ratings of deployed pages (1–5 plus reason tags) in DuckDB, the fidelity results of the rated
versions, and how well each automated scorer agrees with the people: Spearman rank correlation of the
scorer's value with the rating, and the share of pages where "scorer passes" equals "rated 4 or 5"."""

from __future__ import annotations

import uuid
import warnings
from dataclasses import dataclass
from pathlib import Path

import duckdb

from ..errors import InputError
from .fidelity_records import deployed_version, score_and_save

# why a page got its rating; a typo is an error, not a new tag
TAGS = {
    "wrong-cards": "cards are not what the business sells",
    "missing-offerings": "offerings from the brief are not shown",
    "missing-facts": "facts from the brief are dropped",
    "invented-facts": "prices, years, numbers or claims the owner never gave",
    "dead-contact": "a call to action leads nowhere",
    "off-niche": "words of another kind of business",
    "doubled-words": "doubled words or repeated sentences",
    "wrong-language": "not in the brief's language",
    "wrong-brand": "the brand is mangled or missing",
    "generic-copy": "copy that could be any business",
    "bad-image": "the image does not fit the business",
    "layout": "layout or visual problem",
    "publishable": "an owner would publish it as is",
}
GOOD = 4  # a rating of 4 or 5: "good enough to publish"


@dataclass(frozen=True)
class MetricScorer:
    """A site metric as a scorer: its column, the direction that is better, and its pass threshold."""

    name: str
    column: str
    higher_is_better: bool
    threshold: float

    def passes(self, v: float) -> bool:
        return v >= self.threshold if self.higher_is_better else v <= self.threshold


SITE_METRICS = (
    MetricScorer("lighthouse_performance", "lh_performance", True, 0.9),
    MetricScorer("lighthouse_accessibility", "lh_accessibility", True, 0.9),
    MetricScorer("lighthouse_best_practices", "lh_best_practices", True, 0.9),
    MetricScorer("lighthouse_seo", "lh_seo", True, 0.9),
    MetricScorer("axe_violations", "axe_violations", False, 0),
    MetricScorer("page_bytes", "page_bytes", False, 60_000),
)


def check_rating(rating: int | str) -> int:
    try:
        r = int(str(rating).strip())
    except ValueError:
        r = 0
    if not 1 <= r <= 5 or str(rating).strip() not in {str(r), f"+{r}"}:
        raise InputError(f"rating must be a whole number from 1 to 5, got {rating!r}")
    return r


def check_tags(tags) -> list[str]:
    out = [t.strip().lower() for t in tags or [] if t.strip()]
    unknown = [t for t in out if t not in TAGS]
    if unknown:
        raise InputError(f"unknown tag(s) {', '.join(unknown)}; known tags: {', '.join(TAGS)}")
    return list(dict.fromkeys(out))


def add_rating(con: duckdb.DuckDBPyConnection, *, subdomain: str, rating: int | str, tags=(), note: str | None = None,
               rater: str | None = None, site_id: str | None = None, version: str | None = None) -> dict:
    """Store one rating (validated) and return it as stored."""
    if not subdomain or not subdomain.strip():
        raise InputError("a rating needs the subdomain of the rated site")
    row = {"rating_id": uuid.uuid4().hex[:16], "site_id": site_id, "subdomain": subdomain.strip(), "version": version,
           "rater": (rater or "").strip() or None, "rating": check_rating(rating), "tags": check_tags(tags),
           "note": (note or "").strip()[:2000] or None}
    con.execute("INSERT INTO human_ratings (rating_id, site_id, subdomain, version, rater, rating, tags, note)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", list(row.values()))
    return row


def list_ratings(con: duckdb.DuckDBPyConnection, subdomain: str | None = None) -> list[dict]:
    sql = "SELECT * FROM human_ratings" + (" WHERE subdomain = ?" if subdomain else "") + " ORDER BY created_at"
    cur = con.execute(sql, [subdomain] if subdomain else [])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def _spearman(x: list[float], y: list[float]) -> tuple[float | None, float | None]:
    if len(x) < 3 or len(set(x)) < 2 or len(set(y)) < 2:
        return None, None  # too few pairs, or one side constant: no rank correlation to speak of
    from scipy.stats import spearmanr
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = spearmanr(x, y)
    return round(float(res.statistic), 4), round(float(res.pvalue), 4)


def _summary(scorer: str, source: str, pairs: list[tuple[float, bool, int]]) -> dict:
    """pairs: (value oriented so higher is better, scorer passes, rating)."""
    rho, p = _spearman([v for v, _, _ in pairs], [float(r) for _, _, r in pairs])
    agree = sum(ok == (r >= GOOD) for _, ok, r in pairs)
    return {"scorer": scorer, "source": source, "n": len(pairs), "spearman": rho, "p_value": p,
            "agreement": round(agree / len(pairs), 4) if pairs else None,
            "scorer_pass": sum(ok for _, ok, _ in pairs), "rated_good": sum(r >= GOOD for _, _, r in pairs)}


def agreement(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """Per automated scorer: how its values rank the rated pages against the ratings (Spearman), and how
    often its pass/fail matches rated ≥ 4. Each rating is paired with the scorer's result for the same
    subdomain and version; n counts the pairs."""
    out = []
    fid = con.execute(
        "SELECT f.check_name, f.score, f.passed, r.rating FROM human_ratings r JOIN fidelity_results f"
        " ON f.subdomain = r.subdomain AND f.version = r.version ORDER BY f.check_name, r.created_at").fetchall()
    by_check: dict[str, list] = {}
    for name, score, passed, rating in fid:
        by_check.setdefault(name, []).append((float(score), bool(passed), int(rating)))
    for name in sorted(by_check, key=lambda n: (n == "all", n)):
        out.append(_summary(f"fidelity_{name}", "fidelity", by_check[name]))
    metrics = con.execute(
        "SELECT m.*, r.rating FROM human_ratings r JOIN (SELECT *, row_number() OVER (PARTITION BY subdomain, version"
        " ORDER BY created_at DESC) AS k FROM site_metrics WHERE status = 'ok') m"
        " ON m.subdomain = r.subdomain AND m.version = r.version AND m.k = 1")
    names = [d[0] for d in metrics.description]
    rows = [dict(zip(names, r, strict=True)) for r in metrics.fetchall()]
    for s in SITE_METRICS:
        pairs = [(float(r[s.column]) * (1 if s.higher_is_better else -1), s.passes(float(r[s.column])), int(r["rating"]))
                 for r in rows if r[s.column] is not None]
        if pairs:
            out.append(_summary(s.name, "site_metrics", pairs))
    return out


def rate_site(con: duckdb.DuckDBPyConnection, deploy_root: Path, subdomain: str, rating: int | str, *, tags=(),
              note: str | None = None, rater: str | None = None) -> tuple[dict, object | None]:
    """Rate the live version of a deployed site; score its fidelity (once per version) so the rating can
    be compared with the checks. Returns (stored rating, fidelity result or None when no brief is known)."""
    check_rating(rating)
    check_tags(tags)
    version, site_id, live = deployed_version(deploy_root, subdomain)
    result = score_and_save(con, subdomain=subdomain, version=version, site_id=site_id, live_dir=live)
    row = add_rating(con, subdomain=subdomain, rating=rating, tags=tags, note=note, rater=rater, site_id=site_id,
                     version=version)
    return row, result
