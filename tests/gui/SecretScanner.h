#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace pd::test {

// Searches every file under a folder, byte by byte, for secrets in the
// spellings they take on disk: UTF-8, UTF-16 (either byte order),
// percent-encoded, any letter case, and inside ZIP members (deflated text is
// invisible to a byte search). SQLite files and their -wal/-shm are read as
// plain bytes: freed pages and old log frames are what a wipe can leave.
class SecretScanner
{
public:
    struct Finding {
        QString file; // a ZIP member as "archive.zip!member"
        qint64 offset = 0;
        QString secret;   // its name, never its value
        QString spelling; // "UTF-8", "UTF-16LE"...
    };

    // `personal`: personal data (email, phone), allowed in the folders
    // allowPersonalDataUnder() names; secrets (passwords, tokens, keys) are
    // found everywhere. Values shorter than 6 characters are refused (false):
    // they would match by chance.
    bool addSecret(const QString &name, const QString &value, bool personal);
    // Raw bytes (a decoded key), matched exactly.
    bool addBinarySecret(const QString &name, const QByteArray &value);
    // The user chose this folder for their own data (a downloaded export).
    void allowPersonalDataUnder(const QString &folder);

    QList<Finding> scan(const QString &root);
    // Of the last scan: how many files (ZIP members included) and bytes were read.
    int filesScanned() const { return m_files; }
    qint64 bytesScanned() const { return m_bytes; }
    // Personal data found where it is allowed, as "file: secret" (for the log).
    QStringList allowedPersonalData() const { return m_allowed; }

    static QString describe(const QList<Finding> &findings);

private:
    struct Needle {
        QString secret;
        QString spelling;
        QByteArray bytes; // lower-cased when caseless
        bool caseless = true;
        bool personal = false;
    };

    void scanBytes(const QString &label, const QByteArray &bytes, bool personalAllowed,
                   QList<Finding> *findings);
    void scanZipMembers(const QString &label, const QByteArray &zip, bool personalAllowed,
                        QList<Finding> *findings);
    bool isPersonalAllowed(const QString &path) const;

    QList<Needle> m_needles;
    QStringList m_personalFolders;
    QStringList m_allowed;
    int m_files = 0;
    qint64 m_bytes = 0;
};

} // namespace pd::test
