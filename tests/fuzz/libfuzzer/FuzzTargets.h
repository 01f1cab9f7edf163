#pragma once

#include <QByteArrayView>

// The entry functions of the libFuzzer targets (tests/fuzz/libfuzzer,
// docs/fuzzing.md). Each feeds one input to every parser of its kind of
// untrusted input and returns normally for any input: a crash, a failed
// assertion or a sanitizer report is the bug. The same functions run in the
// libFuzzer binaries (the `fuzz` preset) and in tst_fuzz_corpus, which replays
// every seed and saved crash in the ordinary Debug suite.
namespace pd::fuzz {

void apiResponses(QByteArrayView input);
void problemJson(QByteArrayView input);
void discovery(QByteArrayView input);
void syncPage(QByteArrayView input);
void exportManifest(QByteArrayView input);
void csvTable(QByteArrayView input);
void jsonTable(QByteArrayView input);
void zipArchive(QByteArrayView input);
void jwks(QByteArrayView input);
void idToken(QByteArrayView input);
void requestBody(QByteArrayView input);
void requestFraming(QByteArrayView input);

// The target's name is its corpus folder: tests/fuzz/corpus/<name>/ and
// tests/fuzz/regressions/<name>/.
struct FuzzTarget {
    const char *name;
    void (*run)(QByteArrayView input);
};

inline constexpr FuzzTarget kFuzzTargets[] = {
    {"api_responses", apiResponses},
    {"problem_json", problemJson},
    {"discovery", discovery},
    {"sync_page", syncPage},
    {"export_manifest", exportManifest},
    {"csv_table", csvTable},
    {"json_table", jsonTable},
    {"zip_archive", zipArchive},
    {"jwks", jwks},
    {"id_token", idToken},
    {"request_body", requestBody},
    {"request_framing", requestFraming},
};

// Aborts with `what` when `condition` is false: a broken invariant is a
// crash libFuzzer saves, in any build type (Q_ASSERT is gone in Release).
void require(bool condition, const char *what);

} // namespace pd::fuzz
