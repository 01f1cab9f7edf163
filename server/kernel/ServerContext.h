#pragma once

#include "ServerConfig.h"

#include <QObject>

namespace pd::server {

class Clock;
class Database;
class MailSink;
class PageReaders;
class PasswordChecks;
class ReceiptKey;

// What every server module is built with. Each event loop (ServerStack) has
// its own, naming its own database connection; the rest is shared by all
// loops and thread-safe. Modules hold references, never globals.
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
    // The threads that check passwords, shared by every event loop so that
    // sign-ins never take more than the cores; null: the auth module makes
    // its own (in-process tests).
    PasswordChecks *passwordChecks = nullptr;
    // Signs the receipts of ended requests; published in discovery. Owned
    // by ServerApp; null: no receipts (the route answers 503).
    const ReceiptKey *receiptKey = nullptr;
};

} // namespace pd::server
