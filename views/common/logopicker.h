#pragma once

#include <QByteArray>
#include <QSize>
#include <QWidget>

class QLabel;
class QPushButton;

namespace relais {

// The programme's logo for printouts: a preview with Choose… and Remove. Holds the
// image as the PNG bytes that are stored in the file.
class LogoPicker : public QWidget
{
    Q_OBJECT
public:
    explicit LogoPicker(QWidget *parent = nullptr);

    // Big enough for the header of an A4 page at print resolution, small enough to keep
    // the file light.
    static constexpr QSize largestSize { 600, 300 };

    // Reads an image file (PNG, JPEG, SVG…), scaled down to fit largestSize, as PNG
    // bytes; empty, with *error set, when it cannot be read.
    static QByteArray pngFromFile(const QString &fileName, QString *error = nullptr);

    QByteArray png() const { return m_png; }
    void setPng(const QByteArray &png);
    // Loads the logo from a file; false, with *error set and the logo unchanged, when
    // the file cannot be read.
    bool loadFile(const QString &fileName, QString *error = nullptr);

public slots:
    void choose();
    void remove();

signals:
    void changed();

private:
    void updatePreview();

    QByteArray m_png;
    QLabel *m_preview = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace relais
