"""Vendor reports read back: one figure with its source (:mod:`.figure`), the Vivado/Vitis
report parsers (:mod:`.vendor_reports`) and a folder of them read as one set (:mod:`.report_set`)."""
