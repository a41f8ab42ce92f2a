"""World 15: an MSSP pooling its client companies' HR, payroll, shipping, IdP and osquery exports."""
