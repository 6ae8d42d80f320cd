"""Sites as businesses: who a brief belongs to (keys, registry), the versions of each site, and their diffs."""
