#include "ExportWorker.h"

#include "ExportBuilder.h"
#include "ExportRowReader.h"
#include "ExportStorageError.h"
#include "db/Database.h"
#include "kernel/InteractiveWork.h"

#include <QThread>

#include <exception>
#include <stdexcept>

namespace pd::server {

ExportWorker::ExportWorker(QString databaseLocation, QString databasePassword, QString directory,
                           QList<qint64> partSizes, const InteractiveWork *interactive)
    : m_databaseLocation(std::move(databaseLocation))
    , m_databasePassword(std::move(databasePassword))
    , m_directory(std::move(directory))
    , m_partSizes(std::move(partSizes))
    , m_interactive(interactive)
{}

// Runs on the worker's thread (deleteLater after the thread's loop ended),
// where the connection was opened and must be closed.
ExportWorker::~ExportWorker() = default;

void ExportWorker::build(const RequestRecord &request, qint64 nowMs)
{
    try {
        if (!m_db) {
            QString error;
            m_db = Database::open(m_databaseLocation, &error, m_databasePassword);
            if (!m_db)
                throw DatabaseUnavailable("the export worker cannot open the database");
        }
        ExportBuilder builder(*m_db, m_directory, m_partSizes);
        if (m_interactive) {
            // Pages first: an archive has days to be ready, a page has
            // milliseconds. The nice value alone left the build a share of
            // the cores, and nothing of its queries' share on PostgreSQL.
            builder.setPace(
                [interactive = m_interactive] { interactive->waitWhileBusy(kPauseMs); });
        }
        const ExportArchiveFile archive = builder.build(request, nowMs);
        Q_EMIT built(request.id, archive.path, archive.sizeBytes, archive.sha256, archive.partSets);
    } catch (const ExportInterrupted &) {
        Q_EMIT failed(request.id, QStringLiteral("interrupted"), true);
    } catch (const DatabaseUnavailable &) {
        // Built again once the database is back (a restart), not rejected.
        m_db.reset();
        Q_EMIT failed(request.id, QStringLiteral("database unavailable"), true);
    } catch (const ExportStorageError &) {
        Q_EMIT failed(request.id, QString::fromLatin1(kStorageFailure), false);
    } catch (const DatabaseError &) {
        // Only the kind: a database message can quote personal data.
        m_db.reset(); // the next job reconnects
        Q_EMIT failed(request.id, QStringLiteral("database error"), false);
    } catch (const std::exception &) {
        Q_EMIT failed(request.id, QStringLiteral("processing error"), false);
    } catch (...) {
        Q_EMIT failed(request.id, QStringLiteral("unknown error"), false);
    }
}

} // namespace pd::server
