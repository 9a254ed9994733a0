// The prefetch is all in include/Prefetch.h (inline); a C target needs one source file.
#include "Prefetch.h"
