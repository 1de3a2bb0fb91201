#include "fuzz_main.h"

WORKSHOP_FUZZ_TARGET("platforms")
