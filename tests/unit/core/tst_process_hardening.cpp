// ProcessHardening::apply() leaves the process without core dumps and not
// dumpable (no ptrace attach by other processes of the user).
#include "core/ProcessHardening.h"

#include <QTest>

using namespace pd;

class TestProcessHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noCoreDumpsAndNotDumpable()
    {
        qunsetenv("PD_ALLOW_CORE_DUMPS");
        QVERIFY(ProcessHardening::isDumpable());
        QVERIFY(ProcessHardening::apply());
        QVERIFY(!ProcessHardening::isDumpable());
        QVERIFY(!ProcessHardening::coreDumpsAllowed());
    }
};

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_process_hardening.moc"
