#ifndef WHOSAID_NAME_GENDER_DATA_H
#define WHOSAID_NAME_GENDER_DATA_H

/// The first-name gender table, embedded in the binary: ASCII lines `name<TAB>digit`, sorted,
/// where the digit is the female share of US births quantised to tenths (0-9).
/// Regenerate it with `python3 Scripts/name-gender.py` (see that script for the source).
const unsigned char *whosaid_name_gender_bytes(void);
/// The size of the embedded table in bytes.
unsigned long whosaid_name_gender_size(void);

#endif
