"""Tapsite Pipeline: one sentence in, a fast, accessible, deployed landing page out."""

__version__ = "0.1.0"
