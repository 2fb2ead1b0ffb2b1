package vn.thidua.common.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/**
 * Renders generated documents to PDF: a Qute template (HTML-escaped, well-formed XHTML) laid out by
 * openhtmltopdf with Liberation Serif (metric-compatible with Times New Roman, full Vietnamese
 * coverage, SIL OFL) embedded from the classpath, so the output never depends on the machine's fonts.
 */
@ApplicationScoped
public class PdfDocuments {

    public static final String MEDIA_TYPE = "application/pdf";
    static final String FAMILY = "Times New Roman";

    private record Face(String file, int weight, FontStyle style) {
    }

    private static final List<Face> FACES = List.of(
            new Face("LiberationSerif-Regular.ttf", 400, FontStyle.NORMAL),
            new Face("LiberationSerif-Bold.ttf", 700, FontStyle.NORMAL),
            new Face("LiberationSerif-Italic.ttf", 400, FontStyle.ITALIC),
            new Face("LiberationSerif-BoldItalic.ttf", 700, FontStyle.ITALIC));

    private final List<byte[]> fonts = FACES.stream().map(face -> read("/fonts/" + face.file())).toList();

    @Inject
    @Location("documents/official.html")
    Template official;

    public byte[] render(OfficialDocument document) {
        return toPdf(official.data("doc", document).render());
    }

    /**
     * The same, reproducible byte for byte: the document's creation and modification dates are {@code at}
     * (a date of the data, e.g. when a ranking was published) and its file identifier a hash of the content,
     * so the same data always gives the same file.
     */
    public byte[] render(OfficialDocument document, java.time.Instant at) {
        String xhtml = official.data("doc", document).render();
        byte[] first = toPdf(xhtml);
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(first);
                ByteArrayOutputStream out = new ByteArrayOutputStream(first.length + 1024)) {
            java.util.Calendar when = java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC"), java.util.Locale.ROOT);
            when.setTimeInMillis(at.toEpochMilli());
            org.apache.pdfbox.pdmodel.PDDocumentInformation info = pdf.getDocumentInformation();
            info.setCreationDate(when);
            info.setModificationDate(when);
            byte[] id = java.util.Arrays.copyOf(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(xhtml.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 16);
            org.apache.pdfbox.cos.COSArray ids = new org.apache.pdfbox.cos.COSArray();
            ids.add(new org.apache.pdfbox.cos.COSString(id));
            ids.add(new org.apache.pdfbox.cos.COSString(id));
            pdf.getDocument().getTrailer().setItem(org.apache.pdfbox.cos.COSName.ID, ids);
            pdf.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF rendering failed", e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lays out one XHTML page set; the fonts of {@link #FACES} are the only ones it may use. */
    byte[] toPdf(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withProducer("ThiĐua");
        for (int i = 0; i < FACES.size(); i++) {
            byte[] bytes = fonts.get(i);
            Face face = FACES.get(i);
            builder.useFont(() -> new ByteArrayInputStream(bytes), FAMILY, face.weight(), face.style(), true);
        }
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF rendering failed", e);
        }
        return out.toByteArray();
    }

    private static byte[] read(String resource) {
        try (InputStream in = PdfDocuments.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
