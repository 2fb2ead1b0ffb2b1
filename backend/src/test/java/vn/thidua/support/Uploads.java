package vn.thidua.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import io.restassured.specification.RequestSpecification;

/** Multipart uploads as browsers send them (the file name in UTF-8 in the part's header). */
public final class Uploads {

    public static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    private Uploads() {
    }

    public static RequestSpecification file(RequestSpecification spec, String name, byte[] content, Long supersedes) {
        return file(spec, name, content, supersedes, null);
    }

    /** As {@link #file(RequestSpecification, String, byte[], Long)}, with a {@code kind} part when not null. */
    public static RequestSpecification file(RequestSpecification spec, String name, byte[] content, Long supersedes,
            String kind) {
        String boundary = "----thidua" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (kind != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        if (supersedes != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"supersedes\"\r\n\r\n" + supersedes
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return spec.contentType("multipart/form-data; boundary=" + boundary).body(body.toByteArray());
    }

    /** The decision scan of the seed term Bắc Kạn 2023 (uploaded once per run); returns the file's id. */
    public static long decisionScan() {
        long term = SeedCases.termId("bk", 2023);
        return file(Api.raw(Actor.ADMIN), "quyet-dinh.pdf", PDF, null).post("/api/v1/terms/{id}/decision-files", term)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
