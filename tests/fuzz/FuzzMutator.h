#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QRandomGenerator64>

#include <QTest>

// QVERIFY2 that builds its description only on failure (QVERIFY2 evaluates
// it every time, and describing an input costs more than parsing it).
#define PD_FUZZ_VERIFY(statement, description)                                                     \
    do {                                                                                           \
        if (!(statement)) {                                                                        \
            QTest::qVerify(false, #statement, QByteArray(description).constData(), __FILE__,       \
                           __LINE__);                                                              \
            return;                                                                                \
        }                                                                                          \
    } while (false)

namespace pd::fuzz {

// A deterministic mutation fuzzer for parsers of untrusted input (we have no
// libFuzzer): every run derives all randomness from one seed, printed at the
// start, so a failure replays with PD_FUZZ_SEED=<seed>. PD_FUZZ_SEED=random
// picks a fresh seed; PD_FUZZ_ITERATIONS=<n> scales every loop's count.
class FuzzMutator
{
public:
    // `defaultSeed` keeps ordinary test runs reproducible.
    FuzzMutator(const char *name, quint64 defaultSeed);

    quint64 seed() const { return m_seed; }
    // The iteration count for a loop: PD_FUZZ_ITERATIONS when set, else
    // `defaultCount`.
    int iterations(int defaultCount) const;
    QRandomGenerator64 &random() { return m_random; }
    // [0, bound)
    int below(int bound) { return bound <= 0 ? 0 : int(m_random.bounded(bound)); }
    bool chance(int percent) { return below(100) < percent; }

    // One to four byte-level mutations of a seed picked from `seeds` (which
    // may be spliced with another one): bit flips, byte changes, inserts,
    // deletes, truncation, duplicated ranges, huge numbers, deep nesting,
    // invalid UTF-8, very long runs.
    QByteArray mutate(const QList<QByteArray> &seeds);
    QByteArray mutateBytes(QByteArray data);
    // A structure-aware mutation that keeps the text valid JSON: one value
    // somewhere in `value` replaced by one of another type, a huge or
    // fractional number, a very long or odd string, deep nesting, or a
    // member added or removed.
    QJsonValue mutateJson(const QJsonValue &value);
    // Text of random length from a pool that mixes ASCII, JSON and CSV
    // punctuation, control characters and non-ASCII characters.
    QString randomText(int maxLength);
    QJsonValue randomScalar();

    // A short, printable description of an input for failure messages.
    static QByteArray describe(const QByteArray &input);
    // "seed S iteration I input ..." for QVERIFY2.
    QByteArray context(int iteration, const QByteArray &input) const;

private:
    QJsonValue replaceSomewhere(const QJsonValue &value, int depth);
    QJsonValue replacement(const QJsonValue &old);

    quint64 m_seed;
    QRandomGenerator64 m_random;
};

// Depth of arrays and objects in a parsed value (a scalar is 0).
int jsonDepth(const QJsonValue &value);

} // namespace pd::fuzz
