#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace pd {

// What ExportArchive::verify() found: files that match the manifest, and
// every problem with the path it concerns.
struct ArchiveVerification {
    Q_DECLARE_TR_FUNCTIONS(pd::ArchiveVerification)
public:
    struct Issue {
        enum class Kind {
            Missing,  // listed in the manifest, not in the ZIP
            Extra,    // in the ZIP, not listed
            Tampered, // size, SHA-256 or the ZIP's own checksum differs
        };
        Kind kind;
        QString path;
        QString detail; // for developers
    };

    QStringList verified;
    QList<Issue> issues;
    // The check was stopped by its progress callback: the lists are partial.
    bool stopped = false;

    bool ok() const { return !stopped && issues.isEmpty(); }
    QStringList paths(Issue::Kind kind) const;
    // One translated sentence per kind of problem, for users.
    QString summary() const;
};

} // namespace pd
