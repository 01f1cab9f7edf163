#pragma once

#include "kernel/InteractiveWork.h"

#include <QByteArray>
#include <QFuture>
#include <QString>
#include <QThreadPool>

#include <functional>

namespace pd::server {

class Database;

// Threads that read list pages, each through a database connection of its
// own. On one event loop a page's query and JSON (about 1.5 ms) queued behind
// every other connection's: with 100 connections kept busy, latency was about
// 100 pages' worth. Reads only: SQLite's WAL lets these connections read while
// the server's own connection writes, and PostgreSQL serves each connection
// in a process of its own.
class PageReaders
{
public:
    // `location`/`password` as for Database::open(); `threads` 0: one per core.
    PageReaders(QString location, QString password, int threads = 0);
    ~PageReaders();
    PageReaders(const PageReaders &) = delete;
    PageReaders &operator=(const PageReaders &) = delete;

    // Runs `read` on one of the threads with that thread's connection (opened
    // on its first use). A DatabaseError (or a connection that cannot be
    // opened) becomes the future's exception.
    QFuture<QByteArray> run(std::function<QByteArray(const Database &)> read);

    // The reads queued or running: an export's build steps aside for them.
    const InteractiveWork &inFlight() const { return m_inFlight; }

private:
    QString m_location;
    QString m_password;
    InteractiveWork m_inFlight;
    QThreadPool m_pool;
};

} // namespace pd::server
