// The libFuzzer entry of one target; PD_FUZZ_ENTRY names its function in
// FuzzTargets.h (set per executable by CMakeLists.txt).
#include "FuzzTargets.h"

#include <QLoggingCategory>

#include <cstddef>
#include <cstdint>

namespace {

// Parsers log what they refuse; millions of lines would cost more than the
// parsing. Fatal messages still abort.
void dropMessage(QtMsgType, const QMessageLogContext &, const QString &) {}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    QLoggingCategory::setFilterRules(QStringLiteral("*=false"));
    // The app's modules (zip_archive needs the ZIP one) where this build
    // put them, unless told otherwise.
    if (qEnvironmentVariableIsEmpty("PD_MODULE_DIR"))
        qputenv("PD_MODULE_DIR", PD_MODULE_BUILD_DIR);
    qInstallMessageHandler(dropMessage);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pd::fuzz::PD_FUZZ_ENTRY(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
