"""Subcommands of npdrights-cli, one module per area. Each exposes `register(subparsers)`."""
