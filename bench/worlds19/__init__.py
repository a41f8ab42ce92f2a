"""Blind benchmark world 19: Payvia, an employer-of-record and contractor-payroll platform's compliance export."""
