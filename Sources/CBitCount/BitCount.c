// The bit count is all in include/BitCount.h (inline); a C target needs one source file.
#include "BitCount.h"
