"""Blind benchmark world 17: "Meridian", a multinational employer's security + HR export."""
