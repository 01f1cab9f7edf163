#pragma once

#include "ServerConfig.h"

#include <QObject>

namespace pd::server {

class Clock;
class Database;
class MailSink;
class PageReaders;

// What every server module is built with. Owned by ServerApp, the
// composition root; modules hold references, never globals.
struct ServerContext {
    const Database &db;
    const Clock &clock;
    const ServerConfig &config;
    QString apiBaseUrl; // https://host:port/api/v1, known after listen()
    // Random, kept in the data folder (server-secret.key): keys the hashes
    // the server keeps of erased data, so they cannot be reversed by
    // hashing guessed values.
    QByteArray secret;
    // Confirmation codes and security notices go out through it (a maildir
    // or an SMTP relay); owned by ServerApp.
    MailSink *mail = nullptr;
    // Threads with connections of their own that read the large lists'
    // pages; null: pages are read on the event loop (in-process tests).
    PageReaders *pageReaders = nullptr;
};

} // namespace pd::server
