"""Estimation without vendor tools: the analytic count of an hls4ml model (:mod:`.estimate`),
hls4ml's reuse schedule (:mod:`.schedule`), the calibration fit (:mod:`.fit`), the graph's
operation count (:mod:`.flops`) and rule4ml's learned predictor (:mod:`.rule4ml_estimate`)."""
