"""Blind benchmark world 21: Assessly, a technical-assessment and video-interview platform's trust-and-safety export."""
