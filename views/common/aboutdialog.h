#pragma once

#include <QDialog>

namespace relais {

// Help > About Relais: what it is, its version, copyright and licence, and the
// versions of the libraries it runs on (for bug reports).
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    // sqliteVersion comes from whoever may query the database; left empty, it is not
    // mentioned.
    explicit AboutDialog(const QString &sqliteVersion = {}, QWidget *parent = nullptr);
};

} // namespace relais
