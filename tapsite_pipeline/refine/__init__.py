"""Refining a live site: a request read as a typed edit, only the touched stages re-run, every step recorded."""
