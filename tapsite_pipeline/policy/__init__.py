"""The content policy: businesses Tapsite does not publish, and prompt injection in briefs."""
