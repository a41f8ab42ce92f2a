"""worlds10: a blind benchmark world (freelance marketplace + email provider in one bundle)."""
