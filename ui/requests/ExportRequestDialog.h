#pragma once

#include "requests/RequestFormDialog.h"

#include <QList>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QPushButton;

namespace pd {

// Files an `export` request {categories, format}: the categories of data to
// copy (OpenAPI `ExportCategory`, by their plain names, with Select all and
// Select none) and the file format (JSON, CSV or both). Explains the right
// of access the privacy policy grants, and that the completed archive is
// offered on the Requests page for a limited time only.
class ExportRequestDialog : public RequestFormDialog
{
    Q_OBJECT
public:
    ExportRequestDialog(Context context, QWidget *parent = nullptr);

    // ExportCategory values, in the order shown.
    static QStringList categories();
    // The user's name of a category ("Messages" for "messages").
    static QString categoryName(const QString &category);

    QCheckBox *categoryBox(const QString &category) const;
    QPushButton *selectAllButton() const { return m_all; }
    QPushButton *selectNoneButton() const { return m_none; }
    QComboBox *formatBox() const { return m_format; }
    // Ticks exactly `categories` and picks `format` ("json", "csv", "both").
    void setSelection(const QStringList &categories, const QString &format);

protected:
    std::optional<QJsonObject> buildPayload(QString *problem) const override;

private:
    void setAll(bool checked);

    QList<QCheckBox *> m_boxes;
    QPushButton *m_all;
    QPushButton *m_none;
    QComboBox *m_format;
};

} // namespace pd
