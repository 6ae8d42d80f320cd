"""The six stages, each a pure function of typed inputs and the providers it is given."""
