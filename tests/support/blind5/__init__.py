"""Blind test set 5: fictional report layouts with an answer key (see make.py)."""
