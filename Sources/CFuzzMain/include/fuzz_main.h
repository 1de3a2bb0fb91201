// The body of every fuzz-NAME executable. Built with --sanitize=fuzzer, libFuzzer's `main`
// wins over the weak one below and drives LLVMFuzzerTestOneInput; in a plain build the weak
// `main` replays the files named on the command line, so `swift build` links them too.
#ifndef FUZZ_MAIN_H
#define FUZZ_MAIN_H
#include <stddef.h>
#include <stdint.h>

int workshop_fuzz_one(const char *name, const uint8_t *data, size_t size);
int workshop_fuzz_replay(const char *name, int argc, char **argv);

#define WORKSHOP_FUZZ_TARGET(NAME)                                                              \
    int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) { return workshop_fuzz_one(NAME, data, size); } \
    __attribute__((weak)) int main(int argc, char **argv) { return workshop_fuzz_replay(NAME, argc, argv); }

#endif
