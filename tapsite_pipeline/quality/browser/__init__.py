"""Judge deployed sites in a real browser: screenshots, axe-core, Lighthouse, visual diffs.

Heavy imports (playwright) stay inside the functions that need them, so importing this package is cheap.
"""
