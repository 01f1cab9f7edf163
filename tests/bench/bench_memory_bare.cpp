// bench_memory's floor: a bare Qt Widgets program that shows one QWidget
// window and exits once it is exposed. Links Qt Widgets alone, so that its
// resident set is Qt's and nothing of ours.
#include <QApplication>
#include <QTest>
#include <QWidget>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QWidget window;
    window.resize(800, 600);
    window.show();
    return QTest::qWaitForWindowExposed(&window) ? 0 : 1;
}
