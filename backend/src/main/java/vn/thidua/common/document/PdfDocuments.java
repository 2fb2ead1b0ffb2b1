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
