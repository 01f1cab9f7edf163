#include "core/ModuleLoader.h"

#include "core/CoreLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QPluginLoader>

#ifndef PD_MODULE_DIR_FROM_BIN
#error "PD_MODULE_DIR_FROM_BIN must name the modules' folder relative to the binary's"
#endif

namespace pd {

namespace {

struct Loaded {
    QObject *instance = nullptr;
    QString file;
};

// Modules are never unloaded: their objects and code live as long as the
// process. The mutex: the phone module may be first asked for off the UI
// thread.
QMutex &mutex()
{
    static QMutex lock;
    return lock;
}

QHash<QString, Loaded> &loaded()
{
    static QHash<QString, Loaded> modules;
    return modules;
}

} // namespace

QStringList ModuleLoader::searchPath()
{
    QStringList folders;
    const QString fromEnvironment = qEnvironmentVariable("PD_MODULE_DIR");
    if (!fromEnvironment.isEmpty())
        folders << fromEnvironment;
    const QString binary = QCoreApplication::applicationDirPath();
    if (binary.isEmpty())
        return folders;
#ifdef Q_OS_MACOS
    // In the app bundle (packaging/macos/build.sh).
    folders << QDir::cleanPath(
        QDir(binary).filePath(QStringLiteral("../PlugIns/privacy-dashboard")));
#endif
    folders << QDir::cleanPath(QDir(binary).filePath(QStringLiteral(PD_MODULE_DIR_FROM_BIN)));
    return folders;
}

QObject *ModuleLoader::instance(const QString &name, QString *problem)
{
    QMutexLocker locker(&mutex());
    if (const auto it = loaded().constFind(name); it != loaded().constEnd())
        return it->instance;
    QStringList problems;
    for (const QString &folder : searchPath()) {
        // Without prefix and suffix: QPluginLoader tries the platform's
        // (libNAME.so, NAME.dll, libNAME.dylib), and only in this folder.
        const QString base = QDir(folder).filePath(QStringLiteral("pd_") + name);
        QPluginLoader plugin(base);
        if (plugin.fileName().isEmpty() || !QFileInfo::exists(plugin.fileName())) {
            problems << QStringLiteral("not in %1").arg(folder);
            continue;
        }
        QObject *object = plugin.instance();
        if (!object) {
            problems << plugin.errorString();
            continue;
        }
        qCDebug(lcCore) << "module" << name << "loaded from" << plugin.fileName();
        loaded().insert(name, {object, plugin.fileName()});
        return object;
    }
    // Not remembered: a later call looks again (a test may point
    // $PD_MODULE_DIR elsewhere), which costs a few file checks.
    const QString why = problems.isEmpty() ? QStringLiteral("no folder to look in")
                                           : problems.join(QStringLiteral("; "));
    qCWarning(lcCore) << "module" << name << "could not be loaded:" << why;
    if (problem)
        *problem = why;
    return nullptr;
}

QString ModuleLoader::loadedFrom(const QString &name)
{
    QMutexLocker locker(&mutex());
    return loaded().value(name).file;
}

} // namespace pd
