/**
 * QR codes: the encoder ({@link vn.vaxpass.qr.QrEncoder}, level Q, the mask picked on one matrix by
 * {@link vn.vaxpass.qr.QrMaskSelector}), the PNG and SVG writers ({@link vn.vaxpass.qr.QrPngWriter},
 * {@link vn.vaxpass.qr.QrSvgWriter}), and the reader of uploaded images ({@link vn.vaxpass.qr.QrReader}) with its
 * own PNG and JPEG decoders ({@link vn.vaxpass.qr.PngDecoder}, {@link vn.vaxpass.qr.JpegDecoder}).
 *
 * <p>Uses ZXing only. It must not depend on any other Vaxpass package (it knows text, not certificates), nor on
 * {@code java.awt} or ImageIO, which native images lack ({@code CoreStaysFreeOfAdaptersAndAwt} checks it).
 */
package vn.vaxpass.qr;
