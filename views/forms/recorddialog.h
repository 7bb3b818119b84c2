#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QVBoxLayout;

namespace relais {

// What the contact and organisation cards share: tabs, the Save / Save and new /
// Cancel buttons with their keyboard shortcuts, and never losing typed work — closing
// a card with unsaved changes asks first.
class RecordDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RecordDialog(QWidget *parent = nullptr);

    // Saves; on failure shows why and returns false, keeping the card open.
    virtual bool save() = 0;
    // Whether the card differs from what is saved.
    virtual bool isModified() const = 0;

    // Save, then clear the card for the next record (what stays is up to the card).
    void saveAndNew();
    void saveAndClose();

    // A short confirmation under the buttons ("Marie Dupont saved.").
    QString statusText() const;

    void done(int result) override;

protected:
    QTabWidget *tabs() const { return m_tabs; }
    // Clears the card for a new record after "Save and new".
    virtual void startNext() = 0;
    void setStatusText(const QString &text);

private:
    QTabWidget *m_tabs;
    QLabel *m_status;
    QPushButton *m_saveAndNew;
    QPushButton *m_save;
    bool m_closing = false;
};

} // namespace relais
