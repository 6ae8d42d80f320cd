"""Campaign assets for stages 1–4 (briefs → intents → design decisions → content → images), with their checks.

Each asset is a thin adapter: the stage function per site, batched over the campaign by run_stage.
"""

from __future__ import annotations

from pathlib import Path

from dagster import AssetCheckResult, MetadataValue, Output, asset
from pydantic import ValidationError

from tapsite_pipeline import store
from tapsite_pipeline.campaigns import store as campaign_store
from tapsite_pipeline.campaigns.intake import load_file, parse_campaign
from tapsite_pipeline.design.palette import failing_pairs
from tapsite_pipeline.models import Intent
from tapsite_pipeline.stages.content import write_content
from tapsite_pipeline.stages.design import decide_design
from tapsite_pipeline.stages.images import make_images
from tapsite_pipeline.stages.intent import parse_intent
from tapsite_pipeline.orchestration.batch import campaign_check, markdown_table, run_stage, sweep_partial
from tapsite_pipeline.orchestration.partitions import campaigns
from tapsite_pipeline.orchestration.resources import TapsiteResource

GROUP = "campaign"


@asset(partitions_def=campaigns, group_name=GROUP, kinds={"csv"})
def briefs(context, tapsite: TapsiteResource):
    """The campaign CSV, validated row by row; bad rows are reported with their row number and reason."""
    info = load_file(tapsite.settings().home, context.partition_key)
    parsed = parse_campaign(Path(info.path).read_bytes(), info.key)
    with tapsite.connect() as con:
        campaign_store.save_campaign(con, info, parsed)
    md = {
        "campaign_name": info.name,
        "rows": parsed.total,
        "valid": len(parsed.rows),
        "failures": len(parsed.errors),
        "preview": MetadataValue.md(markdown_table(
            ["row", "id", "brief"], [(r.row, r.row_id, r.brief.text[:70]) for r in parsed.rows])),
    }
    if parsed.errors:
        md["row_errors"] = MetadataValue.md(markdown_table(
            ["row", "id", "reason"], [(e.row, e.row_id or "", e.reason) for e in parsed.errors], limit=50))
    if parsed.ignored_columns:
        md["ignored_columns"] = ", ".join(parsed.ignored_columns)
    context.log.info(f"{info.key}: {len(parsed.rows)} valid rows, {len(parsed.errors)} rejected")
    return Output({r.site_id: r for r in parsed.rows}, metadata=md)


@asset(partitions_def=campaigns, group_name=GROUP)
def intents(context, tapsite: TapsiteResource, briefs: dict):
    """Stage 1: each brief parsed into a structured Intent (business type, products, brand, tone, colours)."""
    run = run_stage(context, tapsite, "intent", list(briefs),
                    lambda sid: parse_intent(briefs[sid].brief, tapsite.generator()))
    rows = [(briefs[s].row, i.brand_name, i.business_type, i.language, ", ".join(i.products[:3]))
            for s, i in list(run.outputs.items())[:5]]
    preview = markdown_table(["row", "brand", "type", "lang", "products"], rows)
    return Output(run.outputs, metadata=run.metadata(preview))


@campaign_check(asset=intents, description="Every valid row has a schema-valid intent.")
def intents_schema_valid(context, tapsite: TapsiteResource) -> AssetCheckResult:
    with tapsite.connect() as con:
        rows = campaign_store.valid_rows(con, context.partition_key)
        recs = campaign_store.load_stage(con, context.partition_key, "intent", ok_only=False)
    bad = []
    for sid, row in rows.items():
        rec = recs.get(sid)
        if rec is None or not rec.ok:
            bad.append((row.row, rec.error if rec else "no intent"))
            continue
        try:
            Intent.model_validate_json(rec.payload)
        except ValidationError as exc:
            bad.append((row.row, str(exc).splitlines()[0]))
    return AssetCheckResult(passed=not bad, metadata={
        "checked": len(rows), "invalid": len(bad),
        "first_invalid": MetadataValue.md(markdown_table(["row", "problem"], bad)) if bad else "none"})


@asset(partitions_def=campaigns, group_name=GROUP)
def design_decisions(context, tapsite: TapsiteResource, intents: dict):
    """Stage 2: template match, AA palette, typography and section layout per site."""
    rt = tapsite.runtime()
    with tapsite.connect() as con:
        store.save_templates(con, rt.catalog.templates)
    run = run_stage(context, tapsite, "design", list(intents), lambda sid: decide_design(intents[sid], rt.catalog))
    rows = [(intents[s].brand_name, d.template_id, d.color_scheme.primary, d.color_scheme.background,
             d.color_source) for s, d in list(run.outputs.items())[:5]]
    preview = markdown_table(["brand", "template", "primary", "background", "colours from"], rows)
    return Output(run.outputs, metadata=run.metadata(preview))


@campaign_check(asset=design_decisions,
             description="No palette has a text/background pair below WCAG AA (4.5:1).")
def palette_meets_aa(context, design_decisions: dict) -> AssetCheckResult:
    bad = [(sid, ", ".join(pairs)) for sid, d in design_decisions.items()
           if (pairs := failing_pairs(d.color_scheme))]
    return AssetCheckResult(passed=not bad, metadata={
        "palettes": len(design_decisions), "below_aa": len(bad),
        "first_below_aa": MetadataValue.md(markdown_table(["site", "pairs"], bad)) if bad else "none"})


@asset(partitions_def=campaigns, group_name=GROUP)
def site_content(context, tapsite: TapsiteResource, briefs: dict, intents: dict, design_decisions: dict):
    """Stage 3: the copy of every section in the layout, plus the SEO title and description."""
    ids = [s for s in design_decisions if s in intents and s in briefs]
    run = run_stage(context, tapsite, "content", ids,
                    lambda sid: write_content(intents[sid], design_decisions[sid], briefs[sid].brief,
                                              tapsite.generator()))
    rows = [(intents[s].brand_name, c.language, c.seo.title, len(c.sections)) for s, c in
            list(run.outputs.items())[:5]]
    preview = markdown_table(["brand", "lang", "SEO title", "sections"], rows)
    return Output(run.outputs, metadata=run.metadata(preview))


@asset(partitions_def=campaigns, group_name=GROUP)
def images(context, tapsite: TapsiteResource, intents: dict, design_decisions: dict):
    """Stage 4: the hero image per site, described by the image prompt, drawn and cached by spec hash."""
    cache = tapsite.runtime().settings.image_cache
    ids = [s for s in design_decisions if s in intents]
    run = run_stage(context, tapsite, "images", ids,
                    lambda sid: make_images(intents[sid], design_decisions[sid], tapsite.generator(),
                                            tapsite.image_provider(), cache),
                    prepare=lambda todo: sweep_partial(cache, ["*.tmp"]))  # writes of killed runs
    rows = [(intents[s].brand_name, imgs[0].filename if imgs else "", imgs[0].bytes if imgs else 0,
             imgs[0].alt[:50] if imgs else "") for s, imgs in list(run.outputs.items())[:5]]
    preview = markdown_table(["brand", "file", "bytes", "alt"], rows)
    return Output(run.outputs, metadata=run.metadata(preview))
