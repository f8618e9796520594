"""Pure Python: the model, the legal rules, letter content and the wizard flow. No Qt, no I/O."""
