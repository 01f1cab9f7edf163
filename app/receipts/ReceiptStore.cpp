#include "receipts/ReceiptStore.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace pd {

ReceiptStore::ReceiptStore(const QString &folder)
    : m_folder(folder.isEmpty() ? defaultFolder() : folder)
{}

QString ReceiptStore::defaultFolder()
{
    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (documents.isEmpty())
        documents = QDir::homePath();
    return QDir(documents).filePath(QStringLiteral("Privacy Dashboard Receipts"));
}

QString ReceiptStore::pathOf(const QString &requestId) const
{
    // Ids come from the server: only what is safe in a file name is kept.
    QString safe;
    for (const QChar c : requestId) {
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
            c == u'-' || c == u'_')
            safe += c;
    }
    return QDir(m_folder).filePath(QStringLiteral("receipt-") + safe.left(100) +
                                   QLatin1String(kSuffix));
}

bool ReceiptStore::writeFile(const Receipt &receipt, const QString &path, QString *error)
{
    QSaveFile file(path);
    const QByteArray content = receipt.toFile();
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() ||
        !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

std::optional<Receipt> ReceiptStore::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QString error;
    return Receipt::fromFile(file.read(64 * 1024 + 1), &error);
}

bool ReceiptStore::save(const Receipt &receipt, QString *error) const
{
    if (!QDir().mkpath(m_folder)) {
        *error = m_folder;
        return false;
    }
    QString detail;
    if (!writeFile(receipt, pathOf(receipt.requestId), &detail)) {
        *error = pathOf(receipt.requestId) + QStringLiteral(": ") + detail;
        return false;
    }
    return true;
}

std::optional<Receipt> ReceiptStore::load(const QString &requestId) const
{
    std::optional<Receipt> receipt = readFile(pathOf(requestId));
    if (receipt && receipt->requestId != requestId)
        return std::nullopt;
    return receipt;
}

QList<Receipt> ReceiptStore::all() const
{
    QList<Receipt> receipts;
    const QStringList names = QDir(m_folder).entryList(
        {QStringLiteral("*") + QLatin1String(kSuffix)}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        if (receipts.size() >= kMaxListed)
            break;
        if (auto receipt = readFile(QDir(m_folder).filePath(name)))
            receipts.append(*receipt);
    }
    std::sort(receipts.begin(), receipts.end(),
              [](const Receipt &a, const Receipt &b) { return a.endedAt > b.endedAt; });
    return receipts;
}

ReceiptStore::Move ReceiptStore::moveTo(const QString &folder)
{
    Move result;
    const QDir from(m_folder);
    const QDir to(folder);
    if (QDir::cleanPath(from.absolutePath()) == QDir::cleanPath(to.absolutePath()))
        return result;
    const QStringList names =
        from.entryList({QStringLiteral("*") + QLatin1String(kSuffix)}, QDir::Files, QDir::Name);
    m_folder = folder;
    if (names.isEmpty())
        return result;
    if (!QDir().mkpath(folder)) {
        result.left = int(names.size());
        return result;
    }
    for (const QString &name : names) {
        const QString source = from.filePath(name);
        const std::optional<Receipt> receipt = readFile(source);
        if (!receipt) {
            ++result.left; // not a receipt we wrote: not ours to move
            continue;
        }
        const QString target = to.filePath(name);
        QString error;
        const bool there = QFile::exists(target) ? readFile(target).has_value()
                                                 : writeFile(*receipt, target, &error);
        const std::optional<Receipt> copy = there ? readFile(target) : std::nullopt;
        if (copy && copy->requestId == receipt->requestId && QFile::remove(source))
            ++result.moved;
        else
            ++result.left;
    }
    return result;
}

} // namespace pd
