#pragma once

#include <QIODevice>
#include <QList>
#include <QStringList>

#include <memory>
#include <vector>

class QFile;

namespace pd {

// The parts of a split archive (`name.zip.001`, `.002`, ...) read as the
// one archive they join into, without joining them on disk: the ZIP module
// reads the ZIP through this random-access, read-only device, so the offline
// viewer opens a split download as it is.
class JoinedParts : public QIODevice
{
    Q_OBJECT
public:
    explicit JoinedParts(QStringList paths, QObject *parent = nullptr);
    ~JoinedParts() override;

    // For `path` named like `name.zip.NNN`, `name.zip.001` and every part
    // after it that exists, in order; empty for any other name or when the
    // first part is missing.
    static QStringList partsOf(const QString &path);

    // ReadOnly only; false when a part cannot be opened.
    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_total; }
    bool seek(qint64 position) override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QStringList m_paths;
    std::vector<std::unique_ptr<QFile>> m_files;
    QList<qint64> m_starts; // offset of each part in the whole
    qint64 m_total = 0;
    qint64 m_position = 0;
};

} // namespace pd
