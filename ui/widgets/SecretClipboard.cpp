#include "widgets/SecretClipboard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>

namespace pd {

SecretClipboard::SecretClipboard(const QString &text, QObject *parent)
    : QObject(parent)
    , m_hash(hash(text))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kClearAfter);
    connect(&m_timer, &QTimer::timeout, this, &SecretClipboard::clearIfUnchanged);
}

SecretClipboard *SecretClipboard::copy(const QString &text)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->setText(text);
    auto *watcher = new SecretClipboard(text, clipboard);
    watcher->m_timer.start();
    return watcher;
}

void SecretClipboard::clearIfUnchanged()
{
    m_timer.stop();
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (hash(clipboard->text()) == m_hash)
        clipboard->clear();
    deleteLater();
}

QByteArray SecretClipboard::hash(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace pd
