"""Blind benchmark world 34: Vendorly, a vendor-management system (VMS/MSP) for contingent IT labour: its pooled trust-and-safety export of clients, suppliers and contractors."""
