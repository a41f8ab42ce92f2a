"""Blind benchmark world 35: Hubwise, a global vetted developer talent network's trust-and-safety export, pooled with its client companies' HRIS, identity-provider and device-telemetry exports."""
