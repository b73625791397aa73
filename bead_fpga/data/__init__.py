"""The ADC2021 data: the reader of the real files, the generator of files in their layout, and
the summary of a file.

:data:`DEFAULT_EVENTS` is the one number of background events every default uses: generated
(``bead-fpga data generate``, the built-in events) and read for training and evaluation.
"""

#: Background events generated and read when nobody says otherwise: enough for a 40k-event test
#: split, small enough to generate in about 10 s and train on in a minute or two.
DEFAULT_EVENTS = 200_000
