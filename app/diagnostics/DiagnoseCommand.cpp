#include "diagnostics/DiagnoseCommand.h"

#include "diagnostics/Diagnoser.h"
#include "diagnostics/TerminalText.h"

#include <QEventLoop>
#include <QTextStream>

namespace pd {

int DiagnoseCommand::run(const QString &url, const QString &caFile, QTextStream &out)
{
    QUrl target(url.trimmed(), QUrl::StrictMode);
    if (target.scheme().isEmpty())
        target = QUrl(QStringLiteral("https://") + url.trimmed(), QUrl::StrictMode);
    Diagnoser diagnoser;
    DiagnosisReport report;
    QEventLoop loop;
    QObject::connect(&diagnoser, &Diagnoser::finished, &loop, [&](const DiagnosisReport &finished) {
        report = finished;
        loop.quit();
    });
    diagnoser.run(target, caFile);
    loop.exec();
    // The report quotes the server (its name, certificate subjects, errors).
    out << TerminalText::sanitize(report.toText());
    out.flush();
    return report.ok() ? 0 : 1;
}

} // namespace pd
