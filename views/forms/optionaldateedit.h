#pragma once

#include "dateedit.h"

namespace relais {

// A date that may be left blank (shown as "—"): QDateEdit itself always holds a date.
class OptionalDateEdit : public DateEdit
{
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    void setOptionalDate(const QDate &date); // invalid -> blank
    QDate optionalDate() const; // invalid when blank

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace relais
