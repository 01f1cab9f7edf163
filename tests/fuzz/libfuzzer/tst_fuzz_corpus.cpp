// Replays every libFuzzer seed (tests/fuzz/corpus/<target>/) and every saved
// crash (tests/fuzz/regressions/<target>/) through the same entry functions
// as the fuzz binaries, so the ordinary suite (and the asan preset) keeps
// each fixed crash fixed without clang or libFuzzer.
#include "FuzzTargets.h"

#include <QDir>
#include <QFile>
#include <QTest>

using pd::fuzz::FuzzTarget;
using pd::fuzz::kFuzzTargets;

namespace {

QFileInfoList inputsOf(const QString &folder)
{
    return QDir(folder).entryInfoList(QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden,
                                      QDir::Name);
}

} // namespace

class TestFuzzCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every target has seeds to start from; every saved crash belongs to a
    // target (a misspelt folder would never be replayed).
    void everyTargetHasSeeds()
    {
        QStringList names;
        for (const FuzzTarget &target : kFuzzTargets) {
            names.append(QString::fromLatin1(target.name));
            QVERIFY2(!inputsOf(QStringLiteral(PD_FUZZ_CORPUS_DIR "/") + names.last()).isEmpty(),
                     target.name);
        }
        const QStringList saved = QDir(QStringLiteral(PD_FUZZ_REGRESSIONS_DIR))
                                      .entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &folder : saved)
            QVERIFY2(names.contains(folder), qPrintable(folder));
    }

    void replay_data()
    {
        QTest::addColumn<int>("target");
        QTest::addColumn<QString>("path");
        int index = 0;
        for (const FuzzTarget &target : kFuzzTargets) {
            for (const char *root : {PD_FUZZ_CORPUS_DIR, PD_FUZZ_REGRESSIONS_DIR}) {
                const QString folder =
                    QString::fromUtf8(root) + QLatin1Char('/') + QString::fromLatin1(target.name);
                for (const QFileInfo &input : inputsOf(folder))
                    QTest::addRow("%s/%s", target.name, qPrintable(input.fileName()))
                        << index << input.filePath();
            }
            ++index;
        }
    }

    // No crash, failed assertion or broken invariant (pd::fuzz::require
    // aborts) on any saved input.
    void replay()
    {
        QFETCH(int, target);
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray input = file.readAll();
        kFuzzTargets[target].run(input);
    }
};

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "tst_fuzz_corpus.moc"
