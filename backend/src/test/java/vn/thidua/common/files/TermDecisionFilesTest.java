package vn.thidua.common.files;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import vn.thidua.support.Actor;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;
import vn.thidua.support.Rows;
import vn.thidua.support.SeedCases;
import vn.thidua.support.Uploads;

/** Decision scans of a term: content checks, limits, supersession, downloads, and storage faults. */
@QuarkusTest
class TermDecisionFilesTest {

    static final byte[] PDF = Uploads.PDF;
    static final byte[] PNG = HexFormat.of().parseHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489");
    static final byte[] HTML = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
            .getBytes(StandardCharsets.US_ASCII);

    @Inject
    FaultyFileStore store;

    @Inject
    Rows rows;

    @org.junit.jupiter.api.BeforeEach
    void seed() {
        SeedCases.ensureLoaded();
    }

    @AfterEach
    void disarm() {
        store.arm(FaultyFileStore.Fault.NONE);
    }

    @Test
    void aScanIsStoredWithItsHashAndDownloadedAsAnAttachment() throws Exception {
        long term = newTerm();
        Response created = upload(Actor.ADMIN, term, "Quyết định 15/QĐ-UBND.pdf", PDF, null);
        created.then().statusCode(201).header("Location", containsString("/api/v1/files/")).header("ETag", containsString(sha256(PDF)))
                .body("sha256", equalTo(sha256(PDF))).body("mediaType", equalTo("application/pdf"))
                .body("size", equalTo(PDF.length)).body("name", equalTo("QĐ-UBND.pdf")).body("uploadedBy", equalTo("admin"));
        long id = created.jsonPath().getLong("id");

        Api.as(Actor.VIEWER).get("/api/v1/terms/{id}/decision-files", term).then().statusCode(200)
                .body("id", equalTo(java.util.List.of((int) id)));
        Response download = Api.unvalidated(Actor.VIEWER).accept("*/*").get("/api/v1/files/{id}", id);
        download.then().statusCode(200).contentType("application/pdf").header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "attachment; filename=\"QD-UBND.pdf\"; filename*=UTF-8''Q%C4%90-UBND.pdf");
        assertArrayEquals(PDF, download.asByteArray());
    }

    @Test
    void theTypeIsTakenFromTheContentNotTheName() throws Exception {
        long term = newTerm();
        Map<String, Long> before = rows.counts();
        long files = store.fileCount();
        upload(Actor.ADMIN, term, "scan.pdf", HTML, null).then().statusCode(415)
                .contentType("application/problem+json").body("type", equalTo("urn:thidua:problem:unsupported-media-type"))
                .body("detail", containsString("text/html")).body("code", equalTo("FILE_TYPE_NOT_ALLOWED"));
        assertEquals(before, rows.counts());
        assertEquals(files, store.fileCount());
        upload(Actor.ADMIN, term, "anh-chup.bin", PNG, null).then().statusCode(201).body("mediaType", equalTo("image/png"));
    }

    @Test
    void aScanOverTwentyMegabytesIs413() throws Exception {
        long term = newTerm();
        byte[] big = Arrays.copyOf(PDF, 20 * 1024 * 1024 + 1);
        Map<String, Long> before = rows.counts();
        upload(Actor.ADMIN, term, "big.pdf", big, null).then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:thidua:problem:payload-too-large")).body("detail", containsString("20.0 MB")).body("code", equalTo("FILE_TOO_LARGE"));
        assertEquals(before, rows.counts());
    }

    @Test
    void anOfficialScanIsNeverReplacedOnlySuperseded() {
        long term = newTerm();
        long first = upload(Actor.ADMIN, term, "lan-1.pdf", PDF, null).then().statusCode(201).extract().jsonPath().getLong("id");
        upload(Actor.ADMIN, term, "lan-2.pdf", PDF, null).then().statusCode(409)
                .body("code", equalTo("OFFICIAL_FILE_ATTACHED")).body("detail", containsString("lan-1.pdf"));
        long second = upload(Actor.ADMIN, term, "lan-2.pdf", PNG, first).then().statusCode(201).extract().jsonPath().getLong("id");
        upload(Actor.ADMIN, term, "lan-3.pdf", PDF, first).then().statusCode(409).body("code", equalTo("NOT_THE_CURRENT_FILE"));

        Api.as(Actor.ADMIN).get("/api/v1/terms/{id}/decision-files", term).then().statusCode(200)
                .body("id", equalTo(java.util.List.of((int) second, (int) first)))
                .body("[1].supersededBy", equalTo((int) second));
        Api.unvalidated(Actor.VIEWER).accept("*/*").get("/api/v1/files/{id}", first).then().statusCode(200);
        Api.raw(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/terms/{id}", term))
                .delete("/api/v1/terms/{id}", term).then().statusCode(409).body("code", equalTo("TERM_HAS_DECISION_SCANS"));
    }

    @Test
    void aDiskFullInTheMiddleOfAWriteLeavesNoRowAndNoFile() throws Exception {
        assertFaultLeavesNothing(FaultyFileStore.Fault.DISK_FULL_MID_WRITE);
    }

    @Test
    void aStorageErrorAfterTheContentWasPublishedLeavesNoRowAndNoFile() throws Exception {
        assertFaultLeavesNothing(FaultyFileStore.Fault.FAIL_AFTER_PUBLISH);
    }

    @Test
    void filesOfUnknownOwnersOrIdsAre404AndOnlyAdminsUpload() {
        Api.unvalidated(Actor.VIEWER).accept("*/*").get("/api/v1/files/{id}", 987654321).then().statusCode(404);
        Api.as(Actor.ADMIN).get("/api/v1/terms/{id}/decision-files", 987654321).then().statusCode(404);
        upload(Actor.ADMIN, 987654321, "x.pdf", PDF, null).then().statusCode(404);
        upload(Actor.LEADER_OFFICER, newTerm(), "x.pdf", PDF, null).then().statusCode(403);
    }

    @Test
    void uploadedNamesAreSanitised() {
        long term = newTerm();
        upload(Actor.ADMIN, term, "..\\..\\etc/\u202Egpj.pdf\u0000", PDF, null).then().statusCode(201)
                .body("name", equalTo("gpj.pdf"));
    }

    @Test
    void readinessReportsAStoreThatCannotBeWritten() {
        io.restassured.RestAssured.given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'File storage writable' }.status", equalTo("UP"));
        store.arm(FaultyFileStore.Fault.READ_ONLY);
        io.restassured.RestAssured.given().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'File storage writable' }.status", equalTo("DOWN"));
    }

    private void assertFaultLeavesNothing(FaultyFileStore.Fault fault) throws Exception {
        long term = newTerm();
        byte[] scan = Arrays.copyOf(PDF, 300_000);
        Map<String, Long> before = rows.counts();
        long files = store.fileCount();
        store.arm(fault);
        upload(Actor.ADMIN, term, "scan.pdf", scan, null).then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("urn:thidua:problem:unavailable")).body("code", equalTo("FILE_STORAGE_FAILED"));
        assertEquals(before, rows.counts(), "no row, no audit event");
        assertEquals(files, store.fileCount(), "no half or orphan file");
        store.arm(FaultyFileStore.Fault.NONE);
        upload(Actor.ADMIN, term, "scan.pdf", scan, null).then().statusCode(201).body("sha256", equalTo(sha256(scan)));
        assertEquals(files + 1, store.fileCount());
    }

    static Response upload(Actor actor, long term, String name, byte[] content, Long supersedes) {
        return Uploads.file(Api.raw(actor), name, content, supersedes).post("/api/v1/terms/{id}/decision-files", term);
    }

    private static long newTerm() {
        return Fixtures.term(Fixtures.bloc().create(), 2025).create();
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
