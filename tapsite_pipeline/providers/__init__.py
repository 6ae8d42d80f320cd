"""Model providers behind one small interface, and the generator that stages call."""
