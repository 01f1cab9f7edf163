#pragma once

#include "export/Sha256.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QFile;

namespace pd {

// The `.part` file of a download and its `.part.etag` companion (the ETag the
// bytes came from, so a later run can resume with If-Range): appends while
// hashing incrementally, so the finished file is never read twice. Both files
// are opened without following symbolic links. Messages are translated.
class PartialDownload
{
    Q_DECLARE_TR_FUNCTIONS(pd::PartialDownload)
public:
    PartialDownload(QString partPath, QString etagPath);
    ~PartialDownload();
    PartialDownload(const PartialDownload &) = delete;
    PartialDownload &operator=(const PartialDownload &) = delete;

    // Opens (creating) the .part. Bytes already there are kept, and hashed,
    // only when an ETag was saved with them and they are no more than
    // `expectedSize`; otherwise the file starts again from zero.
    bool open(qint64 expectedSize, QString *error);
    bool isOpen() const { return m_file != nullptr; }
    qint64 size() const { return m_size; }
    QByteArray etag() const { return m_etag; }
    QString partPath() const { return m_partPath; }

    // Empties the .part and forgets its ETag.
    bool restart(QString *error);
    bool setEtag(const QByteArray &etag, QString *error);
    bool append(const char *data, qint64 length, QString *error);
    // Flushes and closes the .part; the hex SHA-256 of all its bytes.
    QString finish(QString *error);
    // Closes, keeping both files for a later resume.
    void close();
    // Closes and deletes both files.
    void discard();

private:
    QByteArray readEtag() const;
    bool hashExisting(QString *error);

    QString m_partPath;
    QString m_etagPath;
    std::unique_ptr<QFile> m_file;
    Sha256 m_hash;
    QByteArray m_etag;
    qint64 m_size = 0;
};

} // namespace pd
