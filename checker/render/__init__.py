"""Renderers: pure functions that turn policies and findings into text."""
