// The tagger model is embedded as bytes with C23's #embed (clang supports it as an extension),
// which compiles in a moment where a Swift array literal of megabytes takes minutes.
#include "TaggerModelData.h"

#pragma clang diagnostic ignored "-Wc23-extensions"
// Aligned to a cache line, so that the model's tables are read in place (TaggerModelLayout).
static const unsigned char model[] __attribute__((aligned(64))) = {
#embed "tagger.model"
};

const unsigned char *whosaid_tagger_model_bytes(void) { return model; }
unsigned long whosaid_tagger_model_size(void) { return sizeof(model); }
