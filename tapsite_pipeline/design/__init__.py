"""Colour science and the palette engine used by the design stage."""
