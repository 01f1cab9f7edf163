#include "AccessibilityAudit.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAccessibleInterface>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSet>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>
#include <QWidget>

#include <algorithm>

namespace pd::test {

namespace {

// Roles of something the user operates: what a screen reader announces as
// a button, a field, a list… A focusable widget with any other role (client,
// pane, grouping) is read as an anonymous area.
bool isInteractiveRole(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::PageTabList:
    case QAccessible::Link:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
    case QAccessible::HotkeyField:
        return true;
    default:
        return false;
    }
}

// Roles whose children are items or parts of the control itself (cells,
// rows, the popup of a combo box), not further controls.
bool isLeafControl(QAccessible::Role role)
{
    return role == QAccessible::Table || role == QAccessible::List || role == QAccessible::Tree ||
           role == QAccessible::ComboBox || role == QAccessible::SpinBox ||
           role == QAccessible::PageTabList;
}

// A label whose links or text the keyboard can reach: read as text with
// links, which is what it is.
bool isKeyboardLabel(const QWidget *widget)
{
    const auto *label = qobject_cast<const QLabel *>(widget);
    return label && (label->textInteractionFlags() &
                     (Qt::LinksAccessibleByKeyboard | Qt::TextSelectableByKeyboard));
}

QString describe(const QWidget *widget, const QString &name = {})
{
    QString text = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        text += u" '" + widget->objectName() + u'\'';
    if (!name.isEmpty())
        text += u" \"" + name.left(50) + u'"';
    for (const QWidget *parent = widget->parentWidget(); parent && !parent->isWindow();
         parent = parent->parentWidget()) {
        if (!parent->objectName().isEmpty() && !parent->objectName().startsWith(u"qt_")) {
            text += u" in '" + parent->objectName() + u'\'';
            break;
        }
    }
    return text;
}

// Whether the control shows what it is in words of its own: a button's or
// a box's text, the tabs of a tab bar, the headers and cells an item view
// is read by, the text of a read-only document, a label's links.
bool hasOwnText(const QWidget *widget)
{
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        return !button->text().remove(u'&').trimmed().isEmpty();
    if (const auto *tabs = qobject_cast<const QTabBar *>(widget))
        return tabs->count() > 0;
    if (qobject_cast<const QAbstractItemView *>(widget))
        return true;
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(widget))
        return text->isReadOnly();
    if (const auto *text = qobject_cast<const QTextEdit *>(widget))
        return text->isReadOnly();
    return isKeyboardLabel(widget);
}

// A scroll area (not an item view or a text) that takes focus so that the
// keyboard can scroll what it shows, as WAI-ARIA's "scrollable region"
// asks. Qt gives it the generic client role; it is named and described.
bool isScrollRegion(const QWidget *widget)
{
    return qobject_cast<const QAbstractScrollArea *>(widget) &&
           !qobject_cast<const QAbstractItemView *>(widget) &&
           !qobject_cast<const QPlainTextEdit *>(widget) &&
           !qobject_cast<const QTextEdit *>(widget);
}

// Whether `buddy` (a label's buddy) stands for `control`: the control
// itself, or a composite whose focus goes to it (or the other way round).
bool standsFor(const QWidget *buddy, const QWidget *control)
{
    return buddy && control &&
           (buddy == control || buddy->focusProxy() == control || control->focusProxy() == buddy);
}

bool isFocusControl(const QWidget *widget)
{
    return (widget->focusPolicy() & Qt::TabFocus) && !qobject_cast<const QLabel *>(widget);
}

// The controls in a form row's field (a widget or a layout of them).
QList<QWidget *> controlsOf(QLayoutItem *item)
{
    QList<QWidget *> controls;
    if (!item)
        return controls;
    if (QWidget *widget = item->widget()) {
        if (!widget->isVisible())
            return controls;
        if (isFocusControl(widget))
            controls << widget;
        const QList<QWidget *> children = widget->findChildren<QWidget *>();
        for (QWidget *child : children) {
            if (child->isVisible() && isFocusControl(child))
                controls << child;
        }
    } else if (QLayout *layout = item->layout()) {
        for (int index = 0; index < layout->count(); ++index)
            controls << controlsOf(layout->itemAt(index));
    }
    return controls;
}

// Under an item view: its editors and index widgets, which the view
// presents as cells.
bool isInsideItemView(const QWidget *widget, const QWidget *window)
{
    for (const QWidget *parent = widget->parentWidget(); parent && parent != window;
         parent = parent->parentWidget()) {
        if (qobject_cast<const QAbstractItemView *>(parent))
            return true;
    }
    return false;
}

// Parts of a composite the composite is named and focused for.
bool isInnerPart(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    return qobject_cast<const QComboBox *>(parent) ||
           qobject_cast<const QAbstractSpinBox *>(parent);
}

class Walk
{
public:
    Walk(QWidget *window, QStringList &problems)
        : m_window(window)
        , m_problems(problems)
    {}

    void run()
    {
        collectBuddies();
        visit(QAccessible::queryAccessibleInterface(m_window));
        checkEveryFocusableIsInTree();
        checkForms();
        checkTabOrder();
    }

    int controlCount() const { return int(m_controls.size()); }

private:
    QWidget *m_window;
    QStringList &m_problems;
    QSet<const QWidget *> m_inTree;
    QList<QWidget *> m_controls;
    QList<const QWidget *> m_buddies;

    void collectBuddies()
    {
        const QList<QLabel *> labels = m_window->findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (label->buddy() && label->isVisible() && !label->text().trimmed().isEmpty())
                m_buddies << label->buddy();
        }
    }

    bool isLabelled(const QWidget *control) const
    {
        for (const QWidget *buddy : m_buddies) {
            if (standsFor(buddy, control))
                return true;
        }
        return false;
    }

    void visit(QAccessibleInterface *iface)
    {
        if (!iface || !iface->isValid() || iface->state().invisible)
            return;
        auto *widget = qobject_cast<QWidget *>(iface->object());
        if (widget && widget->window() == m_window) {
            m_inTree.insert(widget);
            checkControl(iface, widget);
        }
        if (isLeafControl(iface->role()))
            return;
        for (int index = 0; index < iface->childCount(); ++index)
            visit(iface->child(index));
    }

    void checkControl(QAccessibleInterface *iface, QWidget *widget)
    {
        const QAccessible::Role role = iface->role();
        const bool focusable = widget->focusPolicy() & Qt::TabFocus;
        if (!focusable && !isInteractiveRole(role))
            return;
        if (isInnerPart(widget))
            return;
        m_controls << widget;
        const QString name = iface->text(QAccessible::Name).trimmed();
        if (!isInteractiveRole(role) &&
            !(role == QAccessible::StaticText && isKeyboardLabel(widget)) &&
            !(role == QAccessible::Client && isScrollRegion(widget)))
            m_problems << describe(widget, name) +
                              QStringLiteral(": takes focus but its role (%1) is not a control's")
                                  .arg(int(role));
        if (name.isEmpty())
            m_problems << describe(widget) + QStringLiteral(": no accessible name");
        if (!hasOwnText(widget) && !isLabelled(widget) &&
            iface->text(QAccessible::Description).trimmed().isEmpty())
            m_problems << describe(widget, name) +
                              QStringLiteral(
                                  ": shows no text and has no label, but no description");
        checkItems(iface, widget, name);
    }

    // The sidebar's pages, a tab bar's tabs: each item is read by its name.
    void checkItems(QAccessibleInterface *iface, const QWidget *widget, const QString &name)
    {
        const QAccessible::Role role = iface->role();
        if ((role != QAccessible::List && role != QAccessible::PageTabList) ||
            iface->childCount() > 100)
            return;
        for (int index = 0; index < iface->childCount(); ++index) {
            QAccessibleInterface *item = iface->child(index);
            if (!item || item->state().invisible)
                continue;
            if (item->text(QAccessible::Name).trimmed().isEmpty())
                m_problems << describe(widget, name) +
                                  QStringLiteral(": item %1 has no name").arg(index);
        }
    }

    void checkEveryFocusableIsInTree()
    {
        const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
        for (const QWidget *widget : widgets) {
            if (widget->window() != m_window || !widget->isVisible() ||
                !(widget->focusPolicy() & Qt::TabFocus) || isInnerPart(widget) ||
                isInsideItemView(widget, m_window))
                continue;
            if (!m_inTree.contains(widget))
                m_problems << describe(widget, widget->accessibleName()) +
                                  QStringLiteral(": not in the accessibility tree");
        }
    }

    void checkForms()
    {
        static const QRegularExpression mnemonic(QStringLiteral("(^|[^&])&[^&\\s]"));
        const QList<QFormLayout *> forms = m_window->findChildren<QFormLayout *>();
        for (const QFormLayout *form : forms) {
            for (int row = 0; row < form->rowCount(); ++row) {
                QLayoutItem *labelItem = form->itemAt(row, QFormLayout::LabelRole);
                auto *label = labelItem ? qobject_cast<QLabel *>(labelItem->widget()) : nullptr;
                if (!label || !label->isVisible() || label->text().trimmed().isEmpty())
                    continue;
                // The buddy is one of the field's controls: a read-only path
                // may leave the mnemonic to its Browse… button.
                const QList<QWidget *> controls =
                    controlsOf(form->itemAt(row, QFormLayout::FieldRole));
                const bool buddied = std::any_of(
                    controls.cbegin(), controls.cend(),
                    [label](const QWidget *control) { return standsFor(label->buddy(), control); });
                if (!controls.isEmpty() && !buddied)
                    m_problems << describe(label, label->text()) +
                                      QStringLiteral(": labels %1 but is not its buddy")
                                          .arg(describe(controls.constFirst(),
                                                        controls.constFirst()->accessibleName()));
            }
        }
        const QList<QLabel *> labels = m_window->findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (!label->isVisible() || label->textFormat() == Qt::RichText)
                continue;
            const QString text = label->text().trimmed();
            if (!text.endsWith(u':') || !text.contains(mnemonic))
                continue;
            if (!label->buddy())
                m_problems << describe(label, text) + QStringLiteral(": a mnemonic and no buddy");
            else if (!(label->buddy()->focusPolicy() & Qt::TabFocus))
                m_problems << describe(label, text) +
                                  QStringLiteral(": its buddy %1 does not take focus")
                                      .arg(describe(label->buddy()));
        }
    }

    // A toolbar's button is reached from the keyboard through the same
    // action in the menu bar, as in every desktop app.
    static bool isInMenu(const QWidget *widget)
    {
        const auto *button = qobject_cast<const QToolButton *>(widget);
        if (!button || !qobject_cast<const QToolBar *>(button->parentWidget()) ||
            !button->defaultAction())
            return false;
        const QList<QObject *> owners = button->defaultAction()->associatedObjects();
        for (const QObject *owner : owners) {
            if (qobject_cast<const QMenu *>(owner))
                return true;
        }
        return false;
    }

    // Radio buttons of one exclusive group are one Tab stop, the one last
    // focused or checked (Qt moves TabFocus to it); the arrow keys move
    // within the group.
    static QList<const QWidget *> radioGroupOf(const QWidget *widget)
    {
        const auto *radio = qobject_cast<const QRadioButton *>(widget);
        if (!radio || !radio->autoExclusive() || !radio->parentWidget())
            return {widget};
        QList<const QWidget *> group;
        const QList<QRadioButton *> siblings =
            radio->parentWidget()->findChildren<QRadioButton *>(Qt::FindDirectChildrenOnly);
        for (const QRadioButton *sibling : siblings) {
            if (sibling->autoExclusive())
                group << sibling;
        }
        return group;
    }

    void checkTabOrder()
    {
        QList<QWidget *> expected;
        for (QWidget *control : std::as_const(m_controls)) {
            if (!control->isEnabled() || !control->isVisible())
                continue;
            if (isInMenu(control))
                continue;
            if (!(control->focusPolicy() & Qt::TabFocus) && radioGroupOf(control).size() < 2) {
                m_problems << describe(control, control->accessibleName()) +
                                  QStringLiteral(": Tab never stops at it (focus policy %1)")
                                      .arg(int(control->focusPolicy()));
                continue;
            }
            expected << control;
        }
        // A dialog's QWindow counts as active while its parent is: wait for
        // the application's active window instead.
        m_window->activateWindow();
        if (!QTest::qWaitFor([this] { return QApplication::activeWindow() == m_window; })) {
            m_problems << QStringLiteral("the window never became active");
            return;
        }
        QSet<const QWidget *> reached;
        QWidget *first = nullptr;
        QWidget *previous = nullptr;
        int stay = 0;
        const int presses = int(expected.size()) * 3 + 60;
        for (int press = 0; press < presses; ++press) {
            QWidget *focus = QApplication::focusWidget();
            QTest::keyClick(focus ? focus : m_window, Qt::Key_Tab);
            focus = QApplication::focusWidget();
            if (!focus)
                continue;
            reached.insert(focus);
            // A read-only text's links are stops of their own.
            stay = focus == previous ? stay + 1 : 0;
            if (stay == 20 && expected.size() > 1) {
                m_problems << describe(focus, focus->accessibleName()) +
                                  QStringLiteral(": Tab does not leave it");
                break;
            }
            previous = focus;
            if (!first)
                first = focus;
            else if (focus == first && stay == 0)
                break;
        }
        for (const QWidget *control : std::as_const(expected)) {
            bool found = false;
            for (const QWidget *member : radioGroupOf(control)) {
                found = found || reached.contains(member);
                for (const QWidget *widget : std::as_const(reached))
                    found =
                        found || widget->focusProxy() == member || member->focusProxy() == widget;
            }
            if (!found)
                m_problems << describe(control, control->accessibleName()) +
                                  QStringLiteral(": not reached with Tab");
        }
    }
};

} // namespace

AccessibilityAudit::AccessibilityAudit(QWidget *window, int minimumControls)
{
    Walk walk(window, m_problems);
    walk.run();
    m_controls = walk.controlCount();
    if (m_controls < minimumControls)
        m_problems << QStringLiteral("only %1 controls found").arg(m_controls);
}

} // namespace pd::test
