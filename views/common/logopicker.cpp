#include "logopicker.h"

#include <QBuffer>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace relais {

namespace {

const QSize previewSize(240, 120);

// The formats worth offering for a logo, among those this Qt can read (SVG needs its
// plugin).
QStringList logoPatterns()
{
    const QList<QByteArray> supported = QImageReader::supportedImageFormats();
    QStringList patterns;
    for (const char *format : { "png", "jpg", "jpeg", "svg" }) {
        if (supported.contains(QByteArray(format)))
            patterns << QStringLiteral("*.") + QLatin1String(format);
    }
    return patterns;
}

} // namespace

LogoPicker::LogoPicker(QWidget *parent)
    : QWidget(parent)
    , m_preview(new QLabel(this))
{
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setFixedSize(previewSize);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setFrameShadow(QFrame::Sunken);
    // Logos are printed on white paper; preview them on white.
    m_preview->setBackgroundRole(QPalette::Base);
    m_preview->setAutoFillBackground(true);

    auto *choose = new QPushButton(tr("C&hoose…"), this);
    choose->setObjectName(QStringLiteral("chooseLogo"));
    m_remove = new QPushButton(tr("Re&move"), this);
    m_remove->setObjectName(QStringLiteral("removeLogo"));
    connect(choose, &QPushButton::clicked, this, &LogoPicker::choose);
    connect(m_remove, &QPushButton::clicked, this, &LogoPicker::remove);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(choose);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_preview);
    layout->addLayout(buttons);
    layout->addStretch();

    updatePreview();
}

QByteArray LogoPicker::pngFromFile(const QString &fileName, QString *error)
{
    QImageReader reader(fileName);
    reader.setAutoTransform(true);
    const QByteArray format = reader.format();
    const bool vector = format == "svg" || format == "svgz";
    // A drawing is rendered straight at the size it is printed at, sharp at any size.
    if (vector && reader.size().isValid())
        reader.setScaledSize(reader.size().scaled(largestSize, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull()) {
        if (error) {
            *error = tr("%1 could not be read as an image: %2")
                         .arg(QDir::toNativeSeparators(fileName), reader.errorString());
        }
        return {};
    }
    if (image.width() > largestSize.width() || image.height() > largestSize.height())
        image = image.scaled(largestSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        if (error)
            *error
                = tr("%1 could not be converted to PNG.").arg(QDir::toNativeSeparators(fileName));
        return {};
    }
    return png;
}

void LogoPicker::setPng(const QByteArray &png)
{
    if (png == m_png)
        return;
    m_png = png;
    updatePreview();
    emit changed();
}

bool LogoPicker::loadFile(const QString &fileName, QString *error)
{
    const QByteArray png = pngFromFile(fileName, error);
    if (png.isEmpty())
        return false;
    setPng(png);
    return true;
}

void LogoPicker::choose()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Choose the Programme's Logo"),
        folder, tr("Images (%1)").arg(logoPatterns().join(QLatin1Char(' '))));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!loadFile(fileName, &error))
        QMessageBox::warning(this, tr("Logo"), error);
}

void LogoPicker::remove()
{
    setPng({});
}

void LogoPicker::updatePreview()
{
    QPixmap pixmap;
    if (!m_png.isEmpty())
        pixmap.loadFromData(m_png, "PNG");
    if (pixmap.isNull()) {
        m_preview->setPixmap({});
        m_preview->setText(m_png.isEmpty() ? tr("No logo") : tr("Unreadable logo"));
    } else {
        const qreal ratio = devicePixelRatioF();
        const QSize room = (previewSize - QSize(8, 8)) * ratio;
        if (pixmap.width() > room.width() || pixmap.height() > room.height())
            pixmap = pixmap.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        pixmap.setDevicePixelRatio(ratio);
        m_preview->setPixmap(pixmap);
    }
    m_remove->setEnabled(!m_png.isEmpty());
}

} // namespace relais
