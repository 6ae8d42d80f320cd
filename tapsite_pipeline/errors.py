"""One exception tree; every message tells the user what to do next."""


class TapsiteError(Exception):
    """Base of every error the product raises on purpose."""


class InputError(TapsiteError):
    """The user's input (brief, CSV, flag) cannot be used as given."""


class ConfigError(TapsiteError):
    """A configuration file, prompt file or environment variable is wrong."""


class ProviderError(TapsiteError):
    """A model provider failed (network, quota, invalid output)."""


class DeployError(TapsiteError):
    """A site could not be deployed or rolled back."""
