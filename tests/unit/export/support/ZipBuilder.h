#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace pd::test {

// Builds ZIP files for the export tests with QuaZip, including the broken
// and hostile ones a reader must refuse.
class ZipBuilder
{
public:
    struct Entry {
        QString name;
        QByteArray data;
        bool stored = false; // no compression: the bytes appear verbatim in the ZIP
    };
    struct Listed {
        QString path;
        QByteArray data;
        qint64 rows = 0;
    };

    static bool write(const QString &zipPath, const QList<Entry> &entries);
    // One entry of `size` bytes of `fill`, written in chunks (for bombs and caps).
    static bool writeFilled(const QString &zipPath, const QList<Entry> &entries,
                            const QString &name, qint64 size, char fill);
    // manifest.json describing `files` (their real size and SHA-256).
    static QByteArray manifest(const QList<Listed> &files);
    static QString sha256(const QByteArray &data);
    // Rewrites the uncompressed size recorded for `name` in both its local
    // header and the central directory (a ZIP that lies about its content).
    static bool patchDeclaredSize(QByteArray &zip, const QString &name, quint32 size);
    static QByteArray readAll(const QString &path);
    static bool writeAll(const QString &path, const QByteArray &bytes);
};

} // namespace pd::test
