#ifndef WHOSAID_TAGGER_MODEL_DATA_H
#define WHOSAID_TAGGER_MODEL_DATA_H

/// The part-of-speech tagger's model (see Sources/WhosaidSyntax/TaggerModel.swift for its
/// format), embedded in the binary so that whosaid needs no resource file at run time.
/// Regenerate it with `swift run -c release whosaid-train tagger ../shared/treebanks/en_ewt`.
const unsigned char *whosaid_tagger_model_bytes(void);
/// The size of the embedded model in bytes.
unsigned long whosaid_tagger_model_size(void);

#endif
