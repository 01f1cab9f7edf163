#include "export/JoinedParts.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace pd {

namespace {

// Parts are numbered from 001; more than 999 are not looked for.
constexpr int kMaxParts = 999;

QString partPath(const QString &base, int index)
{
    return base + QLatin1Char('.') + QString::number(index).rightJustified(3, QLatin1Char('0'));
}

} // namespace

JoinedParts::JoinedParts(QStringList paths, QObject *parent)
    : QIODevice(parent)
    , m_paths(std::move(paths))
{}

JoinedParts::~JoinedParts() = default;

QStringList JoinedParts::partsOf(const QString &path)
{
    static const QRegularExpression numbered(QStringLiteral("^(.+)\\.(\\d{3})$"));
    const QRegularExpressionMatch match = numbered.match(path);
    if (!match.hasMatch())
        return {};
    const QString base = match.captured(1);
    QStringList parts;
    for (int index = 1; index <= kMaxParts; ++index) {
        const QString part = partPath(base, index);
        if (!QFileInfo(part).isFile())
            break;
        parts << part;
    }
    return parts;
}

bool JoinedParts::open(OpenMode mode)
{
    if (isOpen() || (mode & ~(ReadOnly | Unbuffered)) != 0 || !(mode & ReadOnly) ||
        m_paths.isEmpty())
        return false;
    m_files.clear();
    m_starts.clear();
    m_total = 0;
    for (const QString &path : m_paths) {
        auto file = std::make_unique<QFile>(path);
        if (!file->open(QIODevice::ReadOnly)) {
            setErrorString(file->errorString());
            m_files.clear();
            return false;
        }
        if (file->size() == 0)
            continue; // adds nothing, and would share its offset with the next
        m_starts << m_total;
        m_total += file->size();
        m_files.push_back(std::move(file));
    }
    m_position = 0;
    return QIODevice::open(mode);
}

void JoinedParts::close()
{
    QIODevice::close();
    m_files.clear();
    m_starts.clear();
    m_total = 0;
    m_position = 0;
}

bool JoinedParts::seek(qint64 position)
{
    if (position < 0 || position > m_total || !QIODevice::seek(position))
        return false;
    m_position = position;
    return true;
}

qint64 JoinedParts::readData(char *data, qint64 maxSize)
{
    qint64 done = 0;
    while (done < maxSize && m_position < m_total) {
        // The last part that starts at or before the position.
        const auto at = std::upper_bound(m_starts.cbegin(), m_starts.cend(), m_position) - 1;
        const auto index = std::size_t(at - m_starts.cbegin());
        QFile &file = *m_files.at(index);
        if (!file.seek(m_position - *at))
            return done > 0 ? done : -1;
        const qint64 read = file.read(data + done, maxSize - done);
        if (read < 0)
            return done > 0 ? done : -1;
        if (read == 0)
            break; // the part shrank since it was opened
        done += read;
        m_position += read;
    }
    return done;
}

qint64 JoinedParts::writeData(const char *, qint64)
{
    return -1;
}

} // namespace pd
