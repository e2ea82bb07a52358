"""Pieces shared by the comparison scripts (`compare-*`) and `Scripts/benchmark`.

Standard library only, so that `Scripts/benchmark` can import them before the reference
environment (scikit-learn, vaderSentiment, textstat) exists.
"""
