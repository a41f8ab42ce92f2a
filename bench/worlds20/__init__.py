"""Blind benchmark world 20: Taskgrid, a remote AI-training-data / annotation and micro-task marketplace's trust-and-safety export."""
