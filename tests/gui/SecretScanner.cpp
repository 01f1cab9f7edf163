#include "SecretScanner.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace pd::test {

namespace {

// A secret typed into a file many times is reported this often per file.
constexpr int kMaxReportsPerFile = 3;
// ZIP members larger than this are not inflated (the exports here are small).
constexpr qint64 kMaxMemberSize = 256 * 1024 * 1024;

QByteArray asciiLower(QByteArray bytes)
{
    for (char &c : bytes) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return bytes;
}

QByteArray utf16(const QString &value, bool littleEndian)
{
    QByteArray bytes;
    bytes.reserve(value.size() * 2);
    for (const QChar c : value) {
        const char low = char(c.unicode() & 0xff);
        const char high = char(c.unicode() >> 8);
        bytes.append(littleEndian ? low : high);
        bytes.append(littleEndian ? high : low);
    }
    return bytes;
}

} // namespace

bool SecretScanner::addSecret(const QString &name, const QString &value, bool personal)
{
    if (value.size() < 6)
        return false;
    const QByteArray utf8 = value.toUtf8();
    QList<std::pair<QString, QByteArray>> spellings{
        {QStringLiteral("UTF-8"), utf8},
        {QStringLiteral("UTF-16LE"), utf16(value, true)},
        {QStringLiteral("UTF-16BE"), utf16(value, false)}};
    const QByteArray percent = QUrl::toPercentEncoding(value);
    if (percent != utf8)
        spellings.append({QStringLiteral("percent-encoded"), percent});
    for (const auto &[spelling, bytes] : std::as_const(spellings))
        m_needles.append({name, spelling, asciiLower(bytes), true, personal});
    return true;
}

bool SecretScanner::addBinarySecret(const QString &name, const QByteArray &value)
{
    if (value.size() < 6)
        return false;
    m_needles.append({name, QStringLiteral("raw bytes"), value, false, false});
    return true;
}

void SecretScanner::allowPersonalDataUnder(const QString &folder)
{
    m_personalFolders.append(QDir::cleanPath(QFileInfo(folder).absoluteFilePath()) + u'/');
}

bool SecretScanner::isPersonalAllowed(const QString &path) const
{
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    for (const QString &folder : m_personalFolders) {
        if (clean.startsWith(folder))
            return true;
    }
    return false;
}

QList<SecretScanner::Finding> SecretScanner::scan(const QString &root)
{
    m_files = 0;
    m_bytes = 0;
    m_allowed.clear();
    QList<Finding> findings;
    // Hidden files and dot folders too; symbolic links are not followed (a
    // link out of the tree is not this tree's content).
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        if (info.isSymLink() || !info.isFile())
            continue; // sockets, pipes: no content at rest
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            // What cannot be read cannot be cleared.
            findings.append({path, -1, QStringLiteral("(unreadable file)"), file.errorString()});
            continue;
        }
        const QByteArray bytes = file.readAll();
        const bool personalAllowed = isPersonalAllowed(path);
        scanBytes(path, bytes, personalAllowed, &findings);
        if (bytes.startsWith(QByteArrayView("PK\x03\x04", 4)))
            scanZipMembers(path, bytes, personalAllowed, &findings);
    }
    return findings;
}

void SecretScanner::scanBytes(const QString &label, const QByteArray &bytes, bool personalAllowed,
                              QList<Finding> *findings)
{
    ++m_files;
    m_bytes += bytes.size();
    const QByteArray lowered = asciiLower(bytes);
    for (const Needle &needle : std::as_const(m_needles)) {
        const QByteArray &haystack = needle.caseless ? lowered : bytes;
        qsizetype at = haystack.indexOf(needle.bytes);
        if (at < 0)
            continue;
        if (needle.personal && personalAllowed) {
            const QString entry = label + QStringLiteral(": ") + needle.secret;
            if (!m_allowed.contains(entry))
                m_allowed.append(entry);
            continue;
        }
        for (int reported = 0; at >= 0 && reported < kMaxReportsPerFile; ++reported) {
            findings->append({label, qint64(at), needle.secret, needle.spelling});
            at = haystack.indexOf(needle.bytes, at + 1);
        }
    }
}

void SecretScanner::scanZipMembers(const QString &label, const QByteArray &zip,
                                   bool personalAllowed, QList<Finding> *findings)
{
    QByteArray copy = zip;
    QBuffer buffer(&copy);
    QuaZip archive(&buffer);
    if (!archive.open(QuaZip::mdUnzip)) {
        findings->append({label, -1, QStringLiteral("(unreadable ZIP archive)"),
                          QString::number(archive.getZipError())});
        return;
    }
    for (bool more = archive.goToFirstFile(); more; more = archive.goToNextFile()) {
        QuaZipFileInfo64 info;
        archive.getCurrentFileInfo(&info);
        const QString member = label + u'!' + info.name;
        if (qint64(info.uncompressedSize) > kMaxMemberSize) {
            findings->append({member, -1, QStringLiteral("(ZIP member too large to check)"),
                              QString::number(info.uncompressedSize)});
            continue;
        }
        QuaZipFile file(&archive);
        if (!file.open(QIODevice::ReadOnly)) {
            findings->append({member, -1, QStringLiteral("(unreadable ZIP member)"),
                              QString::number(file.getZipError())});
            continue;
        }
        scanBytes(member, file.readAll(), personalAllowed, findings);
        file.close();
    }
    archive.close();
}

QString SecretScanner::describe(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &finding : findings) {
        lines << QStringLiteral("%1 at offset %2: %3 (%4)")
                     .arg(finding.file)
                     .arg(finding.offset)
                     .arg(finding.secret, finding.spelling);
    }
    return lines.join(u'\n');
}

} // namespace pd::test
