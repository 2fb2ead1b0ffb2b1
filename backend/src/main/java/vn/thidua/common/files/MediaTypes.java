package vn.thidua.common.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.tika.Tika;

/** The media type of a content from its magic bytes (Apache Tika), never from its name. */
final class MediaTypes {

    private static final Tika TIKA = new Tika();

    private MediaTypes() {
    }

    static String detect(Path content) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(content))) {
            return TIKA.detect(in);
        }
    }
}
