//! Image re-encoding: decode under limits, apply the EXIF orientation,
//! encode anew. Only pixels cross over, so EXIF (GPS included), XMP, ICC
//! comments and any trailing data stay behind.

use super::{FileError, FileKind};
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};
use std::io::Cursor;

/// How big an image may be once decoded.
#[derive(Debug, Clone, Copy)]
pub struct ImageLimits {
    pub max_side: u32,
    pub max_pixels: u64,
    /// Bytes the decoder may allocate.
    pub max_alloc: u64,
}

impl Default for ImageLimits {
    fn default() -> Self {
        ImageLimits {
            max_side: 16_384,
            max_pixels: 40_000_000,
            max_alloc: 256 * 1024 * 1024,
        }
    }
}

/// Decodes and re-encodes an image. JPEG stays JPEG; PNG, WebP and GIF
/// (its first frame) become PNG. Returns the stored kind and bytes.
pub fn reencode(
    bytes: &[u8],
    kind: FileKind,
    limits: &ImageLimits,
) -> Result<(FileKind, Vec<u8>), FileError> {
    let format = match kind {
        FileKind::Png => ImageFormat::Png,
        FileKind::Jpeg => ImageFormat::Jpeg,
        FileKind::WebP => ImageFormat::WebP,
        FileKind::Gif => ImageFormat::Gif,
        _ => return Err(FileError::UnsupportedType),
    };
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut l = Limits::default();
    l.max_image_width = Some(limits.max_side);
    l.max_image_height = Some(limits.max_side);
    l.max_alloc = Some(limits.max_alloc);
    reader.limits(l);
    let mut decoder = reader.into_decoder().map_err(too_large_or_bad)?;
    let (w, h) = decoder.dimensions();
    if w == 0 || h == 0 {
        return Err(FileError::BadImage);
    }
    if u64::from(w) * u64::from(h) > limits.max_pixels {
        return Err(FileError::ImageTooLarge);
    }
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut img = DynamicImage::from_decoder(decoder).map_err(too_large_or_bad)?;
    img.apply_orientation(orientation);
    let mut out = Vec::new();
    let stored = if kind == FileKind::Jpeg {
        let enc = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90);
        img.to_rgb8()
            .write_with_encoder(enc)
            .map_err(|_| FileError::BadImage)?;
        FileKind::Jpeg
    } else {
        img.write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
            .map_err(|_| FileError::BadImage)?;
        FileKind::Png
    };
    Ok((stored, out))
}

fn too_large_or_bad(e: image::ImageError) -> FileError {
    match e {
        image::ImageError::Limits(_) => FileError::ImageTooLarge,
        _ => FileError::BadImage,
    }
}
