// The first-name gender table (Scripts/name-gender.py writes it from the SSA baby-name counts),
// embedded as bytes with C23's #embed like the tagger model.
#include "NameGenderData.h"

#pragma clang diagnostic ignored "-Wc23-extensions"
static const unsigned char table[] = {
#embed "name-gender.txt"
};

const unsigned char *whosaid_name_gender_bytes(void) { return table; }
unsigned long whosaid_name_gender_size(void) { return sizeof(table); }
