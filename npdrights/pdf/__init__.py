"""The only package that uses reportlab: renderer-neutral content in, PDF bytes out."""
