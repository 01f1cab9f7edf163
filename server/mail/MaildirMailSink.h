#pragma once

#include "MailSink.h"

#include <QString>

#include <atomic>

namespace pd::server {

class Clock;

// Delivers into a maildir (tmp/, new/, cur/): each message is written to
// tmp/ as 0600 and renamed into new/, so a reader never sees half a message.
class MaildirMailSink : public MailSink
{
public:
    MaildirMailSink(QString directory, const Clock &clock);

    // Creates the folder and its tmp/, new/, cur/ (0700); false and *error.
    bool prepare(QString *error) const;
    bool send(const MailMessage &message, QString *error) override;
    QString directory() const { return m_directory; }

private:
    QString m_directory;
    const Clock &m_clock;
    std::atomic<int> m_sequence = 0; // every event loop delivers through one sink
};

} // namespace pd::server
