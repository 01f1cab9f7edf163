// The floors of bench_startup: bare Qt Widgets programs that link nothing but
// Qt Widgets (the app's own libraries and their dependencies would slow the
// floor's dynamic loading and flatter the app).
//   bench_startup_floor --widget        one empty QWidget, until it is exposed
//   bench_startup_floor --label         one QLabel showing a word: what the
//                                       first text alone costs (fontconfig,
//                                       the font database, one font)
//   bench_startup_floor --form          a QDialog with a heading, two labelled
//                                       fields and a button: the least a
//                                       window that draws text must do (it
//                                       loads fonts, which --widget never does)
//   bench_startup_floor --main-window   a QMainWindow with a menu, a status bar
//                                       and a table of rows held in memory,
//                                       until the table has painted rows
#include "FirstWindowProbe.h"

#include <QApplication>
#include <QDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QWidget>

namespace {

int runWidget(int argc, char *argv[])
{
    QApplication app(argc, argv);
    new pd::FirstWindowProbe(&app);
    QWidget window;
    window.resize(800, 600);
    window.show();
    return app.exec();
}

int runLabel(int argc, char *argv[])
{
    QApplication app(argc, argv);
    new pd::FirstWindowProbe(&app);
    QLabel window(QStringLiteral("Sign in"));
    window.resize(800, 600);
    window.show();
    return app.exec();
}

int runForm(int argc, char *argv[])
{
    QApplication app(argc, argv);
    new pd::FirstWindowProbe(&app);
    QDialog window;
    auto *layout = new QFormLayout(&window);
    layout->addRow(new QLabel(QStringLiteral("Sign in to your account")));
    layout->addRow(QStringLiteral("&Email:"), new QLineEdit(&window));
    auto *password = new QLineEdit(&window);
    password->setEchoMode(QLineEdit::Password);
    layout->addRow(QStringLiteral("&Password:"), password);
    layout->addRow(new QPushButton(QStringLiteral("Sign In"), &window));
    window.show();
    return app.exec();
}

int runMainWindow(int argc, char *argv[])
{
    QApplication app(argc, argv);
    new pd::FirstWindowProbe(&app, pd::FirstWindowProbe::Until::TableRows);
    QStandardItemModel model(200, 6);
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            model.setItem(
                row, column,
                new QStandardItem(QStringLiteral("row %1, column %2").arg(row).arg(column)));
    }
    QMainWindow window;
    window.menuBar()->addMenu(QStringLiteral("&File"));
    auto *table = new QTableView(&window);
    table->setModel(&model);
    window.setCentralWidget(table);
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(800, 600);
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (QByteArray(argv[i]) == "--widget")
            return runWidget(argc, argv);
        if (QByteArray(argv[i]) == "--label")
            return runLabel(argc, argv);
        if (QByteArray(argv[i]) == "--form")
            return runForm(argc, argv);
        if (QByteArray(argv[i]) == "--main-window")
            return runMainWindow(argc, argv);
    }
    return 2;
}
