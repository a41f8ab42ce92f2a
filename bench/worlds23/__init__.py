"""Blind benchmark world 23: Fleetdesk, a device-as-a-service / remote-employee IT provisioning vendor's pooled trust-and-safety export."""
