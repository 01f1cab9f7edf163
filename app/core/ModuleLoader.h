#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace pd {

// Finds and loads the app's modules: the parts that need a library the start
// never uses (QtCharts, libphonenumber, QtKeychain, QtNetworkAuth, QuaZip,
// libqrencode) are Qt plugins loaded on first use, so that the start does
// not pay for loading and relocating those libraries. A module that cannot
// be found or loaded is reported, and its caller falls back to something
// plainer.
class ModuleLoader
{
public:
    // The module's plugin object cast to the interface T, loaded on first
    // call and kept for the process; nullptr when it is missing or not a T,
    // with the reason in `problem` (for logs and messages, not translated).
    template <class T> static T *load(const QString &name, QString *problem = nullptr)
    {
        QObject *object = instance(name, problem);
        T *module = qobject_cast<T *>(object);
        if (object && !module && problem)
            *problem = QStringLiteral("%1 does not implement the interface asked for").arg(name);
        return module;
    }

    // The module's plugin object (see load()), whatever its interface.
    static QObject *instance(const QString &name, QString *problem = nullptr);

    // Where modules are looked for, in order: $PD_MODULE_DIR when set (the
    // tests, which run from folders of their own), then (macOS) the app
    // bundle's PlugIns/privacy-dashboard, then the folder the install rules
    // put them in, relative to the binary's folder (the same relation holds
    // for the app in the build tree).
    static QStringList searchPath();

    // The file the module `name` was loaded from; empty when it was not.
    static QString loadedFrom(const QString &name);
};

} // namespace pd
